"""Screenshots of the overview at 1366×768 and 1920×1080 and of each chart, into the screenshot folder (tests/ui/conftest.SHOTS, a temporary folder) to look at."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from tests.shots import SHOTS  # noqa: E402 - a temporary folder, never the checkout
from vonapp.domain.periods import parse_period
from vonapp.store.database import Database
from vonapp.ui.overview.data import load_overview
from vonapp.ui.overview.page import OverviewPage


@pytest.mark.parametrize(("unit", "period"), [("Stortorp", "2023-Q1"), ("Stortorp", "2023"),
                                              ("Hemtjänst Centrum", "2023-03")])
@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_page_fits_and_is_saved(qtbot, demo_db: Database, unit: str, period: str, width: int, height: int) -> None:
    SHOTS.mkdir(exist_ok=True)
    page = OverviewPage()
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show_data(load_overview(demo_db, unit, parse_period(period)))
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    # No tile text is cut off: every label is at least as wide as its text needs (wrapped ones wrap).
    for tile in page.tiles:
        for label in tile.findChildren(QLabel):
            if not label.wordWrap():
                assert label.width() >= label.sizeHint().width(), (tile.content.title, label.text())
    # The charts get room enough to read: at least 300 px tall each.
    assert all(chart.height() >= 300 for chart in page.charts)
    stem = f"overview_{unit.split()[0].lower()}_{period}_{width}x{height}"
    assert page.grab().save(str(SHOTS / f"{stem}.png"))
    assert page.body.grab().save(str(SHOTS / f"{stem}_full.png"))
    if (width, unit) == (1920, "Stortorp"):
        for chart in page.charts:
            assert chart.save_png(SHOTS / f"chart_{chart.file_stem}_{period}.png")
