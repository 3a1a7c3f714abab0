"""Hjälp → Handbok: the manual shipped in resources/manual, offline, opened at a section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from vonapp.assets import resource

# Sections a tile or chart links to (the anchors of the manual).
SECTIONS = ("budget", "prognos", "resurspass", "belaggning", "sjukfranvaro", "atgarder", "bemanning",
            "period", "import", "uppfoljning", "data")


def manual_url(anchor: str = "") -> QUrl:
    """The manual in the window's language (English when the English catalogue is in use)."""
    english = QCoreApplication.translate("handbook", "handbok.sv.html") == "handbok.en.html"
    url = QUrl.fromLocalFile(str(resource("manual", "handbok.en.html" if english else "handbok.sv.html")))
    if anchor:
        url.setFragment(anchor)
    return url


class HandbookDialog(QDialog):
    """A text browser over the manual; links inside it work, nothing is fetched from outside."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("vonapp – handbok"))
        self.resize(760, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.browser.setSource(manual_url())

    def show_section(self, anchor: str = "") -> None:
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self.show()
        self.raise_()
        self.activateWindow()


def open_handbook(parent: QWidget, anchor: str = "") -> HandbookDialog:
    """Show the window's one handbook dialog at `anchor` (a name from SECTIONS, or the top)."""
    window = parent.window()
    dialog = window.findChild(HandbookDialog)
    if dialog is None:
        dialog = HandbookDialog(parent=window)
    dialog.show_section(anchor)
    return dialog
