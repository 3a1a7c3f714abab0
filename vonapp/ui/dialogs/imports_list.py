"""Arkiv → Importer…: every import with its file, rows and dates, and "Ta bort import" (the window's
`vonapp import undo`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vonapp.io.imports import list_batches, undo
from vonapp.store.database import Database
from vonapp.ui.messages import error_text
from vonapp.ui.operations import Worker

HEADERS = ("Nr", "Importerad", "Filtyp", "Enhet", "Fil", "Rader", "Från", "Till")


class ImportsDialog(QDialog):
    """The imports, newest first; removing one takes away exactly what it wrote (one transaction)."""

    changed = Signal()

    def __init__(self, *, worker: Worker, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importer"))
        self.resize(860, 420)
        self.worker, self.database = worker, database
        self.batches: list = []
        self.message = QLabel(self.tr("Välj en import och klicka Ta bort import för att ta bort det den skrev."), self)
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(self)
        self.remove_button = self.buttons.addButton(self.tr("Ta bort import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(self.tr("Stäng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.remove_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(self.selected() is not None))
        self.remove_button.clicked.connect(self.ask_remove)
        self.close_button.clicked.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        database = self.database
        self.worker.submit(lambda: list_batches(database), self._show, self._failed)

    def _show(self, batches: list) -> None:
        self.batches = sorted(batches, key=lambda b: b.id, reverse=True)
        self.table.setRowCount(len(self.batches))
        for r, b in enumerate(self.batches):
            cells = (str(b.id), b.created_at.strftime("%Y-%m-%d %H:%M"), b.kind, b.unit or "–", b.file_name,
                     str(b.row_count), str(b.date_from or ""), str(b.date_to or ""))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (0, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        if not self.batches:
            self.message.setText(self.tr("Inga importer ännu."))
        self.remove_button.setEnabled(self.selected() is not None)

    def selected(self):  # noqa: ANN201 - a BatchInfo or None
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.batches[rows[0].row()] if rows and rows[0].row() < len(self.batches) else None

    def select_batch(self, batch_id: int) -> bool:
        for r, b in enumerate(self.batches):
            if b.id == batch_id:
                self.table.selectRow(r)
                return True
        return False

    def ask_remove(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Ta bort import"),
            self.tr("Ta bort import {0} ({1}, {2} rader från {3})? Det importen skrev tas bort; en "
                    "säkerhetskopia sparas först.").format(batch.id, batch.kind, batch.row_count, batch.file_name))
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(batch.id)

    def remove(self, batch_id: int) -> None:
        database = self.database
        self.remove_button.setEnabled(False)

        def done(text: str) -> None:
            self.message.setText(text)
            self.changed.emit()
            self.reload()

        self.worker.submit(lambda: undo(database, batch_id), done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        from vonapp.ui.dialogs.import_texts import for_window

        self.message.setText(for_window(error_text(exc)))
