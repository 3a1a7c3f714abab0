"""Arkiv → Importera…: pick a file and its kind, preview the dry run (or every bad row), then import."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vonapp.io.imports import Outcome
from vonapp.io.imports.kinds import KINDS
from vonapp.io.imports.look import FileLook, look_at
from vonapp.io.imports.maps import profile_columns, profiles_of
from vonapp.store.database import Database
from vonapp.ui.dialogs.import_columns import ColumnsBox, fill_rows
from vonapp.ui.dialogs.import_run import ImportRun
from vonapp.ui.dialogs.import_texts import warning_lines
from vonapp.ui.dialogs.problems_model import ProblemsModel
from vonapp.ui.operations import Worker
from vonapp.ui.settings import AppSettings
from vonapp.ui.style import set_role

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


class ImportDialog(ImportRun, QDialog):
    """The dry run first; Importera runs the real import (one transaction) behind a cancellable progress
    (those handlers: ImportRun, vonapp.ui.dialogs.import_run)."""

    imported = Signal(object)

    def __init__(self, *, worker: Worker, database: Database, units: list[str], unit: str | None,
                 settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importera fil"))
        self.resize(900, 680)
        self.worker, self.database, self.settings = worker, database, settings
        self.outcome: Outcome | None = None
        self._ticket = 0
        self._previewed: tuple | None = None
        self._previewed_options: dict = {}
        self.look: FileLook | None = None
        self._note = ""
        self._look_schema = False
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
        self.replace_check = QCheckBox(self.tr("Ersätt befintliga"), self)
        self.replace_check.setToolTip(self.tr("Ersätt data som redan finns för samma dagar (eller samma budgetår) "
                                              "med filens; utan krysset vägras en fil som ändrar något"))
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
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        set_role(self.warnings, "warning")
        self.warnings.hide()
        self.rows_table = QTableWidget(0, 0, self)
        self.rows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_table.verticalHeader().setDefaultSectionSize(22)
        self.columns_box = ColumnsBox(parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.result_stack, self.tr("Provläsning"))
        self.tabs.addTab(self.rows_table, self.tr("Filens första rader"))
        self.tabs.addTab(self.columns_box, self.tr("Kolumner"))

        self.buttons = QDialogButtonBox(self)
        self.preview_button = self.buttons.addButton(self.tr("Provläs"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Importera"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(self.tr("Stäng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.warnings)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self.browse_button.clicked.connect(self.browse)
        self.preview_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.file_edit.editingFinished.connect(self._file_typed)
        for signal in (self.unit_combo.currentIndexChanged, self.from_date.dateChanged, self.replace_check.toggled,
                       self.columns_box.changed):
            signal.connect(self._inputs_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.unit_combo.currentIndexChanged.connect(self._load_profiles)
        self.columns_box.profile_chosen.connect(self._profile_chosen)
        self._update_fields()
        self._load_profiles()

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
        self._look(switch=True)

    def _file_typed(self) -> None:
        # editingFinished also fires when focus merely leaves the field; only a changed path counts.
        if self._previewed is None or str(self._previewed[1]) != self.file_edit.text().strip():
            self._look(switch=True)

    def _look(self, *, switch: bool) -> None:
        """Read the file's header and first rows (on the worker), then the dry run.

        switch: a newly chosen file whose headers fit another kind clearly better switches Filtyp.
        """
        path = Path(self.file_edit.text().strip())
        if not path.name:
            return
        self._ticket += 1
        ticket, kind = self._ticket, str(self.kind_combo.currentData())
        self._look_schema = kind == "schema"
        self.import_button.setEnabled(False)
        self.message.setText(self.tr("Läser {0} …").format(path.name))
        self.worker.submit(lambda: look_at(path, kind), lambda look: self._looked(ticket, look, switch),
                           lambda exc: self._preview_failed(ticket, exc))

    def _looked(self, ticket: int, look: FileLook, switch: bool) -> None:
        if ticket != self._ticket:
            return
        self.look = look
        note = ""
        better = look.better_kind(str(self.kind_combo.currentData())) if switch else None
        if better is not None:
            self.kind_combo.blockSignals(True)
            self.set_kind(better)
            self.kind_combo.blockSignals(False)
            note = self.tr("Filtypen är ändrad till {0}: filens rubriker är en {1}-fils. ").format(
                self.kind_combo.currentText(), better)
        self._show_look(note)
        self._inputs_changed()

    def _show_look(self, note: str = "") -> None:
        """The first rows, the column choices for the kind and the warnings about the file."""
        look, kind = self.look, str(self.kind_combo.currentData())
        if look is None:
            return
        fill_rows(self.rows_table, look)
        mapped = kind != "schema"  # a schedule's columns are the cycle's days, read as they are
        self.tabs.setTabEnabled(self.tabs.indexOf(self.columns_box), mapped)
        if mapped:
            self.columns_box.blockSignals(True)
            self.columns_box.set_columns(KINDS[kind].columns, look.header)
            self.columns_box.blockSignals(False)
        self._note = note
        self._update_warnings()
        self._load_profiles()  # a unit's profiles (budget files: those of all units)

    def _update_warnings(self) -> None:
        kind = str(self.kind_combo.currentData())
        chosen = self.columns_box.chosen() if kind != "schema" else None
        lines = ([self._note.strip()] if self._note else []) + warning_lines(self.look, chosen)
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    def _kind_chosen(self) -> None:
        if (str(self.kind_combo.currentData()) == "schema") != self._look_schema:
            self._look(switch=False)  # a schedule is read from its sheet "schema", the rest from the first
            return
        self._note = ""
        self._show_look()
        self._inputs_changed()

    def _load_profiles(self) -> None:
        database, unit = self.database, self._unit()
        self.worker.submit(lambda: profiles_of(database, unit),
                           lambda names: self.columns_box.set_profiles(names, self.columns_box.profile()),
                           lambda _exc: None)

    def _profile_chosen(self, name: str) -> None:
        if not name or self.look is None:
            self._inputs_changed()
            return
        database, unit, kind, header = self.database, self._unit(), str(self.kind_combo.currentData()), self.look.header

        def apply(column_map: dict[str, str]) -> None:
            self.columns_box.blockSignals(True)
            self.columns_box.set_columns(KINDS[kind].columns, header, column_map)
            self.columns_box.blockSignals(False)
            self._update_warnings()
            self._inputs_changed()

        self.worker.submit(lambda: profile_columns(database, unit, name, kind), apply, self.show_failure)

    def _unit(self) -> str | None:
        kind = str(self.kind_combo.currentData())
        return self.unit_combo.currentText() if KINDS[kind].needs_unit and self.unit_combo.count() else None

    def import_options(self) -> dict:
        """The column choices of the import last previewed: map entries and profile, as import_file takes them.

        A name under "Spara valen som profil" saves the choices with the import (a dry run writes nothing).
        """
        options = dict(self._previewed_options)
        save = self.columns_box.save_name()
        if save and options.get("map_entries"):
            options["profile"] = save
        return options

    def _options(self) -> dict:
        if str(self.kind_combo.currentData()) == "schema":
            return {}
        return {"map_entries": self.columns_box.entries() or None, "profile": self.columns_box.profile()}

    def set_kind(self, name: str) -> None:
        self.kind_combo.setCurrentIndex(list(KINDS).index(name))

    def _args(self) -> tuple:
        kind = str(self.kind_combo.currentData())
        unit = self._unit()
        start = self.from_date.date().toPython() if kind == "schema" else None
        return (kind, Path(self.file_edit.text().strip()), unit, start, self.replace_check.isChecked())

    def _update_fields(self) -> None:
        kind = str(self.kind_combo.currentData())
        self.form.setRowVisible(self.unit_combo, KINDS[kind].needs_unit)
        self.form.setRowVisible(self.from_date, kind == "schema")

    def _inputs_changed(self) -> None:
        self._update_fields()
        self._update_warnings()
        self.import_button.setEnabled(False)
        self._previewed = None
        if self.file_edit.text().strip():
            self.preview()
