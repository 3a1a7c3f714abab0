"""Arkiv → Importera…: the dry-run preview, every bad row in a table, import, undo and cancel."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.io.helpers import snapshot, write_csv
from vonapp.cli import main as cli
from vonapp.domain.periods import month
from vonapp.io.imports import import_file
from vonapp.io.imports.runner import ImportCancelled
from vonapp.store.figures import load_summary
from vonapp.ui.dialogs.problems_model import ProblemsModel
from vonapp.ui.main_window import MainWindow

HEADER = ("datum", "anställningsnummer", "namn", "kategori", "frånvarotyp", "placering", "timmar")


@pytest.fixture
def september(tmp_path: Path) -> Path:
    """Three rows after the demo's last recorded day (2024-08-31): 8 + 7,5 + 8 = 23,5 worked hours."""
    return write_csv(tmp_path / "tid_september.csv", [
        HEADER,
        ("2024-09-02", "V9001", "Vera Vikarie", "vikarie", None, None, "8"),
        ("2024-09-02", "V9002", "Maja Mertid", "mertid", None, None, "7,5"),
        ("2024-09-03", "V9001", "Vera Vikarie", "vikarie", None, None, "8"),
    ])


def open_dialog(qtbot, window: MainWindow, path: Path):  # noqa: ANN001, ANN201
    window.unit_selector.select("Stortorp")
    window.commands.import_file(path)
    dialog = window.commands.import_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=30_000)
    return dialog


def worked_in_september(window: MainWindow) -> float | None:
    database = window.database
    return window.worker.run_blocking(lambda: load_summary(database, "Stortorp", month(2024, 9))).worked_hours


def test_good_file_preview_import_and_undo(qtbot, window: MainWindow, september: Path, capsys) -> None:  # noqa: ANN001
    assert worked_in_september(window) is None  # nothing recorded in September yet
    dialog = open_dialog(qtbot, window, september)
    assert dialog.kind_combo.currentData() == "tid"  # guessed from the file name
    assert dialog.unit_combo.currentText() == "Stortorp"
    preview = dialog.preview_text.toPlainText().splitlines()
    assert preview == [
        "tid_september.csv (tid) till Stortorp:",
        "3 rader, 2024-09-02 – 2024-09-03, 23,5 timmar",
        "  mertid: 1 rad, 7,5 timmar",
        "  vikarie: 2 rader, 16 timmar",
        "2 nya timavlönade anställda: V9001 Vera Vikarie, V9002 Maja Mertid",
        "Provkörning: inget skrevs.",
    ]
    assert dialog.import_button.isEnabled()
    assert worked_in_september(window) is None  # the dry run wrote nothing

    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    qtbot.waitUntil(lambda: window.worker.pending == 0 and window.facts is not None
                    and str(window.facts.latest_recorded) == "2024-09-03", timeout=30_000)
    assert dialog.outcome.status == "imported"
    assert dialog.message.text().startswith("Klart: Importerade 3 rader från tid_september.csv till Stortorp")
    assert worked_in_september(window) == pytest.approx(23.5)
    assert window.actions.undo.isEnabled()
    assert window.actions.undo.text() == "Ångra import av tid_september.csv"
    assert window.status.backup_label.text() != "Senaste säkerhetskopia: ingen ännu"  # backup before import

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.worker.pending == 0 and str(window.facts.latest_recorded) == "2024-08-31",
                    timeout=30_000)
    assert worked_in_september(window) is None
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: window.worker.pending == 0 and str(window.facts.latest_recorded) == "2024-09-03",
                    timeout=30_000)
    path = window.database.path
    dialog.close()
    window.close()
    # The command line sees what the window imported.
    assert cli(["summary", "--unit", "Stortorp", "--period", "2024-09", "--json", "--db", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["worked_hours"] == pytest.approx(23.5)


def test_bad_file_lists_every_bad_row(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    bad = write_csv(tmp_path / "tid_fel.csv", [
        HEADER,
        ("2024-09-02", "V9001", "Vera Vikarie", "vikarie", None, None, "8"),
        ("2024-13-02", "V9002", "Maja Mertid", "mertid", None, None, "7,5"),   # row 3: no month 13
        ("2024-09-03", "V9001", "Vera Vikarie", "vikarie", None, None, "8"),
        ("2024-09-04", "V9001", "Vera Vikarie", "vikarie", None, None, "-3"),  # row 5: negative hours
    ])
    before = snapshot(window.database.path)
    dialog = open_dialog(qtbot, window, bad)
    model: ProblemsModel = dialog.problems
    assert dialog.result_stack.currentWidget() is dialog.problems_view
    rows = [[model.data(model.index(r, c)) for c in range(4)] for r in range(model.rowCount())]
    assert rows == [
        ["3", "datum", "2024-13-02", "är ett datum som inte finns"],
        ["5", "timmar", "-3", "är inte ett giltigt antal timmar (0–24)"],
    ]
    assert [model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(4)] == ["Rad", "Kolumn", "Värde", "Varför"]
    assert "2 fel på 2 rader" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert snapshot(window.database.path) == before


def test_a_file_of_another_kind_switches_filtyp_and_is_refused_with_a_reason(
        qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    other = write_csv(tmp_path / "lista.csv", [("år", "månad", "arbetad tid", "tid hos kund", "bomtid", "avböjd tid"),
                                               ("2024", "9", "100", "60", "3", "1")])
    dialog = open_dialog(qtbot, window, other)
    # the headers are an utförande file's: Filtyp follows them, and says so
    assert dialog.kind_combo.currentData() == "utforande"
    assert "Filtypen är ändrad till Utförande" in dialog.warnings.text()
    # Stortorp is a särskilt boende: the import code's own reason
    assert "utförandefiler gäller hemtjänst och boendestöd" in dialog.preview_text.toPlainText()
    assert dialog.message.text() == "Filen kan inte importeras som den är; inget har sparats."
    dialog.set_kind("tid")  # chosen by hand: kept, and the dialog says what fits
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=30_000)
    assert dialog.kind_combo.currentData() == "tid"
    assert dialog.message.text().startswith("Filens rubriker passar filtypen utforande, inte tid")
    assert not dialog.import_button.isEnabled()


def test_cancel_leaves_the_database_unchanged(qtbot, window: MainWindow, september: Path) -> None:  # noqa: ANN001
    dialog = open_dialog(qtbot, window, september)
    before = snapshot(window.database.path)
    gate = threading.Event()
    window.worker.submit(gate.wait)  # hold the worker so Avbryt is pressed before the import runs
    dialog.import_button.click()
    progress = dialog.progress_dialog
    assert progress is not None and progress.isVisible()
    progress.findChild(QPushButton).click()  # Avbryt
    gate.set()
    qtbot.waitUntil(lambda: dialog.message.text() == "Importen avbröts; inget ändrades i databasen.", timeout=30_000)
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=30_000)
    assert snapshot(window.database.path) == before
    assert worked_in_september(window) is None
    assert not window.actions.undo.isEnabled()


def test_cancel_while_writing_rolls_back(demo_db, september: Path) -> None:  # noqa: ANN001
    """The cancel hook also stops a write already running (SQLite's progress handler), leaving nothing."""
    before = snapshot(demo_db.path)
    asked = [0]

    def cancel() -> bool:  # no, no (before and after the backup), then yes once writing has begun
        asked[0] += 1
        return asked[0] > 2

    with pytest.raises(ImportCancelled, match="inget ändrades"):
        import_file(demo_db, "tid", september, unit="Stortorp", cancel=cancel)
    assert asked[0] > 3  # the progress handler asked during the write, not only the two checks before it
    demo_db.engine.dispose()
    assert snapshot(demo_db.path) == before
