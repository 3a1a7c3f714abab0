"""Small dialogs of the Schema area: a new schedule from a Monday, a new row, heltid som norm."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vonapp.domain.formatting import fmt_hours, fmt_kr, fmt_number, fmt_pct
from vonapp.domain.scenarios import HeltidScenario, last_year_span
from vonapp.ui.schema.grid_model import WEEKDAYS


def next_monday(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7)


def _date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _py(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class NewScheduleDialog(QDialog):
    """"Nytt schema från…": a Monday and a name; the current schedule is copied."""

    def __init__(self, current: str | None, start: date, *, parent: QWidget | None = None) -> None:
        """`current` None: a first, empty schedule (its cycle length asked); else a copy of `current`."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nytt schema från…"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Kopierar {s}. Det gamla schemat gäller till dagen före.").format(s=current)
                           if current else self.tr("Ett tomt schema; lägg sedan till anställda och pass.")))
        self.weeks = QSpinBox(self)
        self.weeks.setRange(1, 52)
        self.weeks.setValue(6)
        self.weeks.setSuffix(self.tr(" veckor"))
        if not current:
            form.addRow(self.tr("Cykel"), self.weeks)
        self.start = _date_edit(next_monday(start), self)
        self.name = QLineEdit(self)
        self.hint = QLabel()
        form.addRow(self.tr("Gäller från (måndag)"), self.start)
        form.addRow(self.tr("Namn"), self.name)
        form.addRow(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Skapa"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.start.dateChanged.connect(lambda _d: self._name())
        self._name()

    def _name(self) -> None:
        self.name.setPlaceholderText(self.tr("Schema från {d}").format(d=_py(self.start)))

    def value(self) -> tuple[date, str]:
        return _py(self.start), self.name.text().strip() or self.name.placeholderText()

    def _accept(self) -> None:
        day = _py(self.start)
        if day.weekday() != 0:
            self.hint.setText(self.tr("{d} är en {w}; ett schema börjar en måndag.").format(d=day, w=WEEKDAYS[day.weekday()]))
            return
        self.accept()


class AddEmployeeDialog(QDialog):
    """A new row: an employment number (a known one, or a new employee with name and rate)."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lägg till anställd i schemat"))
        form = QFormLayout(self)
        self.number = QLineEdit(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("behövs bara för en ny anställd"))
        self.rate = QDoubleSpinBox(self)
        self.rate.setRange(1, 100)
        self.rate.setValue(100)
        self.rate.setSuffix(" %")
        self.rate.setDecimals(0)
        form.addRow(self.tr("Anställningsnummer"), self.number)
        form.addRow(self.tr("Namn"), self.name)
        form.addRow(self.tr("Sysselsättningsgrad"), self.rate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> tuple[str, str, float]:
        return self.number.text().strip(), self.name.text().strip(), float(self.rate.value())


class HeltidDialog(QDialog):
    """Heltid som norm: from a Monday to a rate; `compute(start, rate, done)` runs the scenario on the worker,
    `create(start, rate, scenario)` makes the draft schedule."""

    def __init__(self, unit: str, start: date, compute: Callable[[date, float, Callable[[HeltidScenario], None]], None],
                 create: Callable[[date, float, HeltidScenario], None], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Heltid som norm – {u}").format(u=unit))
        self.compute, self.create = compute, create
        self.scenario: HeltidScenario | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.start = _date_edit(next_monday(start), self)
        self.rate = QDoubleSpinBox(self)
        self.rate.setRange(1, 100)
        self.rate.setValue(100)
        self.rate.setDecimals(0)
        self.rate.setSuffix(" %")
        form.addRow(self.tr("Från måndag"), self.start)
        form.addRow(self.tr("Höj alla under"), self.rate)
        layout.addLayout(form)
        self.result = QLabel(self.tr("Räknar …"))
        self.result.setWordWrap(True)
        self.result.setMinimumWidth(460)
        layout.addWidget(self.result)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.create_button = QPushButton(self.tr("Skapa schema"))
        self.create_button.setToolTip(self.tr("Ett nytt schema från måndagen, en kopia av det som gäller, med de "
                                              "höjda sysselsättningsgraderna; de tillagda timmarna läggs som resurspass."))
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(self._create)
        layout.addWidget(buttons)
        self.start.dateChanged.connect(lambda _d: self.refresh())
        self.rate.valueChanged.connect(lambda _v: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        day = _py(self.start)
        if day.weekday() != 0:
            self.scenario = None
            self.create_button.setEnabled(False)
            self.result.setText(self.tr("{d} är en {w}; scenariot börjar en måndag.").format(
                d=day, w=WEEKDAYS[day.weekday()]))
            return
        self.compute(day, float(self.rate.value()), self.show_scenario)

    def show_scenario(self, s: HeltidScenario | str) -> None:
        """The scenario's figures, or (a text) why there is none for this Monday."""
        if isinstance(s, str):
            self.scenario = None
            self.create_button.setEnabled(False)
            self.result.setText(escape(s))
            return
        self.scenario = s
        self.create_button.setEnabled(s.employees_raised > 0)
        last = last_year_span(s.start)
        rows = [
            (self.tr("Anställda som höjs till {r}").format(r=fmt_pct(s.rate, 0)), str(s.employees_raised)),
            (self.tr("Tillagda timmar per vecka"), fmt_hours(s.added_hours_week)),
            (self.tr("Tillagda timmar t.o.m. 31 dec ({n} dagar)").format(n=s.days), fmt_hours(s.added_hours_year)),
            (self.tr("Kostnad för de tillagda timmarna"), fmt_kr(s.added_kr_year)),
            (self.tr("Vikarietimmar {a} – {b} i fjol").format(a=last.start, b=last.end),
             fmt_hours(s.substitute_hours_last_year)),
        ]
        table = "".join(f"<tr><td>{escape(a)}</td><td align='right'><b>{escape(b)}</b></td></tr>" for a, b in rows)
        note = self.tr("De tillagda timmarna blir resurspass ({h} h per vecka) som kan ersätta vikarier, mertid, "
                       "övertid och inhyrd personal (heltidsmått {f} h).").format(
            h=fmt_number(s.added_hours_week, 1), f=fmt_number(s.full_time_hours, 1))
        self.result.setText(f"<table cellpadding='3'>{table}</table><p>{escape(note)}</p>")

    def _create(self) -> None:
        if self.scenario is not None:
            self.create(self.scenario.start, self.scenario.rate, self.scenario)
            self.accept()
