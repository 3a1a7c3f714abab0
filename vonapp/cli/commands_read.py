"""`vonapp summary` and `vonapp units`: read-only views of the figures."""

from __future__ import annotations

import argparse
import json
import math

from vonapp.cli.common import opened
from vonapp.domain.formatting import fmt_hours, fmt_kr, fmt_pct, fmt_tkr
from vonapp.domain.periods import PERIOD_HELP, Period, parse_period
from vonapp.domain.summary import Summary
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


def _kr_tkr(kr: float | None) -> str:
    return fmt_tkr(None if kr is None else kr / 1000.0)


def render_summary(s: Summary) -> str:
    """The summary as a two-column table with Swedish number formats."""
    r, m, k = s.resurspass, s.measures, s.kpi
    rows: list[tuple[str, str]] = [
        ("Budget i timmar", fmt_hours(s.budget_hours)),
        ("Arbetade timmar (utfall)", fmt_hours(s.worked_hours)),
        ("Avvikelse timmar", fmt_hours(s.deviation_hours)),
        ("Budget kr", _kr_tkr(s.budget_kr)),
        ("Utfall kr", _kr_tkr(s.outcome_kr)),
        ("Avvikelse kr", _kr_tkr(s.deviation_kr)),
        ("Prognos helår timmar", fmt_hours(s.forecast_year_hours)),
        ("Prognos helår kr", _kr_tkr(s.forecast_year_kr)),
        ("Budget helår kr", _kr_tkr(s.budget_year_kr)),
        ("Beläggning", fmt_pct(s.occupancy_pct)),
        ("Budgeterad beläggning", fmt_pct(s.occupancy_budget_pct)),
        ("Resurspass planerade", fmt_hours(r.planned_hours)),
        ("Resurspass använda", fmt_hours(r.used_hours)),
        ("Resurspass nyttjande", fmt_pct(r.usage_pct)),
        ("Missade resurspass", fmt_hours(r.missed_hours)),
        ("Missade resurspass kr", fmt_kr(r.missed_kr)),
        ("Åtgärdskrav", fmt_tkr(m.requirement_tkr)),
        ("Åtgärder effekt i år", fmt_tkr(m.effect_year_tkr)),
        ("Åtgärder helårseffekt", fmt_tkr(m.full_year_effect_tkr)),
        ("Kvar till åtgärdskrav", fmt_tkr(m.gap_tkr)),
        ("Utförandegrad", fmt_pct(k.execution_rate)),
        ("Bomtid", fmt_pct(k.idle_rate)),
        ("Avböjda besök", fmt_pct(k.declined_rate)),
        ("Sjukfrånvaro", fmt_pct(k.sick_rate)),
        ("Andel timavlönade", fmt_pct(k.hourly_paid_share)),
    ]
    head = f"{s.unit}, {s.period} ({s.period_start} – {s.period_end})"
    body = _table([("Mått", "Värde"), *rows], right={1})
    return f"{head}\n\n{body}"


def finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value)
