"""The English catalogue: every string of the window translated, the catalogue current with the code,
and the window on the demo in English (screenshots of the overview and every area page)."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from tests.shots import SHOTS
from tests.translations_tool import translations_tool
from tests.ui.test_window import settle
from vonapp.domain.periods import year
from vonapp.ui.dialogs.handbook import manual_url
from vonapp.ui.i18n import install_language
from vonapp.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "vonapp_en.ts"
SHOT_DIR = Path(os.environ.get("VONAPP_I18N_SHOTS", SHOTS / "i18n"))


_tool = translations_tool


def _sources(ts: Path) -> set[str]:
    return {m.findtext("source") or "" for m in ET.parse(ts).getroot().iter("message")}


def test_no_swedish_string_is_left_untranslated() -> None:
    tool = _tool()
    assert tool.missing() == []
    # Every finished translation keeps the placeholders and HTML of its source.
    import re

    marks = re.compile(r"\{[a-z0-9_]*\}|%\d|<[^>]+>")
    for (_ctx, source), text in _read(CATALOGUE).items():
        assert sorted(marks.findall(source)) == sorted(marks.findall(text)), (source, text)
        assert source.replace("&nbsp;", "").count("&") == text.replace("&nbsp;", "").count("&"), (source, text)


def _read(ts: Path) -> dict[tuple[str, str], str]:
    from vonapp.ui.i18n import read_catalogue

    return read_catalogue(ts)


def test_the_catalogue_holds_every_string_lupdate_finds(tmp_path: Path) -> None:
    """The committed catalogue is current: pyside6-lupdate over vonapp/ui finds nothing it lacks."""
    tool = _tool()
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted((ROOT / "vonapp" / "ui").rglob("*.py"))]
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(exe) if exe.exists() else tool.lupdate(), *sources, "-no-obsolete", "-ts", str(fresh)],
                   check=True, capture_output=True)
    found = _sources(fresh) - tool.misread_contexts()  # `tr("ctx", …)` read by lupdate as a source "ctx"
    assert found, "lupdate found nothing"
    committed = _sources(CATALOGUE)
    assert sorted(found - committed) == []
    assert sorted({text for _ctx, text in tool.ui_strings()} - committed) == []


@pytest.fixture
def english(qapp):  # noqa: ANN001, ANN201 - pytest-qt's QApplication
    """The English catalogue installed on the running application; removed afterwards."""
    installed = install_language(QApplication.instance(), "en")
    assert installed
    try:
        yield installed
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


def _wait(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.worker.pending == 0 and window.loader.idle, timeout=30_000)
    qtbot.wait(50)
    settle(qtbot, window)


def _texts(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_the_window_in_english(qtbot, english, open_window, demo_path: Path, monkeypatch) -> None:  # noqa: ANN001
    # A message box would wait for a click: record what it would have said instead.
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *a: said.append(text)))
    # The translators are read when a text is set: this window is built after they were installed.
    window = open_window(demo_path)
    window.resize(1366, 768)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["Overview", "Schedule", "Actuals", "Occupancy", "Measures", "Key figures", "Finance"]
    kinds = window.period_selector.kind_combo
    assert [kinds.itemText(i) for i in range(kinds.count())] == ["Year", "Quarter", "Month"]
    assert window.unit_selector.itemText(0) == "All units"
    assert manual_url().toLocalFile().endswith("handbok.en.html")
    window.unit_selector.select("Stortorp")
    window.period_selector.set_period(year(2024), "year")
    qtbot.waitUntil(lambda: window.shown_key == ("Stortorp", year(2024)), timeout=30_000)
    _wait(qtbot, window)
    overview = _texts(window.overview)
    for words in ("Budget in hours", "Resource shifts", "Occupancy", "Sickness absence"):
        assert words in overview, words
    for swedish in ("Beläggning", "Sjukfrånvaro", "Prognos", "Ingen data"):
        assert swedish not in overview, swedish
    SHOT_DIR.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOT_DIR / "overview_1366x768.png"))
    for row, title in enumerate(titles[1:], start=1):
        window.navigation.setCurrentRow(row)
        _wait(qtbot, window)
        assert window.current_page() is not None, title
        assert window.grab().save(str(SHOT_DIR / f"{row}_{title.lower().replace(' ', '_')}.png"))
    window.navigation.setCurrentRow(0)
    _wait(qtbot, window)
    for text in said:  # an error the store did not word is shown in English too
        assert "Något gick fel" not in text, text


def test_word_lists_are_read_in_the_window_language(english) -> None:  # noqa: ANN001
    from vonapp.ui.overview.charts.axes import MONTH_NAMES, MONTHS, WEEKDAYS
    from vonapp.ui.selectors import period_title

    assert MONTHS[4] == "May" and list(WEEKDAYS)[:2] == ["Mon", "Tue"] and MONTH_NAMES[2:4] == ("March", "April")
    assert period_title(year(2023)) == "Year 2023"
    for translator in english:
        QCoreApplication.removeTranslator(translator)
    assert MONTHS[4] == "maj" and list(WEEKDAYS)[:2] == ["mån", "tis"]
    assert period_title(year(2023)) == "År 2023"


def test_the_dialogs_in_english(qtbot, english, open_window, demo_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    from tests.io.helpers import write_csv
    from vonapp.ui.dialogs.welcome import WelcomeDialog

    welcome = WelcomeDialog()
    qtbot.addWidget(welcome)
    welcome.show()
    assert "Welcome to vonapp" in welcome.windowTitle() + _texts(welcome)
    SHOT_DIR.mkdir(parents=True, exist_ok=True)
    assert welcome.grab().save(str(SHOT_DIR / "dialog_welcome.png"))
    window = open_window(demo_path)
    good = write_csv(tmp_path / "tid_september.csv", [
        ("datum", "anställningsnummer", "namn", "kategori", "frånvarotyp", "placering", "timmar"),
        ("2024-09-02", "V9001", "Vera Vikarie", "vikarie", None, None, "8")])
    window.unit_selector.select("Stortorp")
    window.commands.import_file(good)
    dialog = window.commands.import_dialog
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=30_000)
    assert dialog.windowTitle() == "Import file" and dialog.import_button.text() == "Import"
    assert dialog.grab().save(str(SHOT_DIR / "dialog_import_preview.png"))
    dialog.close()
    window.commands.export()
    export = window.commands.export_dialog
    assert export.windowTitle() == "Export"
    assert export.grab().save(str(SHOT_DIR / "dialog_export.png"))
    export.close()
