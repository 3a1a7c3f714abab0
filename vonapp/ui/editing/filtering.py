"""Sorting and filtering of an ExcelTableView: the proxy model and a filter field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QWidget

from vonapp.ui.editing.model import SORT_ROLE

if TYPE_CHECKING:
    from typing import Protocol

    class ExcelTableView(Protocol):
        """The view the field filters (vonapp.ui.editing.view.ExcelTableView, which imports this module)."""

        proxy: QSortFilterProxyModel


class FrameProxyModel(QSortFilterProxyModel):
    """Sorts by SORT_ROLE (numbers as numbers), filters on the shown text of every column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)  # an edited row stays where it is until the next header click
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


class FilterLine(QLineEdit):
    """A search field that filters an ExcelTableView's rows on any column's shown text."""

    def __init__(self, view: ExcelTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setPlaceholderText(self.tr("Filtrera …"))
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.apply)
        self.textChanged.connect(lambda _t: self._timer.start())

    def apply(self) -> None:
        self._timer.stop()
        self.view.proxy.setFilterFixedString(self.text().strip())
