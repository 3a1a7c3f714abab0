"""Add a time row to a day: e.g. the vikarie called in this morning (a new number = a new hourly-paid)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from vonapp.domain.glossary import AbsenceType, Category
from vonapp.ui.editing import CellError, parse_number
from vonapp.ui.style import set_role


class AddRowDialog(QDialog):
    def __init__(self, day: date, placements: tuple[str, ...], known: dict[str, str], *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lägg till tidrad {0}").format(day.isoformat()))
        self.known = known  # employment number → name
        form = QFormLayout(self)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("t.ex. 9100 (tomt går för inhyrd)"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("behövs för ett nytt nummer"))
        self.category = QComboBox(self)
        self.category.addItems([c.value for c in Category])
        self.category.setCurrentText(Category.VIKARIE.value)
        self.absence = QComboBox(self)
        self.absence.addItems([a.value for a in AbsenceType])
        self.placement = QComboBox(self)
        self.placement.addItems(list(placements))
        self.hours = QLineEdit(self)
        self.hours.setPlaceholderText(self.tr("t.ex. 7,5"))
        self.problem = QLabel(self)
        set_role(self.problem, "problem")
        self.problem.setWordWrap(True)
        form.addRow(self.tr("Anställningsnummer"), self.number)
        form.addRow(self.tr("Namn"), self.name)
        form.addRow(self.tr("Kategori"), self.category)
        form.addRow(self.tr("Frånvarotyp"), self.absence)
        form.addRow(self.tr("Placering"), self.placement)
        form.addRow(self.tr("Timmar"), self.hours)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lägg till"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.category.currentTextChanged.connect(self._category_changed)
        self.number.textChanged.connect(self._number_changed)
        self._category_changed(self.category.currentText())

    def _category_changed(self, text: str) -> None:
        self.absence.setEnabled(text == Category.FRANVARO.value)
        self.placement.setEnabled(text == Category.RESURSPASS.value)

    def _number_changed(self, text: str) -> None:
        name = self.known.get(text.strip())
        if name is not None:
            self.name.setText(name)
        self.name.setEnabled(name is None)

    def values(self) -> dict[str, object] | None:
        """The row to add, or None (with the reason shown) when something is missing."""
        if not self.hours.text().strip():
            self.problem.setText(self.tr("Ange antal timmar."))
            return None
        try:
            hours = parse_number(self.hours.text())
        except CellError as exc:
            self.problem.setText(str(exc))
            return None
        category = self.category.currentText()
        return {"employee": self.number.text().strip(), "name": self.name.text().strip() or None,
                "category": category, "hours": float(hours),
                "absence_type": self.absence.currentText() if category == Category.FRANVARO.value else None,
                "placement": self.placement.currentText() if category == Category.RESURSPASS.value else None}

    def accept(self) -> None:
        if self.values() is not None:
            super().accept()
