"""`vonapp demo`: a database with the demo data built from the seed reports."""

from __future__ import annotations

import argparse
import sys

from vonapp.cli.common import UserError, opened
from vonapp.texts import t


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help=t("skapa en databas med exempeldata"))
    p.add_argument(
        "--scale",
        choices=["unit", "forvaltning"],
        default="unit",
        help=t("unit: sju enheter 2022–2024; forvaltning: över 100 enheter och 3 miljoner tidrader"),
    )
    p.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from vonapp.db.demo import build_demo

    with opened(args, create=True) as database:
        with database.session() as s:
            from sqlalchemy import func, select

            from vonapp.store.models import Unit

            if s.scalar(select(func.count()).select_from(Unit)):
                raise UserError(t(
                    "Databasen {database} har redan enheter; exempeldata skapas bara i en tom databas. "
                    "Välj en ny fil med --db.", database=database.path or database.url))
        print(t("Skapar exempeldata …"), file=sys.stderr)
        report = build_demo(database, scale=args.scale)
        where = database.path or database.url
    print(t("Exempeldata skapad i {database}: {report}", database=where, report=report))
    return 0
