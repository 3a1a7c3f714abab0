"""One day of the Utfall area: the day's rows per employee (editable), its planned shifts, its figures."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vonapp.domain.formatting import fmt_hours, fmt_kr
from vonapp.domain.glossary import Category, Placement
from vonapp.domain.utfall import NOT_COVERED
from vonapp.store.edits_utfall import edit_time_rows, remove_time_row
from vonapp.ui.editing import CellEdit, Column, ExcelTableView, FrameTableModel
from vonapp.ui.i18n import Words
from vonapp.ui.utfall.edit import UTFALL_TABLES, push_store_edit
from vonapp.ui.utfall.tables import (
    EDITED_BRUSH,
    WEEKDAYS,
    MarkedModel,
    cover_choices,
    cover_label,
    day_row_columns,
    fit_columns,
    placement_choices,
)

if TYPE_CHECKING:
    from vonapp.store.utfall import DayData
    from vonapp.ui.area_page import AreaContext

MONTHS = Words("dates", ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                         "oktober", "november", "december"))
DAY_NAMES = Words("dates", ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"))


def long_date(day: date) -> str:
    return f"{DAY_NAMES[day.weekday()].capitalize()} {day.day} {MONTHS[day.month - 1]} {day.year}"


def day_rows_frame(data: DayData, covers: dict[str, int | str]) -> pd.DataFrame:
    rows = data.rows.copy()
    by_id = {v: k for k, v in covers.items()}
    rows["placement_text"] = [
        (u if p == Placement.OTHER.value and isinstance(u, str) else p) if c == Category.RESURSPASS.value else None
        for c, p, u in zip(rows["category"], rows["placement"], rows["placement_unit"], strict=True)]
    labels = []
    for cid, linked in zip(rows["covered_by"], rows["linked"], strict=True):
        if cid is not None and cid == cid:
            labels.append(by_id.get(int(cid), cover_label("?", None, None, int(cid))))
        else:
            labels.append(NOT_COVERED if linked else None)
    rows["cover_label"] = labels
    tr = QCoreApplication.translate
    edited, window, imported = tr("DayPanel", "import, ändrad"), tr("DayPanel", "fönstret"), tr("DayPanel", "import")
    rows["source"] = [(edited if i else window) if e else (imported if i else "")
                      for i, e in zip(rows["imported"], rows["edited"], strict=True)]
    return rows


class DayPanel(QWidget):
    """The chosen day: ◀ date ▶, its figures, its rows (edit in place), add and remove a row."""

    day_changed = Signal(object)  # date: the page loads that day
    add_requested = Signal()

    def __init__(self, context: AreaContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.unit: str | None = None
        self.day: date | None = None
        self.other_units: list[str] = []
        self.covers: dict[str, int | str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.previous = QPushButton("◀", self)
        self.previous.setToolTip(self.tr("Föregående dag"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.next = QPushButton("▶", self)
        self.next.setToolTip(self.tr("Nästa dag"))
        for b in (self.previous, self.next):
            b.setFixedWidth(32)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.add_button = QPushButton(self.tr("Lägg till rad …"), self)
        self.add_button.setToolTip(self.tr("T.ex. en vikarie som ringdes in; ett nytt anställningsnummer blir "
                                           "en ny timavlönad"))
        self.remove_button = QPushButton(self.tr("Ta bort rad"), self)
        for w in (self.previous, self.date_edit, self.next):
            bar.addWidget(w)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        layout.addLayout(bar)
        self.figures = QLabel(self)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        layout.addWidget(self.figures)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = MarkedModel(day_row_columns(placement_choices([]), ()), "edited", EDITED_BRUSH)
        self.view = ExcelTableView(split)
        self.view.set_source_model(self.model)
        fit_columns(self.view, self.model.columns)
        self.view.setToolTip(self.tr("Blå rader är inlagda eller ändrade i fönstret"))
        self.planned_model = FrameTableModel(
            [Column("employment_number", self.tr("Anst.nr")), Column("name", self.tr("Namn")),
             Column("code", self.tr("Pass")), Column("hours", self.tr("Timmar"), "hours", decimals=1),
             Column("resource", self.tr("Resurspass"))], key="key")
        self.planned = ExcelTableView(split)
        self.planned.set_source_model(self.planned_model)
        fit_columns(self.planned, self.planned_model.columns, narrow=50)
        self.planned.verticalHeader().hide()
        split.addWidget(self.view)
        split.addWidget(self.planned)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.view.message.connect(context.status_message)
        self.model.edits_requested.connect(self._edits)
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.date_edit.dateChanged.connect(self._date_picked)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self.remove_current)

    # -- showing ---------------------------------------------------------------------------------
    def show_day(self, data: DayData, other_units: list[str]) -> None:
        self.unit, self.day, self.other_units = data.unit.name, data.day, other_units
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(data.day.year, data.day.month, data.day.day))
        self.date_edit.blockSignals(False)
        self.covers = cover_choices(data.rows)
        columns = day_row_columns(placement_choices(other_units), tuple(self.covers))
        if [c.choices for c in columns] != [c.choices for c in self.model.columns]:
            self.model.columns = columns  # the day's choices; set_frame below fills the model again
        self.model.set_frame(day_rows_frame(data, self.covers))
        yes = self.tr("ja")
        planned = data.planned.assign(
            key=[f"{n}|{c}|{i}" for i, (n, c) in enumerate(zip(data.planned["employment_number"],
                                                               data.planned["code"], strict=True))],
            resource=[yes if r else "" for r in data.planned["is_resource"]])
        self.planned_model.set_frame(planned.sort_values(["resource", "employment_number"], ascending=[False, True]))
        f = data.figures
        problem = (f" · <span style='color:#b3401a'><b>⚠ {self.tr('vikarier trots oplacerat resurspass')}</b></span>"
                   if bool(f["problem"]) else "")
        self.title.setText(f"<b>{long_date(data.day)}</b>")
        self.figures.setText(
            f"{self.tr('Planerat')} {fmt_hours(f['planned'])}, "
            f"{self.tr('arbetat')} {fmt_hours(f['worked'])}, {self.tr('frånvaro')} {fmt_hours(f['absence'])} · "
            f"{self.tr('resurspass ej placerat')} {fmt_hours(f['unplaced'])}, {self.tr('ersättare')} "
            f"{fmt_hours(f['substitute'])}, {self.tr('missat')} {fmt_hours(f['missed_hours'])} "
            f"({fmt_kr(f['missed_kr'] if f['missed_kr'] == f['missed_kr'] else None)}){problem}")

    def _step(self, days: int) -> None:
        if self.day is not None:
            self.day_changed.emit(self.day + timedelta(days=days))

    def _date_picked(self, value: QDate) -> None:
        picked = date(value.year(), value.month(), value.day())
        if picked != self.day:
            self.day_changed.emit(picked)

    # -- editing -----------------------------------------------------------------------------------
    def _edits(self, edits: list[CellEdit]) -> None:
        changes: list[tuple[int, str, object]] = []
        for e in edits:
            if e.column == "placement_text":
                changes.append((int(e.row_key), "placement", e.new))
            elif e.column == "cover_label":
                changes.append((int(e.row_key), "covered_by", self.covers.get(str(e.new)) if e.new else None))
            else:
                changes.append((int(e.row_key), e.column, e.new))
        text = self.tr("ändra tidrad") if len(changes) == 1 else self.tr("ändra {0} tidrader").format(len(changes))
        push_store_edit(self.context, text, lambda db: edit_time_rows(db, changes), tables=UTFALL_TABLES)

    def current_row_id(self) -> int | None:
        cell = self.view.to_source(self.view.currentIndex())
        return int(self.model.row_key(cell[0])) if cell is not None else None

    def remove_current(self) -> None:
        row_id = self.current_row_id()
        if row_id is None:
            self.context.status_message.emit(self.tr("Välj raden som ska tas bort."))
            return
        values = self.model.row_values(self.model.row_of(row_id) or 0)
        text = self.tr("ta bort tidrad {0} {1}").format(values.get("name") or "", values.get("category") or "")
        push_store_edit(self.context, text, lambda db: remove_time_row(db, row_id), tables=UTFALL_TABLES)


__all__ = ["DayPanel", "WEEKDAYS", "long_date"]
