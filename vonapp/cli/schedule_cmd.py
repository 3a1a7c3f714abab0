"""`vonapp schedule check|cost` and `vonapp scenario heltid`: the Schema area's figures for scripts."""

from __future__ import annotations

import argparse
import json
from datetime import date

from vonapp.cli.commands_read import _table
from vonapp.cli.common import UserError, opened
from vonapp.domain import roster
from vonapp.domain.formatting import fmt_hours, fmt_kr, fmt_number, fmt_pct
from vonapp.domain.periods import PERIOD_HELP, parse_period
from vonapp.domain.rule_texts import WEEKDAYS, finding_text, where
from vonapp.domain.rules import Finding
from vonapp.domain.scenarios import HeltidScenario, last_year_span
from vonapp.domain.schedule_cost import BY_MONTH, BY_WEEK, CostRow, total
from vonapp.store import schedule_reads as reads
from vonapp.store.queries import UnitInfo, resolve_units
from vonapp.texts import N_, t


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    schedule = sub.add_parser("schedule", parents=[common], help=t("schemats arbetstidsregler och kostnad"))
    ssub = schedule.add_subparsers(dest="schedule_command", metavar=t("DEL"), parser_class=type(schedule),
                                  required=True)
    check = ssub.add_parser("check", parents=[common], help=t("arbetstidsreglerna för schemat som gäller ett datum"))
    check.add_argument("--unit", required=True, metavar=t("ENHET"), help=t("enhetens namn"))
    check.add_argument("--date", metavar=t("DATUM"), help=t("datumet schemat ska gälla (ÅÅÅÅ-MM-DD, standard: i dag)"))
    check.add_argument("--json", action="store_true", help=t("skriv ut som JSON"))
    check.set_defaults(func=run_check)
    cost = ssub.add_parser("cost", parents=[common], help=t("schemats timmar och kr mot budget i timmar"))
    cost.add_argument("--unit", required=True, metavar=t("ENHET"), help=t("enhetens namn"))
    cost.add_argument("--period", required=True, metavar=t("PERIOD"), help=t(PERIOD_HELP))
    cost.add_argument("--by", choices=(BY_WEEK, BY_MONTH), default=BY_MONTH, help=t("per vecka eller månad (standard)"))
    cost.add_argument("--json", action="store_true", help=t("skriv ut som JSON"))
    cost.set_defaults(func=run_cost)

    scenario = sub.add_parser("scenario", parents=[common], help=t("scenarier för schemat"))
    csub = scenario.add_subparsers(dest="scenario_command", metavar=t("SCENARIO"), parser_class=type(scenario),
                                   required=True)
    heltid = csub.add_parser("heltid", parents=[common], help=t("heltid som norm: deltider höjs från en måndag"))
    heltid.add_argument("--unit", required=True, metavar=t("ENHET"), help=t("enhetens namn"))
    heltid.add_argument("--from", dest="start", required=True, metavar=t("DATUM"), help=t("måndagen höjningen börjar"))
    heltid.add_argument("--rate", default="100", metavar=t("PROCENT"),
                        help=t("sysselsättningsgrad att höja till (100)"))
    heltid.add_argument("--json", action="store_true", help=t("skriv ut som JSON"))
    heltid.set_defaults(func=run_heltid)


# The rule names of domain.rules as the table shows them (the --json keys stay as they are).
RULE_NAMES = (N_("dygnsvila"), N_("veckovila"), N_("veckoarbetstid"), N_("sysselsättning"))


def parse_day(text: str | None, option: str) -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(t("{option} {text}: inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2024-05-06.", option=option,
                          text=text)) from None


def _one_unit(session: object, name: str) -> UnitInfo:
    units = resolve_units(session, name)  # type: ignore[arg-type]
    if len(units) != 1:
        raise UserError(t("--unit all går inte här; ange en enhets namn."))
    return units[0]


def _dump(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2, allow_nan=False))


def run_check(args: argparse.Namespace) -> int:
    day = parse_day(args.date, "--date")
    with opened(args) as database, database.session() as session:
        unit = _one_unit(session, args.unit)
        info = reads.require_schedule(session, unit.id, unit.name, day)
        data = reads.load_schedule(session, info.id)
    found = roster.findings(data)
    people = {int(e): (n, nm) for e, n, nm in zip(data.employees["employee_id"], data.employees["number"],
                                                   data.employees["name"], strict=True)}
    if args.json:
        _dump({"unit": unit.name, "schedule": data.name, "cycle_weeks": data.cycle_weeks,
               "findings": [_finding_json(f, people) for f in found]})
        return 0
    print(render_check(unit.name, data, found, people))
    return 0


def _finding_json(f: Finding, people: dict[int, tuple[str, str]]) -> dict[str, object]:
    number, name = people.get(f.employee_id, ("", ""))
    return {"employee": number, "name": name, "rule": f.rule, "cycle_day": f.cycle_day, "week": f.week,
            "hours": f.hours, "limit": f.limit}


def render_check(unit: str, data: roster.ScheduleData, found: list[Finding],
                 people: dict[int, tuple[str, str]]) -> str:
    head = t("{unit}: schemat {schedule} från {start}, {weeks} veckors cykel, {employees} anställda", unit=unit,
             schedule=repr(data.name), start=data.start_date, weeks=data.cycle_weeks, employees=len(data.employees))
    if not found:
        return f"{head}\n" + t("Inga avvikelser från arbetstidsreglerna.")
    rows = [(t("Anst.nr"), t("Namn"), t("Regel"), t("Var"), t("Funnet"))]
    rows += [(*people.get(f.employee_id, ("", "")), t(f.rule), where(f, data.start_date),
              finding_text(f)) for f in found]
    return f"{head}\n" + t("{count} avvikelser (varningar; schemat gäller ändå):", count=len(found)) + \
        f"\n\n{_table(rows)}"


def run_cost(args: argparse.Namespace) -> int:
    period = parse_period(args.period)
    with opened(args) as database, database.session() as session:
        unit = _one_unit(session, args.unit)
        if not reads.list_schedules(session, unit.id):
            raise UserError(t("{unit} har inget schema. Skapa ett i Schema-vyn eller importera ett med "
                              "`vonapp import schema`.", unit=unit.name))
        rows = reads.schedule_cost(session, unit.id, period, args.by)
    whole = total(rows)
    if args.json:
        _dump({"unit": unit.name, "period": period.label, "by": args.by,
               "rows": [r.to_json_dict() for r in rows], "total": whole.to_json_dict(dated=False)})
        return 0
    print(render_cost(unit.name, period.label, args.by, rows, whole))
    return 0


def render_cost(unit: str, label: str, by: str, rows: list[CostRow], whole: CostRow) -> str:
    table = [(t("Från"), t("Till"), t("Schema h"), t("Schema kr"), t("Budget h"), t("Budget kr"), t("Avvikelse h"),
              t("Avvikelse kr"))]
    for r in [*rows, whole]:
        first = t("Totalt") if r is whole else str(r.start)
        table.append((first, "" if r is whole else str(r.end), fmt_hours(r.planned_hours), fmt_kr(r.planned_kr),
                      fmt_hours(r.budget_hours), fmt_kr(r.budget_kr), fmt_hours(r.deviation_hours),
                      fmt_kr(r.deviation_kr)))
    heading = (t("{unit}, schemats kostnad {period} per vecka (avvikelse = budget − schema; positiv = inom budget)",
                 unit=unit, period=label) if by == BY_WEEK else
               t("{unit}, schemats kostnad {period} per månad (avvikelse = budget − schema; positiv = inom budget)",
                 unit=unit, period=label))
    return f"{heading}\n\n{_table(table, right=set(range(2, 8)))}"


def run_heltid(args: argparse.Namespace) -> int:
    start = parse_day(args.start, "--from")
    if start.weekday() != 0:
        raise UserError(t("--from {day} är en {weekday}; scenariot börjar en måndag.", day=start,
                          weekday=t(WEEKDAYS[start.weekday()])))
    try:
        rate = float(str(args.rate).replace(",", ".").rstrip("% "))
    except ValueError:
        rate = -1.0
    if not 0 < rate <= 100:
        raise UserError(t("--rate {rate}: ange en sysselsättningsgrad 1–100 (procent).", rate=args.rate))
    with opened(args) as database, database.session() as session:
        unit = _one_unit(session, args.unit)
        scenario = reads.heltid_scenario(session, unit.id, unit.name, start, rate)
    if args.json:
        _dump(scenario.to_json_dict(unit.name))
        return 0
    print(render_heltid(unit.name, scenario))
    return 0


def render_heltid(unit: str, s: HeltidScenario) -> str:
    last = last_year_span(s.start)
    rows = [
        (t("Anställda som höjs"), str(s.employees_raised)),
        (t("Tillagda timmar per vecka"), fmt_hours(s.added_hours_week)),
        (t("Tillagda timmar {start}–{end} ({days} dagar)", start=s.start, end=f"{s.start.year}-12-31", days=s.days),
         fmt_hours(s.added_hours_year)),
        (t("Kostnad för tillagda timmar"), fmt_kr(s.added_kr_year)),
        (t("Vikarietimmar {start}–{end} (vikarie, mertid, övertid, inhyrd)", start=last.start, end=last.end),
         fmt_hours(s.substitute_hours_last_year)),
    ]
    return (t("{unit}: heltid som norm från {start}, alla under {rate} höjs (heltidsmått {full_time} h). De "
              "tillagda timmarna blir resurspass.", unit=unit, start=s.start, rate=fmt_pct(s.rate, 0),
              full_time=fmt_number(s.full_time_hours, 1)) + "\n\n"
            + _table([(t("Mått"), t("Värde")), *rows], right={1}))
