"""The status bar: the database file, a busy indicator and the time of the last backup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

BUSY_DELAY_MS = 250  # a job shorter than this shows no indicator


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
        # Shown only when the worker has been busy a moment: showing and hiding it laid out and
        # repainted the whole window twice on each short job (≈4 ms of a placement edit), and a
        # bar flashing for a few milliseconds tells the user nothing.
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self.busy.show)
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
        if busy:
            if not self.busy.isVisibleTo(self) and not self._busy_timer.isActive():
                self._busy_timer.start()
        else:
            self._busy_timer.stop()
            if self.busy.isVisibleTo(self):
                self.busy.hide()
