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


def test_a_negative_key_figure_is_refused_in_a_whole_swedish_sentence(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """−5 typed as Tid hos kund in Nyckeltal: the refusal read "… kan inte vara under 0," (the full stop
    was turned into a decimal comma with the number); it now ends in a full stop, and nothing is written."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import on_modal
    from vonapp.domain.periods import year
    from vonapp.store.plan_queries import kpi_view

    texts: list[str] = []
    page = _open_plan(qtbot, window, "nyckeltal", "Hemtjänst Centrum", 2023)
    m = page.months_model
    before = kpi_view(window.database, "Hemtjänst Centrum", 2023)
    on_modal(QMessageBox, lambda box: (texts.append(box.text()), box.accept()))
    assert m.setData(m.index(0, m.column_index("client_hours")), "-5")
    qtbot.waitUntil(lambda: bool(texts), timeout=20_000)
    _settle(qtbot, window)
    assert texts == ["Tid hos kund (timmar) kan inte vara under 0."]
    assert window.undo_stack.count() == 0
    after = kpi_view(window.database, "Hemtjänst Centrum", 2023)
    assert str(after) == str(before)
    assert window.period_selector.period() == year(2023)


def _open_plan(qtbot, window: MainWindow, key: str, unit: str, y: int):  # noqa: ANN001, ANN202
    from vonapp.domain.periods import year

    window.unit_selector.select(unit)
    window.period_selector.set_period(year(y), "year")
    window.navigation.setCurrentRow([a.key for a in window.area_list].index(key))
    _settle(qtbot, window)
    return window.pages[key]
