"""The command line: the same operations the window offers, for scripts and for finance.

Each command lives in its own module with `register(subparsers, common)`, which adds a parser
whose `func(args) -> int` runs it. Errors meant for the user are printed as one line on stderr
with exit status 2; nothing is written on any error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from vonapp import __version__
from vonapp.cli import commands_data, commands_db, commands_read
from vonapp.cli.common import UserError, common_parser
from vonapp.cli.parser import VERSION_TEXT, SwedishParser, quiet_stdout
from vonapp.domain.periods import PeriodError
from vonapp.store.errors import StoreError
from vonapp.texts import t

COMMAND_MODULES = [commands_read, commands_db, commands_data]
COMMAND_MODULES.append(__import__("vonapp.cli.schedule_cmd", fromlist=["register"]))  # schedule, scenario

for _optional in ("vonapp.cli.import_cmd", "vonapp.cli.export_cmd", "vonapp.cli.recording_cmd",
                  "vonapp.cli.plan_cmd", "vonapp.cli.server_cmd"):
    try:
        COMMAND_MODULES.append(__import__(_optional, fromlist=["register"]))
    except ModuleNotFoundError as _exc:  # pragma: no cover - a command not built yet
        if _exc.name != _optional:
            raise


def build_parser() -> argparse.ArgumentParser:
    common = common_parser()
    parser = SwedishParser(
        prog="vonapp",
        description=t("vonapp – bemanning, budget i timmar, beläggning och uppföljning för enhetschefer."),
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"vonapp {__version__}",
                        help=t(VERSION_TEXT))
    sub = parser.add_subparsers(dest="command", metavar=t("KOMMANDO"), parser_class=SwedishParser,
                                title=t("kommandon"))
    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file vonapp writes (database, backups, exports) is the owner's only
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from vonapp.cli.gui import run_gui

            return run_gui(args)
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:  # `vonapp summary … | head`: the reader has what it wanted
        quiet_stdout()
        return 0
    except (UserError, StoreError, PeriodError) as exc:
        print(f"vonapp: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("vonapp: " + t("avbrutet; inget ändrades."), file=sys.stderr)
        return 130
    except Exception as exc:  # the user gets one line; a developer sets VONAPP_DEBUG for the rest
        if os.environ.get("VONAPP_DEBUG"):
            raise
        from vonapp.store.damage import failure_sentence

        if (sentence := failure_sentence(exc)) is not None:  # disk full, read-only, too long a path …
            print(f"vonapp: {sentence[:1].upper()}{sentence[1:]}.", file=sys.stderr)
            return 2
        print("vonapp: " + t("oväntat fel ({kind}: {error}). Inget ändrades; kör igen med VONAPP_DEBUG=1 för "
                             "detaljer.", kind=type(exc).__name__, error=exc), file=sys.stderr)
        return 1
