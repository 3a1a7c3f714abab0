"""What the commands share: the --db option, opening the database, user errors."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from vonapp.cli.parser import SwedishParser
from vonapp.store.database import Database, open_database
from vonapp.texts import t


class UserError(Exception):
    """Bad input from the user; str() is the one line to print (made with vonapp.texts.t)."""


def common_parser() -> argparse.ArgumentParser:
    # A SwedishParser: its options group has the commands' heading, so --db joins their options instead of
    # standing under a second "flaggor:".
    common = SwedishParser(add_help=False)
    common.add_argument(
        "--db",
        metavar=t("SÖKVÄG"),
        default=argparse.SUPPRESS,
        help=t("databasfil eller SQLAlchemy-adress (standard: i din lokala programdatamapp)"),
    )
    return common


@contextmanager
def opened(args: argparse.Namespace, *, create: bool = False) -> Iterator[Database]:
    """The database named by --db (or the default), locked for this command."""
    database = open_database(getattr(args, "db", None), create=create)
    try:
        yield database
    finally:
        database.close()
