"""The main window on the demo: title, selectors, stepping, areas, menus and shortcuts."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence

from vonapp.domain.periods import month, quarter, year
from vonapp.ui.main_window import MainWindow

DEMO_UNITS = ["Boendestöd Norr", "Dagverksamhet Ekbacken", "Daglig verksamhet Verkstan", "Hemtjänst Centrum",
              "Korttidsboende Stortorp", "Personlig assistans", "Stortorp"]


def combo_items(combo) -> list[str]:  # noqa: ANN001 - QComboBox
    return [combo.itemText(i) for i in range(combo.count())]


def settle(qtbot, window: MainWindow) -> None:  # noqa: ANN001 - qtbot
    qtbot.waitUntil(lambda: window.worker.pending == 0 and window.shown_key is not None
                    and window.shown_key == (window.current_unit(), window.current_period()), timeout=30_000)


def test_window_opens_on_the_demo(window: MainWindow) -> None:
    assert window.windowTitle() == "vonapp – demo.sqlite – exempeldata"
    assert combo_items(window.unit_selector) == ["Alla enheter", *sorted(DEMO_UNITS)]
    assert window.unit_selector.itemData(0) == "all"
    # Nothing saved yet: the year of the latest recorded day (the demo records up to 2024-08-31).
    assert window.current_period() == year(2024)
    assert window.shown_key == (window.current_unit(), year(2024))
    assert str(window.database.path) in window.status.database_label.text()
    assert window.status.backup_label.text().startswith("Senaste säkerhetskopia: ")
    assert window.facts.latest_recorded == date(2024, 8, 31)


def test_unit_and_period_selection_reaches_the_overview(qtbot, window: MainWindow) -> None:
    window.unit_selector.select("Stortorp")
    settle(qtbot, window)
    assert window.shown_key == ("Stortorp", year(2024))
    window.unit_selector.select("all")
    settle(qtbot, window)
    assert window.shown_key == ("all", year(2024))
    assert window.overview.data.summary.unit == "Alla enheter"


def test_kinds_and_stepping(qtbot, window: MainWindow) -> None:
    sel = window.period_selector
    sel.kind_combo.setCurrentIndex(1)  # Kvartal: lands on the quarter where the data ends (2024-08-31)
    assert sel.period() == quarter(2024, 3)
    assert sel.value_combo.currentText() == "Kv 3 2024"
    sel.prev_button.click()
    assert sel.period() == quarter(2024, 2)
    window.actions.previous_period.trigger()
    assert sel.period() == quarter(2024, 1)
    window.actions.next_period.trigger()
    assert sel.period() == quarter(2024, 2)
    sel.kind_combo.setCurrentIndex(2)  # Månad inside Kv 2 2024, up to where the data ends: June
    assert sel.period() == month(2024, 6)
    assert sel.value_combo.currentText() == "juni 2024"
    sel.kind_combo.setCurrentIndex(0)
    assert sel.period() == year(2024)
    window.actions.previous_period.trigger()
    window.actions.previous_period.trigger()
    assert sel.period() == year(2022)
    assert not sel.prev_button.isEnabled()  # the demo's first year
    window.actions.previous_period.trigger()
    assert sel.period() == year(2022)
    settle(qtbot, window)
    assert window.shown_key[1] == year(2022)


def test_only_the_newest_choice_is_shown(qtbot, window: MainWindow) -> None:
    shown: list[tuple] = []
    window.overview_shown.connect(lambda: shown.append(window.shown_key))
    window.period_selector.kind_combo.setCurrentIndex(2)
    for _ in range(6):  # six quick steps back while loads are still running
        window.actions.previous_period.trigger()
    window.unit_selector.select("Hemtjänst Centrum")
    settle(qtbot, window)
    assert window.shown_key == ("Hemtjänst Centrum", month(2024, 2))
    assert shown[-1] == ("Hemtjänst Centrum", month(2024, 2))
    assert len(shown) < 8  # stale loads were dropped, not drawn one after the other


def test_every_area_opens_its_own_page(window: MainWindow) -> None:
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["Översikt", "Schema", "Utfall", "Beläggning", "Åtgärder", "Nyckeltal", "Ekonomi"]
    assert window.placeholders == []  # every area has a page of its own now
    for i, area in enumerate(window.area_list[1:], start=1):
        window.actions.areas[i].trigger()
        assert window.stack.currentWidget() is window.pages[area.key]
    window.actions.areas[0].trigger()
    assert window.stack.currentWidget() is window.overview


def test_menus_actions_and_shortcuts(window: MainWindow) -> None:
    menus = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        menus[action.text().replace("&", "")] = {
            a.text().replace("&", ""): [s.toString() for s in a.shortcuts()]
            for a in menu.actions() if not a.isSeparator()
        }
    assert list(menus) == ["Arkiv", "Redigera", "Visa", "Hjälp"]
    assert menus["Arkiv"] == {
        "Ny databas…": ["Ctrl+N"], "Öppna…": ["Ctrl+O"], "Säkerhetskopiera": ["Ctrl+B"],
        "Återställ…": ["Ctrl+Shift+R"], "Importera…": ["Ctrl+I"], "Importer…": [], "Exportera…": ["Ctrl+E"],
        "Avsluta": ["Ctrl+Q"],
    }
    assert menus["Redigera"] == {"Ångra": [QKeySequence("Ctrl+Z").toString()], "Gör om": ["Ctrl+Shift+Z", "Ctrl+Y"]}
    assert menus["Visa"]["Föregående period"] == ["Alt+Left", "Ctrl+["]
    assert menus["Visa"]["Nästa period"] == ["Alt+Right", "Ctrl+]"]
    assert menus["Visa"]["Ekonomi"] == ["Ctrl+7"]
    assert menus["Hjälp"] == {"Handbok": ["F1"], "Om vonapp": []}
    assert "Språk" in menus["Visa"]


def test_the_first_view_is_what_the_selectors_choose(open_window, demo_path, settings_path) -> None:  # noqa: ANN001
    """Start-up loads the first overview before the window exists; it must be the choice the window lands on."""
    from vonapp.store.window_queries import window_facts
    from vonapp.ui.first_view import initial_choice
    from vonapp.ui.settings import AppSettings

    settings = AppSettings(settings_path)
    settings.unit, settings.period = "Hemtjänst Centrum", ("month", "2023-03")
    window = open_window(demo_path, settings)
    facts = window.worker.run_blocking(lambda: window_facts(window.database))
    assert initial_choice(facts, "Hemtjänst Centrum", ("month", "2023-03")) == window.shown_key \
        == ("Hemtjänst Centrum", month(2023, 3))
    assert initial_choice(facts, "Nedlagd enhet", ("quarter", "2023-05")) == ("Boendestöd Norr", year(2024))
    assert initial_choice(facts, "all", None) == ("all", year(2024))


def test_neighbouring_periods_and_units_are_fetched_ahead(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.unit_selector.select("Hemtjänst Centrum")
    window.period_selector.restore("quarter", "2023-Q2")
    qtbot.waitUntil(lambda: window.worker.pending == 0 and window.loader.idle
                    and window.shown_key == ("Hemtjänst Centrum", quarter(2023, 2)), timeout=30_000)
    for unit, period in [("Hemtjänst Centrum", quarter(2023, 3)), ("Hemtjänst Centrum", quarter(2023, 1)),
                         ("Korttidsboende Stortorp", quarter(2023, 2)), ("Dagverksamhet Ekbacken", quarter(2023, 2))]:
        assert window.loader.cached((unit, period))
    window.actions.next_period.trigger()  # cached: shown at once, without waiting for the worker
    assert window.shown_key == ("Hemtjänst Centrum", quarter(2023, 3))
