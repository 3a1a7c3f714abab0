"""Axes with Swedish labels: dates from epoch seconds, and the hours of a Monday..Sunday week."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import HOUR_SPACING, ZoomLevel

from vonapp.domain.formatting import fmt_number
from vonapp.ui.i18n import Words

if TYPE_CHECKING:
    import pandas as pd

MONTHS = Words("dates", ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"))
MONTH_NAMES = Words("dates", ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                              "oktober", "november", "december"))
WEEKDAYS = Words("dates", ("mån", "tis", "ons", "tor", "fre", "lör", "sön"))
WEEKDAY_NAMES = Words("dates", ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"))
DAY_SECONDS = 86_400


def epoch_seconds(values: pd.Series | pd.DatetimeIndex) -> np.ndarray:
    """Dates as seconds since 1970-01-01 (the dates are calendar days, read as UTC)."""
    import pandas as pd  # not at import: the window paints before pandas is loaded

    return pd.DatetimeIndex(values).values.astype("datetime64[s]").astype(np.int64).astype(float)


def day_of(seconds: float) -> date:
    return (datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=float(seconds))).date()


def short_date(day: date, *, with_year: bool = True) -> str:
    """`3 mar 2023` (or `3 mar`)."""
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def axis_number(value: float, decimals: int) -> str:
    """A tick label as a Swedish reader writes it: `20 000`, `−100 000` (U+2212), `2,5`."""
    return fmt_number(value, decimals)


class ValueAxis(pg.AxisItem):
    """pyqtgraph's value axis with Swedish numbers, keeping its last tick values (the grid asks for them first)."""

    def __init__(self, orientation: str = "left", **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self._last_ticks: tuple[tuple[float, float, float], list] | None = None

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N802, N803 (Qt names)
        key = (minVal, maxVal, size)
        if self._last_ticks is None or self._last_ticks[0] != key:
            self._last_ticks = (key, super().tickValues(minVal, maxVal, size))
        return [(spacing, list(values)) for spacing, values in self._last_ticks[1]]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802 (Qt name)
        decimals = max(0, int(math.ceil(-math.log10(spacing * scale)))) if spacing * scale > 0 else 0
        return [axis_number(v * scale, decimals) for v in values]

    def pixel_length(self) -> float:
        """The length tickValues gets while painting: the axis plus a pixel at each end (AxisItem.generateDrawSpecs)."""
        return (self.height() if self.orientation in ("left", "right") else self.width()) + 2.0


class UtcZoomLevel(ZoomLevel):
    """pyqtgraph's zoom level for dates read as UTC, without a no-op per tick.

    For ticks a day or more apart pyqtgraph adds each tick's offset from UTC, found by a few QDateTime
    conversions per tick (≈1 ms an axis); with utcOffset 0 that offset is 0.
    """

    def moveTicksToLocalTimeCoords(self, ticks: np.ndarray, spacing: int, skipFactor: int) -> np.ndarray:  # noqa: N802, N803
        if self.utcOffset == 0 and (spacing > HOUR_SPACING or (spacing == HOUR_SPACING and skipFactor > 1)):
            return ticks
        return super().moveTicksToLocalTimeCoords(ticks, spacing, skipFactor)


MONTH_AXIS_DAYS = 50  # a view this many days wide or more is labelled by month, each under its middle


def month_ticks(lo: float, hi: float) -> tuple[list[float], list[float]]:
    """The middles of the months whose middle lies in [lo, hi] (seconds), and the month borders there.

    A spreadsheet labels a month's bar under its middle; pyqtgraph's date axis puts "feb" on the
    border between January and February and leaves January's bar unlabelled.
    """
    first, last = day_of(max(lo, -2e11)), day_of(min(hi, 2e11))
    month = np.datetime64(f"{first.year:04d}-{first.month:02d}", "M")
    end = np.datetime64(f"{last.year:04d}-{last.month:02d}", "M") + np.timedelta64(1, "M")
    borders = np.arange(month, end + np.timedelta64(1, "M")).astype("datetime64[D]").astype(np.int64) * DAY_SECONDS
    borders = borders.astype(float)
    middles = (borders[:-1] + borders[1:]) / 2
    inside = (lo <= middles) & (middles <= hi)
    edges = (lo <= borders) & (borders <= hi)
    return middles[inside].tolist(), borders[edges].tolist()


class SwedishDateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis (epoch seconds, UTC) with Swedish month names, a month's under its middle."""

    def __init__(self, orientation: str = "bottom", **kwargs: object) -> None:
        super().__init__(orientation, utcOffset=0, **kwargs)
        self.zoomLevels = {spacing: UtcZoomLevel(level.tickSpecs, level.exampleText)
                           for spacing, level in self.zoomLevels.items()}
        self._middles: set[float] = set()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N802, N803 (Qt names)
        if maxVal - minVal >= MONTH_AXIS_DAYS * DAY_SECONDS:
            middles, borders = month_ticks(minVal, maxVal)
            self._middles = set(middles)
            # labelled middles first (the major level), unlabelled short ticks at the borders
            return [(30 * DAY_SECONDS, middles), (30 * DAY_SECONDS, borders)]
        self._middles = set()
        return super().tickValues(minVal, maxVal, size)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802 (Qt name)
        if self._middles:
            return [MONTHS[day_of(v).month - 1] if v in self._middles else "" for v in values]
        out: list[str] = []
        for v in values:
            try:
                day = day_of(v)
            except (OverflowError, ValueError):
                out.append("")
                continue
            if spacing >= 28 * DAY_SECONDS:
                # The year stands in the page heading; a year on a tick crowds its neighbour.
                out.append(MONTHS[day.month - 1])
            elif spacing >= DAY_SECONDS:
                out.append(short_date(day, with_year=False))
            else:
                out.append(f"{int(v % DAY_SECONDS) // 3600:02d}:00")
        return out


def week_hour_ticks() -> list[list[tuple[float, str]]]:
    """Day names under each day's middle, for x = weekday × 24 + hour; unlabelled ticks at 00, 06 and 18."""
    major = [(d * 24.0 + 12.0, WEEKDAY_NAMES[d]) for d in range(7)]
    minor = [(d * 24.0 + h, "") for d in range(7) for h in (0, 6, 18)] + [(7 * 24.0, "")]
    return [major, minor]
