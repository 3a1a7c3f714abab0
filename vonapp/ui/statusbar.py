"""The status bar: the database file, a busy indicator and the time of the last backup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget


class StatusBar(QStatusBar):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database_label = QLabel(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # a moving bar: work is going on, no step count to show
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.setToolTip(self.tr("Arbetar …"))
        self.busy.hide()
        self.backup_label = QLabel(self)
        self.addWidget(self.database_label, 1)
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.backup_label)

    def set_database(self, path: Path | None, url: str) -> None:
        text = str(path) if path is not None else url
        self.database_label.setText(self.tr("Databas: {0}").format(text))
        self.database_label.setToolTip(text)

    def set_last_backup(self, when: datetime | None) -> None:
        stamp = when.strftime("%Y-%m-%d %H:%M") if when else self.tr("ingen ännu")
        self.backup_label.setText(self.tr("Senaste säkerhetskopia: {0}").format(stamp))

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
