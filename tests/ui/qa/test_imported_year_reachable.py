"""QA: a year that only an import of the action plan (or finance, occupancy) brought in can be chosen."""

from __future__ import annotations

from tests.ui.utfall.test_pages import _settle
from vonapp.assets import resource
from vonapp.domain.periods import year
from vonapp.store.window_queries import window_facts
from vonapp.ui.main_window import MainWindow


def test_the_action_plan_template_year_is_offered_after_its_import(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """The demo has budgets and time 2022–2024; resources/templates/atgarder.csv holds two measures for
    2025 (Resurspass före vikarier, Schemaöversyn). After importing it in the window, 2025 was not among
    the years of the period selector (only years with a budget or recorded time were), so the two
    measures just imported could not be seen in Åtgärder at all."""
    window.unit_selector.select("Stortorp")
    window.navigation.setCurrentRow([a.key for a in window.area_list].index("atgarder"))
    _settle(qtbot, window)
    assert 2025 not in window.period_selector.years()
    window.commands.import_file(resource("templates", "atgarder.csv"))
    dialog = window.commands.import_dialog
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30_000)
    assert dialog.kind_combo.currentData() == "atgarder" and dialog.unit_combo.currentText() == "Stortorp"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    dialog.close()
    qtbot.waitUntil(lambda: 2025 in window.period_selector.years(), timeout=30_000)
    assert 2025 in window_facts(window.database).years
    window.period_selector.set_period(year(2025), "year")
    _settle(qtbot, window)
    page = window.pages["atgarder"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=30_000)  # two measures and Totalt
    names = [page.model.value(r, "name") for r in range(2)]
    assert names == ["Resurspass före vikarier", "Schemaöversyn"]
