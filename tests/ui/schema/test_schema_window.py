"""The Schema area inside the main window: reached from the area list, following the unit and period
selectors, its edits on the window's undo stack (Ctrl+Z)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.shots import SHOTS
from tests.store.test_edits_schema import dump
from tests.ui.schema.test_schema_page import cell_text, type_in
from vonapp.domain.periods import parse_period


def test_schema_area_in_the_window(qtbot, window) -> None:  # noqa: ANN001
    from vonapp.ui.schema.page import SchemaPage

    window.resize(1366, 768)
    assert window.unit_selector.select("Stortorp")
    window.period_selector.set_period(parse_period("2023-06"), "month")
    row = [a.key for a in window.area_list].index("schema")
    window.navigation.setCurrentRow(row)
    page = window.current_page()
    assert isinstance(page, SchemaPage)
    qtbot.waitUntil(lambda: page.data is not None and window.worker.pending == 0, timeout=20_000)
    assert page.loaded.unit_name == "Stortorp" and page.data.name == "Stortorp nytt schema maj 2023"
    db = window.database
    before = dump(db)
    page.select_cell(0, "d1")
    old = cell_text(page, 0, "d1")
    type_in(qtbot, page, "K" if old != "K" else "D")
    qtbot.waitUntil(lambda: window.worker.pending == 0 and window.undo_stack.count() == 1, timeout=10_000)
    assert dump(db) != before
    window.grab().save(str(SHOTS / "schema" / "window_schema_1366.png"))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.worker.pending == 0 and window.undo_stack.index() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: cell_text(page, 0, "d1") == old, timeout=10_000)
    assert dump(db) == before
    # Another unit in the selector: the page follows.
    assert window.unit_selector.select("Korttidsboende Stortorp")
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.unit_name == "Korttidsboende Stortorp"
                    and window.worker.pending == 0, timeout=20_000)
