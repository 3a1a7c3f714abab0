"""The `vonapp` program: the window without loading the command line, else the command line.

`vonapp` and `vonapp --db PATH` open the window. The command line's modules load pandas and
SQLAlchemy when they are imported; the window loads them on a thread after its first paint, so
that path does not go through `vonapp.cli` at all.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def window_db(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, --db or None) when argv only opens the window; (False, None) for a command or -h."""
    args = list(argv)
    if not args:
        return True, None
    if len(args) == 1 and args[0].startswith("--db="):
        return True, args[0][len("--db="):]
    if len(args) == 2 and args[0] == "--db" and not args[1].startswith("-"):
        return True, args[1]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    only_window, db = window_db(argv)
    if only_window:
        os.umask(0o077)  # as for every command: the database and its backups are the owner's only
        from vonapp.display import display_problem

        if (problem := display_problem()) is not None:  # before Qt can abort in English
            print(f"vonapp: {problem}", file=sys.stderr)
            return 2
        from vonapp.ui.app import run

        return run(db)
    from vonapp.cli import main as cli_main

    return cli_main(argv)
