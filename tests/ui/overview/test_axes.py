"""The overview's axes draw the ticks pyqtgraph's own axes would, only computed faster."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QFont, QFontMetrics

from vonapp.domain.periods import month, quarter, year
from vonapp.ui.overview.chart_data import DAY_SECONDS, day_seconds
from vonapp.ui.overview.charts.axes import MONTHS, SwedishDateAxis, ValueAxis

PERIODS = [month(2023, 2), month(2024, 2), month(2023, 12), quarter(2023, 1), quarter(2024, 4), year(2023),
           year(2024)]
MONTH_PERIODS = [p for p in PERIODS if p.days < 40]  # wider views are labelled by month (below)


@pytest.mark.parametrize("period", MONTH_PERIODS, ids=lambda p: p.label)
@pytest.mark.parametrize("pixels", [120.0, 300.0, 586.0, 1400.0])
def test_date_ticks_equal_pyqtgraphs(qapp, period, pixels: float) -> None:
    ours, theirs = SwedishDateAxis("bottom"), pg.DateAxisItem("bottom", utcOffset=0)
    for axis in (ours, theirs):
        axis.fontMetrics = QFontMetrics(QFont())  # set by generateDrawSpecs from the painter
    first, last = day_seconds(period.start), day_seconds(period.end) + DAY_SECONDS
    pad = (last - first) * 0.02
    assert ours.tickValues(first - pad, last + pad, pixels) == theirs.tickValues(first - pad, last + pad, pixels)


def test_value_ticks_equal_pyqtgraphs_and_are_kept_for_the_same_range(qapp) -> None:
    ours, theirs = ValueAxis("left"), pg.AxisItem("left")
    for low, high, pixels in ((-260.5, 2452.5, 105.4), (-0.92, 12.9, 210.0), (88.0, 101.0, 250.0)):
        expected = theirs.tickValues(low, high, pixels)
        assert ours.tickValues(low, high, pixels) == expected
        assert ours.tickValues(low, high, pixels) == expected  # the kept copy, not one changed by a caller


def _view(period):  # noqa: ANN001, ANN202
    first, last = day_seconds(period.start), day_seconds(period.end) + DAY_SECONDS
    pad = (last - first) * 0.02
    return first - pad, last + pad


@pytest.mark.parametrize("period", [p for p in PERIODS if p.days >= 40], ids=lambda p: p.label)
def test_a_month_is_labelled_under_its_middle(qapp, period) -> None:  # noqa: ANN001
    """Each month's name stands under the middle of its bar; the borders get unlabelled ticks."""
    axis = SwedishDateAxis("bottom")
    lo, hi = _view(period)
    (_, middles), (_, borders) = axis.tickValues(lo, hi, 586.0)
    months = period.end.month - period.start.month + 1
    assert len(middles) == months  # January included; no "jan" of the next year at the right edge
    labels = axis.tickStrings(middles, 1.0, 30 * DAY_SECONDS)
    assert labels == [MONTHS[m - 1] for m in range(period.start.month, period.end.month + 1)]
    # 2023-01 runs from 1 to 32 days after 1 January: its middle is 15.5 days in
    assert middles[0] == day_seconds(period.start) + DAY_SECONDS * 31 / 2 if period.start.month == 1 else True
    assert set(axis.tickStrings(borders, 1.0, 30 * DAY_SECONDS)) == {""}
    assert borders[0] == day_seconds(period.start)


@pytest.mark.parametrize(("values", "spacing", "expected"), [
    ([-100_000.0, 0.0, 20_000.0], 20_000.0, ["\u2212100\u00a0000", "0", "20\u00a0000"]),
    ([0.5, 1.0, 2.5], 0.5, ["0,5", "1,0", "2,5"]),
    ([-200.0, -100.0], 100.0, ["\u2212200", "\u2212100"]),
])
def test_value_axis_numbers_are_swedish(qapp, values: list[float], spacing: float, expected: list[str]) -> None:
    assert ValueAxis("left").tickStrings(values, 1.0, spacing) == expected
