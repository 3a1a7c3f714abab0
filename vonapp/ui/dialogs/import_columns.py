"""The import dialog's Kolumner tab: which of the file's columns each column of the kind is read from,
and saved profiles of those choices (the command line's --map and --profile)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vonapp.io.imports.columns import Column
from vonapp.io.imports.look import FileLook, auto_columns, map_entries
from vonapp.ui.style import set_role

MISSING = "– saknas –"


class ColumnsBox(QWidget):
    """One row per column of the kind: its name (* = required) and a choice of the file's columns."""

    changed = Signal()
    profile_chosen = Signal(str)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Kolumn i vonapp"), self.tr("Läses från filens kolumn")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.profile_combo = QComboBox(self)
        self.profile_combo.setToolTip(self.tr("Sparade kolumnval för filer från samma system"))
        self.profile_name = QLineEdit(self)
        self.profile_name.setPlaceholderText(self.tr("namn, t.ex. Heroma"))
        self.profile_name.setToolTip(self.tr("Kolumnvalen sparas under namnet när du importerar"))
        profiles = QFormLayout()
        profiles.addRow(self.tr("Profil:"), self.profile_combo)
        save_row = QHBoxLayout()
        save_row.addWidget(self.profile_name, 1)
        profiles.addRow(self.tr("Spara valen som profil:"), save_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(profiles)
        self.columns: tuple[Column, ...] = ()
        self.header: list[str] = []
        self.automatic: dict[str, str | None] = {}
        self.combos: dict[str, QComboBox] = {}
        self.set_profiles([])
        self.profile_combo.currentIndexChanged.connect(self._profile_changed)

    def set_columns(self, columns: tuple[Column, ...], header: list[str],
                    column_map: dict[str, str] | None = None) -> None:
        """Show the kind's columns with the file's header; choices made by name, alias or column_map."""
        self.columns, self.header = columns, [h for h in header if h]
        self.automatic = auto_columns(self.header, columns)
        chosen = auto_columns(self.header, columns, column_map) if column_map else self.automatic
        self.table.setRowCount(len(columns))
        self.combos = {}
        for row, column in enumerate(columns):
            label = QLabel(column.name + (" *" if column.required else ""), self.table)
            label.setContentsMargins(4, 0, 4, 0)
            self.table.setCellWidget(row, 0, label)
            combo = QComboBox(self.table)
            combo.addItem(self.tr(MISSING), None)
            for h in self.header:
                combo.addItem(h, h)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(column.name))))
            combo.currentIndexChanged.connect(self._choice_changed)
            self.table.setCellWidget(row, 1, combo)
            self.combos[column.name] = combo
        self._update_note()

    def chosen(self) -> dict[str, str | None]:
        return {name: combo.currentData() for name, combo in self.combos.items()}

    def missing(self) -> list[str]:
        chosen = self.chosen()
        return [c.name for c in self.columns if c.required and not chosen.get(c.name)]

    def entries(self) -> list[str]:
        """The choices that differ from the automatic ones, as `RUBRIK=kolumn` (the --map form)."""
        return map_entries(self.chosen(), self.automatic)

    def choose(self, column: str, header: str | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(max(0, combo.findData(header)))

    def set_profiles(self, names: list[str], current: str | None = None) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("(ingen)"), None)
        for name in names:
            self.profile_combo.addItem(name, name)
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(current)))
        self.profile_combo.blockSignals(False)

    def profile(self) -> str | None:
        return self.profile_combo.currentData()

    def save_name(self) -> str | None:
        return self.profile_name.text().strip() or None

    def _profile_changed(self) -> None:
        self.profile_chosen.emit(self.profile() or "")

    def _choice_changed(self) -> None:
        self._update_note()
        self.changed.emit()

    def _update_note(self) -> None:
        missing = self.missing()
        if missing:
            self.note.setText(self.tr("Välj vilken av filens kolumner som är {0} (* = måste finnas).").format(
                ", ".join(f"”{m}”" for m in missing)))
            set_role(self.note, "attention")
        else:
            self.note.setText(self.tr("Varje kolumn läses från filens kolumn till höger; ändra ett val om "
                                      "filen kallar kolumnen något annat (* = måste finnas)."))
            set_role(self.note, "")


def fill_rows(table: QTableWidget, look: FileLook) -> None:
    """The file's first rows under its own headers."""
    table.clear()
    table.setColumnCount(len(look.header))
    table.setRowCount(len(look.rows))
    table.setHorizontalHeaderLabels(look.header)
    for r, row in enumerate(look.rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
