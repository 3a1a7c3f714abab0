"""The import dialog does what it tells the user to do: column choices and profiles, the file's first
rows, warnings, "Ersätt befintliga", and Arkiv → Importer… to remove an import — never `--map`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.io.helpers import snapshot, write_csv
from tests.ui.conftest import on_modal
from vonapp.domain.periods import month
from vonapp.store.figures import load_summary
from vonapp.ui.dialogs.import_texts import for_window
from vonapp.ui.main_window import MainWindow

CLI_WORDS = ("--map", "--replace", "--profile", "--unit", "--from", "vonapp import", "vonapp imports")


def open_dialog(qtbot, window: MainWindow, path: Path):  # noqa: ANN001, ANN201
    window.unit_selector.select("Stortorp")
    window.commands.import_file(path)
    dialog = window.commands.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=30_000)
    return dialog


def settle(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=30_000)


def shown_text(dialog) -> str:  # noqa: ANN001
    return "\n".join([dialog.message.text(), dialog.warnings.text(), dialog.preview_text.toPlainText(),
                      dialog.columns_box.note.text()])


def no_cli_words(dialog) -> None:  # noqa: ANN001
    text = shown_text(dialog)
    assert not [w for w in CLI_WORDS if w in text], text


def worked(window: MainWindow, period) -> float | None:  # noqa: ANN001
    database = window.database
    return window.worker.run_blocking(lambda: load_summary(database, "Stortorp", period)).worked_hours


def test_columns_named_otherwise_are_chosen_in_the_dialog_and_saved_as_a_profile(
        qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    # "Lönart" is no name the tid kind knows for kategori; "Kommentar" is not a tid column at all
    heroma = write_csv(tmp_path / "tid_heroma.csv", [
        ("Datum", "Anst.nr", "Namn", "Lönart", "Timmar", "Kommentar"),
        ("2024-09-02", "V9001", "Vera Vikarie", "vikarie", "8", "kväll"),
        ("2024-09-03", "V9001", "Vera Vikarie", "vikarie", "7,5", ""),
    ])
    dialog = open_dialog(qtbot, window, heroma)
    assert dialog.kind_combo.currentData() == "tid"
    # the first rows as the file has them
    table = dialog.rows_table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "Datum", "Anst.nr", "Namn", "Lönart", "Timmar", "Kommentar"]
    assert [table.item(0, c).text() for c in range(table.columnCount())] == [
        "2024-09-02", "V9001", "Vera Vikarie", "vikarie", "8", "kväll"]
    # kategori is missing: the dialog asks for it under Kolumner (no dry run, nothing written)
    assert dialog.columns_box.missing() == ["kategori"]
    assert dialog.tabs.currentWidget() is dialog.columns_box
    assert "”kategori”" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert "”Lönart”" in dialog.warnings.text() and "”Kommentar”" in dialog.warnings.text()
    no_cli_words(dialog)

    dialog.columns_box.choose("kategori", "Lönart")
    dialog.columns_box.profile_name.setText("Heroma")
    settle(qtbot, window)
    assert dialog.columns_box.entries() == ["Lönart=kategori"]
    assert dialog.import_button.isEnabled(), dialog.message.text()
    assert "2 rader, 2024-09-02 – 2024-09-03, 15,5 timmar" in dialog.preview_text.toPlainText()
    assert "Kolumnen ”Kommentar” används inte" in dialog.warnings.text() and "Lönart" not in dialog.warnings.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    settle(qtbot, window)
    assert worked(window, month(2024, 9)) == 15.5
    assert "Profilen 'Heroma' sparades" in dialog.preview_text.toPlainText()
    no_cli_words(dialog)
    dialog.close()

    # next month's file: the profile is offered and chooses Lönart by itself
    october = write_csv(tmp_path / "tid_heroma_okt.csv", [
        ("Datum", "Anst.nr", "Namn", "Lönart", "Timmar"), ("2024-10-01", "V9001", "Vera Vikarie", "vikarie", "8")])
    dialog = open_dialog(qtbot, window, october)
    combo = dialog.columns_box.profile_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["(ingen)", "Heroma"]
    combo.setCurrentIndex(1)
    settle(qtbot, window)
    assert dialog.columns_box.chosen()["kategori"] == "Lönart"
    assert dialog.import_button.isEnabled(), dialog.message.text()


def test_ambiguous_dates_are_pointed_out(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    slashed = write_csv(tmp_path / "tid_usa.csv", [
        ("datum", "anställningsnummer", "namn", "kategori", "timmar"),
        ("02/09/2024", "V9001", "Vera Vikarie", "vikarie", "8"),
        ("03/09/2024", "V9001", "Vera Vikarie", "vikarie", "8"),
    ])
    dialog = open_dialog(qtbot, window, slashed)
    # read day first: 2 September; a month-first file would have meant 9 February
    assert "Datum som 02/09/2024 läses som dag/månad/år (2 september 2024)" in dialog.warnings.text()
    assert dialog.import_button.isEnabled()


def test_a_file_that_overlaps_asks_for_ersatt_befintliga(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    august = write_csv(tmp_path / "tid_augusti.csv", [
        ("datum", "anställningsnummer", "namn", "kategori", "timmar"),
        ("2024-08-30", "V9001", "Vera Vikarie", "vikarie", "8"),  # the demo has time recorded on this day
    ])
    before = snapshot(window.database.path)
    dialog = open_dialog(qtbot, window, august)
    assert not dialog.import_button.isEnabled()
    assert "Kryssa i ”Ersätt befintliga”" in dialog.message.text()
    assert dialog.message.text().endswith("under Arkiv → Importer…")  # the menu's own dots, no fourth
    assert "Arkiv → Importer…" in dialog.preview_text.toPlainText()
    no_cli_words(dialog)
    assert snapshot(window.database.path) == before
    dialog.replace_check.setChecked(True)
    settle(qtbot, window)
    assert dialog.import_button.isEnabled()
    assert "Ersätter data som redan finns:" in dialog.preview_text.toPlainText()


def test_an_import_is_removed_under_arkiv_importer(qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    september = write_csv(tmp_path / "tid_september.csv", [
        ("datum", "anställningsnummer", "namn", "kategori", "timmar"),
        ("2024-09-02", "V9001", "Vera Vikarie", "vikarie", "8"),
    ])
    dialog = open_dialog(qtbot, window, september)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    settle(qtbot, window)
    batch_id = dialog.outcome.batch_id
    assert "Arkiv → Importer…" in dialog.message.text()
    dialog.close()
    assert worked(window, month(2024, 9)) == 8.0

    window.actions.imports_list.trigger()
    imports = window.commands.imports_dialog
    settle(qtbot, window)
    assert imports.batches[0].id == batch_id and imports.batches[0].file_name == "tid_september.csv"
    assert imports.select_batch(batch_id) and imports.remove_button.isEnabled()
    on_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    imports.remove_button.click()
    qtbot.waitUntil(lambda: "är ångrad" in imports.message.text(), timeout=30_000)
    settle(qtbot, window)
    assert worked(window, month(2024, 9)) is None
    assert all(b.id != batch_id for b in imports.batches)


def test_the_command_lines_advice_is_worded_for_the_window() -> None:
    cli = ("tid.csv överlappar data som redan finns för Stortorp: 2024-08-30. Lägg till --replace för att "
           "ersätta dem, eller ångra den tidigare importen med `vonapp import undo`.")
    assert for_window(cli) == ("tid.csv överlappar data som redan finns för Stortorp: 2024-08-30. Kryssa i "
                               "”Ersätt befintliga” för att ersätta dem, eller ta bort den tidigare importen "
                               "under Arkiv → Importer…")
    missing = 'x.csv: kolumnen "kategori" saknas (…). Byt namn på kolumnen i filen eller använd --map "DIN RUBRIK=kategori".'
    assert for_window(missing).endswith("Välj under Kolumner vilken av filens kolumner det är.")
    for text in (cli, missing, "Ett schema behöver --from DATUM: måndagen då cykeln börjar.",
                 "Import 9 finns inte; se listan med `vonapp imports`."):
        assert not [w for w in CLI_WORDS if w in for_window(text)]
