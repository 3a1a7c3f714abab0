"""Hjälp → Handbok opens the shipped manual at a section; the English catalogue translates the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from vonapp.ui.dialogs.handbook import SECTIONS, HandbookDialog, open_handbook
from vonapp.ui.i18n import CatalogueTranslator, effective_language, read_catalogue


def test_f1_opens_the_manual_offline_with_every_section(window) -> None:  # noqa: ANN001
    window.help_actions["handbook"].trigger()
    dialog = window.findChild(HandbookDialog)
    assert dialog is not None and dialog.isVisible()
    html = dialog.browser.toHtml()
    assert "Budget i timmar" in html and "Resurspass" in html and "Time Care" in html
    source = dialog.browser.source()
    assert source.isLocalFile() and source.toLocalFile().endswith("handbok.sv.html")
    text = Path(source.toLocalFile()).read_text(encoding="utf-8")
    for anchor in SECTIONS:
        assert f'<a name="{anchor}">' in text, anchor
    # A second request reuses the same dialog and scrolls to the section.
    assert open_handbook(window, "data") is dialog
    assert dialog.browser.verticalScrollBar().value() > 0


def test_the_english_manual_has_the_same_sections() -> None:
    folder = Path(__file__).resolve().parents[2] / "resources" / "manual"
    sv, en = (folder / "handbok.sv.html").read_text("utf-8"), (folder / "handbok.en.html").read_text("utf-8")
    for anchor in SECTIONS:
        assert f'<a name="{anchor}">' in en and f'href="#{anchor}"' in en and f'href="#{anchor}"' in sv


def test_the_catalogue_translator_matches_context_then_source(tmp_path: Path, qapp) -> None:  # noqa: ANN001
    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="en_GB">'
        "<context><name>MainWindow</name>"
        "<message><source>&amp;Arkiv</source><translation>&amp;File</translation></message>"
        '<message><source>Ångra</source><translation type="unfinished"/></message>'
        "</context><context><name>tiles</name>"
        "<message><source>Arkiv</source><translation>Archive (tile)</translation></message>"
        "</context></TS>", encoding="utf-8")
    assert read_catalogue(ts) == {("MainWindow", "&Arkiv"): "&File", ("tiles", "Arkiv"): "Archive (tile)"}
    translator = CatalogueTranslator(ts)
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&Arkiv") == "&File"
        assert QCoreApplication.translate("Subclass", "&Arkiv") == "&File"  # context differs: by source
        assert QCoreApplication.translate("MainWindow", "Ångra") == "Ångra"  # unfinished: the Swedish stays
        assert QCoreApplication.translate("x", "Okänd text") == "Okänd text"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_language_follows_the_setting_then_the_system(monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtCore import QLocale

    monkeypatch.delenv("VONAPP_LANGUAGE", raising=False)
    swedish, german = QLocale(QLocale.Language.Swedish), QLocale(QLocale.Language.German)
    assert effective_language("", swedish) == "sv"
    assert effective_language("", german) == "en"
    assert effective_language("sv", german) == "sv"
    assert effective_language("en", swedish) == "en"
    monkeypatch.setenv("VONAPP_LANGUAGE", "sv")  # IT's deployment decides over both
    assert effective_language("en", german) == "sv"


def test_every_tile_and_chart_leads_to_its_section_of_the_manual(window) -> None:  # noqa: ANN001
    from vonapp.ui.overview.tiles import HANDBOOK_SECTIONS

    page = window.overview
    for tile in page.tiles:
        assert tile.content is not None and "handboken" in tile.toolTip()
        assert HANDBOOK_SECTIONS[tile.content.key] in SECTIONS
    for chart in page.charts:
        assert chart.handbook_section in SECTIONS and "handboken" in chart.help_button.toolTip()
    page.charts[0].help_button.click()
    dialog = window.findChild(HandbookDialog)
    assert dialog is not None and dialog.isVisible()
    budget = dialog.browser.verticalScrollBar().value()
    assert budget > 0  # scrolled past the contents to the first section
    page.tiles[2].open_handbook()  # occupancy: further down
    assert dialog.browser.verticalScrollBar().value() > budget
