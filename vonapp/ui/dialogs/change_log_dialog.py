"""Visa → Ändringslogg: every logged change, newest first, filtered by table, unit, source and text.

Reads run on the worker (`read_change_log`); only the newest request's answer is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vonapp.ui.editing import Column, ExcelTableView, FrameTableModel
from vonapp.ui.operations import Worker

if TYPE_CHECKING:
    from vonapp.store.database import Database

LIMIT = 5000
ALL = ""


def _columns(tr) -> list[Column]:  # noqa: ANN001 - the dialog's tr
    return [Column("when", tr("Tid")), Column("os_user", tr("Användare")), Column("table_title", tr("Tabell")),
            Column("row_key", tr("Rad")), Column("column_title", tr("Kolumn")), Column("old_value", tr("Före")),
            Column("new_value", tr("Efter")), Column("source", tr("Källa")), Column("unit", tr("Enhet"))]


class ChangeLogDialog(QDialog):
    def __init__(self, *, worker: Worker, database: Database, units: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ändringslogg"))
        self.resize(1100, 600)
        self.worker, self.database = worker, database
        self._generation = 0
        self.loaded = False
        self.table_combo = QComboBox(self)
        self.table_combo.addItem(self.tr("Alla tabeller"), ALL)
        self.unit_combo = QComboBox(self)
        self.unit_combo.addItem(self.tr("Alla enheter"), ALL)
        for name in units:
            self.unit_combo.addItem(name, name)
        self.source_combo = QComboBox(self)
        for label, value in ((self.tr("Alla källor"), ALL), (self.tr("Fönstret"), "fönstret"),
                             (self.tr("Kommandoraden"), "kommandoraden"), (self.tr("Importer"), "import")):
            self.source_combo.addItem(label, value)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Sök i rad, kolumn, värden och användare …"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("&Tabell:"), self.table_combo), (self.tr("&Enhet:"), self.unit_combo),
                              (self.tr("&Källa:"), self.source_combo), (self.tr("&Sök:"), self.search)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 2 if widget is self.search else 0)
        self.model = FrameTableModel(_columns(self.tr), key=None, parent=self)
        self.view = ExcelTableView(self)
        self.view.set_source_model(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.load)
        for combo in (self.table_combo, self.unit_combo, self.source_combo):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._load_tables()
        self.load()

    def _load_tables(self) -> None:
        from vonapp.store.changelog import TABLE_TITLES, change_log_choices

        database = self.database

        def done(choices: tuple[list[str], list[str]]) -> None:
            self.table_combo.blockSignals(True)
            for table in sorted(choices[0], key=lambda t: TABLE_TITLES.get(t, t)):
                self.table_combo.addItem(TABLE_TITLES.get(table, table), table)
            self.table_combo.blockSignals(False)

        self.worker.submit(lambda: change_log_choices(database), done, self._failed)

    def filters(self) -> dict[str, str | None]:
        return {"table": self.table_combo.currentData() or None, "unit": self.unit_combo.currentData() or None,
                "source": self.source_combo.currentData() or None, "text": self.search.text().strip() or None}

    def load(self) -> None:
        """Read the log with the current filters on the worker; an older answer is dropped."""
        from vonapp.store.changelog import read_change_log

        self._timer.stop()
        self._generation += 1
        generation, database, filters = self._generation, self.database, self.filters()
        self.loaded = False
        self.worker.submit(lambda: read_change_log(database, limit=LIMIT, **filters),
                           lambda frame: self._show(generation, frame), self._failed)

    def _show(self, generation: int, frame: pd.DataFrame) -> None:
        if generation != self._generation:
            return
        from vonapp.store.changelog import COLUMN_TITLES

        shown = frame.assign(when=frame["at"].map(lambda t: t.strftime("%Y-%m-%d %H:%M:%S")),
                             column_title=frame["column_name"].map(lambda c: COLUMN_TITLES.get(c, c)))
        self.model.set_frame(shown.reset_index(drop=True))
        self.view.resizeColumnsToContents()
        for c in range(self.model.columnCount()):
            self.view.setColumnWidth(c, min(self.view.columnWidth(c), 260))
        n = len(frame)
        if n == 0:
            self.count_label.setText(self.tr("Inga ändringar loggade med dessa val."))
        elif n >= LIMIT:
            self.count_label.setText(self.tr("Visar de senaste {0} ändringarna; smalna av med valen ovan.")
                                     .format(f"{LIMIT:,}".replace(",", "\u00a0")))
        else:
            self.count_label.setText(self.tr("{0} ändringar, senaste först.").format(n) if n > 1
                                     else self.tr("1 ändring."))
        self.loaded = True

    def _failed(self, exc: BaseException) -> None:
        from vonapp.ui.messages import error_text

        self.count_label.setText(error_text(exc))
        self.loaded = True
