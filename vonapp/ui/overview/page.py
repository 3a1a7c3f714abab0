"""The overview page: seven tiles on top, four charts in a 2×2 grid below, in a scroll area."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from vonapp.ui.overview.charts.base import Chart
from vonapp.ui.overview.charts.budget import BudgetChart
from vonapp.ui.overview.charts.occupancy import OccupancyChart
from vonapp.ui.overview.charts.resurspass import ResurspassChart
from vonapp.ui.overview.charts.staffing import StaffingChart
from vonapp.ui.overview.data import OverviewData
from vonapp.ui.overview.tile_texts import TILE_BUILDERS, resurspass_tile, tile_contents
from vonapp.ui.overview.tiles import Tile
from vonapp.ui.selectors import period_title
from vonapp.ui.style import set_role

TILE_MIN_WIDTH = 180
CHART_HEIGHT = 330
OTHER_CHARTS_MS = 300
CHART_KINDS: tuple[type[Chart], ...] = (BudgetChart, OccupancyChart, ResurspassChart, StaffingChart)


class OverviewPage(QWidget):
    """Tiles and charts of one unit and period; the shell feeds it OverviewData."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Översikt"), self)
        set_role(self.heading, "page-heading")
        self.message = QLabel(self.tr("Laddar översikten …"), self)
        self.message.setWordWrap(True)
        set_role(self.message, "page-message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tiles = [Tile(parent=self) for _ in TILE_BUILDERS]
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(8)
        self._tile_columns = 0
        self._charts: list[Chart] = []  # built with the first figures: not in the window's first paint
        self.chart_grid = QGridLayout()
        self.chart_grid.setSpacing(8)
        self.chart_grid.setRowMinimumHeight(1, CHART_HEIGHT)  # the second row's room before it is built

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(8, 8, 8, 8)
        body.setSpacing(10)
        body.addWidget(self.heading)
        body.addWidget(self.message)
        body.addLayout(self.tile_grid)
        body.addLayout(self.chart_grid, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._arrange_tiles(7)
        self._set_figures_visible(False)
        self.data: OverviewData | None = None

    @property
    def charts(self) -> list[Chart]:
        """Budget, occupancy, resurspass and staffing; created on first use (≈0.1 s of pyqtgraph set-up)."""
        self._build_charts(len(CHART_KINDS))
        return self._charts

    def _build_charts(self, count: int) -> None:
        """The first count charts of the grid (a new one shows the figures already shown)."""
        while len(self._charts) < count:
            i = len(self._charts)
            chart = CHART_KINDS[i](parent=self.body)
            chart.setMinimumHeight(CHART_HEIGHT)
            self.chart_grid.addWidget(chart, i // 2, i % 2)
            self._charts.append(chart)
            if self.data is not None:
                chart.show_data(self.data)
            layout = self.body.layout()
            if layout is not None:
                layout.activate()  # in its place before it is shown: not a frame in the page's corner
            chart.setVisible(self.heading.isVisibleTo(self))

    def first_charts(self) -> list[Chart]:
        """The charts built so far (the first row once figures were shown), without building the rest."""
        return self._charts or self.charts

    def _build_other_charts(self) -> None:
        if self._charts:
            self._charts[0].removeEventFilter(self)
        self._build_charts(len(CHART_KINDS))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self._charts and obj is self._charts[0]:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, self._build_other_charts)
        return False

    @property
    def budget_chart(self) -> BudgetChart:
        return self.charts[0]  # type: ignore[return-value]

    @property
    def occupancy_chart(self) -> OccupancyChart:
        return self.charts[1]  # type: ignore[return-value]

    @property
    def resurspass_chart(self) -> ResurspassChart:
        return self.charts[2]  # type: ignore[return-value]

    @property
    def staffing_chart(self) -> StaffingChart:
        return self.charts[3]  # type: ignore[return-value]

    def show_data(self, data: OverviewData) -> None:
        """Show the figures of data (fast: existing tiles and chart items are updated)."""
        self.data = data
        p = data.period
        title = period_title(p)
        dates = f" ({p.start.isoformat()} – {p.end.isoformat()})" if title[0].isalpha() else ""
        unit = self.tr("Alla enheter") if data.unit.strip().lower() == "all" else data.summary.unit
        self.heading.setText(f"{unit} · {title}{dates}")
        for tile, content in zip(self.tiles, tile_contents(data), strict=True):
            tile.show_content(content)
        # The first row is built and filled at once; the second row (below the fold of most screens,
        # its room kept by the grid) once the first row has painted its figures.
        first_build = len(self._charts) < len(CHART_KINDS)
        self._build_charts(2)
        for chart in self._charts:
            chart.show_data(data)
        self._set_figures_visible(True)
        if first_build:  # after the first row has painted (or a moment, for a page not on screen)
            self._charts[0].installEventFilter(self)
            QTimer.singleShot(OTHER_CHARTS_MS, self, self._build_other_charts)

    def show_resurspass(self, data: OverviewData) -> None:
        """Show data whose resurspass part alone differs from the figures shown (a placement edit).

        Only the resurspass tile and chart are filled again: a placement changes where resurspass
        hours went, never the hours, so budget, outcome, forecast, occupancy, sick rate, hourly-paid
        share and measures — and their charts — stay as shown (vonapp.store.utfall.load_after_placement).
        """
        self.data = data
        at = TILE_BUILDERS.index(resurspass_tile)
        self.tiles[at].show_content(resurspass_tile(data))
        if len(self._charts) > CHART_KINDS.index(ResurspassChart):
            self._charts[CHART_KINDS.index(ResurspassChart)].show_data(data)
        # (a chart not built yet is filled from self.data when it is built)

    def show_error(self, message: str) -> None:
        """Show a Swedish message in place of the figures."""
        self.data = None
        self.message.setText(message)
        self._set_figures_visible(False)

    def _set_figures_visible(self, visible: bool) -> None:
        self.message.setVisible(not visible)
        self.heading.setVisible(visible)
        for widget in [*self.tiles, *self._charts]:
            widget.setVisible(visible)

    def _arrange_tiles(self, columns: int) -> None:
        if columns == self._tile_columns:
            return
        self._tile_columns = columns
        for tile in self.tiles:
            self.tile_grid.removeWidget(tile)
        for i, tile in enumerate(self.tiles):
            self.tile_grid.addWidget(tile, i // columns, i % columns)
        for c in range(7):
            self.tile_grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        """Seven tiles in a row when they fit, else four (and three) per row."""
        fits = max(1, (event.size().width() - 24) // (TILE_MIN_WIDTH + 8))
        self._arrange_tiles(7 if fits >= 7 else 4 if fits >= 4 else max(fits, 2))
        super().resizeEvent(event)
