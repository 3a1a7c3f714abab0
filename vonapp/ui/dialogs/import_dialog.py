"""Arkiv → Importera…: pick a file and its kind, preview the dry run (or every bad row), then import."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vonapp.io.imports import ImportFailed, Outcome, import_file
from vonapp.io.imports.kinds import KINDS
from vonapp.io.imports.runner import ImportCancelled
from vonapp.store.database import Database
from vonapp.ui.dialogs.problems_model import ProblemsModel
from vonapp.ui.dialogs.progress import run_with_progress
from vonapp.ui.messages import error_text
from vonapp.ui.operations import Progress, Worker
from vonapp.ui.settings import AppSettings

KIND_LABELS = {
    "budget": QT_TRANSLATE_NOOP("ImportDialog", "Budget – enheter och budgetår"),
    "schema": QT_TRANSLATE_NOOP("ImportDialog", "Schema – passkoder och rullande schema (xlsx)"),
    "tid": QT_TRANSLATE_NOOP("ImportDialog", "Tid – arbetade timmar och frånvaro"),
    "belaggning": QT_TRANSLATE_NOOP("ImportDialog", "Beläggning – platser per dag eller in-/utflyttningar"),
    "utforande": QT_TRANSLATE_NOOP("ImportDialog", "Utförande – tid hos kund, bomtid, avböjd tid"),
    "atgarder": QT_TRANSLATE_NOOP("ImportDialog", "Åtgärder – åtgärdsplanen"),
    "ekonomi": QT_TRANSLATE_NOOP("ImportDialog", "Ekonomi – budget och utfall i kr"),
}
FILE_FILTER = QT_TRANSLATE_NOOP("ImportDialog", "Importfiler (*.csv *.xlsx *.txt);;Alla filer (*)")


class ImportDialog(QDialog):
    """The dry run first; Importera runs the real import (one transaction) behind a cancellable progress."""

    imported = Signal(object)

    def __init__(self, *, worker: Worker, database: Database, units: list[str], unit: str | None,
                 settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importera fil"))
        self.resize(820, 560)
        self.worker, self.database, self.settings = worker, database, settings
        self.outcome: Outcome | None = None
        self._ticket = 0
        self._previewed: tuple | None = None
        self.progress_dialog = None

        self.file_edit = QLineEdit(self)
        self.file_edit.setPlaceholderText(self.tr("Välj en CSV- eller Excel-fil"))
        self.browse_button = QPushButton(self.tr("Välj fil…"), self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.kind_combo = QComboBox(self)
        for name in KINDS:
            self.kind_combo.addItem(self.tr(KIND_LABELS.get(name, name)), name)
        self.unit_combo = QComboBox(self)
        self.unit_combo.addItems(units)
        if unit in units:
            self.unit_combo.setCurrentText(unit)
        self.from_date = QDateEdit(self)
        self.from_date.setCalendarPopup(True)
        self.from_date.setDisplayFormat("yyyy-MM-dd")
        today = date.today()
        monday = today - timedelta(days=today.weekday())
        self.from_date.setDate(QDate(monday.year, monday.month, monday.day))
        self.from_date.setToolTip(self.tr("Schemat gäller från denna måndag tills enhetens nästa schema börjar"))
        self.replace_check = QCheckBox(self.tr("Ersätt data som redan finns för samma dagar"), self)
        self.form = form = QFormLayout()
        form.addRow(self.tr("Fil:"), file_row)
        form.addRow(self.tr("Filtyp:"), self.kind_combo)
        form.addRow(self.tr("Enhet:"), self.unit_combo)
        form.addRow(self.tr("Schemat börjar:"), self.from_date)
        form.addRow("", self.replace_check)

        self.message = QLabel(self.tr("Välj en fil. Den provläses först; inget sparas förrän du klickar Importera."), self)
        self.message.setWordWrap(True)
        self.preview_text = QPlainTextEdit(self)
        self.preview_text.setReadOnly(True)
        self.problems = ProblemsModel(parent=self)
        self.problems_view = QTableView(self)
        self.problems_view.setModel(self.problems)
        self.problems_view.verticalHeader().hide()
        self.problems_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.problems_view.setWordWrap(True)
        header = self.problems_view.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.result_stack = QStackedWidget(self)
        self.result_stack.addWidget(self.preview_text)
        self.result_stack.addWidget(self.problems_view)

        self.buttons = QDialogButtonBox(self)
        self.preview_button = self.buttons.addButton(self.tr("Provläs"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Importera"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(self.tr("Stäng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.result_stack, 1)
        layout.addWidget(self.buttons)

        self.browse_button.clicked.connect(self.browse)
        self.preview_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.file_edit.editingFinished.connect(self._file_typed)
        for signal in (self.kind_combo.currentIndexChanged, self.unit_combo.currentIndexChanged,
                       self.from_date.dateChanged, self.replace_check.toggled):
            signal.connect(self._inputs_changed)
        self._update_fields()

    # -- inputs ---------------------------------------------------------------------------
    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Välj fil att importera"),
                                              self.settings.folder("import"), self.tr(FILE_FILTER))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        """Choose the file (guessing its kind from the name, e.g. tid_mars.csv) and preview it."""
        self.settings.set_folder("import", path.parent)
        self.file_edit.setText(str(path))
        stem = path.stem.lower()
        self.kind_combo.blockSignals(True)
        for i, name in enumerate(KINDS):
            if name in stem or (name == "belaggning" and "beläggning" in stem) \
                    or (name == "atgarder" and "åtgärd" in stem) or (name == "utforande" and "utförande" in stem):
                self.kind_combo.setCurrentIndex(i)
                break
        self.kind_combo.blockSignals(False)
        self._inputs_changed()

    def _file_typed(self) -> None:
        # editingFinished also fires when focus merely leaves the field; only a changed path counts.
        if self._previewed is None or str(self._previewed[1]) != self.file_edit.text().strip():
            self._inputs_changed()

    def set_kind(self, name: str) -> None:
        self.kind_combo.setCurrentIndex(list(KINDS).index(name))

    def _args(self) -> tuple:
        kind = str(self.kind_combo.currentData())
        unit = self.unit_combo.currentText() if KINDS[kind].needs_unit and self.unit_combo.count() else None
        start = self.from_date.date().toPython() if kind == "schema" else None
        return (kind, Path(self.file_edit.text().strip()), unit, start, self.replace_check.isChecked())

    def _update_fields(self) -> None:
        kind = str(self.kind_combo.currentData())
        self.form.setRowVisible(self.unit_combo, KINDS[kind].needs_unit)
        self.form.setRowVisible(self.from_date, kind == "schema")

    def _inputs_changed(self) -> None:
        self._update_fields()
        self.import_button.setEnabled(False)
        self._previewed = None
        if self.file_edit.text().strip():
            self.preview()

    # -- dry run --------------------------------------------------------------------------
    def preview(self) -> None:
        args = self._args()
        if not args[1].name:
            return
        self._ticket += 1
        ticket, database = self._ticket, self.database
        kind, path, unit, start, replace = args
        self.message.setText(self.tr("Provläser {0} …").format(path.name))
        self.worker.submit(
            lambda: import_file(database, kind, path, unit=unit, start=start, replace=replace, dry_run=True),
            lambda outcome: self._preview_done(ticket, args, outcome),
            lambda exc: self._preview_failed(ticket, exc))

    def _preview_done(self, ticket: int, args: tuple, outcome: Outcome) -> None:
        if ticket != self._ticket:
            return
        self.preview_text.setPlainText("\n".join(outcome.lines))
        self.result_stack.setCurrentWidget(self.preview_text)
        if outcome.status == "already":
            self.message.setText(self.tr("Filen är redan importerad; det finns inget nytt att läsa in."))
            return
        self.message.setText(self.tr("Provläsningen gick bra. Kontrollera raderna nedan och klicka Importera."))
        self._previewed = args
        self.import_button.setEnabled(True)

    def _preview_failed(self, ticket: int, exc: BaseException) -> None:
        if ticket != self._ticket:
            return
        self.show_failure(exc)

    def show_failure(self, exc: BaseException) -> None:
        """Every bad row in the table, or a refusal of the whole file as text; nothing was written."""
        self.import_button.setEnabled(False)
        if isinstance(exc, ImportFailed):
            rows = {p.row for p in exc.problems if p.row is not None}
            self.problems.set_problems(exc.problems)
            self.result_stack.setCurrentWidget(self.problems_view)
            self.message.setText(self.tr(
                "{0} har {1} fel på {2} rader och kan inte importeras. Rätta raderna nedan i filen och "
                "välj den igen; inget har sparats.").format(exc.file_name, len(exc.problems), len(rows)))
            return
        self.preview_text.setPlainText(error_text(exc))
        self.result_stack.setCurrentWidget(self.preview_text)
        self.message.setText(self.tr("Filen kan inte importeras som den är; inget har sparats."))

    # -- the import -----------------------------------------------------------------------
    def start_import(self) -> None:
        if self._previewed is None:
            return
        kind, path, unit, start, replace = self._previewed
        database = self.database
        self.import_button.setEnabled(False)

        def work(progress: Progress) -> Outcome:
            progress.report(10, self.tr("Importerar {0} …").format(path.name))
            return import_file(database, kind, path, unit=unit, start=start, replace=replace,
                               cancel=lambda: progress.cancelled)

        self.progress_dialog = run_with_progress(
            self, self.worker, self.tr("Importerar {0} …").format(path.name), work,
            self._import_done, self._import_failed)

    def _import_done(self, outcome: Outcome) -> None:
        self.progress_dialog = None
        self.outcome = outcome
        self.preview_text.setPlainText("\n".join(outcome.lines))
        self.result_stack.setCurrentWidget(self.preview_text)
        self.message.setText(self.tr("Klart: {0}").format(outcome.lines[0] if outcome.lines else ""))
        self.imported.emit(outcome)
        self.close_button.setText(self.tr("Stäng"))
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _import_failed(self, exc: BaseException) -> None:
        self.progress_dialog = None
        if isinstance(exc, ImportCancelled):
            self.message.setText(self.tr("Importen avbröts; inget ändrades i databasen."))
            self.import_button.setEnabled(self._previewed is not None)
            return
        self.show_failure(exc)
