"""Starting the window: the welcome dialog, a locked database, settings across a restart."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox

from tests.ui.conftest import on_modal
from vonapp.domain.periods import quarter
from vonapp.store.database import open_database
from vonapp.ui.app import start
from vonapp.ui.dialogs.welcome import WelcomeDialog
from vonapp.ui.main_window import MainWindow
from vonapp.ui.settings import AppSettings


def test_welcome_offers_the_demo(qtbot, tmp_path: Path, app_settings: AppSettings) -> None:  # noqa: ANN001
    path = tmp_path / "ny.sqlite"
    on_modal(WelcomeDialog, lambda dialog: dialog.demo_button.click())
    window = start(str(path), settings=app_settings)
    assert isinstance(window, MainWindow)
    try:
        qtbot.waitUntil(lambda: window.facts is not None and len(window.facts.units) == 7, timeout=60_000)
        qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=30_000)
        assert window.windowTitle() == "vonapp – ny.sqlite – exempeldata"
        assert window.unit_selector.count() == 8  # Alla enheter + the seven demo units
    finally:
        window.close()


def test_welcome_text_explains_vonapp(qtbot) -> None:  # noqa: ANN001
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "vonapp hjälper dig som enhetschef att följa budget i timmar, resurspass, beläggning" in text
    assert dialog.demo_button.text() == "Öppna exempeldata"
    assert dialog.empty_button.text() == "Börja med en tom databas"


def test_welcome_empty_database(qtbot, tmp_path: Path, app_settings: AppSettings) -> None:  # noqa: ANN001
    path = tmp_path / "tom.sqlite"
    on_modal(WelcomeDialog, lambda d: d.empty_button.click())
    window = start(str(path), settings=app_settings)
    assert isinstance(window, MainWindow)
    try:
        qtbot.waitUntil(lambda: window.shown_key is not None and window.worker.pending == 0, timeout=30_000)
        assert window.windowTitle() == "vonapp – tom.sqlite"
        assert window.facts.units == []
        assert path.exists()
        assert window.shown_key[0] == "all"
    finally:
        window.close()


def test_closing_the_welcome_quits(qtbot, tmp_path: Path, app_settings: AppSettings) -> None:  # noqa: ANN001
    path = tmp_path / "aldrig.sqlite"
    on_modal(WelcomeDialog, lambda d: d.reject())
    assert start(str(path), settings=app_settings) == 0
    assert not path.exists()


def test_locked_database_is_a_message_and_exit_2(qtbot, demo_path: Path, app_settings: AppSettings) -> None:  # noqa: ANN001
    from tests.lockholder import lock_held_elsewhere

    # Another live vonapp on this computer holds the database.
    lock = Path(f"{demo_path}.lock")
    messages: list[str] = []
    on_modal(QMessageBox, lambda box: (messages.append(box.text()), box.accept()))
    with lock_held_elsewhere(demo_path) as pid:
        result = start(str(demo_path), settings=app_settings)
        if isinstance(result, MainWindow):
            result.close()
        assert result == 2
        assert len(messages) == 1
        assert messages[0].startswith(f"Databasen {demo_path} används redan av vonapp på datorn "
                                      f"{socket.gethostname()} (process {pid}")
        assert lock.exists()  # the other process's lock is left alone


def test_a_folder_that_does_not_exist_is_a_message(qtbot, tmp_path: Path, app_settings: AppSettings) -> None:  # noqa: ANN001
    messages: list[str] = []
    on_modal(QMessageBox, lambda box: (messages.append(box.text()), box.accept()))
    on_modal(WelcomeDialog, lambda d: d.empty_button.click())
    assert start(str(tmp_path / "saknas" / "x.sqlite"), settings=app_settings) == 2
    assert messages and "finns inte" in messages[0]


def test_settings_are_remembered_across_a_restart(qtbot, open_window, demo_path: Path,  # noqa: ANN001
                                                  settings_path: Path) -> None:
    first = open_window(demo_path, AppSettings(settings_path))
    first.unit_selector.select("Stortorp")
    first.period_selector.restore("quarter", "2023-Q1")
    # The offscreen test screen is 800×600 and the overview needs more width than that, so the
    # height and position are what can be compared exactly here.
    first.resize(first.width(), 540)
    first.move(12, 34)
    position = first.pos()
    first.navigation.setCurrentRow(3)
    first.splitter.setSizes([200, 560])
    sizes = first.splitter.sizes()
    qtbot.waitUntil(lambda: first.shown_key == ("Stortorp", quarter(2023, 1)), timeout=30_000)
    first.close()
    assert first.database is None

    second = open_window(demo_path, AppSettings(settings_path))
    assert second.current_unit() == "Stortorp"
    assert second.current_period() == quarter(2023, 1)
    assert second.period_selector.kind() == "quarter"
    assert second.shown_key == ("Stortorp", quarter(2023, 1))
    assert second.height() == 540
    assert second.pos().y() == position.y()  # x moves: the window is wider than the test screen
    assert second.navigation.currentRow() == 3
    assert second.splitter.sizes()[0] == sizes[0]  # the navigation keeps its width


def test_a_damaged_database_offers_the_newest_good_backup(qtbot, open_window, demo_path: Path) -> None:  # noqa: ANN001
    from vonapp.store.backup import backup, quick_check

    with open_database(demo_path) as db:
        good = backup(db, reason="manuell")
    data = bytearray(demo_path.read_bytes())
    for offset in range(3 * 4096, len(data), 50 * 4096):  # scribble over every 50th page
        data[offset + 100:offset + 600] = b"\xff" * 500
    demo_path.write_bytes(bytes(data))
    assert not quick_check(demo_path)
    questions: list[str] = []

    def answer_yes(box: QMessageBox) -> None:
        questions.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    on_modal(QMessageBox, answer_yes)
    window = open_window(demo_path)
    assert questions and questions[0].startswith("Databasen demo.sqlite är skadad (")
    assert good.name in questions[0]
    assert quick_check(demo_path)
    assert window.windowTitle() == "vonapp – demo.sqlite – exempeldata"
    assert len(window.facts.units) == 7
