"""The overview page: tiles on top, four charts below."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from vonapp.ui.overview.data import OverviewData


class OverviewPage(QWidget):
    """Tiles and charts of one unit and period; the shell feeds it OverviewData."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = QLabel(self.tr("Laddar översikten …"), self)
        self._status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._status)
        self.data: OverviewData | None = None

    def show_data(self, data: OverviewData) -> None:
        """Show the figures of data (fast: existing items are updated)."""
        self.data = data
        self._status.setText(self.tr("Översikt för %1, %2").replace("%1", data.summary.unit).replace("%2", data.period.label))

    def show_error(self, message: str) -> None:
        """Show a Swedish message in place of the figures."""
        self._status.setText(message)
