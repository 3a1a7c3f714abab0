"""Åtgärder: the year's measures in the seed's layout, editable in place, with totals and the gap to
åtgärdskrav at the foot (coloured as the Översikt tile), each measure's follow-up history, and for
Alla enheter every unit's totals and gap side by side."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vonapp.domain.formatting import fmt_tkr
from vonapp.domain.plan import STATUSES, PlanTotals
from vonapp.store import edits_plan as e
from vonapp.store.plan_queries import PlanView, plan_by_unit, plan_view
from vonapp.ui.area_page import AreaContext, AreaPage
from vonapp.ui.atgarder.notes import NotesPanel
from vonapp.ui.editing import CellEdit, Column
from vonapp.ui.overview.tile_texts import status_label
from vonapp.ui.plan_common import (
    VERDICTS,
    changes_of,
    heading,
    push,
    set_width,
    table,
    verdict_colours,
    verdict_style,
)

TABLES = frozenset({"measure", "measure_follow_up", "budget_year"})
TOTAL = -1  # the key of the totals row


def _tr(text: str) -> str:
    return QCoreApplication.translate("AtgarderPage", text)


def _not_total(_value: object, row: dict) -> str | None:
    return _tr("Totalraden räknas fram av åtgärderna.") if row.get("id") == TOTAL else None


def measure_columns(names: Callable[[], list[tuple[object, str]]] | None = None) -> list[Column]:
    """names() gives (id, name) of the measures shown, so a name used twice is refused at the cell."""

    def check_name(value: object, row: dict) -> str | None:
        if (problem := _not_total(value, row)) is not None:
            return problem
        wanted = " ".join(str(value or "").split()).casefold()
        if names is not None and any(i != row.get("id") and n.casefold() == wanted for i, n in names()):
            return _tr("Åtgärden {0} finns redan i år; välj ett annat namn.").format(value)
        return None

    return [
        Column("name", _tr("Åtgärd"), "text", editable=True, required=True, validate=check_name),
        Column("description", _tr("Beskrivning av åtgärden"), "text", editable=True, validate=_not_total),
        Column("responsible", _tr("Ansvarig"), "text", editable=True, validate=_not_total),
        Column("effect_year_tkr", _tr("Effekt i år (tkr)"), "number", editable=True, decimals=0, validate=_not_total),
        Column("full_year_effect_tkr", _tr("Helårseffekt (tkr)"), "number", editable=True, decimals=0,
               validate=_not_total),
        Column("status", _tr("Status"), "choice", editable=True, choices=STATUSES, validate=_not_total,
               unknown_choice=_tr("Status {value} finns inte; välj ej påbörjad, pågår, genomförd eller avbruten.")),
        Column("latest", _tr("Senaste uppföljning"), "text"),
    ]


def unit_columns() -> list[Column]:
    return [
        Column("unit", _tr("Enhet"), "text"), Column("kind", _tr("Verksamhet"), "text"),
        Column("measures", _tr("Åtgärder"), "int"),
        Column("requirement_tkr", _tr("Åtgärdskrav (tkr)"), "number", decimals=0),
        Column("effect_year_tkr", _tr("Effekt i år (tkr)"), "number", decimals=0),
        Column("full_year_effect_tkr", _tr("Helårseffekt (tkr)"), "number", decimals=0),
        Column("gap_tkr", _tr("Kvar att hitta (tkr)"), "number", decimals=0),
        Column("verdict_text", _tr("Bedömning"), "text"),
    ]


def footer_text(t: PlanTotals) -> str:
    parts = [_tr("Totalt: effekt i år {0} · helårseffekt {1}").format(fmt_tkr(t.effect_year_tkr),
                                                                      fmt_tkr(t.full_year_effect_tkr))]
    if t.requirement_tkr is None:
        parts.append(_tr("inget åtgärdskrav i budgeten"))
    else:
        gap = t.gap_tkr or 0.0
        parts.append(_tr("åtgärdskrav {0}").format(fmt_tkr(t.requirement_tkr)))
        parts.append(_tr("kvar att hitta {0}").format(fmt_tkr(gap)) if gap > 0
                     else _tr("kravet är täckt ({0} över)").format(fmt_tkr(-gap)))
    return f"{status_label(VERDICTS[t.verdict])}   " + " · ".join(parts)


class AtgarderPage(AreaPage):
    def __init__(self, context: AreaContext, *, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self.view_data: PlanView | None = None
        self.title = heading("", self)
        self.stack = QStackedWidget(self)
        # One unit: measures, buttons, foot, follow-up history.
        unit_page = QWidget(self.stack)
        self.model, self.table = table(measure_columns(self._names), unit_page, stretch="description")
        self.model.edits_requested.connect(self._edit)
        self.table.setWordWrap(True)
        self.table.message.connect(context.status_message)
        self.add_button = QPushButton(_tr("Ny åtgärd"), unit_page)
        self.remove_button = QPushButton(_tr("Ta bort åtgärd"), unit_page)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.foot = QLabel(unit_page)
        self.foot.setWordWrap(True)
        self.notes = NotesPanel(parent=unit_page)
        self.notes.add_requested.connect(self._add_note)
        self.notes.remove_requested.connect(self._remove_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        top = QWidget(unit_page)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.foot)
        top_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical, unit_page)
        split.addWidget(top)
        split.addWidget(self.notes)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        unit_layout = QVBoxLayout(unit_page)
        unit_layout.setContentsMargins(0, 0, 0, 0)
        unit_layout.addWidget(split)
        # All units side by side.
        all_page = QWidget(self.stack)
        self.units_model, self.units_table = table(unit_columns(), all_page, key="unit", stretch="unit")
        self.all_foot = QLabel(all_page)
        self.all_foot.setWordWrap(True)
        all_layout = QVBoxLayout(all_page)
        all_layout.setContentsMargins(0, 0, 0, 0)
        all_layout.addWidget(self.units_table, 1)
        all_layout.addWidget(self.all_foot)
        self.stack.addWidget(unit_page)
        self.stack.addWidget(all_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_notes())
        self._sizes_set = False

    def _names(self) -> list[tuple[object, str]]:
        view = self.view_data
        return [] if view is None else list(zip(view.measures["id"], view.measures["name"], strict=True))

    # -- reading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.unit is None or self.period is None:
            return
        unit, year = self.unit, self.year
        if self.all_units:
            self.context.read(lambda db: plan_by_unit(db, year), lambda frame: self._show_units(year, frame))
        else:
            self.context.read(lambda db: plan_view(db, unit, year), self._show_unit)

    def on_data_changed(self, tables: frozenset[str]) -> bool:
        return bool(tables & TABLES)

    def _show_unit(self, view: PlanView) -> None:
        self.view_data = view
        self.stack.setCurrentIndex(0)
        self.title.setText(_tr("Åtgärdsplan {0} – {1}").format(view.year, view.unit))
        m = view.measures.copy()
        m["latest"] = [("" if pd.isna(d) else f"{d}: ") + ("" if n is None or pd.isna(n) else str(n))
                       for d, n in zip(m["latest_note_on"], m["latest_note"], strict=True)]
        t = view.totals
        total = pd.DataFrame([{"id": TOTAL, "name": _tr("Totalt"), "description": "", "responsible": None,
                               "effect_year_tkr": t.effect_year_tkr, "full_year_effect_tkr": t.full_year_effect_tkr,
                               "status": None, "latest": ""}])
        frame = pd.concat([m, total], ignore_index=True) if len(m) else total
        self.model.bold_rows = {len(frame) - 1}
        self.model.set_frame(frame)
        self.foot.setText(footer_text(t))
        self.foot.setStyleSheet(verdict_style(t.verdict))
        if not self._sizes_set:
            for col, width in ((0, 220), (2, 110), (3, 110), (4, 120), (5, 100), (6, 260)):
                set_width(self.table, col, width)
            self._sizes_set = True
        self.table.resizeRowsToContents()  # the seed's long descriptions wrap, as in its table
        if not self.table.currentIndex().isValid() and len(m):
            # The first measure's history shows at once, without a click.
            self.table.setCurrentIndex(self.table.proxy.mapFromSource(self.model.index(0, 0)))
        self._show_notes()

    def _show_units(self, year: int, frame: pd.DataFrame) -> None:
        self.view_data = None
        self.stack.setCurrentIndex(1)
        self.title.setText(_tr("Åtgärdsplan {0} – alla enheter sida vid sida").format(year))
        f = frame.copy()
        f["verdict_text"] = [status_label(VERDICTS[v]) for v in f["verdict"]]
        req = f["requirement_tkr"].dropna()
        total = PlanTotals(float(req.sum()) if len(req) else None, float(f["effect_year_tkr"].sum()),
                           float(f["full_year_effect_tkr"].sum()),
                           float(req.sum()) - float(f["effect_year_tkr"].sum()) if len(req) else None,
                           int(f["measures"].sum()))
        f = pd.concat([f, pd.DataFrame([{"unit": _tr("Alla enheter"), "kind": "", "measures": total.measures,
                                         "requirement_tkr": total.requirement_tkr, "effect_year_tkr": total.effect_year_tkr,
                                         "full_year_effect_tkr": total.full_year_effect_tkr, "gap_tkr": total.gap_tkr,
                                         "verdict": total.verdict,
                                         "verdict_text": status_label(VERDICTS[total.verdict])}])], ignore_index=True)
        verdicts = list(f["verdict"])
        self.units_model.colour = lambda r, key: verdict_colours(verdicts[r])[2] if key in ("gap_tkr", "verdict_text") \
            else None
        self.units_model.bold_rows = {len(f) - 1}
        self.units_model.set_frame(f)
        self.units_table.setColumnWidth(1, 170)
        for col in range(2, 8):
            self.units_table.setColumnWidth(col, 125)
        self.all_foot.setText(footer_text(total))
        self.all_foot.setStyleSheet(verdict_style(total.verdict))

    def _selected_measure(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        key = self.model.row_key(self.table.proxy.mapToSource(index).row())
        return None if key == TOTAL else int(key)

    def _show_notes(self) -> None:
        view = self.view_data
        mid = self._selected_measure()
        if view is None or mid is None:
            self.notes.show_notes(None, pd.DataFrame(columns=["id", "noted_on", "comment", "effect_tkr"]))
            return
        name = view.measures.set_index("id").loc[mid, "name"]
        self.notes.show_notes(str(name), view.notes[view.notes["measure_id"] == mid])

    # -- editing ---------------------------------------------------------------------------------
    def _edit(self, edits: list[CellEdit]) -> None:
        changes = changes_of(edits)
        text = _tr("ändra åtgärd") if len(changes) == 1 else _tr("ändra {0} celler i åtgärdsplanen").format(len(changes))
        push(self.context, text, redo=lambda db: e.set_measure_values(db, changes),
             undo=lambda db, reverse: e.set_measure_values(db, reverse), tables=frozenset({"measure"}))

    def _add(self) -> None:
        if self.view_data is None:
            return
        names = set(self.view_data.measures["name"].str.casefold())
        name, n = _tr("Ny åtgärd"), 2
        while name.casefold() in names:
            name, n = _tr("Ny åtgärd {0}").format(n), n + 1
        unit, year = self.view_data.unit, self.view_data.year
        push(self.context, _tr("ny åtgärd"), redo=lambda db: e.add_measure(db, unit, year, name),
             undo=lambda db, mid: e.delete_row(db, "measure", mid), tables=frozenset({"measure"}))

    def _remove(self) -> None:
        mid = self._selected_measure()
        if mid is None:
            self.context.status_message.emit(_tr("Välj en åtgärd i tabellen först."))
            return
        push(self.context, _tr("ta bort åtgärd"), redo=lambda db: e.remove_measure(db, mid),
             undo=lambda db, snapshot: e.restore_measure(db, snapshot), tables=frozenset(TABLES))

    def _add_note(self, text: str) -> None:
        mid = self._selected_measure()
        if mid is None:
            return
        push(self.context, _tr("ny uppföljning"), redo=lambda db: e.add_note(db, mid, text),
             undo=lambda db, nid: e.delete_row(db, "measure_follow_up", nid),
             tables=frozenset({"measure_follow_up"}))

    def _remove_note(self, note_id: int) -> None:
        push(self.context, _tr("ta bort uppföljning"), redo=lambda db: e.remove_note(db, note_id),
             undo=lambda db, row: e.restore_note(db, row), tables=frozenset({"measure_follow_up"}))
