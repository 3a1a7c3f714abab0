"""The follow-up history of one measure: dated notes, newest first, with a line to add one."""

from __future__ import annotations

from datetime import date

import pandas as pd
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vonapp.ui.editing import Column
from vonapp.ui.plan_common import heading, table

NOTE_COLUMNS = [
    Column("noted_on", "Datum", "date"),
    Column("comment", "Uppföljning", "text"),
    Column("effect_tkr", "Uppnådd effekt (tkr)", "number"),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AtgarderNotes", text)


class NotesPanel(QWidget):
    """Shows a measure's notes; `add_requested(text)` and `remove_requested(note_id)` ask the page to edit."""

    add_requested = Signal(str)
    remove_requested = Signal(int)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(_tr("Uppföljning"), self)
        self.model, self.view = table(NOTE_COLUMNS, self, stretch="comment")
        self.view.setColumnWidth(0, 90)
        self.view.setColumnWidth(2, 140)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(_tr("Skriv dagens uppföljning och tryck Enter …"))
        self.add = QPushButton(_tr("Lägg till uppföljning"), self)
        self.remove = QPushButton(_tr("Ta bort uppföljning"), self)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.entry.returnPressed.connect(self._add)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.measure_name: str | None = None
        self.show_notes(None, pd.DataFrame(columns=["id", "noted_on", "comment", "effect_tkr"]))

    def show_notes(self, name: str | None, notes: pd.DataFrame) -> None:
        self.measure_name = name
        self.title.setText(_tr("Uppföljning av {0}").format(name) if name else _tr("Uppföljning – välj en åtgärd"))
        self.model.set_frame(notes.reset_index(drop=True))
        enabled = name is not None
        for w in (self.entry, self.add):
            w.setEnabled(enabled)
        self.remove.setEnabled(enabled and len(notes) > 0)

    def _add(self) -> None:
        text = self.entry.text().strip()
        if text and self.measure_name is not None:
            self.add_requested.emit(text)
            self.entry.clear()

    def _remove(self) -> None:
        rows = sorted({self.view.proxy.mapToSource(i).row() for i in self.view.selectedIndexes()})
        row = rows[0] if rows else (0 if self.model.rowCount() else None)
        if row is not None:
            self.remove_requested.emit(int(self.model.row_key(row)))


def today() -> date:
    return date.today()
