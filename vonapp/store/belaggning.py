"""Reads of the Beläggning area: a unit's year of days (typed or from moves), its moves, places
and budget, and occupancy per day, week and month against budget and the same period last year.

Occupancy is `domain.figures.daily_occupancy` (typed days first, moves fill the rest) summed with
the one series read (`store.series.read_figures`) — the figures of the overview, the summary and the files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from vonapp.domain.figures import UnitInputs, daily_occupancy
from vonapp.domain.periods import Period, year
from vonapp.domain.series import DAY, MONTH, WEEK
from vonapp.store.database import Database
from vonapp.store.queries import UnitInfo, budget_inputs, occupancy_frames, raw_rows
from vonapp.store.row_changes import one_unit
from vonapp.store.series import SeriesSpec, read_figures

FREQS = (DAY, WEEK, MONTH)


@dataclass(frozen=True)
class BelaggningData:
    unit: UnitInfo
    year: int
    places: int | None
    budget_pct: float | None  # budgeted occupancy of the year (None: no budget year or not set)
    has_budget: bool
    days: pd.DataFrame  # date, occupied (NaN: no data), places, typed (bool), edited (bool)
    moves: pd.DataFrame  # id, apartment, date, event, edited
    # freq → start, occupancy_pct, budget_pct, last_year_pct, occupied_days, place_days over `shown`
    series: dict[str, pd.DataFrame]
    shown: Period | None = None  # what the series cover: the chosen quarter or month, else the year

    @property
    def uses_moves(self) -> bool:
        return not self.moves.empty


def _unit_inputs(session: Session, unit: UnitInfo, period: Period) -> UnitInputs:
    days, moves = occupancy_frames(session, [unit.id], period.start, period.end)
    return UnitInputs(unit_id=unit.id, places=unit.places, budgets=budget_inputs(session, [unit.id]).get(unit.id, {}),
                      occupancy=days.drop(columns=["unit_id"]), moves=moves.drop(columns=["unit_id"]))


def occupancy_tables(session: Session, unit: UnitInfo, period: Period,
                     freqs: tuple[str, ...] = FREQS) -> dict[str, pd.DataFrame]:
    """Occupancy per bucket of the period, its budget and the same bucket a year earlier, per freq:
    the overview's and the files' series (store.series.read_figures), laid out as the area's table."""
    figures = read_figures(session, unit.name, period, SeriesSpec(occupancy=freqs))
    out: dict[str, pd.DataFrame] = {}
    for freq in freqs:
        series = figures.occupancy[freq]
        table = series.current[["start", "occupied_days", "place_days", "occupancy_pct", "budget_pct"]].copy()
        # The same bucket a year earlier, matched by position (this year's week 10 beside last year's).
        last_pct = series.last_year["occupancy_pct"].to_numpy(dtype=float)
        n = min(len(table), len(last_pct))
        values = np.full(len(table), np.nan)
        values[:n] = last_pct[:n]
        table["last_year_pct"] = values
        out[freq] = table
    return out


def _year_back(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def shown_period(y: int, chosen: Period | None) -> Period:
    """What the area's table and chart cover: the chosen quarter or month when it lies in the year y
    (no occupancy outside it), else the whole year. The days and moves are always the year's."""
    whole = year(y)
    if chosen is None or chosen.start.year != y or chosen.end.year != y:
        return whole
    return chosen


def belaggning_data(session: Session, unit: UnitInfo, y: int, chosen: Period | None = None) -> BelaggningData:
    period = year(y)
    shown = shown_period(y, chosen)
    inputs = _unit_inputs(session, unit, period)
    occupied, places = daily_occupancy(inputs, period.start, period.end)
    typed = raw_rows(session, "SELECT date, edited_at IS NOT NULL FROM occupancy_day WHERE unit_id = :u "
                     "AND date BETWEEN :s AND :e", {"u": unit.id, "s": period.start.isoformat(),
                                                     "e": period.end.isoformat()})
    typed_days = {str(d)[:10]: bool(e) for d, e in typed}
    iso = [x.date().isoformat() for x in occupied.index]
    days = pd.DataFrame({"date": occupied.index, "occupied": occupied.to_numpy(), "places": places.to_numpy(),
                         "typed": [i in typed_days for i in iso], "edited": [typed_days.get(i, False) for i in iso]})
    moves = pd.DataFrame(raw_rows(
        session, "SELECT id, apartment, date, event, edited_at IS NOT NULL FROM occupancy_move WHERE unit_id = :u "
                 "AND date BETWEEN :s AND :e ORDER BY date, id",
        {"u": unit.id, "s": period.start.isoformat(), "e": period.end.isoformat()}),
        columns=["id", "apartment", "date", "event", "edited"])
    moves["date"] = pd.to_datetime(moves["date"])
    moves["edited"] = moves["edited"].astype(bool)
    budget = inputs.budgets.get(y)
    return BelaggningData(
        unit=unit, year=y, places=unit.places, budget_pct=budget.occupancy_budget_pct if budget else None,
        has_budget=budget is not None, days=days, moves=moves,
        series=occupancy_tables(session, unit, shown), shown=shown)


def load_belaggning(database: Database, unit: str, y: int, chosen: Period | None = None) -> BelaggningData:
    """The Beläggning area of one unit and year, in one read; the series over the chosen quarter or
    month of that year (shown_period), else the year."""
    with database.session() as s:
        return belaggning_data(s, one_unit(s, unit), y, chosen)
