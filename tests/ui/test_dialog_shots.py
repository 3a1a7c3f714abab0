"""Screenshots of the dialogs and a placeholder area (the temporary screenshot folder, tests/ui/conftest.SHOTS), to look at for clipping."""

from __future__ import annotations

from pathlib import Path

from tests.io.helpers import write_csv
from tests.ui.conftest import SHOTS
from vonapp.ui.dialogs.welcome import WelcomeDialog
from vonapp.ui.main_window import MainWindow

HEADER = ("datum", "anställningsnummer", "namn", "kategori", "frånvarotyp", "placering", "timmar")


def save(widget, name: str) -> None:  # noqa: ANN001 - QWidget
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / name))


def test_shots_of_the_dialogs(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    welcome = WelcomeDialog()
    qtbot.addWidget(welcome)
    welcome.show()
    save(welcome, "dialog_welcome.png")

    good = write_csv(tmp_path / "tid_september.csv", [
        HEADER, ("2024-09-02", "V9001", "Vera Vikarie", "vikarie", None, None, "8"),
        ("2024-09-02", "V9002", "Maja Mertid", "mertid", None, None, "7,5")])
    bad = write_csv(tmp_path / "tid_fel.csv", [
        HEADER, ("2024-13-02", "V9001", "Vera Vikarie", "vikarie", None, None, "8"),
        ("2024-09-03", "", "Vera Vikarie", "semestr", None, None, "8"),
        ("2024-09-04", "V9001", "Vera Vikarie", "vikarie", None, None, "-3")])
    window.unit_selector.select("Stortorp")
    window.commands.import_file(good)
    dialog = window.commands.import_dialog
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30_000)
    save(dialog, "dialog_import_preview.png")
    dialog.set_file(bad)
    qtbot.waitUntil(lambda: dialog.problems.rowCount() > 0, timeout=30_000)
    save(dialog, "dialog_import_bad_rows.png")
    dialog.close()

    window.commands.export()
    save(window.commands.export_dialog, "dialog_export.png")
    window.commands.export_dialog.close()

    window.resize(1366, 768)
    window.actions.areas[1].trigger()
    qtbot.waitUntil(lambda: window.worker.pending == 0 and window.loader.idle, timeout=30_000)
    qtbot.wait(50)
    save(window, "area_schema_placeholder.png")
