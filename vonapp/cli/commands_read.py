"""`vonapp summary` and `vonapp units`: read-only views of the figures."""

from __future__ import annotations

import argparse
import json
import math

from vonapp.cli.common import opened
from vonapp.domain.periods import PERIOD_HELP, Period, parse_period
from vonapp.domain.summary import Summary
from vonapp.io.export.figures import period_line, shown_rows
from vonapp.store.figures import load_summary
from vonapp.store.queries import list_units
from vonapp.store.window_queries import period_has_data


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("summary", parents=[common], help="nyckeltalen för en enhet och period")
    p.add_argument("--unit", required=True, metavar="ENHET", help="enhetens namn eller all")
    p.add_argument("--period", required=True, metavar="PERIOD", help=PERIOD_HELP)
    p.add_argument("--json", action="store_true", help="skriv ut som JSON (procent som 96.3)")
    p.set_defaults(func=run_summary)

    u = sub.add_parser("units", parents=[common], help="enheterna med verksamhet och koder")
    u.add_argument("--json", action="store_true", help="skriv ut som JSON")
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


def no_data_line(unit: str, period: Period) -> str:
    who = "Alla enheter" if unit.strip().lower() in ("all", "alla", "alla enheter") else unit
    return f"{who} har ingen registrerad tid, beläggning eller budget för {period.label} ({period.start} – {period.end})."


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
        print("Databasen har inga enheter ännu. Importera en budgetfil eller kör `vonapp demo`.")
        return 0
    table = [("Enhet", "Verksamhet", "Ansvar", "Verksamhetskod", "Platser")]
    table += [(u.name, u.kind, u.ansvar or "", u.activity_code or "", "" if u.places is None else str(u.places))
              for u in units]
    print(_table(table))
    return 0


def _table(rows: list[tuple[str, ...]], right: set[int] | None = None) -> str:
    right = right or set()
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, r in enumerate(rows):
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_summary(s: Summary) -> str:
    """The summary as a two-column table with Swedish number formats: the PDF overview's labels and values.

    A period under way says so in its heading and in the label of every figure compared up to its last
    recorded day ("Budget i timmar t.o.m. 31 aug"), as the window and the files do.
    """
    head = f"{s.unit}, {period_line(s)}"
    body = _table([("Mått", "Värde"), *shown_rows(s)], right={1})
    return f"{head}\n\n{body}"


def finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value)
