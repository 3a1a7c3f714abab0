"""Read queries that return plain frames and dataclasses; views and the CLI never see a Session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from vonapp.domain import daily as d
from vonapp.domain.budget import BudgetYearInputs
from vonapp.domain.glossary import Category, Placement
from vonapp.store import dialect
from vonapp.store.errors import UnknownUnit

if TYPE_CHECKING:  # every read here is SQL through the bare driver: it runs before SQLAlchemy loads too
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from vonapp.store.driver import DriverSession
from vonapp.texts import t

ALL_UNITS = "all"


@dataclass(frozen=True)
class UnitInfo:
    id: int
    name: str
    kind: str
    ansvar: str | None
    activity_code: str | None
    places: int | None


_UNIT_SQL = "SELECT id, name, kind, ansvar, activity_code, places FROM unit"


def list_units(session: Session | DriverSession) -> list[UnitInfo]:
    return [UnitInfo(*row) for row in raw_rows(session, f"{_UNIT_SQL} ORDER BY name")]


def is_all_units(name: str) -> bool:
    """`all`, `alla` and `alla enheter` all mean every unit, everywhere (--unit, the window, exports)."""
    return name.strip().lower() in (ALL_UNITS, "alla", "alla enheter")


def resolve_units(session: Session | DriverSession, name: str) -> list[UnitInfo]:
    """The units `--unit NAME` means: one by name (case-insensitive), or every unit for `all`."""
    if is_all_units(name):
        return list_units(session)
    # The name as written first (the window's selector, most commands): one indexed row, not the list.
    exact = raw_rows(session, f"{_UNIT_SQL} WHERE name = :name", {"name": name.strip()})
    if exact:
        return [UnitInfo(*exact[0])]
    units = list_units(session)
    wanted = name.strip().casefold()
    match = [u for u in units if u.name.casefold() == wanted]
    if not match:
        known = ", ".join(u.name for u in units[:12]) or t("inga enheter ännu")
        more = " …" if len(units) > 12 else ""
        raise UnknownUnit(t("Enheten {unit} finns inte. Kända enheter: {known} (eller all).", unit=repr(name),
                            known=known + more))
    return match


def _ids(units: list[UnitInfo]) -> list[int]:
    return [u.id for u in units]


def _id_list(ids: list[int]) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


_FACTORS = (Category.ORDINARIE, Category.RESURSPASS, Category.VIKARIE, Category.MERTID, Category.OVERTID,
            Category.INHYRD)


def budget_inputs(session: Session | DriverSession, unit_ids: list[int]) -> dict[int, dict[int, BudgetYearInputs]]:
    """Budget years per unit and year, with their monthly weights when there are any."""
    in_units = f"unit_id IN ({_id_list(unit_ids)})"
    weights: dict[int, list[float]] = {}
    wrows = raw_rows(session, "SELECT w.budget_year_id, w.month, w.weight FROM budget_month_weight w "
                              f"JOIN budget_year b ON b.id = w.budget_year_id WHERE b.{in_units}")
    for by_id, m, w in wrows:
        weights.setdefault(by_id, [0.0] * 12)[m - 1] = w
    out: dict[int, dict[int, BudgetYearInputs]] = {}
    for (by_id, unit_id, year, budget_kr, hourly_cost, occupancy_pct, requirement_tkr, full_time,
         *factors) in raw_rows(
            session, "SELECT id, unit_id, year, personnel_budget_kr, hourly_cost, occupancy_budget_pct, "
                     "action_requirement_tkr, full_time_hours, factor_ordinarie, factor_resurspass, "
                     f"factor_vikarie, factor_mertid, factor_overtid, factor_inhyrd FROM budget_year WHERE {in_units}"):
        out.setdefault(unit_id, {})[year] = BudgetYearInputs(
            year=year,
            personnel_budget_kr=budget_kr,
            hourly_cost=hourly_cost,
            occupancy_budget_pct=occupancy_pct,
            action_requirement_tkr=requirement_tkr,
            full_time_hours=full_time,
            factors=dict(zip(_FACTORS, factors, strict=True)),
            month_weights=weights.get(by_id),
        )
    return out


_PLACED = f"('{Placement.OWN.value}', '{Placement.OTHER.value}')"
# FILTER skips a row for a sum at its first failed test; the CASE form evaluated every branch of every
# sum for every row (≈ 30 % slower on a unit-year). Each sum is 0.0 where no row matches, as ELSE 0 was.
_DAILY_SUMS = (
    ("ordinarie", "category = 'ordinarie'"),
    ("resurspass", "category = 'resurspass'"),
    ("vikarie", "category = 'vikarie'"),
    ("mertid", "category = 'mertid'"),
    ("overtid", "category = 'övertid'"),
    ("inhyrd", "category = 'inhyrd'"),
    ("res_used", f"category = 'resurspass' AND placement IN {_PLACED}"),
    ("res_other", f"category = 'resurspass' AND placement = '{Placement.OTHER.value}'"),
    ("sick", "category = 'frånvaro' AND absence_type = 'sjuk'"),
    ("absence", "category = 'frånvaro'"),
)


def daily_sql(connection: Connection, unit_filter: str = "") -> str:
    """The recorded hours per unit and day, in the connection's SQL dialect (vonapp.store.dialect)."""
    sums = ",\n  ".join(f"{dialect.total(connection, 'hours', cond)} AS {name}" for name, cond in _DAILY_SUMS)
    return (f"SELECT unit_id, {dialect.day_number(connection, 'date')} AS day,\n  {sums}\n"
            f"FROM time_entry\nWHERE date BETWEEN :start AND :end {unit_filter}\nGROUP BY unit_id, date")


def raw_rows(session: Session | DriverSession, sql: str, params: dict[str, object] | None = None) -> list[tuple]:
    """Run a read query (named `:params`) on the session's own connection, for large results.

    The bare driver runs it (vonapp.store.dialect), skipping SQLAlchemy's per-row objects, which
    cost more than the database itself on a million rows. A Session's pending changes are flushed
    first, as its own execute() would (autoflush); a DriverSession (vonapp.store.driver) has none.
    """
    if getattr(session, "autoflush", False):
        session.flush()  # type: ignore[union-attr]  # nothing to do (and cheap) when nothing is pending
    return dialect.raw_rows(session.connection(), sql, params)


def recorded_daily(session: Session | DriverSession, unit_ids: list[int] | None, start: date, end: date) -> pd.DataFrame:
    """Recorded hours per unit and day, one column per category (see vonapp.domain.daily)."""
    unit_filter = ""
    if unit_ids is not None:
        unit_filter = "AND unit_id IN (" + ",".join(str(int(i)) for i in unit_ids) + ")"
    sql = daily_sql(session.connection(), unit_filter)
    params = {"start": start.isoformat(), "end": end.isoformat()}
    values = dialect.float_matrix(session.connection(), sql, params, 2 + len(d.RECORDED_COLUMNS))
    frame = pd.DataFrame(values[:, 2:], columns=d.RECORDED_COLUMNS)
    frame.insert(0, "date", (values[:, 1].astype("int64")).astype("datetime64[D]").astype("datetime64[ns]"))
    frame.insert(0, "unit_id", values[:, 0].astype("int64"))
    return frame


def schedule_frames(
    session: Session | DriverSession, unit_ids: list[int] | None, *, counted: bool = False
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(schedules, cells, shift codes) as frames for vonapp.domain.schedule.expand_schedule.

    With `counted`, cells are grouped instead: schedule_id, day_index, shift_code_id and `count` (how
    many employees have that shift that cycle day), enough for planned hours and far fewer rows.
    """
    if counted:
        columns = ["schedule_id", "day_index", "shift_code_id", "count"]
        cell_sql = "SELECT schedule_id, day_index, shift_code_id, COUNT(*) FROM schedule_cell {where} GROUP BY 1, 2, 3"
    else:
        columns = ["schedule_id", "employee_id", "day_index", "shift_code_id"]
        cell_sql = "SELECT schedule_id, employee_id, day_index, shift_code_id FROM schedule_cell {where}"
    # Read with the bare driver (a few rows each, but on every window switch: ≈0.5 ms a query saved).
    unit_where = cell_where = ""
    if unit_ids is not None:
        id_list = ",".join(str(int(i)) for i in unit_ids) or "NULL"
        unit_where = f"WHERE unit_id IN ({id_list})"
        cell_where = f"WHERE schedule_id IN (SELECT id FROM schedule {unit_where})"
    schedules = pd.DataFrame(
        [(i, u, date.fromisoformat(str(d)), c) for i, u, d, c in raw_rows(
            session, f"SELECT id, unit_id, start_date, cycle_weeks FROM schedule {unit_where}")],
        columns=["schedule_id", "unit_id", "start_date", "cycle_weeks"])
    cell_rows = np.array(raw_rows(session, cell_sql.format(where=cell_where)), dtype=np.int64).reshape(-1, 4)
    cells = pd.DataFrame(cell_rows, columns=columns)
    shifts = pd.DataFrame(
        [(i, a, b, k, bool(r)) for i, a, b, k, r in raw_rows(
            session, f"SELECT id, start_min, end_min, break_min, is_resource FROM shift_code {unit_where}")],
        columns=["shift_code_id", "start_min", "end_min", "break_min", "is_resource"])
    return schedules, cells, shifts


def occupancy_frames(session: Session | DriverSession, unit_ids: list[int], start: date, end: date) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(daily counts in the range, every move event up to the range's end) for the units; dates as datetime64.

    Read with the bare driver: a förvaltning's year holds tens of thousands of daily counts.
    """
    id_list = ",".join(str(int(i)) for i in unit_ids) or "NULL"
    params = {"start": start.isoformat(), "end": end.isoformat()}
    days = _dated_frame(raw_rows(
        session, f"SELECT unit_id, date, places, occupied FROM occupancy_day WHERE unit_id IN ({id_list}) "
                 "AND date BETWEEN :start AND :end", params), ["unit_id", "date", "places", "occupied"])
    moves = _dated_frame(raw_rows(
        session, f"SELECT unit_id, apartment, date, event FROM occupancy_move WHERE unit_id IN ({id_list}) "
                 "AND date <= :end", params), ["unit_id", "apartment", "date", "event"])
    return days, moves


def _dated_frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    """Rows as a frame whose `date` column (ISO text or dates) becomes datetime64[ns]."""
    frame = pd.DataFrame(rows, columns=columns)
    # numpy reads ISO dates directly; pandas' parser costs ≈0.5 ms a call even for a few rows.
    frame["date"] = frame["date"].to_numpy().astype("datetime64[D]").astype("datetime64[ns]")
    return frame


def breakdown_frame(session: Session | DriverSession, unit_ids: list[int], years: list[int]) -> pd.DataFrame:
    cols = ["unit_id", "year", "month", "worked_hours", "client_hours", "idle_hours", "declined_hours"]
    rows = raw_rows(session, f"SELECT {', '.join(cols)} FROM time_breakdown WHERE unit_id IN ({_id_list(unit_ids)}) "
                             f"AND year IN ({_id_list(years)})")
    return pd.DataFrame(rows, columns=cols)


def measures_frame(session: Session | DriverSession, unit_ids: list[int], years: list[int] | None = None) -> pd.DataFrame:
    """Action-plan measures in table order: unit_id, year, name, description, effects, status."""
    cols = ["id", "unit_id", "year", "position", "name", "description", "effect_year_tkr",
            "full_year_effect_tkr", "status"]
    in_years = "" if years is None else f" AND year IN ({_id_list(years)})"
    rows = raw_rows(session, f"SELECT {', '.join(cols)} FROM measure WHERE unit_id IN ({_id_list(unit_ids)}){in_years} "
                             "ORDER BY unit_id, year, position, id")
    return pd.DataFrame(rows, columns=cols)
