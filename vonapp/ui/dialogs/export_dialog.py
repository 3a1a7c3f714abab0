"""Arkiv → Exportera…: the follow-up file (xlsx), a CSV table or a PDF report of a unit and period."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vonapp.domain.periods import Period
from vonapp.store.database import Database
from vonapp.ui.dialogs.progress import run_with_progress
from vonapp.ui.messages import error_text
from vonapp.ui.operations import Progress, Worker
from vonapp.ui.settings import AppSettings

KIND_LABELS = (
    ("uppfoljning", QT_TRANSLATE_NOOP("ExportDialog", "Uppföljningsfil för ekonomi (xlsx)"), ".xlsx",
     QT_TRANSLATE_NOOP("ExportDialog", "Excel-fil (*.xlsx)")),
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "Tabell (CSV)"), ".csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV-fil (*.csv)")),
    ("pdf", QT_TRANSLATE_NOOP("ExportDialog", "Rapport (PDF)"), ".pdf", QT_TRANSLATE_NOOP("ExportDialog", "PDF-fil (*.pdf)")),
)


def default_name(kind: str, unit_label: str, period: Period) -> str:
    ext = dict((k, e) for k, _l, e, _f in KIND_LABELS)[kind]
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in unit_label).strip("_") or "enhet"
    return f"uppfoljning_{safe}_{period.label}{ext}"


class ExportDialog(QDialog):
    """Kind, unit, period (from the window), file; runs the export on the worker behind a progress dialog."""

    def __init__(self, *, worker: Worker, database: Database, units: list[tuple[str, str]], unit: str,
                 period: Period, period_text: str, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exportera"))
        self.setMinimumWidth(620)
        self.worker, self.database, self.settings, self.period = worker, database, settings, period
        self.written: Path | None = None
        self.kind_combo = QComboBox(self)
        for kind, label, _ext, _filter in KIND_LABELS:
            self.kind_combo.addItem(self.tr(label), kind)
        self.unit_combo = QComboBox(self)
        for value, label in units:
            self.unit_combo.addItem(label, value)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(unit)))
        self.period_label = QLabel(period_text, self)
        self.period_label.setToolTip(self.tr("Perioden väljs i huvudfönstret"))
        self.file_edit = QLineEdit(self)
        self.browse_button = QPushButton(self.tr("Välj…"), self)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        self.pseudonymize = QCheckBox(self.tr("Ersätt namn och anställningsnummer med pseudonymer"), self)
        self.pseudonymize.setToolTip(self.tr("För filer som lämnar enheten: inga namn och inga anställningsnummer, bara Anställd 1, 2 …"))
        form = QFormLayout()
        form.addRow(self.tr("Vad:"), self.kind_combo)
        form.addRow(self.tr("Enhet:"), self.unit_combo)
        form.addRow(self.tr("Period:"), self.period_label)
        form.addRow(self.tr("Fil:"), row)
        form.addRow("", self.pseudonymize)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Exportera"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.browse_button.clicked.connect(self.browse)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        self.kind_combo.currentIndexChanged.connect(self._suggest)
        self.unit_combo.currentIndexChanged.connect(self._suggest)
        self._suggest()

    def _kind(self) -> tuple[str, str, str, str]:
        return KIND_LABELS[self.kind_combo.currentIndex()]

    def _suggest(self) -> None:
        kind = self._kind()[0]
        name = default_name(kind, self.unit_combo.currentText(), self.period)
        self.file_edit.setText(str(Path(self.settings.folder("export")) / name))

    def browse(self) -> None:
        _kind, _label, _ext, file_filter = self._kind()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Spara som"), self.file_edit.text(), self.tr(file_filter))
        if name:
            self.file_edit.setText(name)

    def start_export(self) -> None:
        text = self.file_edit.text().strip()
        if not text:
            QMessageBox.warning(self, "vonapp", self.tr("Ange en fil att spara till."))
            return
        out = Path(text).expanduser()
        kind, unit, period = self._kind()[0], str(self.unit_combo.currentData()), self.period
        database, pseudonymize = self.database, self.pseudonymize.isChecked()
        self.settings.set_folder("export", out.parent)

        def work(progress: Progress) -> Path:
            from vonapp.io.export import export

            return export(database, kind, unit, period, out, pseudonymize=pseudonymize, progress=progress.report)

        self.export_button.setEnabled(False)
        run_with_progress(self, self.worker, self.tr("Exporterar …"), work, self._done, self._failed)

    def _done(self, path: Path) -> None:
        self.written = path
        box = QMessageBox(QMessageBox.Icon.Information, "vonapp",
                          self.tr("Filen är sparad:\n{0}").format(path), parent=self)
        open_button = box.addButton(self.tr("Öppna mappen"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        from vonapp.io.export import ExportCancelled

        if isinstance(exc, ExportCancelled):
            QMessageBox.information(self, "vonapp", self.tr("Exporten avbröts; ingen fil skrevs."))
            return
        QMessageBox.warning(self, "vonapp", error_text(exc))
