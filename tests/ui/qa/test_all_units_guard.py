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


def test_a_negative_key_figure_is_refused_at_the_cell_in_swedish(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """−5 typed as Tid hos kund, or 180 as the Utförandegrad target, in Nyckeltal: the cell took it and the
    store then refused it in a modal box reading "… kan inte vara under 0," (the sentence's full stop
    turned into a decimal comma). Now the cell refuses it with a Swedish reason, nothing is pushed or
    written, and the store's own refusal (the command line's) ends in a full stop."""
    from vonapp.store.edits_plan_figures import set_breakdown_value, set_target
    from vonapp.store.errors import StoreError
    from vonapp.store.plan_queries import kpi_view

    messages: list[str] = []
    window.area_context.status_message.connect(messages.append)
    page = _open_plan(qtbot, window, "nyckeltal", "Hemtjänst Centrum", 2023)
    before = str(kpi_view(window.database, "Hemtjänst Centrum", 2023))
    m, t = page.months_model, page.targets_model
    assert not m.setData(m.index(0, m.column_index("client_hours")), "-5")
    assert messages[-1] == "Timmarna kan inte vara negativa."
    assert not t.setData(t.index(0, t.column_index("execution_target_pct")), "180")
    assert messages[-1] == "Målet är en andel mellan 0 och 100 %."
    _settle(qtbot, window)
    assert window.undo_stack.count() == 0
    assert str(kpi_view(window.database, "Hemtjänst Centrum", 2023)) == before
    refusals = []
    for call in (lambda db: set_breakdown_value(db, "Hemtjänst Centrum", 2023, 1, "client_hours", -5),
                 lambda db: set_target(db, "Hemtjänst Centrum", 2023, "execution_target_pct", 180)):
        try:
            window.worker.run_blocking(lambda call=call: call(window.database))
        except StoreError as exc:
            refusals.append(str(exc))
    assert refusals == ["Tid hos kund (timmar) kan inte vara under 0.",
                        "Mål utförandegrad (%) kan inte vara över 100."]


def _open_plan(qtbot, window: MainWindow, key: str, unit: str, y: int):  # noqa: ANN001, ANN202
    from vonapp.domain.periods import year

    window.unit_selector.select(unit)
    window.period_selector.set_period(year(y), "year")
    window.navigation.setCurrentRow([a.key for a in window.area_list].index(key))
    _settle(qtbot, window)
    return window.pages[key]


def test_belaggning_opens_on_the_month_chosen_above(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Period Månad = mars 2024 on Stortorp: Beläggning's calendar showed Augusti 2024 (the last month with
    data), so a manager who chose March to correct March typed into August. It now opens on March; ▶ in
    the selector moves it to April; an edit's reload keeps the month; År keeps the last month with data."""
    from datetime import date

    from vonapp.domain.periods import month, quarter, year

    page = _open_plan(qtbot, window, "belaggning", "Stortorp", 2024)
    qtbot.waitUntil(lambda: page.data is not None and page.data.year == 2024, timeout=30_000)
    assert page.month == 8  # the year: the last month with data (demo data end 31 Aug 2024)
    window.period_selector.set_period(month(2024, 3), "month")
    qtbot.waitUntil(lambda: page.month == 3, timeout=30_000)
    assert page.month_label.text() == "<b>Mars 2024</b>"
    window.period_selector.step(1)
    qtbot.waitUntil(lambda: page.month == 4, timeout=30_000)
    model = page.calendar.month_model
    assert model.setData(model.index_of(date(2024, 4, 2)), "50")
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1 and not window.undo_stack.command(0).running,
                    timeout=10_000)
    _settle(qtbot, window)
    assert page.month == 4
    window.period_selector.set_period(quarter(2024, 3), "quarter")
    qtbot.waitUntil(lambda: page.month == 8, timeout=30_000)  # Q3: its last month with data
    window.period_selector.set_period(year(2023), "year")
    qtbot.waitUntil(lambda: page.data.year == 2023, timeout=30_000)
    assert page.month == 12


def test_the_bold_total_labels_are_not_clipped(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Ekonomi's total row read "Verksamhetens …" and Nyckeltal's year row "2024 t.o.…" (Alla enheter,
    2024): the first column was sized before the bold last row was on screen (or fixed at 92 px)."""
    from PySide6.QtGui import QFont, QFontMetrics

    def fits(view, model) -> bool:  # noqa: ANN001
        row = model.rowCount() - 1
        text = model.data(model.index(row, 0))
        font = QFont(view.font())
        font.setBold(True)
        need = QFontMetrics(font).horizontalAdvance(text)
        assert need < view.columnWidth(0), (text, need, view.columnWidth(0))
        return True

    window.resize(1280, 800)
    window.show()
    ekonomi = _open_plan(qtbot, window, "ekonomi", "all", 2024)
    qtbot.waitUntil(lambda: ekonomi.forecast_model.rowCount() > 0, timeout=30_000)
    assert fits(ekonomi.forecast_table, ekonomi.forecast_model)
    qtbot.wait(50)  # the layout pass: the scroll bar a wider label brings must not cover the total row
    t = ekonomi.forecast_table
    assert t.viewport().height() >= t.rowHeight(0) * ekonomi.forecast_model.rowCount()
    nyckeltal = _open_plan(qtbot, window, "nyckeltal", "all", 2024)
    qtbot.waitUntil(lambda: nyckeltal.months_model.rowCount() == 13, timeout=30_000)
    assert nyckeltal.months_model.data(nyckeltal.months_model.index(12, 0)).startswith("2024 t.o.m.")
    assert fits(nyckeltal.months_table, nyckeltal.months_model)


def test_occupancy_on_a_unit_without_places_is_refused_at_the_cell(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """Personlig assistans has no places: a day's occupancy typed in Beläggning was taken by the cell and
    then refused by the store in a modal box; the cell refuses it now and says what to do."""
    from datetime import date

    messages: list[str] = []
    window.area_context.status_message.connect(messages.append)
    page = _open_plan(qtbot, window, "belaggning", "Personlig assistans", 2024)
    qtbot.waitUntil(lambda: page.data is not None and page.data.unit.name == "Personlig assistans", timeout=30_000)
    assert page.data.places is None
    model = page.calendar.month_model
    assert not model.setData(model.index_of(date(2024, page.month, 3)), "5")
    assert messages[-1] == (f"2024-{page.month:02d}-03: enheten har inget antal platser; ange platserna för "
                            "året först (Platser ovan).")
    _settle(qtbot, window)
    assert window.undo_stack.count() == 0
