"""Bemanningskurva: staff on duty per hour of the week (the cycle's mean) against the staffing need.

Items are made once and fed with setData; hours below the need are shaded red.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from vonapp.ui.schema.grid_model import SHORT_WEEKDAYS

HOURS = 168
STAFF_PEN = pg.mkPen("#1F5FA8", width=2)
NEED_PEN = pg.mkPen("#333333", width=1.5, style=Qt.PenStyle.DashLine)
SHORT_BRUSH = pg.mkBrush(232, 80, 91, 150)
AXIS_PEN = "#333333"


def week_array(frame: pd.DataFrame, column: str) -> np.ndarray:
    """A (weekday, hour, value) frame as 168 values, Monday 00–01 first; missing hours are 0."""
    out = np.zeros(HOURS)
    if len(frame):
        at = frame["weekday"].to_numpy(dtype=np.int64) * 24 + frame["hour"].to_numpy(dtype=np.int64)
        out[at] = frame[column].to_numpy(dtype=float)
    return out


def short_hours(staff: np.ndarray, need: np.ndarray) -> np.ndarray:
    """Hours of the week where the staff on duty is below the need (by more than rounding)."""
    return np.nonzero(staff < need - 1e-9)[0]


class StaffingCurve(QWidget):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setMinimumHeight(150)
        plot = self.plot_widget.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=True, y=True, alpha=0.15)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(AXIS_PEN))
            axis.setTextPen(pg.mkPen(AXIS_PEN))
            axis.enableAutoSIPrefix(False)
        plot.getAxis("bottom").setTicks([[(d * 24 + 12, SHORT_WEEKDAYS[d]) for d in range(7)],
                                         [(d * 24, "") for d in range(8)]])
        plot.setLabel("left", self.tr("personal"), color=AXIS_PEN)
        self.short = pg.BarGraphItem(x=[], height=[], width=1.0, y0=[], brush=SHORT_BRUSH, pen=pg.mkPen(None))
        x = np.arange(HOURS + 1)
        self.need = pg.PlotDataItem(x, np.zeros(HOURS), stepMode="center", pen=NEED_PEN, )
        self.staff = pg.PlotDataItem(x, np.zeros(HOURS), stepMode="center", pen=STAFF_PEN,
                                     )
        plot.addItem(self.short)
        plot.addItem(self.need)
        plot.addItem(self.staff)
        plot.setXRange(0, HOURS, padding=0)
        self.legend = QLabel(self.tr('<span style="color:#1F5FA8"><b>━</b></span> i tjänst enligt schemat (snitt över '
                                     'cykeln) &nbsp; <b>╌</b> behov &nbsp; <span style="color:#E8505B">■</span> '
                                     'underbemannat'))
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.caption)
        self.short_count = 0

    def set_data(self, staff: np.ndarray, need: np.ndarray | None) -> None:
        """Staff on duty and need as 168 values each (need None: none entered)."""
        x = np.arange(HOURS + 1)
        self.staff.setData(x, staff)
        has_need = need is not None and bool(np.any(need > 0))
        self.need.setVisible(has_need)
        top = float(max(staff.max(initial=0), need.max(initial=0) if has_need and need is not None else 0))
        if has_need and need is not None:
            self.need.setData(x, need)
            gap = short_hours(staff, need)
            self.short.setOpts(x=gap + 0.5, height=need[gap] - staff[gap], y0=staff[gap], width=1.0)
            self.short_count = len(gap)
            self.caption.setText(
                self.tr("{n} timmar i veckan under behovet (rött).").format(n=len(gap)) if len(gap)
                else self.tr("Schemat täcker behovet varje timme i veckan."))
        else:
            self.short.setOpts(x=[], height=[], y0=[], width=1.0)
            self.short_count = 0
            self.caption.setText(self.tr("Inget bemanningsbehov registrerat – ange det under fliken Bemanningsbehov."))
        self.plot_widget.getPlotItem().setYRange(0, max(1.0, top * 1.1), padding=0)
