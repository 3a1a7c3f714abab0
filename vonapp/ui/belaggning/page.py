"""The Beläggning area page: a month calendar of occupied places (typed or pasted), the year's moves,
places and budgeted occupancy, and occupancy per day/week/month against budget and last year."""

from __future__ import annotations

from datetime import date

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vonapp.domain.formatting import fmt_number, fmt_pct
from vonapp.domain.glossary import OccupancyEvent
from vonapp.domain.periods import Period, year
from vonapp.store.belaggning import BelaggningData, load_belaggning
from vonapp.store.edits_utfall import add_move, remove_move, set_occupancy_days, set_year_capacity
from vonapp.ui.area_page import AreaContext, AreaPage
from vonapp.ui.belaggning.calendar import MonthView
from vonapp.ui.belaggning.chart import YearOccupancyChart
from vonapp.ui.editing import CellEdit, Column, ExcelTableView, FrameTableModel
from vonapp.ui.editing.cells import word
from vonapp.ui.overview.charts.axes import MONTH_NAMES
from vonapp.ui.selectors import period_title
from vonapp.ui.style import set_role
from vonapp.ui.utfall.edit import BELAGGNING_TABLES, push_store_edit
from vonapp.ui.utfall.tables import fit_columns

ALL_UNITS = ("all", "alla enheter")
FREQS = (("D", QT_TRANSLATE_NOOP("BelaggningPage", "Dag")), ("W", QT_TRANSLATE_NOOP("BelaggningPage", "Vecka")),
         ("M", QT_TRANSLATE_NOOP("BelaggningPage", "Månad")))


def table_frame(table: pd.DataFrame, freq: str) -> pd.DataFrame:
    out = table.copy()
    starts = pd.to_datetime(out["start"])
    if freq == "D":
        out["label"] = [d.date().isoformat() for d in starts]
    elif freq == "W":
        week = QCoreApplication.translate("BelaggningPage", "v. {0} ({1})")
        out["label"] = [week.format(d.isocalendar()[1], d.date().isoformat()) for d in starts]
    else:
        out["label"] = [f"{MONTH_NAMES[d.month - 1]} {d.year}" for d in starts]
    out["id"] = out["label"]
    out["vs_budget"] = out["occupancy_pct"] - out["budget_pct"]
    out["vs_last_year"] = out["occupancy_pct"] - out["last_year_pct"]
    return out


def _tr(text: str) -> str:
    return QCoreApplication.translate("belaggning", text)


TABLE_COLUMNS = [
    Column("label", _tr("Period")), Column("occupied_days", _tr("Belagda platsdygn"), "int"),
    Column("place_days", _tr("Platsdygn"), "int"), Column("occupancy_pct", _tr("Beläggning"), "pct"),
    Column("budget_pct", _tr("Budget"), "pct"),
    Column("vs_budget", _tr("Mot budget"), "number", decimals=1,
           tooltip=_tr("Procentenheter över (+) eller under (−) budget")),
    Column("last_year_pct", _tr("I fjol"), "pct"),
    Column("vs_last_year", _tr("Mot i fjol"), "number", decimals=1,
           tooltip=_tr("Procentenheter över (+) eller under (−) samma period i fjol")),
]
MOVE_COLUMNS = [Column("date", _tr("Datum"), "date"), Column("apartment", _tr("Lägenhet")),
                Column("event", _tr("Händelse"), words=True), Column("source", _tr("Källa"), words=True)]


class BelaggningPage(AreaPage):
    def __init__(self, context: AreaContext, *, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self.data: BelaggningData | None = None
        self.month: int | None = None
        self._month_for: Period | None = None  # the period the shown month was chosen for
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        head = QHBoxLayout()
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.places = QLineEdit(self)
        self.places.setMaximumWidth(60)
        self.places.setToolTip(self.tr("Enhetens platser; årets inskrivna dagar följer med"))
        self.budget = QLineEdit(self)
        self.budget.setMaximumWidth(60)
        self.budget.setToolTip(self.tr("Budgeterad beläggning för året, i procent"))
        head.addWidget(self.header, 1)
        head.addWidget(QLabel(self.tr("Platser"), self))
        head.addWidget(self.places)
        head.addWidget(QLabel(self.tr("Budgeterad beläggning %"), self))
        head.addWidget(self.budget)
        layout.addLayout(head)
        self.stack = QStackedWidget(self)
        self.message = QLabel(self.tr("Välj en enhet i listan ovan: beläggningen registreras per enhet."), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        self.stack.addWidget(body)
        self.stack.addWidget(self.message)
        self.message.setWordWrap(True)
        # On a small screen the area scrolls instead of squeezing the navigation beside it.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.stack)
        layout.addWidget(scroll, 1)

        left = QTabWidget(body)
        cal = QWidget(left)
        cal_layout = QVBoxLayout(cal)
        nav = QHBoxLayout()
        self.prev_month = QPushButton("◀", cal)
        self.next_month = QPushButton("▶", cal)
        for b in (self.prev_month, self.next_month):
            b.setFixedWidth(32)
        self.month_label = QLabel(cal)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.prev_month)
        nav.addWidget(self.month_label, 1)
        nav.addWidget(self.next_month)
        cal_layout.addLayout(nav)
        self.calendar = MonthView(cal)
        cal_layout.addWidget(self.calendar, 1)
        self.month_note = QLabel(cal)
        self.month_note.setWordWrap(True)
        set_role(self.month_note, "hint")
        cal_layout.addWidget(self.month_note)
        left.addTab(cal, self.tr("Belagda per dag"))
        left.addTab(self._moves_tab(left), self.tr("In- och utflyttningar"))

        right = QWidget(body)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        bar = QHBoxLayout()
        self.freq = QComboBox(right)
        for _key, title in FREQS:
            self.freq.addItem(self.tr(title))
        self.freq.setCurrentIndex(2)
        bar.addWidget(QLabel(self.tr("Beläggning per"), right))
        bar.addWidget(self.freq)
        bar.addStretch(1)
        right_layout.addLayout(bar)
        self.table_model = FrameTableModel(TABLE_COLUMNS, key="id")
        self.table = ExcelTableView(right)
        self.table.set_source_model(self.table_model, sortable=False)
        fit_columns(self.table, TABLE_COLUMNS, narrow=62)
        self.chart = YearOccupancyChart(parent=right)
        split = QSplitter(Qt.Orientation.Vertical, right)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setSizes([230, 300])
        right_layout.addWidget(split, 1)
        body.addWidget(left)
        body.addWidget(right)
        body.setSizes([420, 760])

        self.prev_month.clicked.connect(lambda: self._step_month(-1))
        self.next_month.clicked.connect(lambda: self._step_month(1))
        self.freq.currentIndexChanged.connect(lambda _i: self._show_table())
        self.calendar.message.connect(context.status_message)
        self.calendar.month_model.edits_requested.connect(self._days_edited)
        self.places.editingFinished.connect(self._capacity_edited)
        self.budget.editingFinished.connect(self._capacity_edited)

    def _moves_tab(self, parent: QWidget) -> QWidget:
        tab = QWidget(parent)
        lay = QVBoxLayout(tab)
        form = QHBoxLayout()
        self.move_date = QDateEdit(tab)
        self.move_date.setDisplayFormat("yyyy-MM-dd")
        self.move_date.setCalendarPopup(True)
        self.move_apartment = QLineEdit(tab)
        self.move_apartment.setPlaceholderText(self.tr("lägenhet"))
        self.move_apartment.setMaximumWidth(90)
        self.move_event = QComboBox(tab)
        for event in (OccupancyEvent.MOVE_IN.value, OccupancyEvent.MOVE_OUT.value):
            self.move_event.addItem(word(event), event)  # shown in the window's language, stored in Swedish
        self.move_add = QPushButton(self.tr("Lägg till"), tab)
        self.move_remove = QPushButton(self.tr("Ta bort vald"), tab)
        for w in (self.move_date, self.move_apartment, self.move_event, self.move_add):
            form.addWidget(w)
        form.addStretch(1)
        lay.addLayout(form)
        self.moves_model = FrameTableModel(MOVE_COLUMNS, key="id")
        self.moves_view = ExcelTableView(tab)
        self.moves_view.set_source_model(self.moves_model)
        fit_columns(self.moves_view, MOVE_COLUMNS, narrow=70)
        lay.addWidget(self.moves_view, 1)
        bottom = QHBoxLayout()
        note = QLabel(self.tr("En plats räknas som belagd från inflyttningsdagen, inte på utflyttningsdagen. "
                              "Inskrivna dagar går före flyttarna."), tab)
        note.setWordWrap(True)
        set_role(note, "hint")
        bottom.addWidget(note, 1)
        bottom.addWidget(self.move_remove)
        lay.addLayout(bottom)
        self.move_add.clicked.connect(self._add_move)
        self.move_remove.clicked.connect(self._remove_move)
        return tab

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        unit, period = self.unit, self.period
        self._generation += 1  # a load still under way is for an earlier choice
        if unit is None or period is None or unit.strip().lower() in ALL_UNITS:
            self.stack.setCurrentWidget(self.message)
            self.header.setText(f"<h3>{self.tr('Beläggning')}</h3>")
            # No unit shown: the fields must not keep (and edit) the unit shown before.
            self.data = None
            for field in (self.places, self.budget):
                field.clear()
                field.setEnabled(False)
            return
        generation, y = self._generation, period.end.year
        # The table and chart cover the chosen quarter or month (the calendar the whole year).
        self.context.read(lambda db: load_belaggning(db, unit, y, period), lambda d: self._loaded(generation, d))

    def on_data_changed(self, tables: frozenset[str]) -> bool:
        return bool(tables & (BELAGGNING_TABLES | {"import_batch"}))

    def _loaded(self, generation: int, data: BelaggningData) -> None:
        if generation != self._generation:
            return
        self.stack.setCurrentWidget(self.stack.widget(0))
        new_year = self.data is None or self.data.year != data.year or self.data.unit.id != data.unit.id
        self.data = data
        if new_year or self.month is None or self._month_for != self.period:
            self.month = self._default_month(data)
            self._month_for = self.period  # an edit's reload keeps the month; a new period picks again
        month = data.series["M"]
        total_days = month["place_days"].sum()
        pct = 100.0 * month["occupied_days"].sum() / total_days if total_days else None
        shown = str(data.year) if data.shown is None or data.shown == year(data.year) else period_title(data.shown)
        self.header.setText(f"<b>{data.unit.name} {shown}</b> · {self.tr('beläggning')} {fmt_pct(pct)} "
                            f"{self.tr('mot budget')} {fmt_pct(data.budget_pct)}")
        for field, value in ((self.places, data.places), (self.budget, data.budget_pct)):
            if not field.hasFocus():
                field.setText("" if value is None else f"{value:g}".replace(".", ","))
        self.places.setEnabled(True)
        self.budget.setEnabled(data.has_budget)
        self.move_date.setDate(QDate(data.year, self.month, 1))
        self._show_month()
        self._show_table()
        moves = data.moves.assign(date=data.moves["date"].dt.date,
                                  source=[self.tr("fönstret") if e else self.tr("import") for e in data.moves["edited"]])
        self.moves_model.set_frame(moves)

    def _default_month(self, data: BelaggningData) -> int:
        period = self.period
        if period is not None and period.start.year == data.year and (period.start.month, period.end.month) != (1, 12):
            # A month or quarter chosen above: open on it (in a quarter, its last month with data).
            months = range(period.start.month, period.end.month + 1)
            known = data.days[data.days["occupied"].notna() & data.days["date"].dt.month.isin(list(months))]
            return int(known["date"].iloc[-1].month) if not known.empty else period.start.month
        today = date.today()
        if today.year == data.year:
            return today.month
        known = data.days[data.days["occupied"].notna()]
        return int(known["date"].iloc[-1].month) if not known.empty else 1

    def _show_month(self) -> None:
        data, month = self.data, self.month
        if data is None or month is None:
            return
        self.calendar.month_model.set_month(data.year, month, data.days, data.places,
                                           budget_year=data.has_budget)
        self.month_label.setText(f"<b>{MONTH_NAMES[month - 1].capitalize()} {data.year}</b>")
        days = data.days[data.days["date"].dt.month == month]
        known = days["occupied"].notna()
        occupied, places = days.loc[known, "occupied"].sum(), days.loc[known, "places"].sum()
        how = (self.tr("Skriv belagda platser i en dag, eller klistra in en kolumn från Excel (Ctrl+V) från "
                       "den valda dagen. Delete tömmer dagen."))
        self.month_note.setText(self.tr("{0}: {1} av {2} platsdygn = {3}. {4}").format(
            MONTH_NAMES[month - 1].capitalize(), fmt_number(occupied), fmt_number(places),
            fmt_pct(100.0 * occupied / places if places else None), how))
        self.prev_month.setEnabled(month > 1)
        self.next_month.setEnabled(month < 12)

    def _step_month(self, step: int) -> None:
        if self.month is not None:
            self.month = min(12, max(1, self.month + step))
            self._show_month()

    def _show_table(self) -> None:
        if self.data is None:
            return
        freq = FREQS[self.freq.currentIndex()][0]
        table = self.data.series[freq]
        self.table_model.set_frame(table_frame(table, freq))
        # A month shown by month is one bucket, one dot: the chart draws its days instead.
        chart_freq = freq if len(table) > 1 else "D"
        self.chart.show_table(self.data.series[chart_freq], chart_freq)

    # -- edits -------------------------------------------------------------------------------------
    def _days_edited(self, days: dict[date, int | None]) -> None:
        if self.data is None:
            return
        unit, y = self.data.unit.name, self.data.year
        text = (self.tr("beläggning {0}").format(next(iter(days)).isoformat()) if len(days) == 1
                else self.tr("beläggning {0} dagar").format(len(days)))
        push_store_edit(self.context, text, lambda db: set_occupancy_days(db, unit=unit, days=days, year=y),
                        tables=BELAGGNING_TABLES)

    def _capacity_edited(self) -> None:
        if self.data is None:
            return
        from vonapp.ui.editing import CellError, parse_number

        try:
            places = parse_number(self.places.text()) if self.places.text().strip() else None
            budget = parse_number(self.budget.text()) if self.budget.text().strip() else None
        except CellError as exc:
            self.context.status_message.emit(str(exc))
            return
        same_places = places is None or (self.data.places is not None and places == self.data.places)
        same_budget = budget is None or budget == self.data.budget_pct or not self.data.has_budget
        if same_places and same_budget:
            return
        unit, y = self.data.unit.name, self.data.year
        push_store_edit(self.context, self.tr("platser och budgeterad beläggning {0}").format(y),
                        lambda db: set_year_capacity(db, unit=unit, year=y,
                                                     places=None if same_places else places,
                                                     budget_pct=None if same_budget else budget),
                        tables=BELAGGNING_TABLES)

    def _add_move(self) -> None:
        if self.data is None:
            return
        q = self.move_date.date()
        day = date(q.year(), q.month(), q.day())
        unit, y = self.data.unit.name, self.data.year
        apartment, event = self.move_apartment.text(), str(self.move_event.currentData())
        push_store_edit(self.context, self.tr("{0} lägenhet {1}").format(event, apartment),
                        lambda db: add_move(db, unit=unit, apartment=apartment, day=day, event=event, year=y),
                        tables=BELAGGNING_TABLES)

    def _remove_move(self) -> None:
        cell = self.moves_view.to_source(self.moves_view.currentIndex())
        if cell is None:
            self.context.status_message.emit(self.tr("Välj flytten som ska tas bort."))
            return
        move_id = int(self.moves_model.row_key(cell[0]))
        push_store_edit(self.context, self.tr("ta bort flytt"), lambda db: remove_move(db, move_id),
                        tables=BELAGGNING_TABLES)


__all__ = ["BelaggningPage", "CellEdit"]
