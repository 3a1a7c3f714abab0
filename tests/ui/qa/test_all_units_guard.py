"""Monday-morning QA: with "Alla enheter" chosen, the per-unit areas must not edit the unit shown before."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.utfall.test_pages import _open, _settle
from vonapp.store.belaggning import load_belaggning
from vonapp.ui.main_window import MainWindow


def test_belaggning_places_under_all_units_are_empty_and_write_nothing(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Stortorp shows Platser 60; switching to Alla enheter used to leave 60 in an enabled field, and
    typing 30 + Enter there changed Stortorp's places (the hidden unit) without the user seeing it."""
    page = _open(qtbot, window, "belaggning")
    assert page.places.text() == "60"
    window.unit_selector.select("all")
    _settle(qtbot, window)
    assert page.stack.currentWidget() is page.message
    assert page.places.text() == "" and not page.places.isEnabled()
    assert page.budget.text() == "" and not page.budget.isEnabled()
    page.places.setText("30")
    page._capacity_edited()  # what Enter in the field calls
    _settle(qtbot, window)
    assert window.undo_stack.count() == 0
    assert load_belaggning(window.database, "Stortorp", 2024).places == 60
    # Back on a unit: its own figures, editable again.
    window.unit_selector.select("Stortorp")
    qtbot.waitUntil(lambda: page.places.text() == "60" and page.places.isEnabled(), timeout=30_000)
    assert page.budget.isEnabled()
    assert Qt.AlignmentFlag.AlignCenter & page.message.alignment()
