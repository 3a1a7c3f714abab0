"""`vonapp demo`: a database with the demo data built from the seed reports."""

from __future__ import annotations

import argparse
import sys

from vonapp.cli.common import UserError, opened


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="skapa en databas med exempeldata")
    p.add_argument(
        "--scale",
        choices=["unit", "forvaltning"],
        default="unit",
        help="unit: sju enheter 2022–2024; forvaltning: över 100 enheter och 3 miljoner tidrader",
    )
    p.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from vonapp.db.demo import build_demo

    with opened(args, create=True) as database:
        with database.session() as s:
            from sqlalchemy import func, select

            from vonapp.store.models import Unit

            if s.scalar(select(func.count()).select_from(Unit)):
                raise UserError(
                    f"Databasen {database.path or database.url} har redan enheter; exempeldata skapas "
                    "bara i en tom databas. Välj en ny fil med --db."
                )
        print("Skapar exempeldata …", file=sys.stderr)
        report = build_demo(database, scale=args.scale)
        where = database.path or database.url
    print(f"Exempeldata skapad i {where}: {report}")
    return 0
