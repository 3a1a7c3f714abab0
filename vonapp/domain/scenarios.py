"""Heltid som norm: part-timers raised to a rate from a Monday, and what that adds (DESIGN: Schedule cost and scenarios)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from vonapp.domain.periods import Period, shift_years


@dataclass(frozen=True)
class Raise:
    """One employee raised: from `old_rate` to the scenario's rate; `added_hours_week` = (R − old) ÷ 100 × heltidsmått."""

    employee_id: int
    old_rate: float
    added_hours_week: float


@dataclass(frozen=True)
class HeltidScenario:
    start: date
    rate: float
    full_time_hours: float
    hourly_cost: float | None
    raises: tuple[Raise, ...]
    days: int  # from start to 31 December, both included
    substitute_hours_last_year: float | None

    @property
    def employees_raised(self) -> int:
        return len(self.raises)

    @property
    def added_hours_week(self) -> float:
        """Σ (R − rate) ÷ 100 × heltidsmått over the employees below R."""
        return sum(r.added_hours_week for r in self.raises)

    @property
    def added_hours_year(self) -> float:
        """Added hours a week × (days from D to 31 Dec, both included) ÷ 7."""
        return self.added_hours_week * self.days / 7.0

    @property
    def added_kr_year(self) -> float | None:
        """Added hours for the year × hourly cost (None without a budget year giving the cost)."""
        return None if self.hourly_cost is None else self.added_hours_year * self.hourly_cost

    def to_json_dict(self, unit: str) -> dict[str, object]:
        return {"unit": unit, "from": self.start.isoformat(), "rate": self.rate,
                "employees_raised": self.employees_raised, "added_hours_week": self.added_hours_week,
                "added_hours_year": self.added_hours_year, "added_kr_year": self.added_kr_year,
                "substitute_hours_last_year": self.substitute_hours_last_year}


def days_to_year_end(start: date) -> int:
    return (date(start.year, 12, 31) - start).days + 1


def last_year_span(start: date) -> Period:
    """The same dates a year earlier: from D − 1 year (29 Feb → 28 Feb) to 31 December of that year."""
    this = Period(start, date(start.year, 12, 31), "")
    return shift_years(this, -1)


def heltid_som_norm(rates: Mapping[int, float | None], *, start: date, rate: float = 100.0,
                    full_time_hours: float, hourly_cost: float | None,
                    substitute_hours_last_year: float | None) -> HeltidScenario:
    """Every employee below `rate` raised to it from `start`; an employee without a rate is left as is."""
    raises = tuple(Raise(e, float(r), (rate - float(r)) / 100.0 * full_time_hours)
                   for e, r in rates.items() if r is not None and float(r) < rate)
    return HeltidScenario(start, rate, full_time_hours, hourly_cost, raises, days_to_year_end(start),
                          substitute_hours_last_year)


def place_resurspass(row: list[int], codes: Mapping[int, tuple[int, int, int]], resource_code: int,
                     hours: float) -> list[int]:
    """A cycle row (code id per day, 0 = free) with resurspass shifts added on free days until about `hours`.

    Weekdays before weekends, the same weekday of every week before the next weekday (spread over the
    cycle); a day is skipped when the shift would add a dygnsvila or veckovila finding.
    """
    from vonapp.domain.rules import DYGNSVILA, VECKOVILA, check_employee, make_shift

    cycle_days = len(row)
    shift = make_shift(0, *codes[resource_code])

    def breaches(cells: list[int]) -> int:
        shifts = [make_shift(d, *codes[c]) for d, c in enumerate(cells) if c and c in codes]
        return sum(f.rule in (DYGNSVILA, VECKOVILA)
                   for f in check_employee(0, shifts, cycle_days, rate=None, full_time_hours=40.0))

    out, added, base = list(row), 0.0, breaches(row)
    for day in sorted((d for d in range(cycle_days) if not row[d]), key=lambda d: (d % 7 >= 5, d % 7, d // 7)):
        if added >= hours - shift.hours / 2:
            break
        trial = [*out[:day], resource_code, *out[day + 1:]]
        if breaches(trial) <= base:
            out, added = trial, added + shift.hours
    return out
