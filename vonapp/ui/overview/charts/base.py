"""The frame every overview chart shares: title, explanation, legend, plot, crosshair, "Spara bild…"."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vonapp.ui.overview.chart_data import Bounds
from vonapp.ui.overview.charts.axes import SwedishDateAxis, ValueAxis, axis_number
from vonapp.ui.overview.crosshair import Crosshair
from vonapp.ui.overview.save_image import ask_and_save_png, save_widget_png
from vonapp.ui.style import set_role

AXIS_PEN = "#333333"
AXIS_MIN_WIDTH = 56


def style_plot(plot: pg.PlotItem, *, left_label: str) -> HorizontalGrid:
    """White-background look: dark axes, light grid, no pyqtgraph menus or zoom (a wheel scrolls the page).

    Keep the returned grid: a signal does not keep the object of a connected method alive.
    """
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    grid = HorizontalGrid(plot)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(AXIS_PEN))
        axis.setTextPen(pg.mkPen(AXIS_PEN))
        # An axis is painted from a pixmap until its ticks change: every switch repaints the whole
        # chart, and replaying an unchanged axis' labels costs ≈0.4 ms each.
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    for name in ("left", "bottom", "top", "right"):
        # Hours, per cent and staff need no "(x0.001)" scaling, and the check re-renders the label's
        # HTML at every range change (≈5 ms a switch for the four charts), the hidden axes' too.
        plot.getAxis(name).enableAutoSIPrefix(False)
    plot.getAxis("left").setWidth(62)
    plot.setLabel("left", left_label, color=AXIS_PEN)
    plot.getViewBox().setDefaultPadding(0.02)
    return grid


def data_line(**opts: object) -> pg.PlotDataItem:
    """A PlotDataItem without the dynamic range limit.

    The limit guards against points far outside the view; ours are always inside it, and with the limit
    every change of the view's height sets each line's data again (≈1 ms a switch).
    """
    return pg.PlotDataItem(dynamicRangeLimit=None, **opts)


class Bars(pg.BarGraphItem):
    """A BarGraphItem that keeps its bounding rectangle until its bars or its view change.

    pyqtgraph works it out at each call, through the pixel size; Qt asks for it a few dozen times a
    paint across the charts' bars (≈1 ms a switch).
    """

    def __init__(self, **opts: object) -> None:
        self._rect: QRectF | None = None
        super().__init__(**opts)

    def setOpts(self, **opts: object) -> None:  # noqa: N802 (Qt name)
        self._rect = None
        super().setOpts(**opts)

    def viewTransformChanged(self) -> None:  # noqa: N802 (Qt name)
        self._rect = None
        super().viewTransformChanged()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt name)
        if self._rect is None:
            self._rect = super().boundingRect()
        return QRectF(self._rect)


class HorizontalGrid:
    """Opaque light lines at the left axis' major ticks.

    pyqtgraph's own grid extends the axis over the whole view, so every change in the view repaints
    the axis; on a software-rendered screen that cost ≈ 40 ms per unit or period switch.
    """

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        self.lines = pg.PlotCurveItem(pen=pg.mkPen("#DADADA", width=1), connect="pairs")
        self.lines.setZValue(-100)
        plot.addItem(self.lines, ignoreBounds=True)
        plot.getViewBox().sigRangeChanged.connect(self.update)

    def update(self) -> None:
        (x0, x1), (y0, y1) = self.plot.viewRange()
        axis = self.plot.getAxis("left")
        # The axis' own length, so that it paints with the same tick values (computed once).
        levels = axis.tickValues(y0, y1, axis.pixel_length() if axis.height() > 0 else 50.0)
        ys = np.array([v for v in levels[0][1] if y0 <= v <= y1] if levels else [], dtype=float)
        self.lines.setData(x=np.tile([x0, x1], len(ys)), y=np.repeat(ys, 2))


class PlotView:
    """A plot's view range set from its data's bounds, as pyqtgraph's auto-range would fit them.

    y: the bounds widened by the pen's half width in pixels, then by ViewBox.suggestPadding (which
    depends on the view's height). Auto-range instead scans every item's bounds at each paint (≈5 ms
    a switch for the four charts). Bounds of zero height (all zero, say) show zero_span around them.
    """

    def __init__(self, plot: pg.PlotItem, *, pixels: float, zero_span: tuple[float, float] = (0.0, 10.0)) -> None:
        self.view = plot.getViewBox()
        self.view.disableAutoRange()
        self.pixels = pixels
        self.zero_span = zero_span
        self.x: tuple[float, float] | None = None
        self.x_padding = 0.02
        self.y: Bounds = None
        self.y_padding: float | None = None
        self.view.sigResized.connect(lambda _view: self.fit())  # the padding is in pixels: fit again at the new size

    def show(self, x: tuple[float, float] | None, y: Bounds, *, x_padding: float = 0.02,
             y_padding: float | None = None) -> None:
        """Show x (None: leave it, e.g. a linked or fixed axis) and y, padded; y_padding None: as auto-range."""
        self.x, self.x_padding, self.y, self.y_padding = x, x_padding, y, y_padding
        self.fit()

    def fit(self) -> None:
        if self.y is None or not self.y[1] > self.y[0]:
            middle = 0.0 if self.y is None else self.y[0]
            lo, hi = middle + self.zero_span[0], middle + self.zero_span[1]
        else:
            lo, hi = self.y
        height = self.view.height()
        if self.y_padding is None:
            pen = self.pixels * (hi - lo) / height if height > 0 else 0.0
            lo, hi = lo - pen, hi + pen
            pad = (hi - lo) * self.view.suggestPadding(1)
        else:
            pad = (hi - lo) * self.y_padding
        ranges: dict[str, tuple[float, float]] = {"yRange": (lo - pad, hi + pad)}
        if self.x is not None:
            x0, x1 = self.x
            ranges["xRange"] = (x0 - (x1 - x0) * self.x_padding, x1 + (x1 - x0) * self.x_padding)
        self.view.setRange(padding=0.0, **ranges)
        # Move the items to the new range now: done in the paint, the move paints the plot a second time.
        self.view.prepareForPaint()


def legend_html(entries: list[tuple[str, str, str]]) -> str:
    """A one-paragraph legend: (colour, mark, text) with marks like ■ (bars), ━ (line), ┅ (dashed).

    An entry wraps as a whole ("prognos (schemalagt)" never split over two lines).
    """
    parts = [
        f"<span style='color:{colour}; font-size:12pt'>{mark}</span>&nbsp;{text.replace(' ', '&nbsp;')}"
        for colour, mark, text in entries
    ]
    return "&nbsp;&nbsp; ".join(parts)


class Chart(QWidget):
    """A titled chart with a legend line above the plot; subclasses create items once, then setData."""

    file_stem = "diagram"
    handbook_section = ""  # the manual's section about this chart (vonapp.ui.dialogs.handbook.SECTIONS)

    def __init__(self, title: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(280)
        self.title = QLabel(title, self)
        set_role(self.title, "chart-title")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        set_role(self.note, "chart-note")
        # Room for two lines: a note that wraps to another number of lines for the next unit would
        # resize the plot, and every resize paints the chart again (two or three paints a switch).
        self.note.setMinimumHeight(2 * self.note.fontMetrics().lineSpacing())
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("Spara bild…"))
        self.save_button.setToolTip(self.tr("Spara diagrammet som en PNG-bild"))
        self.save_button.clicked.connect(self.ask_and_save)
        self.help_button = QToolButton(self)
        self.help_button.setText("?")
        self.help_button.setToolTip(self.tr("Vad diagrammet visar och hur siffrorna räknas: handboken (F1)"))
        self.help_button.clicked.connect(self.open_handbook)
        self.plots: list[pg.PlotItem] = []
        self.crosshairs: list[Crosshair] = []
        self._metrics = QFontMetrics(self.font())
        self.grids: list[HorizontalGrid] = []
        self.canvas = pg.GraphicsLayoutWidget(self)
        self.canvas.setBackground("w")
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._context_menu)
        self.canvas.setMinimumHeight(200)
        for watched in (self.canvas, self.canvas.viewport()):
            watched.installEventFilter(self)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.save_button, 0)
        head.addWidget(self.help_button, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.note)
        layout.addWidget(self.legend)
        layout.addWidget(self.canvas, 1)
        self.setStyleSheet("background: white;")

    def add_plot(self, *, row: int, left_label: str, date_axis: bool = True) -> pg.PlotItem:
        axes = {"left": ValueAxis("left"), "bottom": SwedishDateAxis("bottom") if date_axis else ValueAxis("bottom")}
        # No context menus (style_plot turns them off): without enableMenu=False each view box built
        # one first (≈2 ms a plot at start).
        plot = self.canvas.addPlot(row=row, col=0, axisItems=axes, enableMenu=False)
        self.grids.append(style_plot(plot, left_label=left_label))
        self.plots.append(plot)
        return plot

    def add_crosshair(self, plot: pg.PlotItem) -> Crosshair:
        crosshair = Crosshair(plot, self.hover_text)
        self.crosshairs.append(crosshair)
        return crosshair

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """The hover label leaves with the mouse (the scene only reports moves inside the canvas)."""
        if event.type() in (QEvent.Type.Leave, QEvent.Type.Hide):
            for crosshair in self.crosshairs:
                crosshair.hide()
        return False

    def fit_left_axes(self, *value_bounds: Bounds) -> None:
        """Make the left axes wide enough for their widest tick label beside the axis title.

        The title stands at the axis' outer edge; with a fixed narrow axis "−100 000" ran into it.
        The width changes only when the labels need it (a change lays the chart out again).
        """
        longest = max([axis_number(v * 1.2, 0) for b in value_bounds if b is not None for v in b] + ["100"],
                      key=lambda text: self._metrics.horizontalAdvance(text))
        # the label, a gap, the tick text, the tick and its gap; the title's line beside them
        width = self._metrics.horizontalAdvance(longest) + self._metrics.height() + 22
        width = max(AXIS_MIN_WIDTH, int(math.ceil(width / 8.0)) * 8)  # in steps: no relayout for a digit
        for plot in self.plots:
            axis = plot.getAxis("left")
            if axis.width() != width:
                axis.setWidth(width)

    def hover_text(self, x: float) -> tuple[float, str] | None:
        """The x to snap to and the rich text for the bucket nearest to x (None: nothing there)."""
        raise NotImplementedError

    def save_png(self, path: str | Path) -> bool:
        """Save the whole chart (title, legend and plot) as a PNG."""
        return save_widget_png(self, path)

    def open_handbook(self) -> None:
        from vonapp.ui.dialogs.handbook import open_handbook

        open_handbook(self, self.handbook_section)

    def ask_and_save(self) -> None:
        ask_and_save_png(self, f"{self.file_stem}.png", self)

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        action = QAction(self.tr("Spara bild…"), menu)
        action.triggered.connect(self.ask_and_save)
        menu.addAction(action)
        menu.exec(self.canvas.mapToGlobal(pos))

