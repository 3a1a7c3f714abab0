"""An import in the window, its undo and redo: the change log gets rows and the area pages hear of it."""

from __future__ import annotations

from pathlib import Path

from tests.io.helpers import TID_HEADER, write_csv
from vonapp.store.changelog import read_change_log
from vonapp.ui.main_window import MainWindow


def test_import_undo_and_redo_in_the_window_log_and_emit_data_changed(qtbot, window: MainWindow,  # noqa: ANN001
                                                                      tmp_path: Path) -> None:
    path = write_csv(tmp_path / "tid_september.csv", [
        TID_HEADER, ("2024-09-02", "V9001", "Vera Vikarie", "vikarie", None, None, "8")])
    heard: list[frozenset] = []
    window.area_context.data_changed.connect(heard.append)
    window.unit_selector.select("Stortorp")
    window.commands.import_file(path)
    dialog = window.commands.import_dialog
    qtbot.waitUntil(lambda: window.worker.pending == 0 and dialog.import_button.isEnabled(), timeout=30_000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None and window.worker.pending == 0, timeout=30_000)
    batch = dialog.outcome.batch_id
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.worker.pending == 0 and len(heard) == 2, timeout=30_000)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: window.worker.pending == 0 and len(heard) == 3, timeout=30_000)
    assert heard == [frozenset({"time_entry", "employee"})] * 3
    database = window.database
    log = window.worker.run_blocking(lambda: read_change_log(database, source="import"))
    # Newest first: the redo (SQLite gives it the freed batch id again), the undo, the import; each
    # names its 1 time row and 1 new employee.
    assert set(log["source"]) == {f"import #{batch}"}
    assert list(log["new_value"]) == ["1 ny rad", "1 ny rad", "ångrad", "ångrad", "1 ny rad", "1 ny rad"]
    assert set(log["unit"]) == {"Stortorp"}
    dialog.close()
