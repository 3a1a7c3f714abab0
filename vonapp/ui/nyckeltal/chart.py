"""Two small charts of the months against their targets: utförandegrad, and bomtid with avböjda."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from vonapp.domain.plan import KpiTargets
from vonapp.ui.i18n import Words
from vonapp.ui.overview.charts.axes import ValueAxis
from vonapp.ui.overview.charts.base import style_plot
from vonapp.ui.overview.palette import BLUE, ORANGE, VERMILLION

MONTHS = Words("dates", ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("NyckeltalChart", text)


def _plot(title: str) -> tuple[pg.PlotWidget, object]:
    widget = pg.PlotWidget(background="w", axisItems={"left": ValueAxis("left")})
    plot = widget.getPlotItem()
    grid = style_plot(plot, left_label="%")
    plot.setTitle(title, color="#222222", size="10pt")
    plot.getAxis("bottom").setTicks([[(i + 1, m) for i, m in enumerate(MONTHS)]])
    plot.setXRange(0.5, 12.5, padding=0)
    return widget, grid


class KpiChart(QWidget):
    """Lines per month with the targets dashed; items made once, data set on each show()."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The words in their lines' colours say what each line is (no legend over the data).
        self.execution_plot, self._grid1 = _plot(
            _tr("<span style='color:{0}'>Utförandegrad</span> mot mål (streckat)").format(BLUE))
        self.idle_plot, self._grid2 = _plot(
            _tr("<span style='color:{0}'>Bomtid</span> och <span style='color:{1}'>avböjda</span> mot mål "
                "(streckat)").format(ORANGE, VERMILLION))
        p1, p2 = self.execution_plot.getPlotItem(), self.idle_plot.getPlotItem()
        dashed = Qt.PenStyle.DashLine
        self.execution = p1.plot([], [], pen=pg.mkPen(BLUE, width=2.5), symbol="o", symbolSize=6,
                                 symbolBrush=BLUE, symbolPen=None, name=_tr("Utförandegrad"))
        self.execution_target = p1.plot([], [], pen=pg.mkPen(BLUE, width=1.5, style=dashed), name=_tr("Mål"))
        self.idle = p2.plot([], [], pen=pg.mkPen(ORANGE, width=2.5), symbol="o", symbolSize=6, symbolBrush=ORANGE,
                            symbolPen=None, name=_tr("Bomtid"))
        self.idle_target = p2.plot([], [], pen=pg.mkPen(ORANGE, width=1.5, style=dashed), name=_tr("Mål bomtid"))
        self.declined = p2.plot([], [], pen=pg.mkPen(VERMILLION, width=2.5), symbol="s", symbolSize=6,
                                symbolBrush=VERMILLION, symbolPen=None, name=_tr("Avböjda"))
        self.declined_target = p2.plot([], [], pen=pg.mkPen(VERMILLION, width=1.5, style=dashed),
                                       name=_tr("Mål avböjda"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.execution_plot)
        layout.addWidget(self.idle_plot)

    def show_months(self, months: pd.DataFrame, targets: KpiTargets, shown: range = range(1, 13)) -> None:
        """The months of `shown` (a quarter's or a month's; the year's by default): no figure of a month
        outside the chosen period is drawn, and the axis covers just those months."""
        x = np.arange(1, 13, dtype=float)
        inside = (x >= shown.start) & (x < shown.stop)

        def values(key: str) -> np.ndarray:
            v = pd.to_numeric(months[key], errors="coerce").to_numpy(dtype=float)
            return np.where(inside, v, np.nan)

        ex, idle, dec = values("execution_rate"), values("idle_rate"), values("declined_rate")
        for item, y in ((self.execution, ex), (self.idle, idle), (self.declined, dec)):
            known = np.isfinite(y)
            # Only the months with figures: a unit without a time breakdown draws no line at all.
            item.setData(x[known], y[known]) if known.any() else item.setData([], [])
        edge = np.array([shown.start - 0.5, shown.stop - 0.5])
        for plot in (self.execution_plot, self.idle_plot):
            plot.getPlotItem().setXRange(float(edge[0]), float(edge[1]), padding=0)
        self.execution_target.setData(edge, [targets.execution_target_pct] * 2)
        self.idle_target.setData(edge, [targets.idle_max_pct] * 2)
        self.declined_target.setData(edge, [targets.declined_max_pct] * 2)
        low = np.nanmin(np.append(ex, targets.execution_target_pct)) if np.isfinite(ex).any() else 0.0
        high = np.nanmax(np.append(ex, targets.execution_target_pct)) if np.isfinite(ex).any() else 100.0
        self.execution_plot.getPlotItem().setYRange(max(0.0, np.floor(low / 10) * 10 - 5),
                                                    min(100.0, np.ceil(high / 10) * 10 + 5), padding=0)
        rest = np.concatenate([idle, dec, [targets.idle_max_pct, targets.declined_max_pct]])
        top = float(np.max(rest[np.isfinite(rest)]))
        self.idle_plot.getPlotItem().setYRange(0, float(np.ceil(top + 1)), padding=0)
