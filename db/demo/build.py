"""Writing demo units with the bare driver: ids are handed out here, rows go in with executemany."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from sqlalchemy import Connection

from vonapp.db.demo import facts
from vonapp.db.demo.hours import EPOCH, UnitPolicy, record_time
from vonapp.db.demo.rosters import People, Person, build_rosters
from vonapp.db.demo.spec import CYCLE_WEEKS, FIRST_DAY, LAST_RECORDED, YEARS, UnitSpec
from vonapp.domain.glossary import WORKED_CATEGORIES, Category, UnitKind
from vonapp.domain.schedule import expand_schedule, staffing_profile
from vonapp.store import dialect

FACTORS = {Category.OVERTID.value: 1.5, Category.INHYRD.value: 1.8}  # cost factor, 1.0 for the rest
WITH_OCCUPANCY = (UnitKind.SARSKILT_BOENDE, UnitKind.KORTTIDSBOENDE, UnitKind.LSS_BOENDE)
WITH_BREAKDOWN = (UnitKind.HEMTJANST, UnitKind.BOENDESTOD)


class Writer:
    """Bulk inserts on one connection, inside the caller's transaction (executemany on SQLite, COPY on
    PostgreSQL: vonapp.store.dialect)."""

    def __init__(self, connection: Connection, progress: Callable[[str], None] | None = None) -> None:
        self.connection = connection
        self.progress = progress
        self.tables: set[str] = set()

    def step(self, text: str) -> None:
        """Tell the caller what comes next; a callback that raises cancels the whole build."""
        if self.progress is not None:
            self.progress(text)

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
        self.tables.add(table)
        dialect.bulk_insert(self.connection, table, columns, rows)

    def rows(self, sql: str) -> list[tuple]:
        """The rows of a read query on the same connection."""
        return dialect.raw_rows(self.connection, sql)


@dataclass
class Built:
    """What a build wrote, for the one-line report."""

    units: int
    employees: int
    time_rows: int


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def write_demo(writer: Writer, specs: list[UnitSpec], seed: int, *, pin_seed_figures: bool = True) -> Built:
    """Every table of the demo for the units in `specs` (ids 1…n in that order)."""
    writer.step("Enheter, personal och scheman")
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    unit_id = {s.name: i for i, s in enumerate(specs, start=1)}
    writer.insert("unit", ["id", "name", "kind", "ansvar", "activity_code", "places"],
                  [(unit_id[s.name], s.name, s.kind.value, s.ansvar, s.activity_code, s.places) for s in specs])

    shift_rows, shift_id = [], {}
    for s in specs:
        for sh in s.shifts:
            shift_id[(unit_id[s.name], sh.code)] = len(shift_rows) + 1
            shift_rows.append((len(shift_rows) + 1, unit_id[s.name], sh.code, sh.start_min, sh.end_min,
                               sh.break_min, int(sh.is_resource)))
    writer.insert("shift_code", ["id", "unit_id", "code", "start_min", "end_min", "break_min", "is_resource"],
                  shift_rows)

    people = People(rng)
    schedule_rows, cell_rows, policies = [], [], []
    for s in specs:
        u = unit_id[s.name]
        staff, rosters = build_rosters(s, u, people, rng)
        subs = [people.new(u, "vikarie", "timavlönad", None) for _ in range(s.substitute_pool)]
        for r in rosters:
            sid = len(schedule_rows) + 1
            schedule_rows.append((sid, u, r.plan.name, r.plan.start, CYCLE_WEEKS))
            cell_rows.extend((sid, e, d, shift_id[(u, code)]) for e, d, code in r.cells)
        turning = s.schedules[1].start if len(s.schedules) > 1 else None
        policies.append(UnitPolicy(u, s.placed_share[0], s.placed_share[1], turning, [p.id for p in subs],
                                   [p.id for p in staff], unit_id.get(s.partner) if s.partner else None,
                                   [p.id for p in staff if (p.rate or 100.0) < 100.0]))
    _write_people(writer, people.all)
    writer.insert("schedule", ["id", "unit_id", "name", "start_date", "cycle_weeks"],
                  [(i, u, n, _iso(d), w) for i, u, n, d, w in schedule_rows])
    writer.insert("schedule_cell", ["id", "schedule_id", "employee_id", "day_index", "shift_code_id"],
                  [(i, *c) for i, c in enumerate(cell_rows, start=1)])

    planned = expand_schedule(
        pd.DataFrame([r[:2] + r[3:] for r in schedule_rows], columns=["schedule_id", "unit_id", "start_date", "cycle_weeks"]),
        pd.DataFrame(cell_rows, columns=["schedule_id", "employee_id", "day_index", "shift_code_id"]),
        pd.DataFrame([(r[0], r[3], r[4], r[5], bool(r[6])) for r in shift_rows],
                     columns=["shift_code_id", "start_min", "end_min", "break_min", "is_resource"]),
        FIRST_DAY, date(YEARS[-1], 12, 31),
    )
    writer.step("Tidrader")
    entries = record_time(planned, policies, LAST_RECORDED, seed)
    time_rows = _write_time(writer, entries)

    writer.step("Budget, beläggning, utförande och ekonomi")
    planned_year = planned.groupby([planned["unit_id"], planned["date"].dt.year])["hours"].sum()
    worked = _worked_by_month(entries, specs, unit_id)
    for s in specs:
        _write_unit_facts(writer, nrng, s, unit_id, planned_year, worked, pin_seed_figures)
    _write_staffing_need(writer, specs, unit_id, planned)
    return Built(len(specs), len(people.all), time_rows)


def _write_people(writer: Writer, everyone: list[tuple[int | None, Person]]) -> None:
    writer.insert("employee", ["id", "unit_id", "employment_number", "display_name", "role", "employment_form",
                               "employment_rate"],
                  [(p.id, u, p.number, p.name, p.role, p.form, p.rate) for u, p in everyone])


def _write_time(writer: Writer, e: pd.DataFrame) -> int:
    days = e["day"].to_numpy()
    uniq, inverse = np.unique(days, return_inverse=True)
    iso = np.array([str(d) for d in (uniq + EPOCH.astype(np.int64)).astype("datetime64[D]")], dtype=object)
    emp = e["employee_id"].to_numpy()
    pu = e["placement_unit_id"].to_numpy()
    rows = zip(
        e["unit_id"].tolist(),
        np.where(emp < 0, None, emp).tolist(),
        iso[inverse].tolist(),
        e["category"].tolist(),
        e["absence_type"].tolist(),
        e["placement"].tolist(),
        np.where(pu < 0, None, pu).tolist(),
        e["hours"].tolist(),
        strict=True,
    )
    with dialect.indexes_rebuilt_after(writer.connection, "time_entry"):
        writer.insert("time_entry", ["unit_id", "employee_id", "date", "category", "absence_type", "placement",
                                     "placement_unit_id", "hours"], rows)
    return len(e)


def _worked_by_month(e: pd.DataFrame, specs: list[UnitSpec], unit_id: dict[str, int]) -> pd.DataFrame:
    """Worked hours and personnel cost (kr) per unit, year and month, from the recorded time."""
    worked = e[e["category"].isin([c.value for c in WORKED_CATEGORIES])]
    month = worked["day"].to_numpy().astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    cost = np.zeros((len(specs) + 1, len(YEARS)))
    for s in specs:
        cost[unit_id[s.name]] = [s.hourly_cost[y] for y in YEARS]
    year = 1970 + month // 12
    factor = worked["category"].map(FACTORS).fillna(1.0).to_numpy()
    hourly = cost[worked["unit_id"].to_numpy(), year - YEARS[0]]
    frame = pd.DataFrame({"unit_id": worked["unit_id"].to_numpy(), "year": year, "month": month % 12 + 1,
                          "hours": worked["hours"].to_numpy(), "kr": worked["hours"].to_numpy() * hourly * factor})
    return frame.groupby(["unit_id", "year", "month"])[["hours", "kr"]].sum()


def _write_unit_facts(writer: Writer, rng: np.random.Generator, s: UnitSpec, unit_id: dict[str, int],
                      planned_year: pd.Series, worked: pd.DataFrame, pin: bool) -> None:
    u = unit_id[s.name]
    budgets = {}
    for y in YEARS:
        # Budget i timmar below the schedule's hours: the unit must staff with resurspass, not substitutes.
        hours = float(planned_year.get((u, y), 0.0)) * s.budget_share[y]
        budgets[y] = s.budget_kr.get(y, float(round(hours * s.hourly_cost[y], -3)))
    writer.insert(
        "budget_year",
        ["unit_id", "year", "personnel_budget_kr", "hourly_cost", "occupancy_budget_pct", "action_requirement_tkr",
         "full_time_hours", "factor_ordinarie", "factor_resurspass", "factor_vikarie", "factor_mertid",
         "factor_overtid", "factor_inhyrd"],
        [(u, y, budgets[y], s.hourly_cost[y], s.occupancy_budget_pct.get(y), s.requirement_tkr.get(y),
          s.full_time_hours, 1.0, 1.0, 1.0, 1.0, FACTORS[Category.OVERTID.value], FACTORS[Category.INHYRD.value])
         for y in YEARS],
    )
    mine = worked.loc[u] if u in worked.index.get_level_values(0) else worked.iloc[0:0]
    outcome = {(int(y), int(m)): float(v) for (y, m), v in mine["kr"].items()}
    writer.insert("finance_line", ["unit_id", "year", "month", "category", "budget_kr", "outcome_kr"],
                  [(u, *r) for r in facts.finance(rng, s.kind, budgets, outcome, LAST_RECORDED)])
    if s.kind in WITH_BREAKDOWN:
        hours = {(int(y), int(m)): float(v) for (y, m), v in mine["hours"].items()}
        rows = facts.breakdown(rng, hours, s.kind, pin and s.name == "Hemtjänst Centrum")
        writer.insert("time_breakdown", ["unit_id", "year", "month", "worked_hours", "client_hours", "idle_hours",
                                         "declined_hours"], [(u, *r) for r in rows])
    if s.kind in WITH_OCCUPANCY and s.places:
        days = facts.days_between(FIRST_DAY, LAST_RECORDED)
        level = 0.97 if s.kind is UnitKind.SARSKILT_BOENDE else 0.87
        pinned = facts.STORTORP_OCCUPIED if pin and s.name == "Stortorp" else None
        occ = facts.occupancy(rng, s.places, days, level, pinned)
        writer.insert("occupancy_day", ["unit_id", "date", "places", "occupied"],
                      [(u, d.isoformat(), s.places, int(o)) for d, o in zip(days, occ, strict=True)])


def _write_staffing_need(writer: Writer, specs: list[UnitSpec], unit_id: dict[str, int], planned: pd.DataFrame) -> None:
    """Staff needed per weekday and hour: the first schedule's ordinary shifts, a cycle long."""
    rows = []
    first = planned[~planned["is_resource"]]
    for s in specs:
        if s.kind not in WITH_OCCUPANCY:
            continue
        u = unit_id[s.name]
        start = pd.Timestamp(s.schedules[0].start)
        cycle = first[(first["unit_id"] == u) & (first["date"] >= start)
                      & (first["date"] < start + pd.Timedelta(days=7 * CYCLE_WEEKS))]
        profile = staffing_profile(cycle, CYCLE_WEEKS)
        rows.extend((u, int(r.weekday), int(r.hour), round(float(r.staff), 2)) for r in profile.itertuples())
    writer.insert("staffing_need", ["unit_id", "weekday", "hour", "staff"], rows)
