"""What the Åtgärder, Nyckeltal and Ekonomi pages share: a table with its model, verdict colours as the
Översikt tiles use them, a section heading, and pushing an edit batch as one EditCommand."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from vonapp.ui.area_page import AreaContext
from vonapp.ui.editing import CellEdit, Column, EditCommand, ExcelTableView, FrameTableModel
from vonapp.ui.overview.palette import STATUS_COLOURS, Status
from vonapp.ui.style import set_role

VERDICTS = {"good": Status.GOOD, "watch": Status.WATCH, "act": Status.ACT, "none": Status.NONE}


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def verdict_colours(verdict: str) -> tuple[str, str, str]:
    """(stripe, pale background, text) of a verdict word, as the Översikt tile shows it."""
    return STATUS_COLOURS[VERDICTS.get(verdict, Status.NONE)]


def verdict_style(verdict: str) -> str:
    stripe, pale, text = verdict_colours(verdict)
    return (f"QLabel {{ background: {pale}; color: {text}; border-left: 6px solid {stripe}; "
            f"padding: 6px 8px; font-weight: bold; }}")


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    set_role(label, "section-heading")
    return label


class ColouredModel(FrameTableModel):
    """A FrameTableModel whose cells may carry a text colour: `colour(row, column_key) -> '#rrggbb' | None`."""

    def __init__(self, columns: Sequence[Column], *, key: str | None = "id", parent: Any = None) -> None:
        super().__init__(columns, key=key, parent=parent)
        self.colour: Callable[[int, str], str | None] | None = None
        self.bold_rows: set[int] = set()
        self.group_column: str | None = None  # a column whose repeated value shows only on its first row

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN001 - a model index
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and self.colour is not None:
            c = self.colour(index.row(), self.columns[index.column()].key)
            if c:
                return QColor(c)
        if (index.isValid() and role == Qt.ItemDataRole.DisplayRole and self.group_column is not None
                and self.columns[index.column()].key == self.group_column and index.row() > 0
                and self.value(index.row(), index.column()) == self.value(index.row() - 1, index.column())):
            return ""
        if index.isValid() and role == Qt.ItemDataRole.FontRole and index.row() in self.bold_rows:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


def table(columns: Sequence[Column], parent: QWidget, *, key: str | None = "id", stretch: str | None = None,
          sortable: bool = False) -> tuple[ColouredModel, ExcelTableView]:
    model = ColouredModel(columns, key=key, parent=parent)
    view = ExcelTableView(parent)
    view.set_source_model(model, sortable=sortable)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setSectionResizeMode([c.key for c in columns].index(stretch), QHeaderView.ResizeMode.Stretch)
    return model, view


def set_width(view: ExcelTableView, column: int, width: int) -> None:
    """A column `width` wide, or as wide as its header's longest line (a translated header may be longer)."""
    text = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    metrics = view.horizontalHeader().fontMetrics()
    need = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0) + 14
    view.setColumnWidth(column, max(width, need))


def set_columns(model: FrameTableModel, columns: Sequence[Column]) -> bool:
    """Give the model these columns if they differ (titles, kinds, editability); True when they did.

    Setting columns resets the model and the view's column widths, so a page sets its widths again then.
    """
    def sig(cols: Sequence[Column]) -> list[tuple[object, ...]]:
        return [(c.key, c.title, c.kind, c.editable, c.choices) for c in cols]

    if sig(model.columns) == sig(columns):
        return False
    model.columns = list(columns)
    return True


def push(context: AreaContext, text: str, *, redo: Callable[..., Any], undo: Callable[..., Any],
         tables: frozenset[str], on_done: Callable[[Any], None] | None = None) -> EditCommand:
    """One undoable edit on the shared stack (performed at once)."""
    command = EditCommand(context, text, redo=redo, undo=undo, tables=tables, on_done=on_done)
    context.undo_stack.push(command)
    return command


def changes_of(edits: list[CellEdit]) -> list[tuple[Any, str, object]]:
    return [(e.row_key, e.column, e.new) for e in edits]


def fit_label_column(view: ExcelTableView, model: ColouredModel, column: int = 0) -> None:
    """Widen a label column to every row's text, the bold rows measured bold (Qt sizes a column only by
    the rows on screen when it is fitted, so a total row below them was clipped: "Verksamhetens …")."""
    from PySide6.QtGui import QFont, QFontMetrics

    plain, bold = QFont(view.font()), QFont(view.font())
    bold.setBold(True)
    widest = 0
    for row in range(model.rowCount()):
        text = str(model.data(model.index(row, column)) or "")
        widest = max(widest, QFontMetrics(bold if row in model.bold_rows else plain).horizontalAdvance(text))
    need = widest + 16
    header = view.horizontalHeader()
    if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
        if view.columnWidth(column) >= need:
            return
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)  # too narrow to stretch into
    view.setColumnWidth(column, max(view.columnWidth(column), need))
