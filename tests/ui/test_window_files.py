"""Arkiv: backup, restore, another database, export; the status bar follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import SHOTS, on_modal
from vonapp.store.backup import list_backups
from vonapp.store.database import open_database
from vonapp.ui.dialogs.about import about_text
from vonapp.ui.main_window import MainWindow


def idle(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=30_000)


def test_backup_updates_the_status_bar(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    path = window.database.path
    before = list_backups(path)
    window.actions.backup.trigger()
    idle(qtbot, window)
    after = list_backups(path)
    assert len(after) == len(before) + 1
    assert after[-1].name.endswith("-manuell.sqlite")
    label = window.status.backup_label.text()
    assert label.startswith("Senaste säkerhetskopia: 20") and len(label) == len("Senaste säkerhetskopia: 2026-11-25 08:12")
    assert window.statusBar().currentMessage().startswith("Säkerhetskopia sparad: ")


def test_restore_brings_back_the_backup(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    window.actions.backup.trigger()
    idle(qtbot, window)
    saved = list_backups(window.database.path)[-1]
    window.commands.switch_to(tmp_path / "tom.sqlite", create=True)  # away and back: the restore target
    qtbot.waitUntil(lambda: window.database.path.name == "tom.sqlite" and window.facts is not None, timeout=30_000)
    idle(qtbot, window)
    assert window.facts.units == []
    window.commands.restore_from(saved)
    qtbot.waitUntil(lambda: window.facts is not None and len(window.facts.units) == 7, timeout=30_000)
    idle(qtbot, window)
    assert window.windowTitle() == "vonapp – tom.sqlite – exempeldata"
    assert "återställd" in window.statusBar().currentMessage()


def test_switching_databases_releases_the_old_one(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    old = window.database.path
    window.commands.switch_to(tmp_path / "annan.sqlite", create=True)
    qtbot.waitUntil(lambda: window.database.path.name == "annan.sqlite" and window.facts is not None, timeout=30_000)
    idle(qtbot, window)
    assert window.windowTitle() == "vonapp – annan.sqlite"
    assert str(tmp_path / "annan.sqlite") in window.status.database_label.text()
    assert not Path(f"{old}.lock").exists()
    open_database(old, create=False).close()  # free to open again


def test_opening_a_file_that_is_not_a_database_is_a_message(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    junk = tmp_path / "anteckningar.sqlite"
    junk.write_text("inte en databas", encoding="utf-8")
    messages: list[str] = []
    on_modal(QMessageBox, lambda box: (messages.append(box.text()), box.accept()))
    window.commands.switch_to(junk, create=False)
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    assert messages[0] == f"{junk} är ingen vonapp-databas (inte en SQLite-fil). Välj en annan fil."
    assert window.database.path.name == "demo.sqlite"  # the open database stays


def test_export_writes_the_file_and_names_it(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    window.unit_selector.select("Stortorp")
    idle(qtbot, window)
    window.commands.export()
    dialog = window.commands.export_dialog
    assert dialog.period_label.text() == "2024"
    assert dialog.unit_combo.currentText() == "Stortorp"
    assert Path(dialog.file_edit.text()).name == "uppfoljning_Stortorp_2024.xlsx"
    dialog.kind_combo.setCurrentIndex(1)
    out = tmp_path / "stortorp.csv"
    dialog.file_edit.setText(str(out))
    messages: list[str] = []
    on_modal(QMessageBox, lambda box: (messages.append(box.text()), box.accept()), timeout_ms=60_000)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    assert messages == [f"Filen är sparad:\n{out}"]
    assert out.stat().st_size > 0


def test_about_names_the_version_and_the_database(window: MainWindow) -> None:
    text = about_text(window.database.path)
    assert "vonapp 0.1.0" in text and str(window.database.path) in text


def test_busy_indicator_while_the_worker_works(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    import threading

    gate = threading.Event()
    assert not window.status.busy.isVisibleTo(window)
    window.worker.submit(gate.wait)
    # after a moment (a short job shows no indicator: vonapp.ui.statusbar.BUSY_DELAY_MS)
    qtbot.waitUntil(lambda: window.status.busy.isVisibleTo(window), timeout=5_000)
    window.unit_selector.select("Stortorp")  # the window still answers while the worker is held
    assert window.current_unit() == "Stortorp"
    gate.set()
    qtbot.waitUntil(lambda: window.worker.pending == 0 and window.loader.idle
                    and window.shown_key == ("Stortorp", window.current_period()), timeout=30_000)
    assert not window.status.busy.isVisibleTo(window)


def test_vonapp_without_a_command_goes_to_the_window(qtbot, demo_path: Path) -> None:  # noqa: ANN001
    """`vonapp --db FILE` starts the window; on a database another vonapp holds it says so and exits 2."""
    from tests.lockholder import lock_held_elsewhere
    from vonapp.cli import main as cli

    messages: list[str] = []
    on_modal(QMessageBox, lambda box: (messages.append(box.text()), box.accept()))
    with lock_held_elsewhere(demo_path):
        assert cli(["--db", str(demo_path)]) == 2
    assert messages and "används redan av vonapp" in messages[0]


def test_a_new_database_with_demo_data(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    window.commands.switch_to(tmp_path / "ny.sqlite", create=True, then_demo=True)
    qtbot.waitUntil(lambda: window.database.path.name == "ny.sqlite" and window.facts is not None
                    and len(window.facts.units) == 7, timeout=60_000)
    idle(qtbot, window)
    assert window.windowTitle() == "vonapp – ny.sqlite – exempeldata"
    assert window.statusBar().currentMessage().startswith("Exempeldata skapad: 7 enheter")


def test_an_empty_database_says_what_to_do(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    window.commands.switch_to(tmp_path / "tom.sqlite", create=True)
    qtbot.waitUntil(lambda: window.database.path.name == "tom.sqlite" and window.shown_key is not None, timeout=30_000)
    idle(qtbot, window)
    assert window.unit_selector.count() == 1  # only "Alla enheter"
    window.resize(1366, 768)
    qtbot.wait(50)
    assert window.grab().save(str(SHOTS / "window_empty_database.png"))


def test_export_refusal_is_a_message_and_no_file(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    window.commands.export()
    dialog = window.commands.export_dialog
    out = tmp_path / "saknad-mapp" / "fil.xlsx"
    dialog.file_edit.setText(str(out))
    messages: list[str] = []
    on_modal(QMessageBox, lambda box: (messages.append(box.text()), box.accept()), timeout_ms=60_000)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    assert "saknad-mapp" in messages[0] and not messages[0].startswith("Något gick fel")
    assert not out.exists()
    assert dialog.export_button.isEnabled()  # the user can pick another file and try again


def test_the_start_up_backup_follows_the_first_figures(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """A demo copy without backups gets its daily start-up backup once the overview is shown."""
    qtbot.waitUntil(lambda: bool(list_backups(window.database.path)), timeout=30_000)
    idle(qtbot, window)
    assert [p.name.endswith("-start.sqlite") for p in list_backups(window.database.path)] == [True]
    assert window.status.backup_label.text() != "Senaste säkerhetskopia: ingen ännu"
