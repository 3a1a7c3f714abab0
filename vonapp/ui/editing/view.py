"""ExcelTableView: a QTableView over a FrameTableModel that behaves like a spreadsheet.

Arrow keys move; typing or F2 edits; Enter commits and moves down (Shift+Enter up); Delete clears the
selected editable cells; Ctrl+C copies the selected range as tab-separated text with decimal commas;
Ctrl+V pastes a range starting at the current cell, repeated over a larger selection; Ctrl+D / Ctrl+R
fill down / right; Ctrl+Enter fills the selection with the current cell (or, while editing, with
the typed text); Ctrl++ / Ctrl+- ask the page to insert a row below / remove the selected rows (the
signals `insert_row_requested(row key or None)` and `remove_rows_requested(list of row keys)`; a page
that allows it connects them). A header click sorts; `FilterLine` filters. All positions are the view's (sorted,
filtered) rows and shown columns, mapped to the model's rows, so edits reach the right row keys.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QToolTip,
    QWidget,
)

from vonapp.ui.editing.cells import word
from vonapp.ui.editing.clipboard import parse_tsv, to_tsv
from vonapp.ui.editing.filtering import FrameProxyModel
from vonapp.ui.editing.model import FrameTableModel

Box = tuple[int, int, int, int]  # top, left, bottom, right (view positions, inclusive)


class _Delegate(QStyledItemDelegate):
    """A line editor (with the choices as completions); Ctrl+Enter puts the text in every selected cell."""

    def __init__(self, view: ExcelTableView) -> None:
        super().__init__(view)
        self.view = view
        self.fill_all = False

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802, ANN001
        editor = QLineEdit(parent)
        editor.setFrame(False)
        model = self.view.source_model
        source = self.view.to_source(index)
        if model is not None and source is not None:
            column = model.columns[source[1]]
            if column.choices:
                completer = QCompleter([word(c) for c in column.choices], editor)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
                editor.setCompleter(completer)
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.fill_all = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        return super().eventFilter(editor, event)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802, ANN001
        text = editor.text() if isinstance(editor, QLineEdit) else ""
        if self.fill_all:
            self.fill_all = False
            self.view.fill_selection(text=text)
            return
        super().setModelData(editor, model, index)


class ExcelTableView(QTableView):
    message = Signal(str)  # a refused value or a paste note, for the status bar
    insert_row_requested = Signal(object)  # Ctrl++: the current row's key (None in an empty table)
    remove_rows_requested = Signal(list)  # Ctrl+-: the keys of the rows with a selected cell, in view order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_model: FrameTableModel | None = None
        self.proxy = FrameProxyModel(self)
        self.last_message = ""
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setItemDelegate(_Delegate(self))
        self.setAlternatingRowColors(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setHighlightSections(True)

    # -- the model ---------------------------------------------------------------------------------
    def set_source_model(self, model: FrameTableModel, *, sortable: bool = True, fit_columns: bool = True) -> None:
        """Show `model` (through the sort/filter proxy); `fit_columns`: widths fit header and cells after each
        reset of the model (a new set of rows)."""
        if self.source_model is not None:
            self.source_model.refused.disconnect(self.show_message)
            self.source_model.modelReset.disconnect(self._fit)
        self.source_model = model
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the frame's order at first
        self.setSortingEnabled(sortable)
        model.refused.connect(self.show_message)
        self.fit_columns = fit_columns
        model.modelReset.connect(self._fit)

    def _fit(self) -> None:
        if self.fit_columns:
            self.resizeColumnsToContents()
            for c in range(self.proxy.columnCount()):
                self.setColumnWidth(c, min(self.columnWidth(c) + 12, 320))

    def to_source(self, index: QModelIndex) -> tuple[int, int] | None:
        if not index.isValid():
            return None
        if index.model() is self.proxy:
            index = self.proxy.mapToSource(index)
        return (index.row(), index.column()) if index.isValid() else None

    def _columns(self) -> list[int]:
        """Logical columns in the order shown, hidden ones left out."""
        header = self.horizontalHeader()
        cols = [c for c in range(self.proxy.columnCount()) if not self.isColumnHidden(c)]
        return sorted(cols, key=header.visualIndex)

    def _source(self, row: int, position: int, columns: list[int]) -> tuple[int, int] | None:
        """View row and shown-column position → the model's (row, column)."""
        if not (0 <= row < self.proxy.rowCount() and 0 <= position < len(columns)):
            return None
        return self.to_source(self.proxy.index(row, columns[position]))

    def _box(self, columns: list[int]) -> Box | None:
        """The smallest rectangle around the selection (or the current cell), in shown positions."""
        where = {c: i for i, c in enumerate(columns)}
        model = self.selectionModel()
        ranges = [(r.top(), r.left(), r.bottom(), r.right()) for r in model.selection()] if model else []
        current = self.currentIndex()
        if not ranges and current.isValid():
            ranges = [(current.row(), current.column(), current.row(), current.column())]
        rows, positions = [], []
        for top, left, bottom, right in ranges:
            shown = [where[c] for c in range(left, right + 1) if c in where]
            if shown:
                rows += [top, bottom]
                positions += [min(shown), max(shown)]
        if not rows:
            return None
        return min(rows), min(positions), max(rows), max(positions)

    def _source_rows(self, top: int, bottom: int) -> list[int | None]:
        """The model rows of view rows top..bottom (None past the end)."""
        n = self.proxy.rowCount()
        return [self.proxy.mapToSource(self.proxy.index(r, 0)).row() if 0 <= r < n else None
                for r in range(top, bottom + 1)]

    # -- messages ----------------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.last_message = text
        self.message.emit(text)
        index = self.currentIndex()
        rect = self.visualRect(index) if index.isValid() else self.viewport().rect()
        QToolTip.showText(self.viewport().mapToGlobal(rect.bottomLeft()), text, self.viewport())

    # -- the actions -----------------------------------------------------------------------------
    def copy_text(self) -> str:
        """The selected range as tab-separated text (unselected cells inside it empty)."""
        columns = self._columns()
        box = self._box(columns)
        if box is None:
            return ""
        top, left, bottom, right = box
        selection = self.selectionModel()
        grid = []
        for r in range(top, bottom + 1):
            row = []
            for p in range(left, right + 1):
                index = self.proxy.index(r, columns[p])
                chosen = selection.isSelected(index) or index == self.currentIndex() and not selection.hasSelection()
                row.append(str(self.proxy.data(index, Qt.ItemDataRole.EditRole) or "") if chosen else "")
            grid.append(row)
        return to_tsv(grid)

    def copy(self) -> None:
        text = self.copy_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def paste(self, text: str | None = None) -> int:
        """Paste tab-separated text (default: the clipboard) as one edit; returns the cells changed."""
        if self.source_model is None:
            return 0
        grid = parse_tsv(QGuiApplication.clipboard().text() if text is None else text)
        columns = self._columns()
        box = self._box(columns)
        if not grid or box is None:
            return 0
        top, left, bottom, right = box
        height, width = len(grid), max(len(r) for r in grid)
        if bottom - top + 1 <= 1 or bottom - top + 1 < height:
            bottom = top + height - 1
        if right - left + 1 <= 1 or right - left + 1 < width:
            right = left + width - 1
        cells, outside = [], 0
        source_rows = self._source_rows(top, bottom)
        for r in range(top, bottom + 1):
            row, source_row = grid[(r - top) % height], source_rows[r - top]
            for p in range(left, right + 1):
                k = (p - left) % width
                if source_row is None or p >= len(columns):
                    outside += 1
                elif k < len(row):
                    cells.append((source_row, columns[p], row[k]))
        changed = self.source_model.request_edits(cells, parse=True)
        if outside:
            self.show_message(self.tr("{0} celler utanför tabellen togs inte med.").format(outside))
        self._select(top, left, min(bottom, self.proxy.rowCount() - 1), min(right, len(columns) - 1), columns)
        return changed

    def clear_cells(self) -> int:
        """Delete: empty every selected editable cell (one edit)."""
        if self.source_model is None:
            return 0
        cells = [(s[0], s[1], None) for ix in self.selectionModel().selectedIndexes()
                 if (s := self.to_source(ix)) is not None and self.source_model.is_editable(*s)]
        return self.source_model.request_edits(cells, parse=False) if cells else 0

    def fill(self, direction: str) -> int:
        """Ctrl+D ("down") / Ctrl+R ("right"): the selection's first row (column) into the rest.

        With one row (column) selected, the cell above (to the left) is copied into it, as in Excel.
        """
        if self.source_model is None:
            return 0
        columns = self._columns()
        box = self._box(columns)
        if box is None:
            return 0
        top, left, bottom, right = box
        down = direction == "down"
        if down and top == bottom:
            top -= 1
        if not down and left == right:
            left -= 1
        if top < 0 or left < 0:
            return 0
        cells = []
        for r in range(top, bottom + 1):
            for p in range(left, right + 1):
                if (down and r == top) or (not down and p == left):
                    continue
                target = self._source(r, p, columns)
                origin = self._source(top if down else r, p if down else left, columns)
                if target is not None and origin is not None:
                    cells.append((target[0], target[1], self.source_model.value(*origin)))
        return self.source_model.request_edits(cells, parse=False) if cells else 0

    def fill_selection(self, *, text: str | None = None) -> int:
        """Ctrl+Enter: every selected cell gets the current cell's value (or the typed text)."""
        model = self.source_model
        current = self.to_source(self.currentIndex())
        if model is None or current is None:
            return 0
        targets = [s for ix in self.selectionModel().selectedIndexes() if (s := self.to_source(ix)) is not None]
        if current not in targets:
            targets.append(current)
        if text is not None:
            return model.request_edits([(r, c, text) for r, c in targets], parse=True)
        value = model.value(*current)
        return model.request_edits([(r, c, value) for r, c in targets if (r, c) != current], parse=False)

    def selected_row_keys(self) -> list:
        """The row keys of every row with a selected cell (or the current cell), in the order shown."""
        model = self.source_model
        if model is None:
            return []
        rows = sorted({ix.row() for ix in self.selectionModel().selectedIndexes()}
                      or ({self.currentIndex().row()} if self.currentIndex().isValid() else set()))
        return [model.row_key(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in rows]

    def _select(self, top: int, left: int, bottom: int, right: int, columns: list[int]) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        if top > bottom or left > right:
            return
        selection = QItemSelection()
        for p in range(left, right + 1):
            selection.select(self.proxy.index(top, columns[p]), self.proxy.index(bottom, columns[p]))
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def move_current(self, rows: int) -> None:
        index = self.currentIndex()
        if not index.isValid():
            return
        row = min(max(index.row() + rows, 0), self.proxy.rowCount() - 1)
        self.setCurrentIndex(self.proxy.index(row, index.column()))

    # -- keys ----------------------------------------------------------------------------------------
    def _action(self, event: QKeyEvent) -> str | None:
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        if event.matches(QKeySequence.StandardKey.Copy):
            return "copy"
        if event.matches(QKeySequence.StandardKey.Paste):
            return "paste"
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
            return "clear"
        if mods & Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_Plus:  # Ctrl++ (often Ctrl+Shift+=)
            return "insert"
        if ctrl and key == Qt.Key.Key_Minus:
            return "remove"
        if ctrl and key == Qt.Key.Key_D:
            return "down"
        if ctrl and key == Qt.Key.Key_R:
            return "right"
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if ctrl:
                return "fill"
            if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
                return "up" if mods == Qt.KeyboardModifier.ShiftModifier else "next"
        return None

    def event(self, event: QEvent) -> bool:
        # Take our keys before the window's shortcuts do (e.g. a menu action on Ctrl+D).
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and self.state() != QAbstractItemView.State.EditingState and self._action(event)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        action = self._action(event) if self.state() != QAbstractItemView.State.EditingState else None
        if action is None:
            super().keyPressEvent(event)
            return
        event.accept()
        if action == "copy":
            self.copy()
        elif action == "paste":
            self.paste()
        elif action == "clear":
            self.clear_cells()
        elif action in ("down", "right"):
            self.fill(action)
        elif action == "fill":
            self.fill_selection()
        elif action == "insert":
            current = self.to_source(self.currentIndex())
            model = self.source_model
            self.insert_row_requested.emit(model.row_key(current[0]) if model and current else None)
        elif action == "remove":
            self.remove_rows_requested.emit(self.selected_row_keys())
        else:
            self.move_current(-1 if action == "up" else 1)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter: commit, then one row down
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.move_current(1)
            return
        super().closeEditor(editor, hint)


__all__ = ["ExcelTableView"]
