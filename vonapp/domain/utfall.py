"""Utfall: the period's days and weeks, the resurspass register and absence coverage (pure frames).

The day figures come from the daily frame (vonapp.domain.daily) of one unit; missed resurspass is
`daily.missed_resurspass_values` — the one implementation of DESIGN's formula.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import numpy as np
import pandas as pd

from vonapp.domain import daily as d
from vonapp.domain.glossary import SUBSTITUTE_CATEGORIES, AbsenceType, Category, Placement

ABSENCE_COLUMN: dict[AbsenceType, str] = {
    AbsenceType.SJUK: "sjuk",
    AbsenceType.SEMESTER: "semester",
    AbsenceType.VAB: "vab",
    AbsenceType.FORALDRALEDIG: "foraldraledig",
    AbsenceType.TJANSTLEDIG: "tjanstledig",
    AbsenceType.OVRIGT: "ovrigt",
}
ABSENCE_COLUMNS = list(ABSENCE_COLUMN.values())
DAY_COLUMNS = [
    "date", "week", *d.WORKED_COLUMNS, "worked", *ABSENCE_COLUMNS, "absence", "planned", "planned_res",
    "res_used", "unplaced", "substitute", "missed_hours", "missed_kr", "problem",
]
SUM_COLUMNS = [c for c in DAY_COLUMNS if c not in ("date", "week", "problem")]

# How an absence was covered: the covering row's category, or one of these two.
NOT_COVERED = "ej ersatt"
NOT_STATED = "ej angivet"
COVER_CATEGORIES: tuple[Category, ...] = (Category.RESURSPASS, *SUBSTITUTE_CATEGORIES)
COVER_CLASSES: list[str] = [c.value for c in COVER_CATEGORIES] + [NOT_COVERED, NOT_STATED]


def week_label(day: date) -> str:
    """'v. 9' — the ISO week number as Swedish calendars print it."""
    return f"v. {day.isocalendar()[1]}"


def day_table(daily: pd.DataFrame, absence: pd.DataFrame, hourly_cost: Mapping[int, float],
              start: date, end: date) -> pd.DataFrame:
    """One row per day of [start, end] with recorded, absent, planned and missed resurspass hours.

    daily: one unit's daily frame (vonapp.domain.daily); absence: columns date, absence_type, hours
    (summed per day and type or not); hourly_cost: year → kr per hour (missing year: missed kr NaN).
    A day is a *problem* when substitutes were hired while a resurspass stood unplaced (missed > 0).
    """
    first = np.datetime64(start, "D")
    days = np.arange(first, np.datetime64(end, "D") + 1)  # in numpy: pandas' date index cost ≈1 ms a call
    columns = [*d.RECORDED_COLUMNS, *d.PLANNED_COLUMNS]
    values = np.zeros((len(days), len(columns)))
    if not daily.empty:  # column by column in numpy: pandas cost ≈10 ms on each one-day read
        one = daily if daily["date"].is_unique else daily.groupby("date", as_index=False)[columns].sum()
        at = _positions(one["date"], first, len(days))
        inside = at >= 0
        values[at[inside]] = one[columns].to_numpy(dtype=float)[inside]
    full = {c: values[:, i].copy() for i, c in enumerate(columns)}
    out: dict[str, object] = {"date": days.astype("datetime64[ns]"),
                              "week": [f"v. {day.isocalendar()[1]}" for day in days.tolist()]}
    for c in d.WORKED_COLUMNS:
        out[c] = full[c]
    out["worked"] = d.row_sum([full[c] for c in d.WORKED_COLUMNS])
    out.update(_absence_by_type(absence, first, len(days)))
    for c in ("absence", "planned", "planned_res", "res_used"):
        out[c] = full[c]
    out["unplaced"] = np.clip(full["planned_res"] - full["res_used"], 0.0, None)
    substitute = d.row_sum([full[c] for c in d.SUBSTITUTE_COLUMNS])
    out["substitute"] = substitute
    missed = d.missed_resurspass_values(full["planned_res"], full["res_used"], substitute)
    out["missed_hours"] = missed
    years = days.astype("datetime64[Y]").astype(np.int64) + 1970
    costs = {int(y): hourly_cost.get(int(y), np.nan) for y in np.unique(years)}
    cost = np.array([costs[y] for y in years.tolist()], dtype=float)
    out["missed_kr"] = missed * cost
    out["problem"] = missed > 1e-9
    return pd.DataFrame(out, columns=DAY_COLUMNS)


def _positions(dates: pd.Series, first: np.datetime64, count: int) -> np.ndarray:
    """Each date's row in the day table starting at `first` with `count` days; -1 outside it."""
    values = dates.to_numpy()
    if values.dtype.kind != "M":
        values = pd.to_datetime(dates).to_numpy()
    at = values.astype("datetime64[D]").astype(np.int64) - first.astype(np.int64)
    return np.where((at >= 0) & (at < count), at, -1)


def _absence_by_type(absence: pd.DataFrame, first: np.datetime64, count: int) -> dict[str, np.ndarray]:
    out = {c: np.zeros(count) for c in ABSENCE_COLUMNS}
    if absence is None or absence.empty:
        return out
    at = _positions(absence["date"], first, count)
    kinds = absence["absence_type"].to_numpy(dtype=object)
    hours = absence["hours"].to_numpy(dtype=float)
    for t, column in ABSENCE_COLUMN.items():
        mine = (kinds == t.value) & (at >= 0)
        np.add.at(out[column], at[mine], hours[mine])
    unknown = ~np.isin(kinds, [t.value for t in AbsenceType]) & (at >= 0)
    np.add.at(out["ovrigt"], at[unknown], hours[unknown])
    return out


def week_table(days: pd.DataFrame) -> pd.DataFrame:
    """The day table summed per ISO week: start (Monday or the period's first day), end, week, sums.

    In numpy (grouped by ISO year and week with bincount): pandas' isocalendar and groupby cost ≈4 ms,
    on each placement edit too (its week is summed again).
    """
    if days.empty:
        return pd.DataFrame(columns=WEEK_COLUMNS)
    return pd.DataFrame(week_sums(days), columns=WEEK_COLUMNS)


WEEK_COLUMNS = ["start", "end", "week", *SUM_COLUMNS, "problem_days"]


def week_sums(days: pd.DataFrame, first_row: int = 0, stop_row: int | None = None) -> dict[str, np.ndarray]:
    """week_table's columns (WEEK_COLUMNS) as arrays, of the day table's rows first_row:stop_row (not empty)."""
    rows = slice(first_row, stop_row)
    stamps = days["date"].to_numpy()[rows].astype("datetime64[ns]")
    day = stamps.astype("datetime64[D]").astype(np.int64)  # days since 1970-01-01, a Thursday
    thursday = day - (day + 3) % 7 + 3  # the Thursday of the day's ISO week names its ISO year
    iso_year = thursday.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970
    january_1 = (iso_year - 1970).astype("datetime64[Y]").astype("datetime64[D]").astype(np.int64)
    week = (thursday - january_1) // 7 + 1
    keys, inverse = np.unique(iso_year * 100 + week, return_inverse=True)
    n = len(keys)
    first = np.full(n, len(day))
    np.minimum.at(first, inverse, np.arange(len(day)))
    start, end = np.full(n, np.iinfo(np.int64).max), np.full(n, np.iinfo(np.int64).min)
    np.minimum.at(start, inverse, stamps.astype(np.int64))
    np.maximum.at(end, inverse, stamps.astype(np.int64))
    out: dict[str, np.ndarray] = {"start": start.astype("datetime64[ns]"), "end": end.astype("datetime64[ns]"),
                                  "week": days["week"].to_numpy(dtype=object)[rows][first]}
    for c in SUM_COLUMNS:
        values = days[c].to_numpy(dtype=float)[rows]
        out[c] = np.bincount(inverse, weights=np.nan_to_num(values, nan=0.0), minlength=n)
    # missed kr NaN only when every day of the week lacks a cost
    known = np.bincount(inverse, weights=(~np.isnan(days["missed_kr"].to_numpy(dtype=float)[rows])).astype(float),
                        minlength=n)
    out["missed_kr"] = np.where(known > 0, out["missed_kr"], np.nan)
    out["problem_days"] = np.bincount(inverse, weights=days["problem"].to_numpy(dtype=float)[rows],
                                      minlength=n).astype(np.int64)
    return out


def last_recorded_day(days: pd.DataFrame) -> date | None:
    """The last day of a day_table with worked or absence hours recorded (None: nothing recorded).

    A period under way is read up to this day, as Översikt, summary and the files read it: the
    schedule's days after it have nothing recorded to set against."""
    if days.empty:
        return None
    recorded = days.loc[(days["worked"] > 0) | (days["absence"] > 0), "date"]
    if recorded.empty:
        return None
    last = recorded.max()
    return last.date() if hasattr(last, "date") else last


REGISTER_COLUMNS = [
    "date", "employee_id", "employment_number", "name", "hours", "placement", "placement_unit_id",
    "placement_label", "entry_id", "recorded_hours", "day_substitute", "day_unplaced", "day_missed",
]


def resurspass_register(shifts: pd.DataFrame, entries: pd.DataFrame, days: pd.DataFrame,
                        unit_names: Mapping[int, str]) -> pd.DataFrame:
    """Every resurspass shift of the schedule with its placement and the day's substitute hours.

    shifts: the schedule's resurspass shifts (date, employee_id, employment_number, name, hours);
    entries: recorded resurspass rows (entry_id, date, employee_id, placement, placement_unit_id, hours);
    days: day_table of the same dates. A shift with no recorded row is *ej placerad*.
    """
    if shifts.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in REGISTER_COLUMNS})
    # In numpy and plain Python: pandas' assign, sorts, Index and reset_index cost ≈2 ms of the one-day
    # register each placement edit re-reads; the same function makes the year's register.
    dates = _datetimes(shifts["date"])
    employees = shifts["employee_id"].to_numpy(dtype=np.int64)
    key = _key_values(dates, employees)
    cols: dict[str, np.ndarray] = {"date": dates, "employee_id": employees,
                                   "employment_number": shifts["employment_number"].to_numpy(dtype=object),
                                   "name": shifts["name"].to_numpy(dtype=object),
                                   "hours": shifts["hours"].to_numpy()}
    if len(np.unique(key)) < len(key):  # two resurspass the same day: one line, hours summed
        s = shifts.assign(date=dates).groupby(["date", "employee_id"], as_index=False).agg(
            employment_number=("employment_number", "first"), name=("name", "first"), hours=("hours", "sum"))
        cols = {c: s[c].to_numpy() for c in ("date", "employee_id", "employment_number", "name", "hours")}
        cols["date"] = _datetimes(s["date"])
        key = _key_values(cols["date"], cols["employee_id"].astype(np.int64))
    order = _date_number_order(cols["date"], cols["employment_number"])
    if order is not None:
        cols = {c: v[order] for c, v in cols.items()}
        key = key[order]
    out: dict[str, object] = dict(cols)
    n = len(key)
    placement = np.full(n, Placement.UNPLACED.value, dtype=object)
    place_unit = np.full(n, np.nan)
    entry_id = np.full(n, np.nan)
    recorded = np.full(n, np.nan)
    if not entries.empty:
        by_id = np.argsort(entries["entry_id"].to_numpy(dtype=float), kind="stable")
        e_key = _keys(entries["date"], entries["employee_id"])[by_id]
        unique, first = np.unique(e_key, return_index=True)  # each (day, employee)'s lowest entry id
        at = np.minimum(np.searchsorted(unique, key), len(unique) - 1)
        hit = unique[at] == key
        pick = by_id[first[at[hit]]]
        placement[hit] = entries["placement"].to_numpy(dtype=object)[pick]
        place_unit[hit] = entries["placement_unit_id"].to_numpy(dtype=float)[pick]
        entry_id[hit] = entries["entry_id"].to_numpy(dtype=float)[pick]
        recorded[hit] = entries["hours"].to_numpy(dtype=float)[pick]
    placement = np.array([Placement.UNPLACED.value if p is None or p != p else p for p in placement.tolist()],
                         dtype=object)
    out["placement"] = placement
    out["placement_unit_id"] = place_unit
    out["placement_label"] = [
        unit_names.get(int(u), "annan enhet") if p == Placement.OTHER.value and u == u else p
        for p, u in zip(placement.tolist(), place_unit.tolist(), strict=True)]
    out["entry_id"] = entry_id
    out["recorded_hours"] = recorded
    day_numbers = _datetimes(days["date"]).astype("datetime64[D]").astype(np.int64)  # in date order
    wanted = cols["date"].astype("datetime64[D]").astype(np.int64)
    at_day = np.full(len(wanted), -1)
    if len(day_numbers):
        pos = np.minimum(np.searchsorted(day_numbers, wanted), len(day_numbers) - 1)
        at_day = np.where(day_numbers[pos] == wanted, pos, -1)
    for column, source in (("day_substitute", "substitute"), ("day_unplaced", "unplaced"),
                           ("day_missed", "missed_hours")):
        values = days[source].to_numpy(dtype=float)
        out[column] = np.where(at_day >= 0, values[np.maximum(at_day, 0)], np.nan)
    return pd.DataFrame(out, columns=REGISTER_COLUMNS)


def _date_number_order(dates: np.ndarray, numbers: np.ndarray) -> np.ndarray | None:
    """The stable order by date, then employment number (as sort_values sorts them); None when in order."""
    days = dates.astype("datetime64[D]").astype(np.int64).tolist()
    texts = numbers.tolist()
    sort_key = [(d, 0, t) if isinstance(t, str) else (d, 1, "") for d, t in zip(days, texts, strict=True)]
    if all(a <= b for a, b in zip(sort_key, sort_key[1:], strict=False)):
        return None
    return np.array(sorted(range(len(sort_key)), key=sort_key.__getitem__), dtype=np.int64)


def _datetimes(dates: pd.Series) -> np.ndarray:
    """A date column as datetime64[ns] (numpy's conversion: pd.to_datetime's checks cost ≈1 ms a call)."""
    values = dates.to_numpy()
    if values.dtype.kind != "M":
        values = pd.to_datetime(dates).to_numpy()
    return values.astype("datetime64[ns]")


def _keys(dates: pd.Series, employees: pd.Series) -> np.ndarray:
    return _key_values(_datetimes(dates), employees.to_numpy(dtype=np.int64))


def _key_values(dates: np.ndarray, employees: np.ndarray) -> np.ndarray:
    """One int64 per (day, employee)."""
    return dates.astype("datetime64[D]").astype(np.int64) * 10_000_000 + employees


def coverage_summary(absences: pd.DataFrame) -> pd.DataFrame:
    """Absence hours by how they were covered.

    absences: columns hours, cover_category (the covering row's category), linked (True when a
    link exists; a link without a cover row is *ej ersatt*). Returns cover, hours, share_pct.
    """
    hours = dict.fromkeys(COVER_CLASSES, 0.0)
    if absences is not None and not absences.empty:
        for h, cat, linked in zip(absences["hours"], absences["cover_category"], absences["linked"], strict=True):
            if not linked:
                key = NOT_STATED
            elif cat is None or (isinstance(cat, float) and np.isnan(cat)):
                key = NOT_COVERED
            else:
                key = cat if cat in hours else NOT_STATED
            hours[key] += float(h)
    total = sum(hours.values())
    return pd.DataFrame({"cover": list(hours), "hours": list(hours.values()),
                         "share_pct": [100.0 * h / total if total else np.nan for h in hours.values()]})
