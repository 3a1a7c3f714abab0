"""Periods as the command line and the window name them: a year, a quarter, a month or a date range."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from vonapp.texts import N_, t


class PeriodError(ValueError):
    """A period text that does not name a period."""


@dataclass(frozen=True, order=True)
class Period:
    """An inclusive range of dates with the text it was written as."""

    start: date
    end: date
    label: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError(t("perioden {period} slutar före den börjar", period=self.label))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def years(self) -> range:
        return range(self.start.year, self.end.year + 1)

    def clip(self, start: date, end: date) -> Period | None:
        """The part of this period inside [start, end], or None when they do not meet."""
        lo, hi = max(self.start, start), min(self.end, end)
        if hi < lo:
            return None
        return Period(lo, hi, f"{lo.isoformat()}..{hi.isoformat()}")

    def year_span(self) -> Period:
        """The whole calendar year of the period's end."""
        return year(self.end.year)

    def split(self, at: date) -> tuple[Period, Period]:
        """Two periods: start..at-1 and at..end (at must lie after start and not after end)."""
        if not self.start < at <= self.end:
            raise PeriodError(t("delningsdagen ligger utanför perioden"))
        first = Period(self.start, at - timedelta(days=1), "")
        second = Period(at, self.end, "")
        return (
            Period(first.start, first.end, f"{first.start}..{first.end}"),
            Period(second.start, second.end, f"{second.start}..{second.end}"),
        )


def year(y: int) -> Period:
    return Period(date(y, 1, 1), date(y, 12, 31), f"{y}")


def quarter(y: int, q: int) -> Period:
    first_month = 3 * (q - 1) + 1
    last_month = first_month + 2
    return Period(
        date(y, first_month, 1),
        date(y, last_month, calendar.monthrange(y, last_month)[1]),
        f"{y}-Q{q}",
    )


def month(y: int, m: int) -> Period:
    return Period(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), f"{y}-{m:02d}")


_MONTH_NAMES = ["Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti", "September", "Oktober",
                "November", "December"]


def period_words(period: Period) -> str:
    """The period as the window's selector names it, for the Swedish files: `År 2023`, `Kv 1 2023`,
    `Mars 2023`; a range of days as its dates."""
    start, end = period.start, period.end

    def same(other: Period) -> bool:
        return (other.start, other.end) == (start, end)

    if same(year(start.year)):
        return f"År {start.year}"
    if same(quarter(start.year, (start.month - 1) // 3 + 1)):
        return f"Kv {(start.month - 1) // 3 + 1} {start.year}"
    if same(month(start.year, start.month)):
        return f"{_MONTH_NAMES[start.month - 1]} {start.year}"
    return f"{start.isoformat()} – {end.isoformat()}"


_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-[Qq]([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")

PERIOD_HELP = N_("2023, 2023-Q1, 2023-03 eller 2023-01-01..2023-03-31")  # shown as t(PERIOD_HELP)


FIRST_PERIOD_YEAR, LAST_PERIOD_YEAR = 1900, 2200


def parse_period(text: str) -> Period:
    """Parse `2023`, `2023-Q1`, `2023-03` or `2023-01-01..2023-03-31` (years 1900–2200)."""
    try:
        period = _parse_period(text)
    except PeriodError:
        raise
    except (ValueError, OverflowError):  # year 0 and the like: no such date
        raise PeriodError(t("perioden {text} innehåller ett datum som inte finns; skriv {help}", text=repr(text),
                             help=t(PERIOD_HELP))) from None
    if period.start.year < FIRST_PERIOD_YEAR or period.end.year > LAST_PERIOD_YEAR:
        raise PeriodError(t("perioden {text} ligger utanför åren {first}–{last}; skriv {help}", text=repr(text),
                            first=FIRST_PERIOD_YEAR, last=LAST_PERIOD_YEAR, help=t(PERIOD_HELP)))
    return period


def _parse_period(text: str) -> Period:
    stripped = text.strip()
    if m := _YEAR.match(stripped):
        return year(int(m[1]))
    if m := _QUARTER.match(stripped):
        return quarter(int(m[1]), int(m[2]))
    if m := _MONTH.match(stripped):
        mm = int(m[2])
        if not 1 <= mm <= 12:
            raise PeriodError(t("perioden {text} har ingen månad {month}; skriv {help}", text=repr(text), month=mm,
                                help=t(PERIOD_HELP)))
        return month(int(m[1]), mm)
    if m := _RANGE.match(stripped):
        try:
            start, end = date.fromisoformat(m[1]), date.fromisoformat(m[2])
        except ValueError:
            raise PeriodError(t("perioden {text} innehåller ett datum som inte finns", text=repr(text))) from None
        if end < start:
            raise PeriodError(t("perioden {text} slutar före den börjar", text=repr(text)))
        return Period(start, end, stripped)
    raise PeriodError(t("perioden {text} känns inte igen; skriv {help}", text=repr(text), help=t(PERIOD_HELP)))


def days_in_year(y: int) -> int:
    return 366 if calendar.isleap(y) else 365


def months_overlapping(period: Period) -> list[tuple[int, int]]:
    """(year, month) pairs for each calendar month that shares a day with the period."""
    out: list[tuple[int, int]] = []
    y, m = period.start.year, period.start.month
    while (y, m) <= (period.end.year, period.end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def shift_years(period: Period, years: int) -> Period:
    """The same dates `years` years later (29 February becomes the 28th)."""

    def shift(day: date) -> date:
        try:
            return day.replace(year=day.year + years)
        except ValueError:
            return day.replace(year=day.year + years, day=28)

    start, end = shift(period.start), shift(period.end)
    return Period(start, end, f"{start}..{end}")


def to_year_end(period: Period) -> Period:
    """From the period's start to 31 December of the year it ends in."""
    end = date(period.end.year, 12, 31)
    return Period(period.start, end, f"{period.start}..{end}")
