"""FrameTableModel: an editable Qt table over a pandas frame, described by Column specs.

The model never writes the database. An edit (typed, pasted, filled, deleted) is parsed and
validated at once; a refused value keeps the old one and `refused(text)` carries the Swedish reason.
Accepted values are shown at once (optimistic) and reported as ONE batch `edits_requested(list[CellEdit])`
with row keys, so the page pushes one EditCommand per typed cell or per paste. When the page reloads
after the edit, `set_frame` updates only the cells that differ (selection and scroll stay).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from vonapp.domain.identity import personnummer_problem
from vonapp.ui.editing.cells import (
    CellError,
    Column,
    check_value,
    display_text,
    edit_text,
    is_empty,
    parse_cell,
    sort_value,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts (numbers as numbers)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value
READ_ONLY_BRUSH = QBrush(QColor(244, 244, 244))
MARK_BRUSH = QBrush(QColor(255, 224, 178))  # a cell with a finding (warm orange, readable with black text)
AnyIndex = QModelIndex | QPersistentModelIndex
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.TextAlignmentRole,
                    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE, VALUE_ROLE})
_BRUSHES: dict[str, QBrush] = {}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class CellEdit:
    """One accepted change: the row's key, the column's key, the value before and the new value."""

    row_key: Hashable
    column: str
    old: object
    new: object


class FrameTableModel(QAbstractTableModel):
    edits_requested = Signal(list)  # list[CellEdit], one batch per user action
    refused = Signal(str)  # Swedish text: why a value was not taken

    def __init__(self, columns: Sequence[Column], *, key: str | None = "id", frame: pd.DataFrame | None = None,
                 optimistic: bool = True, parent: Any = None) -> None:
        """`key`: the frame column that identifies a row (None: the frame's index)."""
        super().__init__(parent)
        self.key = key
        self.optimistic = optimistic
        self._keys: list[Hashable] = []
        self._rows: list[list[object]] = []
        self._marks: dict[tuple[Hashable, str], str] = {}
        self._marked: dict[tuple[int, int], str] = {}  # the marks by (row, column) of the rows shown
        self._set_columns(columns)
        if frame is not None:
            self.set_frame(frame)

    @property
    def columns(self) -> list[Column]:
        return self._column_list

    @columns.setter
    def columns(self, columns: Sequence[Column]) -> None:
        """New columns (e.g. another year's months): the model empties; set_frame fills it again."""
        self.beginResetModel()
        self._keys, self._rows, self._marked = [], [], {}
        self._set_columns(columns)
        self.endResetModel()

    def _set_columns(self, columns: Sequence[Column]) -> None:
        self._column_list = list(columns)
        self._col = {c.key: i for i, c in enumerate(self._column_list)}
        self._shade = any(c.editable for c in self._column_list)  # grey read-only cells only beside editable ones
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        self._flags = [base | Qt.ItemFlag.ItemIsEditable if c.editable else base for c in self._column_list]
        self._frame = pd.DataFrame(columns=[c.key for c in self._column_list])

    # -- the data -----------------------------------------------------------------------------
    def set_frame(self, frame: pd.DataFrame) -> None:
        """Show this frame; the same rows (by key) as before update in place, anything else resets."""
        keys = frame.index.tolist() if self.key is None else frame[self.key].tolist()  # Python scalars, not numpy
        rows = [[None if is_empty(v) else v for v in row]
                for row in frame.reindex(columns=[c.key for c in self.columns]).astype(object).itertuples(
                    index=False, name=None)]
        self._frame = frame
        if keys != self._keys:
            self._place_marks(keys)
        if keys == self._keys and len(rows) == len(self._rows):
            old, self._rows = self._rows, rows
            for r, (a, b) in enumerate(zip(old, rows, strict=True)):
                changed = [c for c in range(len(a)) if not _same(a[c], b[c])]
                if changed:
                    self.dataChanged.emit(self.index(r, min(changed)), self.index(r, max(changed)))
            return
        self.beginResetModel()
        self._keys, self._rows = keys, rows
        self.endResetModel()

    def set_marks(self, marks: dict[tuple[Hashable, str], str]) -> None:
        """Mark cells by (row key, column key) with a note (a rule finding, a problem day): the cell gets
        a warm background and the note as its tooltip. An empty dict clears them."""
        before = set(self._marked)
        self._marks = dict(marks)
        self._place_marks(self._keys)
        self._changed(sorted(before | set(self._marked)))

    def _place_marks(self, keys: list[Hashable]) -> None:
        where = {k: r for r, k in enumerate(keys)}
        self._marked = {(where[k], self._col[c]): text for (k, c), text in self._marks.items()
                        if k in where and c in self._col}

    @property
    def frame(self) -> pd.DataFrame:
        """The frame last given (the database's truth; pending optimistic edits are not in it)."""
        return self._frame

    def row_key(self, row: int) -> Hashable:
        return self._keys[row]

    def row_of(self, key: Hashable) -> int | None:
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    def column_index(self, key: str) -> int:
        return self._col[key]

    def value(self, row: int, column: int | str) -> object:
        c = self._col[column] if isinstance(column, str) else column
        return self._rows[row][c]

    def row_values(self, row: int) -> dict[str, object]:
        values: dict[str, object] = {c.key: v for c, v in zip(self.columns, self._rows[row], strict=True)}
        if self.key is not None:
            values.setdefault(self.key, self._keys[row])
        return values

    def is_editable(self, row: int, column: int) -> bool:
        return 0 <= row < len(self._rows) and 0 <= column < len(self.columns) and self.columns[column].editable

    # -- Qt's model interface ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:  # specs are made before a translator is installed
                return QCoreApplication.translate("Column", column.title)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("Column", column.tooltip) if column.tooltip else None
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return self._flags[index.column()] if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # a paint asks ~9 roles per cell: answer most at once
            return None
        row, col = index.row(), index.column()
        column = self.columns[col]
        value = self._rows[row][col]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(value, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._marked and (row, col) in self._marked:
                return MARK_BRUSH
            if column.color is not None and (name := column.color(value)):
                return _BRUSHES.get(name) or _BRUSHES.setdefault(name, QBrush(QColor(name)))
            return READ_ONLY_BRUSH if self._shade and not column.editable else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._marked.get((row, col)) if self._marked else None
        if role == Qt.ItemDataRole.EditRole:
            return edit_text(value, column)
        if role == SORT_ROLE:
            return sort_value(value, column)
        return value  # VALUE_ROLE

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        return self.request_edits([(index.row(), index.column(), value)], parse=isinstance(value, str)) > 0

    # -- edits -----------------------------------------------------------------------------------
    def request_edits(self, cells: Sequence[tuple[int, int, object]], *, parse: bool = True) -> int:
        """Check (row, column, text or value) cells; report the accepted ones as one batch.

        Read-only cells are skipped; refused cells keep their value and their reasons go out in one
        `refused` message. Returns the number of changed cells.
        """
        edits: list[tuple[int, int, CellEdit]] = []
        problems: list[str] = []
        skipped = 0
        for row, col, raw in cells:
            if not self.is_editable(row, col):
                skipped += 1
                continue
            column = self.columns[col]
            old = self._rows[row][col]
            try:
                new = parse_cell(raw, column) if parse else check_value(raw, column)
                if isinstance(new, str) and (reason := personnummer_problem(new)):  # any text cell, any area
                    raise CellError(f"Värdet {reason}.")
                if column.validate is not None and (reason := column.validate(new, self.row_values(row))):
                    raise CellError(reason)
            except CellError as exc:
                problems.append(str(exc) if len(cells) == 1 else self.tr("rad {0}, {1}: {2}").format(
                    row + 1, QCoreApplication.translate("Column", column.title), exc))
                continue
            if not _same(old, new):
                edits.append((row, col, CellEdit(self._keys[row], column.key, old, new)))
        if problems:
            self.refused.emit(_refusal(problems, len(cells)))
        elif skipped and not edits and len(cells) > 0:
            self.refused.emit(self.tr("Cellerna går inte att ändra här."))
        if not edits:
            return 0
        if self.optimistic:
            for row, col, edit in edits:
                self._rows[row][col] = edit.new
            self._changed([(r, c) for r, c, _ in edits])
        self.edits_requested.emit([e for _, _, e in edits])
        return len(edits)

    def revert_edits(self, edits: Sequence[CellEdit]) -> None:
        """Show the old values again (an edit the store refused); the page's reload does the same."""
        self.apply_edits(edits, old=True)

    def apply_edits(self, edits: Sequence[CellEdit], *, old: bool = False, notify: bool = True) -> None:
        """Show these edits' new (or old) values without asking anyone.

        notify=False: the caller emits dataChanged itself (once for several rows' cells and marks)."""
        cells = []
        for edit in edits:
            row = self.row_of(edit.row_key)
            if row is not None and edit.column in self._col:
                col = self._col[edit.column]
                self._rows[row][col] = edit.old if old else edit.new
                cells.append((row, col))
        if notify:
            self._changed(cells)

    def _changed(self, cells: list[tuple[int, int]]) -> None:
        if not cells:
            return
        rows, cols = [r for r, _ in cells], [c for _, c in cells]
        self.dataChanged.emit(self.index(min(rows), min(cols)), self.index(max(rows), max(cols)))


def _same(a: object, b: object) -> bool:
    if is_empty(a) and is_empty(b):
        return True
    if is_empty(a) or is_empty(b):
        return False
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return False


def _refusal(problems: list[str], tried: int) -> str:
    if tried == 1:
        return problems[0]
    first = "; ".join(problems[:3]) + (" …" if len(problems) > 3 else "")
    return QCoreApplication.translate("FrameTableModel", "{0} av {1} celler ändrades inte: {2}").format(
        len(problems), tried, first)
