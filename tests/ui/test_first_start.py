"""A first start lands on data: after Öppna exempeldata, after a first import, and never a red empty tile."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.ui.conftest import on_modal
from vonapp.domain.periods import quarter, year
from vonapp.store.window_queries import window_facts
from vonapp.ui.app import start
from vonapp.ui.dialogs.welcome import WelcomeDialog
from vonapp.ui.main_window import MainWindow
from vonapp.ui.overview.palette import Status
from vonapp.ui.settings import AppSettings

SHOTS = Path("/tmp/shots/cliui")


def _settled(window: MainWindow) -> bool:
    return window.shown_key is not None and window.worker.pending == 0 and window.loader.idle


def test_open_demo_lands_on_the_latest_year_with_data(qtbot, tmp_path: Path, app_settings: AppSettings) -> None:  # noqa: ANN001
    path = tmp_path / "ny.sqlite"
    on_modal(WelcomeDialog, lambda dialog: dialog.demo_button.click())
    window = start(str(path), settings=app_settings)
    assert isinstance(window, MainWindow)
    try:
        window.resize(1366, 768)
        qtbot.waitUntil(lambda: window.facts is not None and len(window.facts.units) == 7, timeout=60_000)
        qtbot.waitUntil(lambda: _settled(window) and window.shown_key[1] == year(2024), timeout=60_000)
        # the demo's time runs to 31 August 2024: År 2024, not this year's empty tiles
        assert window.period_selector.kind() == "year"
        assert window.period_selector.value_combo.currentText() == "2024"
        offered = [window.period_selector.value_combo.itemText(i)
                   for i in range(window.period_selector.value_combo.count())]
        this_year = date.today().year
        # years with data or a budget, plus this one; none of the empty years between
        assert offered == sorted({"2022", "2023", "2024", str(this_year)})
        statuses = {t.content.key: t.content.status for t in window.overview.tiles}
        assert statuses["budget"] is not Status.NONE
        assert statuses["forecast"] is not Status.NONE
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / "first_start_demo.png"))
    finally:
        window.close()


def test_a_first_budget_import_into_an_empty_database_lands_on_its_year(
        qtbot, tmp_path: Path, app_settings: AppSettings) -> None:  # noqa: ANN001
    from vonapp.io.imports import import_file

    path = tmp_path / "tom.sqlite"
    on_modal(WelcomeDialog, lambda d: d.empty_button.click())
    window = start(str(path), settings=app_settings)
    assert isinstance(window, MainWindow)
    try:
        qtbot.waitUntil(lambda: _settled(window), timeout=30_000)
        assert window.shown_key[1] == year(date.today().year)  # nothing yet: this year
        budget = tmp_path / "budget.csv"
        budget.write_text("enhet;verksamhet;år;personalbudget kr;timkostnad kr\nSolgården;särskilt boende;2021;"
                          "3650000;500\n", encoding="utf-8")
        import_file(window.database, "budget", budget)
        window.refresh()
        qtbot.waitUntil(lambda: _settled(window) and window.shown_key[1] == year(2021), timeout=30_000)
        assert window.shown_key[0] == "Solgården"
    finally:
        window.close()


def test_future_period_tiles_are_grey_not_red(open_window, demo_path: Path, app_settings: AppSettings,  # noqa: ANN001
                                              qtbot) -> None:  # noqa: ANN001
    window = open_window(demo_path)
    window.unit_selector.select("Stortorp")
    window.period_selector.set_period(quarter(2024, 4), "quarter")  # after the last recorded day (31 Aug)
    qtbot.waitUntil(lambda: _settled(window) and window.shown_key == ("Stortorp", quarter(2024, 4)),
                    timeout=30_000)
    tiles = {t.content.key: t.content for t in window.overview.tiles}
    for key in ("resurspass", "sick", "hourly", "budget"):
        assert tiles[key].status is Status.NONE, key
        assert tiles[key].value == "–"
    assert not [t for t in tiles.values() if t.status is Status.ACT and t.value == "–"]


def test_a_remembered_period_without_data_is_not_reopened(open_window, demo_path: Path, settings_path: Path,  # noqa: ANN001
                                                          qtbot) -> None:  # noqa: ANN001
    settings = AppSettings(settings_path)
    settings.period = ("year", "2019")
    window = open_window(demo_path, settings)
    assert window.shown_key[1] == year(2024)


def test_window_facts_list_only_years_with_data(demo_db) -> None:  # noqa: ANN001
    facts = window_facts(demo_db)
    assert facts.years == (2022, 2023, 2024)
    assert facts.latest_year() == 2024
