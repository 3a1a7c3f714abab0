"""The grid's first columns (number, name, rate, hours) stay in place while the days scroll sideways.

Qt's "frozen column" recipe: a second view over the same model and selection lies on top of the main
view's left edge, shows only the first columns, and follows its vertical scrolling and column widths.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


class FrozenColumns(QObject):
    def __init__(self, view: QTableView, count: int) -> None:
        super().__init__(view)
        self.view, self.count = view, count
        frozen = QTableView(view)
        self.frozen = frozen
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frozen.verticalHeader().hide()
        frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        frozen.setStyleSheet("QTableView { border: none; border-right: 2px solid #9a9a9a; }")
        frozen.setVerticalScrollMode(view.verticalScrollMode())
        view.viewport().stackUnder(frozen)
        view.verticalScrollBar().valueChanged.connect(frozen.verticalScrollBar().setValue)
        frozen.verticalScrollBar().valueChanged.connect(view.verticalScrollBar().setValue)
        view.horizontalHeader().sectionResized.connect(self._resized)
        view.verticalHeader().sectionResized.connect(lambda i, _o, size: frozen.setRowHeight(i, size))
        view.installEventFilter(self)
        frozen.clicked.connect(self._clicked)
        self.attach()

    def attach(self) -> None:
        """After the view gets (or resets) its model: show the same model and selection, first columns only."""
        model = self.view.model()
        if model is None:
            return
        if self.frozen.model() is not model:
            self.frozen.setModel(model)
            model.modelReset.connect(self.attach)
            model.layoutChanged.connect(self.attach)
        self.frozen.setSelectionModel(self.view.selectionModel())
        self.frozen.verticalHeader().setDefaultSectionSize(self.view.verticalHeader().defaultSectionSize())
        self.frozen.horizontalHeader().setFixedHeight(self.view.horizontalHeader().height())
        for c in range(model.columnCount()):
            self.frozen.setColumnHidden(c, c >= self.count)
            if c < self.count:
                self.frozen.setColumnWidth(c, self.view.columnWidth(c))
        self.frozen.show()
        self.place()

    def _resized(self, index: int, _old: int, size: int) -> None:
        if index < self.count:
            self.frozen.setColumnWidth(index, size)
            self.place()

    def _clicked(self, index: object) -> None:
        self.view.setCurrentIndex(index)  # type: ignore[arg-type]
        self.view.setFocus()

    def place(self) -> None:
        v = self.view
        width = sum(v.columnWidth(c) for c in range(min(self.count, v.model().columnCount() if v.model() else 0)))
        self.frozen.horizontalHeader().setFixedHeight(v.horizontalHeader().height())
        self.frozen.setGeometry(v.verticalHeader().width() + v.frameWidth(), v.frameWidth(), width,
                                v.viewport().height() + v.horizontalHeader().height())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.view and event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest):
            self.place()
        return False
