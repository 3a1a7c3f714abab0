"""`vonapp measure set` and `vonapp compensation`: the Åtgärder and Ekonomi areas' command-line twins."""

from __future__ import annotations

import argparse
import json

from vonapp.cli.common import UserError, opened
from vonapp.domain.formatting import fmt_hours, fmt_kr_as_tkr, fmt_pct, fmt_tkr
from vonapp.domain.plan import STATUSES


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    m = sub.add_parser("measure", parents=[common], help="ändra en åtgärd i åtgärdsplanen")
    msub = m.add_subparsers(dest="measure_command", metavar="set", required=True)
    s = msub.add_parser("set", parents=[common], help="status, effekt och uppföljning för en åtgärd")
    s.add_argument("--unit", required=True, metavar="ENHET", help="enhetens namn")
    s.add_argument("--year", required=True, type=_year, metavar="ÅR", help="åtgärdsplanens år, t.ex. 2023")
    s.add_argument("--name", required=True, metavar="TEXT", help="åtgärdens namn som i åtgärdsplanen")
    s.add_argument("--status", metavar="S", help=f"ny status: {', '.join(STATUSES)}")
    s.add_argument("--effect-tkr", metavar="X", help="effekt i år (tkr)")
    s.add_argument("--full-year-tkr", metavar="X", help="helårseffekt (tkr)")
    s.add_argument("--note", metavar="TEXT", help="en uppföljning med dagens datum")
    s.add_argument("--json", action="store_true", help="skriv ut som JSON")
    s.set_defaults(func=run_measure_set)

    c = sub.add_parser("compensation", parents=[common],
                       help="ersättningsmodellerna sida vid sida (hemtjänst, boendestöd)")
    c.add_argument("--unit", required=True, metavar="ENHET", help="enhetens namn")
    c.add_argument("--year", required=True, type=_year, metavar="ÅR", help="året, t.ex. 2023")
    c.add_argument("--json", action="store_true", help="skriv ut som JSON (procent som 80.0)")
    c.set_defaults(func=run_compensation)


def _year(text: str) -> int:
    try:
        y = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} är inget år; skriv t.ex. 2023") from None
    if not 1900 <= y <= 2999:
        raise argparse.ArgumentTypeError(f"året {y} ligger utanför 1900–2999")
    return y


def run_measure_set(args: argparse.Namespace) -> int:
    from vonapp.store.edits_plan import measure_set
    from vonapp.store.plan_queries import plan_view

    if all(v is None for v in (args.status, args.effect_tkr, args.full_year_tkr, args.note)):
        raise UserError("Ange något att ändra: --status, --effect-tkr, --full-year-tkr eller --note.")
    with opened(args) as database:
        result = measure_set(database, args.unit, args.year, args.name, status=args.status,
                             effect_tkr=args.effect_tkr, full_year_tkr=args.full_year_tkr, note=args.note)
        view = plan_view(database, result.unit, args.year)
    row = view.measures[view.measures["id"] == result.measure_id].iloc[0]
    if args.json:
        t = view.totals
        print(json.dumps({
            "unit": result.unit, "year": result.year, "name": result.name, "status": row["status"],
            "responsible": row["responsible"], "effect_year_tkr": float(row["effect_year_tkr"]),
            "full_year_effect_tkr": float(row["full_year_effect_tkr"]), "latest_note": row["latest_note"],
            "changed": {k: {"old": result.old[k], "new": v} for k, v in result.new.items() if result.old[k] != v},
            "note_added": result.note_id is not None,
            "measures": {"requirement_tkr": t.requirement_tkr, "effect_year_tkr": t.effect_year_tkr,
                         "full_year_effect_tkr": t.full_year_effect_tkr, "gap_tkr": t.gap_tkr},
        }, ensure_ascii=False, indent=2))
        return 0
    labels = {"status": "status", "effect_year_tkr": "effekt i år", "full_year_effect_tkr": "helårseffekt"}
    parts = []
    for k, new in result.new.items():
        old = result.old[k]
        if k == "status":
            parts.append(f"status {old} → {new}" if old != new else f"status {new} (oförändrad)")
        else:
            parts.append(f"{labels[k]} {fmt_tkr(old)} → {fmt_tkr(new)}" if old != new
                         else f"{labels[k]} {fmt_tkr(new)} (oförändrad)")
    if result.note_id is not None:
        parts.append("uppföljning tillagd")
    t = view.totals
    print(f"{result.unit} {result.year}, {result.name}: {'; '.join(parts)}.")
    print(f"Åtgärdsplanen: effekt i år {fmt_tkr(t.effect_year_tkr)}, helårseffekt {fmt_tkr(t.full_year_effect_tkr)}, "
          f"åtgärdskrav {fmt_tkr(t.requirement_tkr)}, kvar att hitta {fmt_tkr(t.gap_tkr)}.")
    return 0


def compensation_json(unit: str, year: int, comparison) -> dict:  # noqa: ANN001 - domain.compensation.Comparison
    """DESIGN's `compensation --json` object (numbers unrounded, null for no data)."""
    first = comparison.models[0]
    a = comparison.actual
    return {
        "unit": unit, "year": year, "granted_hours": first.granted_hours, "hourly_cost": first.hourly_cost,
        "models": [{"name": m.name, "execution_share_pct": m.execution_share_pct,
                    "client_time_share_pct": m.client_time_share_pct, "budget_kr": m.budget_kr,
                    "granted_hours": m.granted_hours, "hourly_cost": m.hourly_cost} for m in comparison.models],
        "difference_kr": comparison.difference_kr,
        "actual": None if a is None else {
            "execution_share_pct": a.execution_share_pct, "client_time_share_pct": a.client_time_share_pct,
            "months": a.months, "worked_hours": a.worked_hours, "client_hours": a.client_hours,
            "budget_kr": comparison.actual_budget_kr},
    }


def run_compensation(args: argparse.Namespace) -> int:
    from vonapp.store.plan_queries import compensation_view
    from vonapp.store.queries import resolve_units

    with opened(args) as database:
        with database.session() as s:
            unit = resolve_units(s, args.unit)[0].name if args.unit.strip().lower() not in ("all", "alla") \
                else args.unit
        comparison = compensation_view(database, unit, args.year)
    if args.json:
        print(json.dumps(compensation_json(unit, args.year, comparison), ensure_ascii=False, indent=2,
                         allow_nan=False))
        return 0
    print(render_compensation(unit, args.year, comparison))
    return 0


def render_compensation(unit: str, year: int, comparison) -> str:  # noqa: ANN001 - Comparison
    models = comparison.models
    head = ["", *[m.name for m in models]]
    rows = [
        ["Beviljad tid", *[fmt_hours(m.granted_hours) for m in models]],
        ["Budgeterad utförandegrad", *[fmt_pct(m.execution_share_pct) for m in models]],
        ["Brukartid av arbetad tid", *[fmt_pct(m.client_time_share_pct) for m in models]],
        ["Arbetad tid som ersätts", *[fmt_hours(m.worked_hours) for m in models]],
        ["Timkostnad", *[f"{m.hourly_cost:,.0f} kr".replace(",", "\u00a0") for m in models]],
        ["Budget", *[fmt_kr_as_tkr(m.budget_kr) for m in models]],
        ["Skillnad mot " + models[0].name, *[fmt_kr_as_tkr(comparison.difference_from_first(i))
                                             for i in range(len(models))]],
    ]
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    lines = [f"Ersättningsmodell {unit} {year}", ""]
    for n, r in enumerate([head, *rows]):
        lines.append("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in
                               enumerate(zip(r, widths, strict=True))).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    if comparison.difference_kr is not None:
        lines += ["", f"Skillnad {models[0].name} − {models[-1].name}: {fmt_kr_as_tkr(comparison.difference_kr)}"]
    a = comparison.actual
    if a is None:
        lines.append("Enhetens egna andelar: ingen utförandetid registrerad för året.")
    else:
        lines.append(f"Enhetens egna andelar ({a.months} månader): utförandegrad {fmt_pct(a.execution_share_pct)} "
                     f"av beviljad tid, brukartid {fmt_pct(a.client_time_share_pct)} av arbetad tid; "
                     f"det ger en budget på {fmt_kr_as_tkr(comparison.actual_budget_kr)} för året.")
    return "\n".join(lines)
