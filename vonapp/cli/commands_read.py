"""`vonapp summary` and `vonapp units`: read-only views of the figures."""

from __future__ import annotations

import argparse
import json
import math

from vonapp.cli.common import opened
from vonapp.cli.summary_text import no_data_line, render_summary
from vonapp.cli.summary_text import table as _table
from vonapp.domain.periods import PERIOD_HELP, parse_period
from vonapp.store.figures import load_summary
from vonapp.store.queries import list_units
from vonapp.store.window_queries import period_has_data
from vonapp.texts import t

__all__ = ["_table", "no_data_line", "register", "render_summary"]


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("summary", parents=[common], help=t("nyckeltalen för en enhet och period"))
    p.add_argument("--unit", required=True, metavar=t("ENHET"), help=t("enhetens namn eller all"))
    p.add_argument("--period", required=True, metavar=t("PERIOD"), help=t(PERIOD_HELP))
    p.add_argument("--json", action="store_true", help=t("skriv ut som JSON (procent som 96.3)"))
    p.set_defaults(func=run_summary)

    u = sub.add_parser("units", parents=[common], help=t("enheterna med verksamhet och koder"))
    u.add_argument("--json", action="store_true", help=t("skriv ut som JSON"))
    u.set_defaults(func=run_units)


def run_summary(args: argparse.Namespace) -> int:
    period = parse_period(args.period)
    with opened(args) as database:
        summary = load_summary(database, args.unit, period)
        empty = not args.json and not period_has_data(database, args.unit, period)
    if empty:  # one line, not a table of dashes (--json keeps its object with nulls for scripts)
        print(no_data_line(summary.unit, period))
        return 0
    if args.json:
        print(json.dumps(summary.to_json_dict(), ensure_ascii=False, indent=2, allow_nan=False))
    else:
        print(render_summary(summary))
    return 0


def run_units(args: argparse.Namespace) -> int:
    with opened(args) as database, database.session() as session:
        units = list_units(session)
    if args.json:
        rows = [
            {"name": u.name, "kind": u.kind, "ansvar": u.ansvar, "activity_code": u.activity_code,
             "places": u.places}
            for u in units
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not units:
        print(t("Databasen har inga enheter ännu. Importera en budgetfil eller kör `vonapp demo`."))
        return 0
    table = [(t("Enhet"), t("Verksamhet"), t("Ansvar"), t("Verksamhetskod"), t("Platser"))]
    table += [(u.name, u.kind, u.ansvar or "", u.activity_code or "", "" if u.places is None else str(u.places))
              for u in units]
    print(_table(table))
    return 0


def finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value)
