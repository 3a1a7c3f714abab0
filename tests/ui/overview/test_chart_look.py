"""The charts read like a spreadsheet: month labels under their bars, Swedish axis numbers, a heading
in the selector's words, hover labels that leave with the mouse. Screenshots at 1366×768."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from vonapp.domain.periods import Period, month, quarter, year
from vonapp.ui.overview.charts.axes import MONTHS
from vonapp.ui.selectors import period_title

SHOTS = Path("/tmp/shots/cliui")


def _show(window, qtbot, unit: str, period: Period, kind: str) -> None:  # noqa: ANN001
    window.unit_selector.select(unit)
    window.period_selector.set_period(period, kind)
    qtbot.waitUntil(lambda: window.shown_key == (unit, period) and window.loader.idle
                    and window.worker.pending == 0, timeout=30_000)
    QApplication.processEvents()


def _labels(axis) -> list[str]:  # noqa: ANN001
    """The texts the axis paints now (its draw specs, as pyqtgraph makes them)."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _rect, _flags, text in specs[2]] if specs else []


@pytest.mark.parametrize(("period", "kind", "heading"), [
    (year(2023), "year", "Stortorp · År 2023 (2023-01-01 – 2023-12-31)"),
    (quarter(2023, 1), "quarter", "Stortorp · Kv 1 2023 (2023-01-01 – 2023-03-31)"),
    (month(2023, 3), "month", "Stortorp · Mars 2023 (2023-03-01 – 2023-03-31)"),
], ids=["year", "quarter", "month"])
def test_chart_views_read_like_a_spreadsheet(window, qtbot, period: Period, kind: str, heading: str) -> None:  # noqa: ANN001
    window.resize(1366, 768)
    _show(window, qtbot, "Stortorp", period, kind)
    page = window.overview
    assert page.heading.text() == heading
    budget = page.budget_chart
    bottom = budget.plot.getAxis("bottom")
    labels = [t for t in _labels(bottom) if t]
    if kind != "month" or True:  # the budget chart runs to 31 December: every month from the period's on
        assert labels == list(MONTHS[period.start.month - 1:])
    left = [t for t in _labels(budget.cumulative_plot.getAxis("left")) if t]
    assert left and not [t for t in left if "-" in t]  # a real minus (U+2212), never a hyphen
    assert [t for t in _labels(budget.plot.getAxis("left")) if len(t) > 3 and "\u00a0" in t or len(t) <= 3]
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / f"window_{kind}.png"))
    page.body.grab().save(str(SHOTS / f"charts_{kind}.png"))


def test_thousands_on_the_axis_have_a_space(window, qtbot) -> None:  # noqa: ANN001
    window.resize(1366, 768)
    _show(window, qtbot, "all", year(2023), "year")
    labels = [t for t in _labels(window.overview.budget_chart.plot.getAxis("left")) if t]
    big = [t for t in labels if len(t.replace("\u00a0", "")) > 3]
    assert big and all("\u00a0" in t for t in big), labels


def test_the_hover_label_leaves_with_the_mouse(window, qtbot) -> None:  # noqa: ANN001
    _show(window, qtbot, "Stortorp", year(2023), "year")
    chart = window.overview.budget_chart
    (x0, x1), _ = chart.plot.viewRange()
    assert chart.crosshair.show_at((x0 + x1) / 2, 100.0)
    assert chart.crosshair.label.isVisible()
    QApplication.sendEvent(chart.canvas.viewport(), QEvent(QEvent.Type.Leave))
    assert not chart.crosshair.label.isVisible()
    assert not chart.crosshair.vline.isVisible()


def test_period_titles_use_the_selectors_words() -> None:
    assert period_title(year(2023)) == "År 2023"
    assert period_title(quarter(2023, 1)) == "Kv 1 2023"
    assert period_title(month(2023, 3)) == "Mars 2023"
    assert period_title(Period(year(2023).start, month(2023, 8).end, "2023-01-01..2023-08-31")) == \
        "2023-01-01 – 2023-08-31"
