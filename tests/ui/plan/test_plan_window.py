"""The three plan areas in the main window: built on first visit, following the selectors, undo across areas,
and the overview's action-plan tile updated by an edit in Åtgärder. Screenshots of the whole window."""

from __future__ import annotations

import os
from pathlib import Path

from tests.shots import SHOTS
from tests.ui.test_window import settle
from vonapp.ui.atgarder.page import AtgarderPage
from vonapp.ui.ekonomi.page import EkonomiPage
from vonapp.ui.main_window import MainWindow
from vonapp.ui.nyckeltal.page import NyckeltalPage

SHOT_DIR = Path(os.environ.get("VONAPP_PLAN_SHOTS", SHOTS))


def _area(window: MainWindow, title: str) -> int:
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    return titles.index(title)


def _wait(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=20_000)
    qtbot.wait(50)
    settle(qtbot, window)


def test_plan_areas_in_the_window_with_undo_across_areas(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.resize(1366, 768)
    window.unit_selector.select("Hemtjänst Centrum")
    window.period_selector.restore("year", "2023")
    _wait(qtbot, window)
    window.navigation.setCurrentRow(_area(window, "Åtgärder"))
    _wait(qtbot, window)
    page = window.current_page()
    assert isinstance(page, AtgarderPage)
    assert page.model.rowCount() == 4
    SHOT_DIR.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOT_DIR / "window-atgarder.png"))
    m = page.model
    m.setData(m.index(0, m.column_index("effect_year_tkr")), "4 200")
    _wait(qtbot, window)
    # The Översikt tile follows the edit: 4 200 − 4 200 = 0 tkr left, the requirement is covered.
    window.navigation.setCurrentRow(0)
    _wait(qtbot, window)
    tile = next(t for t in window.overview.tiles if t.content is not None and t.content.key == "measures")
    assert tile.content.caption == "kravet är täckt"
    window.navigation.setCurrentRow(_area(window, "Nyckeltal"))
    _wait(qtbot, window)
    assert isinstance(window.current_page(), NyckeltalPage)
    window.grab().save(str(SHOT_DIR / "window-nyckeltal.png"))
    window.navigation.setCurrentRow(_area(window, "Ekonomi"))
    _wait(qtbot, window)
    assert isinstance(window.current_page(), EkonomiPage)
    window.grab().save(str(SHOT_DIR / "window-ekonomi.png"))
    # Ctrl+Z in Ekonomi undoes the last edit, made in Åtgärder.
    window.actions.undo.trigger()
    _wait(qtbot, window)
    window.navigation.setCurrentRow(_area(window, "Åtgärder"))
    _wait(qtbot, window)
    assert page.model.value(0, "effect_year_tkr") == 2750
    window.navigation.setCurrentRow(0)
    _wait(qtbot, window)
    assert window.overview.isVisible()
