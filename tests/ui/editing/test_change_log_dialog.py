"""Visa → Ändringslogg: the log read on the worker, newest first, filtered; reached from the Visa menu."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from vonapp.store import changelog
from vonapp.store.database import Database
from vonapp.store.edits_budget import set_unit_values, units_frame
from vonapp.ui.dialogs.change_log_dialog import ChangeLogDialog
from vonapp.ui.operations import Worker

SHOTS = Path("/tmp/shots/editing")


@pytest.fixture
def worker() -> Iterator[Worker]:
    w = Worker()
    yield w
    w.shutdown()


def test_the_dialog_shows_the_log_newest_first_and_filters_it(qtbot, demo_db: Database,  # noqa: ANN001
                                                              worker: Worker) -> None:
    units = units_frame(demo_db).set_index("name")
    set_unit_values(demo_db, [(int(units.loc["Stortorp", "id"]), "places", 61)])
    set_unit_values(demo_db, [(int(units.loc["Hemtjänst Centrum", "id"]), "ansvar", "4711")],
                    source=changelog.COMMAND_LINE)
    dialog = ChangeLogDialog(worker=worker, database=demo_db, units=list(units.index))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded and dialog.table_combo.count() == 2, timeout=10_000)
    m = dialog.model
    titles = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    assert titles == ["Tid", "Användare", "Tabell", "Rad", "Kolumn", "Före", "Efter", "Källa", "Enhet"]
    assert [m.data(m.index(r, 3)) for r in range(m.rowCount())] == ["Hemtjänst Centrum", "Stortorp"]
    assert [m.data(m.index(0, c)) for c in (2, 4, 6, 7)] == ["Enhet", "Ansvar", "4711", "kommandoraden"]
    assert dialog.count_label.text() == "2 ändringar, senaste först."
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "andringslogg.png"))

    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("fönstret"))
    qtbot.waitUntil(lambda: dialog.loaded and m.rowCount() == 1, timeout=10_000)
    assert m.data(m.index(0, 6)) == "61"
    dialog.source_combo.setCurrentIndex(0)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("Hemtjänst Centrum"))
    qtbot.waitUntil(lambda: dialog.loaded and m.rowCount() == 1 and m.data(m.index(0, 6)) == "4711", timeout=10_000)
    dialog.unit_combo.setCurrentIndex(0)
    dialog.search.setText("nomatch")
    qtbot.waitUntil(lambda: dialog.loaded and m.rowCount() == 0, timeout=10_000)
    assert dialog.count_label.text() == "Inga ändringar loggade med dessa val."


def test_visa_menu_opens_the_change_log(window, qtbot) -> None:  # noqa: ANN001 - the demo window
    visa = [a for a in window.menuBar().actions() if a.text() == "&Visa"][0]
    assert window.actions.change_log in visa.menu().actions()
    window.actions.change_log.trigger()
    dialog = window.commands.change_log_dialog
    assert isinstance(dialog, ChangeLogDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    assert dialog.count_label.text() == "Inga ändringar loggade med dessa val."
    dialog.close()
