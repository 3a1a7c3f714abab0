"""The overview's axes draw the ticks pyqtgraph's own axes would, only computed faster."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QFont, QFontMetrics

from vonapp.domain.periods import month, quarter, year
from vonapp.ui.overview.chart_data import DAY_SECONDS, day_seconds
from vonapp.ui.overview.charts.axes import SwedishDateAxis, ValueAxis

PERIODS = [month(2023, 2), month(2024, 2), month(2023, 12), quarter(2023, 1), quarter(2024, 4), year(2023),
           year(2024)]


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: p.label)
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
