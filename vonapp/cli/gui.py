"""Starting the window from the command line."""

from __future__ import annotations

import argparse


def run_gui(args: argparse.Namespace) -> int:
    from vonapp.ui.app import run

    return run(getattr(args, "db", None))
