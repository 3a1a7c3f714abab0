"""Starting the window from the command line."""

from __future__ import annotations

import argparse
import sys

from vonapp.display import display_problem


def run_gui(args: argparse.Namespace) -> int:
    if (problem := display_problem()) is not None:
        print(f"vonapp: {problem}", file=sys.stderr)
        return 2
    from vonapp.ui.app import run

    return run(getattr(args, "db", None))
