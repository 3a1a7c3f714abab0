"""A crosshair that follows the mouse over a plot and shows the nearest bucket's exact values."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt

HoverText = Callable[[float], tuple[float, str] | None]


class Crosshair:
    """A vertical and a horizontal InfiniteLine and a label with the values at the snapped x."""

    def __init__(self, plot: pg.PlotItem, hover_text: HoverText) -> None:
        self._plot = plot
        self._hover_text = hover_text
        pen = pg.mkPen("#555555", width=1, style=Qt.PenStyle.DashLine)
        self.vline = pg.InfiniteLine(angle=90, movable=False, pen=pen)
        self.hline = pg.InfiniteLine(angle=0, movable=False, pen=pen)
        self.label = pg.TextItem(anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 235), border=pg.mkPen("#888888"))
        self.label.setZValue(100)
        for item in (self.vline, self.hline, self.label):
            plot.addItem(item, ignoreBounds=True)
        self.text = ""
        self.hide()
        plot.scene().sigMouseMoved.connect(self._moved)

    def hide(self) -> None:
        for item in (self.vline, self.hline, self.label):
            item.setVisible(False)

    def show_at(self, x: float, y: float | None = None) -> str:
        """Put the crosshair on the bucket nearest to x and return the label's text ("" if none)."""
        found = self._hover_text(x)
        if found is None:
            self.hide()
            self.text = ""
            return ""
        snapped, html = found
        self.text = html
        self.vline.setPos(snapped)
        self.vline.setVisible(True)
        if y is not None:
            self.hline.setPos(y)
            self.hline.setVisible(True)
        (x0, x1), (_, y1) = self._plot.viewRange()
        # Keep the label inside the view: on the right of the line in the left half, else on its left.
        self.label.setAnchor((0, 0) if snapped < (x0 + x1) / 2 else (1, 0))
        self.label.setHtml(f"<div style='color:#111111'>{html}</div>")
        self.label.setPos(snapped, y1)
        self.label.setVisible(True)
        return html

    def _moved(self, pos: QPointF) -> None:
        vb = self._plot.vb
        if not vb.sceneBoundingRect().contains(pos):
            self.hide()
            return
        point = vb.mapSceneToView(pos)
        self.show_at(point.x(), point.y())
