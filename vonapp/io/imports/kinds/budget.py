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
    old_years = {(u, y): bid for bid, u, y in ctx.session.execute(select(BudgetYear.id, BudgetYear.unit_id,
                                                                         BudgetYear.year)).all()}
    new_units = [names[i] for k, i in latest.items() if k not in existing]
    updated = sum(1 for i in range(len(rows)) if fold(names[i]) in existing
                  and (existing[fold(names[i])][0], years[i]) in old_years)
    report = [f"{len(latest)} enheter ({len(new_units)} nya), {len(rows)} budgetår "
              f"({len(rows) - updated} nya, {updated} uppdaterade)"]
    report += [f"  {names[i]} {years[i]}: personalbudget {fmt_n(budget[i])} kr, timkostnad {fmt_n(cost[i])} kr"
               for i in range(min(len(rows), 20))]

    def nan(x: float) -> float | None:
        return None if np.isnan(x) else float(x)

    def write(w: Writer) -> None:
        unit_ids: dict[str, int] = {}
        for k, i in latest.items():
            attrs = {"kind": kinds[i], "ansvar": ansvar[i] or None, "activity_code": code[i] or None,
                     "places": places[i]}
            attrs = {a: x for a, x in attrs.items() if x is not None}
            if k in existing:
                uid = existing[k][0]
                if attrs:
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
            values = {"personnel_budget_kr": float(budget[i]), "hourly_cost": float(cost[i]),
                      "occupancy_budget_pct": nan(occ[i]), "action_requirement_tkr": nan(requirement[i]),
                      "full_time_hours": nan(full_time[i]), "batch_id": w.batch_id}
            bid = old_years.get((uid, y))
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

    return Plan(len(rows), report, write, date(min(years), 1, 1), date(max(years), 12, 31))


KIND = Kind("budget", COLUMNS, plan, needs_unit=False, help="enheter och deras budgetår")
