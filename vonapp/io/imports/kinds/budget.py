"""`budget`: creates or updates units and their budget year (no --unit: the file names the units)."""

from __future__ import annotations

from datetime import date

import numpy as np
from sqlalchemy import select

from vonapp.domain.glossary import UnitKind
from vonapp.io.imports import values as v
from vonapp.io.imports.columns import Column
from vonapp.io.imports.kinds.base import Context, Kind, Plan, Rows, fmt_n, lookup
from vonapp.io.imports.text import fold, swedish_list
from vonapp.io.imports.writer import Writer
from vonapp.store.models import BudgetYear, Unit
from vonapp.texts import N_

COLUMNS = (
    Column("enhet", ("enhetsnamn", "enhetens namn", "unit")),
    Column("verksamhet", ("verksamhetsområde", "verksamhetstyp", "typ av verksamhet"), required=False),
    Column("ansvar", ("ansvarskod", "ansvarsnummer"), required=False),
    Column("verksamhetskod", ("vht", "verksamhetsnummer", "vhtkod"), required=False),
    Column("platser", ("antal platser",), required=False),
    Column("år", ("budgetår", "year")),
    Column("personalbudget kr", ("personalbudget", "personalbudget i kr", "budget personal kr")),
    Column("timkostnad kr", ("timkostnad", "timkostnad i kr", "kr per timme")),
    Column("budgeterad beläggning %", ("budgeterad beläggning", "beläggning budget", "budget beläggning %"),
           required=False),
    Column("åtgärdskrav tkr", ("åtgärdskrav", "åtgärdskrav i tkr"), required=False),
    Column("heltidsmått", ("heltidsmått timmar", "heltid timmar per vecka", "heltid"), required=False),
)

FACTORS = ("ordinarie", "resurspass", "vikarie", "mertid", "overtid", "inhyrd")
KIND_WORDS = {fold(k.value): k.value for k in UnitKind} | {
    "sabo": UnitKind.SARSKILT_BOENDE.value, "sarbo": UnitKind.SARSKILT_BOENDE.value,
    "korttid": UnitKind.KORTTIDSBOENDE.value, "daglig verksamhet": UnitKind.DAGLIG_VERKSAMHET_LSS.value,
    "lss boende": UnitKind.LSS_BOENDE.value, "bostad med sarskild service": UnitKind.LSS_BOENDE.value,
}
KIND_HINT = "tillåtna: " + swedish_list([k.value for k in UnitKind])


def plan(ctx: Context) -> Plan:
    rows = Rows.of(ctx, COLUMNS)
    names = rows.text("enhet")
    rows.require("enhet", "ange enhetens namn")
    years = rows.parsed("år", v.integer, "ange budgetåret")
    rows.flag("år", np.array([y is not None and not v.FIRST_YEAR <= y <= v.LAST_YEAR for y in years]),
              f"är inget år mellan {v.FIRST_YEAR} och {v.LAST_YEAR}")
    budget = rows.floats("personalbudget kr", "ange personalbudgeten i kr")
    rows.flag("personalbudget kr", budget < 0, "är negativ; ange personalbudgeten i kr")
    cost = rows.floats("timkostnad kr", "ange timkostnaden i kr")
    rows.flag("timkostnad kr", cost <= 0, "måste vara större än 0 kr")
    places = rows.parsed("platser", v.integer, required=False)
    rows.flag("platser", np.array([p is not None and p < 0 for p in places]), "kan inte vara negativt")
    occ = rows.floats("budgeterad beläggning %", required=False)
    occ = np.where(occ <= 1.0, occ * 100.0, occ)  # 0,98 from a percent-formatted cell means 98 %
    rows.flag("budgeterad beläggning %", occ > 100, "är över 100 %")
    rows.flag("budgeterad beläggning %", occ < 0, "är negativ")
    requirement = rows.floats("åtgärdskrav tkr", required=False)
    full_time = rows.floats("heltidsmått", required=False)
    rows.flag("heltidsmått", (full_time <= 0) | (full_time > 60), "är inget rimligt heltidsmått (timmar per vecka, 1–60)")
    kind_cells = rows.text("verksamhet")
    kinds, kind_ok = lookup(kind_cells, KIND_WORDS)
    rows.flag("verksamhet", (kind_cells != "") & ~kind_ok, f"är ingen känd verksamhet; {KIND_HINT}")
    ansvar, code = rows.text("ansvar"), rows.text("verksamhetskod")

    existing = {fold(n): (i, n) for i, n in ctx.session.execute(select(Unit.id, Unit.name)).all()}
    rows.flag("verksamhet", np.array([n != "" and fold(n) not in existing for n in names]) & (kind_cells == ""),
              f"är tom; en ny enhet behöver verksamhet ({KIND_HINT})", value=False)
    seen: dict[tuple[str, int], int] = {}
    for i, (n, y) in enumerate(zip(names, years, strict=True)):
        if n and y is not None:
            key = (fold(n), y)
            if key in seen:
                rows.flag("enhet", np.arange(len(rows)) == i, f"har år {y} redan på rad {seen[key]}")
            else:
                seen[key] = int(rows.numbers[i])
    rows.fail_if_problems()

    # The unit's own attributes come from its latest year's row.
    latest: dict[str, int] = {}
    for i, (n, y) in enumerate(zip(names, years, strict=True)):
        k = fold(n)
        if k not in latest or y >= years[latest[k]]:
            latest[k] = i
    old_rows = {(u, y): (bid, dict(zip(COMPARED, vals, strict=True))) for bid, u, y, *vals in ctx.session.execute(
        select(BudgetYear.id, BudgetYear.unit_id, BudgetYear.year,
               *(getattr(BudgetYear, a) for a in COMPARED))).all()}
    old_years = {key: bid for key, (bid, _v) in old_rows.items()}

    def nan(x: float) -> float | None:
        return None if np.isnan(x) else float(x)

    def file_values(i: int) -> dict[str, float | None]:
        return {"personnel_budget_kr": float(budget[i]), "hourly_cost": float(cost[i]),
                "occupancy_budget_pct": nan(occ[i]), "action_requirement_tkr": nan(requirement[i]),
                "full_time_hours": nan(full_time[i])}

    # A budget year already in the database is changed only with replace, as every other kind's data
    # is: the file's values that differ (an empty cell keeps the old value).
    changes: dict[int, list[str]] = {}
    same = 0
    for i in range(len(rows)):
        k = fold(names[i])
        old = old_rows.get((existing[k][0], years[i])) if k in existing else None
        if old is None:
            continue
        diff = [f"{LABELS[a]} {_shown(old[1][a])} → {_shown(x)}" for a, x in file_values(i).items()
                if x is not None and (old[1][a] is None or abs(float(old[1][a]) - x) > 1e-9)]
        if diff:
            changes[i] = diff
        else:
            same += 1
    new_units = [names[i] for k, i in latest.items() if k not in existing]
    added = len(rows) - len(changes) - same
    def agree(n: int, one: str, many: str) -> str:  # Swedish number agreement: 1 ny enhet, 2 nya
        return f"{n} {one if n == 1 else many}"

    report = [f"{agree(len(latest), 'enhet', 'enheter')} ({agree(len(new_units), 'ny', 'nya')}), "
              f"{len(rows)} budgetår ({agree(added, 'nytt', 'nya')}, {agree(len(changes), 'ändrat', 'ändrade')}, "
              f"{agree(same, 'oförändrat', 'oförändrade')})"]
    report += [f"  {names[i]} {years[i]}: personalbudget {fmt_n(budget[i])} kr, timkostnad {fmt_n(cost[i])} kr"
               for i in range(min(len(rows), 20))]
    overlap = [f"{existing[fold(names[i])][1]} {years[i]}: {', '.join(diff)}" for i, diff in changes.items()]
    # A unit's own codes and places are changed with replace too (from its latest year's row).
    old_units = {uid: (kind, ans, act, pl) for uid, kind, ans, act, pl in ctx.session.execute(
        select(Unit.id, Unit.kind, Unit.ansvar, Unit.activity_code, Unit.places)).all()}
    unit_changes: set[str] = set()
    for k, i in latest.items():
        if k not in existing:
            continue
        before = dict(zip(("verksamhet", "ansvar", "verksamhetskod", "platser"), old_units[existing[k][0]],
                          strict=True))
        after = {"verksamhet": kinds[i], "ansvar": ansvar[i] or None, "verksamhetskod": code[i] or None,
                 "platser": places[i]}
        diff = [f"{a} {before[a] if before[a] is not None else 'tom'} → {x}" for a, x in after.items()
                if x is not None and str(x) != str(before[a])]
        if diff:
            unit_changes.add(k)
            overlap.append(f"{existing[k][1]}: {', '.join(diff)}")

    def write(w: Writer) -> None:
        unit_ids: dict[str, int] = {}
        for k, i in latest.items():
            attrs = {"kind": kinds[i], "ansvar": ansvar[i] or None, "activity_code": code[i] or None,
                     "places": places[i]}
            attrs = {a: x for a, x in attrs.items() if x is not None}
            if k in existing:
                uid = existing[k][0]
                if attrs and k in unit_changes:
                    w.log_update("unit", uid)
                    w.execute("UPDATE unit SET " + ", ".join(f"{a} = :{a}" for a in attrs) + " WHERE id = :id",
                              {**attrs, "id": uid})
            else:
                uid = int(w.scalar("INSERT INTO unit (name, kind, ansvar, activity_code, places) "
                                   "VALUES (:name, :kind, :ansvar, :activity_code, :places) RETURNING id",
                                   {"name": names[i], "kind": kinds[i], "ansvar": ansvar[i] or None,
                                    "activity_code": code[i] or None, "places": places[i]}))
                w.created_units.append(uid)
            unit_ids[k] = uid
        for i in range(len(names)):
            uid, y = unit_ids[fold(names[i])], years[i]
            values = {**file_values(i), "batch_id": w.batch_id}
            bid = old_years.get((uid, y))
            if bid is not None and i not in changes:
                continue  # the same values: nothing to change
            if bid is not None:
                w.log_update("budget_year", bid)
                keep = {a: x for a, x in values.items() if x is not None}
                w.execute("UPDATE budget_year SET " + ", ".join(f"{a} = :{a}" for a in keep) + " WHERE id = :id",
                          {**keep, "id": bid})
            else:
                values["full_time_hours"] = values["full_time_hours"] or 40.0
                values |= {f"factor_{c}": 1.0 for c in FACTORS}
                cols = ["unit_id", "year", *values]
                w.insert("budget_year", cols, [(uid, y, *values.values())])

    return Plan(len(rows), report, write, date(min(years), 1, 1), date(max(years), 12, 31), overlap,
                "budgetåren med de nya värdena")


COMPARED = ("personnel_budget_kr", "hourly_cost", "occupancy_budget_pct", "action_requirement_tkr",
            "full_time_hours")
LABELS = {"personnel_budget_kr": "personalbudget kr", "hourly_cost": "timkostnad kr",
          "occupancy_budget_pct": "budgeterad beläggning %", "action_requirement_tkr": "åtgärdskrav tkr",
          "full_time_hours": "heltidsmått"}


def _shown(x: object) -> str:
    return "tom" if x is None else fmt_n(float(x))  # type: ignore[arg-type]


KIND = Kind("budget", COLUMNS, plan, needs_unit=False, help=N_("enheter och deras budgetår"))
