"""`vonapp measure set` and `vonapp compensation`: the Åtgärder and Ekonomi areas' command-line twins."""

from __future__ import annotations

import argparse
import json

from vonapp.cli.common import UserError, opened
from vonapp.domain.formatting import fmt_hours, fmt_kr_as_tkr, fmt_pct, fmt_tkr
from vonapp.domain.plan import STATUSES
from vonapp.texts import t


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    m = sub.add_parser("measure", parents=[common], help=t("ändra en åtgärd i åtgärdsplanen"))
    msub = m.add_subparsers(dest="measure_command", metavar="set", required=True)
    s = msub.add_parser("set", parents=[common], help=t("status, effekt och uppföljning för en åtgärd"))
    s.add_argument("--unit", required=True, metavar=t("ENHET"), help=t("enhetens namn"))
    s.add_argument("--year", required=True, type=_year, metavar=t("ÅR"), help=t("åtgärdsplanens år, t.ex. 2023"))
    s.add_argument("--name", required=True, metavar=t("TEXT"), help=t("åtgärdens namn som i åtgärdsplanen"))
    s.add_argument("--status", metavar="S", help=t("ny status: {statuses}", statuses=", ".join(STATUSES)))
    s.add_argument("--effect-tkr", metavar="X", help=t("effekt i år (tkr)"))
    s.add_argument("--full-year-tkr", metavar="X", help=t("helårseffekt (tkr)"))
    s.add_argument("--note", metavar=t("TEXT"), help=t("en uppföljning med dagens datum"))
    s.add_argument("--json", action="store_true", help=t("skriv ut som JSON"))
    s.set_defaults(func=run_measure_set)

    c = sub.add_parser("compensation", parents=[common],
                       help=t("ersättningsmodellerna sida vid sida (hemtjänst, boendestöd)"))
    c.add_argument("--unit", required=True, metavar=t("ENHET"), help=t("enhetens namn"))
    c.add_argument("--year", required=True, type=_year, metavar=t("ÅR"), help=t("året, t.ex. 2023"))
    c.add_argument("--json", action="store_true", help=t("skriv ut som JSON (procent som 80.0)"))
    c.set_defaults(func=run_compensation)


def _year(text: str) -> int:
    try:
        y = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(t("{text} är inget år; skriv t.ex. 2023", text=repr(text))) from None
    if not 1900 <= y <= 2999:
        raise argparse.ArgumentTypeError(t("året {year} ligger utanför 1900–2999", year=y))
    return y


def run_measure_set(args: argparse.Namespace) -> int:
    from vonapp.store.edits_plan import measure_set
    from vonapp.store.plan_queries import plan_view

    if all(v is None for v in (args.status, args.effect_tkr, args.full_year_tkr, args.note)):
        raise UserError(t("Ange något att ändra: --status, --effect-tkr, --full-year-tkr eller --note."))
    with opened(args) as database:
        result = measure_set(database, args.unit, args.year, args.name, status=args.status,
                             effect_tkr=args.effect_tkr, full_year_tkr=args.full_year_tkr, note=args.note)
        view = plan_view(database, result.unit, args.year)
    row = view.measures[view.measures["id"] == result.measure_id].iloc[0]
    if args.json:
        totals = view.totals
        print(json.dumps({
            "unit": result.unit, "year": result.year, "name": result.name, "status": row["status"],
            "responsible": row["responsible"], "effect_year_tkr": float(row["effect_year_tkr"]),
            "full_year_effect_tkr": float(row["full_year_effect_tkr"]), "latest_note": row["latest_note"],
            "changed": {k: {"old": result.old[k], "new": v} for k, v in result.new.items() if result.old[k] != v},
            "note_added": result.note_id is not None,
            "measures": {"requirement_tkr": totals.requirement_tkr, "effect_year_tkr": totals.effect_year_tkr,
                         "full_year_effect_tkr": totals.full_year_effect_tkr, "gap_tkr": totals.gap_tkr},
        }, ensure_ascii=False, indent=2))
        return 0
    labels = {"status": t("status"), "effect_year_tkr": t("effekt i år"), "full_year_effect_tkr": t("helårseffekt")}
    parts = []
    for k, new in result.new.items():
        old = result.old[k]
        shown_old, shown_new = (t(old), t(new)) if k == "status" else (fmt_tkr(old), fmt_tkr(new))
        parts.append(t("{what} {old} → {new}", what=labels[k], old=shown_old, new=shown_new) if old != new
                     else t("{what} {value} (oförändrad)", what=labels[k], value=shown_new))
    if result.note_id is not None:
        parts.append(t("uppföljning tillagd"))
    totals = view.totals
    print(f"{result.unit} {result.year}, {result.name}: {'; '.join(parts)}.")
    print(t("Åtgärdsplanen: effekt i år {effect}, helårseffekt {full_year}, åtgärdskrav {requirement}, kvar att "
            "hitta {gap}.", effect=fmt_tkr(totals.effect_year_tkr), full_year=fmt_tkr(totals.full_year_effect_tkr),
            requirement=fmt_tkr(totals.requirement_tkr), gap=fmt_tkr(totals.gap_tkr)))
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
        [t("Beviljad tid"), *[fmt_hours(m.granted_hours) for m in models]],
        [t("Budgeterad utförandegrad"), *[fmt_pct(m.execution_share_pct) for m in models]],
        [t("Brukartid av arbetad tid"), *[fmt_pct(m.client_time_share_pct) for m in models]],
        [t("Arbetad tid som ersätts"), *[fmt_hours(m.worked_hours) for m in models]],
        [t("Timkostnad"), *[f"{m.hourly_cost:,.0f} kr".replace(",", "\u00a0") for m in models]],
        [t("Budget"), *[fmt_kr_as_tkr(m.budget_kr) for m in models]],
        [t("Skillnad mot {model}", model=head[1]), *[fmt_kr_as_tkr(comparison.difference_from_first(i))
                                                     for i in range(len(models))]],
    ]
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    lines = [t("Ersättningsmodell {unit} {year}", unit=unit, year=year), ""]
    for n, r in enumerate([head, *rows]):
        lines.append("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in
                               enumerate(zip(r, widths, strict=True))).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    if comparison.difference_kr is not None:
        lines += ["", t("Skillnad {first} − {last}: {difference}", first=head[1], last=head[-1],
                        difference=fmt_kr_as_tkr(comparison.difference_kr))]
    a = comparison.actual
    if a is None:
        lines.append(t("Enhetens egna andelar: ingen utförandetid registrerad för året."))
    else:
        lines.append(t("Enhetens egna andelar ({months} månader): utförandegrad {execution} av beviljad tid, "
                       "brukartid {client} av arbetad tid; det ger en budget på {budget} för året.",
                       months=a.months, execution=fmt_pct(a.execution_share_pct),
                       client=fmt_pct(a.client_time_share_pct), budget=fmt_kr_as_tkr(comparison.actual_budget_kr)))
    return "\n".join(lines)
