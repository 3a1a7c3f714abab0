"""A resurspass placement in the register reaches Översikt without a reload: the hidden overview's
resurspass tile and chart hold what a fresh `load_overview` and `vonapp summary --json` say, and
undo/redo bring both back — in the real window on a copy of the demo database."""

from __future__ import annotations

import json
from dataclasses import asdict

import numpy as np
import pandas as pd
import pytest

from vonapp.cli import main
from vonapp.domain.periods import year
from vonapp.ui.main_window import MainWindow
from vonapp.ui.overview.data import OverviewData, load_overview
from vonapp.ui.overview.tile_texts import resurspass_tile, tile_contents

UNIT, YEAR = "Stortorp", 2024
SIZE = (1366, 768)


def _settle(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.worker.pending == 0 and window.loader.idle, timeout=30_000)
    qtbot.wait(30)
    qtbot.waitUntil(lambda: window.worker.pending == 0 and window.loader.idle, timeout=30_000)


def _register(qtbot, window: MainWindow):  # noqa: ANN001, ANN202
    """Utfall of Stortorp 2024 on its register tab, Översikt loaded (and so hidden) first."""
    window.resize(*SIZE)
    window.unit_selector.select(UNIT)
    window.period_selector.set_period(year(YEAR), "year")
    qtbot.waitUntil(lambda: window.shown_key == (UNIT, year(YEAR)), timeout=30_000)
    _settle(qtbot, window)
    window.navigation.setCurrentRow([a.key for a in window.area_list].index("utfall"))
    page = window.pages["utfall"]
    qtbot.waitUntil(lambda: page.data is not None and page.period == year(YEAR), timeout=30_000)
    page.tabs.setCurrentWidget(page.register)
    _settle(qtbot, window)
    return page


def _fresh(window: MainWindow) -> OverviewData:
    database = window.database
    return window.worker.run_blocking(lambda: load_overview(database, UNIT, year(YEAR)))


def _summary_json(capsys, window: MainWindow) -> dict:  # noqa: ANN001
    """`vonapp summary --json` of the unit-year, run on the window's database file (this process holds its lock)."""
    capsys.readouterr()
    code = main(["summary", "--unit", UNIT, "--period", str(YEAR), "--json", "--db", str(window.database.path)])
    out, _err = capsys.readouterr()
    assert code == 0
    return json.loads(out)


def _assert_shows(window: MainWindow, fresh: OverviewData, summary_json: dict) -> None:
    """The overview page's tiles and resurspass chart equal a fresh load; its resurspass equals the summary's."""
    page = window.overview
    assert page.data.summary.resurspass == fresh.summary.resurspass
    assert asdict(page.data.summary.resurspass) == pytest.approx(summary_json["resurspass"])
    # Every tile as a fresh load makes it: the resurspass tile new, the others unchanged by a placement.
    assert [t.content for t in page.tiles] == tile_contents(fresh)
    tile = page.tiles[[t.content.key for t in page.tiles].index("resurspass")]
    expected = resurspass_tile(fresh)
    assert (tile.value.text(), tile.caption.text(), tile.detail.text()) == (
        expected.value, expected.caption, expected.detail)
    chart, arrays = page.resurspass_chart, fresh.charts.resurspass
    np.testing.assert_allclose(chart.used_bars.opts["height"], arrays.used)
    np.testing.assert_allclose(chart.missed_bars.opts["height"], arrays.missed)
    _x, planned = chart.planned_line.getData()
    np.testing.assert_allclose(planned, arrays.planned_done)
    _x, ahead = chart.planned_ahead.getData()
    np.testing.assert_allclose(ahead if ahead is not None else [], arrays.planned_ahead)
    pd.testing.assert_frame_equal(chart.frame, fresh.resurspass)


def _wait_command(qtbot, window: MainWindow, count: int) -> None:  # noqa: ANN001
    stack = window.undo_stack
    qtbot.waitUntil(lambda: stack.count() == count and not stack.command(count - 1).running, timeout=10_000)
    _settle(qtbot, window)


def test_a_placement_patches_the_hidden_overview_and_undo_redo_restore_it(
        qtbot, window: MainWindow, capsys) -> None:  # noqa: ANN001
    page = _register(qtbot, window)
    model = page.register.model
    frame = model.frame
    # An unplaced pass with its recorded row, on a day substitutes were hired: placing it lowers the missed hours.
    target = frame[(frame["placement"] == "ej placerad") & frame["entry_id"].notna() & (frame["day_missed"] > 0)].iloc[0]
    overview_before = window.overview.data
    json_before = _summary_json(capsys, window)
    _assert_shows(window, _fresh(window), json_before)

    model.request_edits([(model.row_of(target["id"]), model.column_index("placement_label"), "egen enhet")])
    _wait_command(qtbot, window, 1)
    # Still on Utfall: Översikt, hidden, already holds the new figures (patched, not marked stale).
    assert window.stack.currentIndex() != 0 and not window._overview_stale
    patched = window.overview.data
    assert patched is not overview_before
    after = _summary_json(capsys, window)
    # Placed in the own unit: the pass's hours are used now; the day's missed hours fall by min(hours, missed).
    used_before, used_after = json_before["resurspass"]["used_hours"], after["resurspass"]["used_hours"]
    assert used_after == pytest.approx(used_before + target["hours"])
    assert after["resurspass"]["missed_hours"] == pytest.approx(
        json_before["resurspass"]["missed_hours"] - min(target["hours"], target["day_missed"]))
    _assert_shows(window, _fresh(window), after)
    # Choosing Översikt shows them at once: nothing is loaded.
    window.navigation.setCurrentRow(0)
    assert window.worker.pending == 0 and window.overview.data is patched
    assert window.shown_key == (UNIT, year(YEAR))
    window.navigation.setCurrentRow([a.key for a in window.area_list].index("utfall"))
    _settle(qtbot, window)

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: not window.undo_stack.command(0).running, timeout=10_000)
    _settle(qtbot, window)
    assert not window._overview_stale
    restored = _summary_json(capsys, window)
    assert restored == json_before
    _assert_shows(window, _fresh(window), restored)
    assert window.overview.data.summary.resurspass == overview_before.summary.resurspass

    window.undo_stack.redo()
    qtbot.waitUntil(lambda: not window.undo_stack.command(0).running, timeout=10_000)
    _settle(qtbot, window)
    assert _summary_json(capsys, window) == after
    _assert_shows(window, _fresh(window), after)
    days = page.data.days.set_index(page.data.days["date"].dt.date)
    assert days.loc[target["date"], "res_used"] >= target["hours"]


def test_a_placement_that_records_the_pass_reloads_the_overview_when_shown(
        qtbot, window: MainWindow, capsys) -> None:  # noqa: ANN001
    """A pass with no recorded row gets one with the scheduled hours: worked hours change, so every
    tile may — Översikt is marked stale and reloads when chosen, with a fresh load's figures."""
    page = _register(qtbot, window)
    model = page.register.model
    frame = model.frame
    target = frame[frame["entry_id"].isna()].iloc[0]  # after the last recorded day: nothing recorded yet
    model.request_edits([(model.row_of(target["id"]), model.column_index("placement_label"), "egen enhet")])
    _wait_command(qtbot, window, 1)
    assert window._overview_stale
    window.navigation.setCurrentRow(0)
    qtbot.waitUntil(lambda: window.shown_key == (UNIT, year(YEAR)) and window.worker.pending == 0
                    and not window._overview_stale, timeout=10_000)
    _settle(qtbot, window)
    _assert_shows(window, _fresh(window), _summary_json(capsys, window))
