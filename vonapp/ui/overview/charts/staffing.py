"""Bemanning: staff on duty per hour over a Monday..Sunday week from the schedule, against the need."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from vonapp.domain.formatting import fmt_number
from vonapp.ui.overview.charts.axes import WEEKDAY_NAMES, week_hour_ticks
from vonapp.ui.overview.charts.base import Chart, PlotView, data_line, legend_html
from vonapp.ui.overview.data import OverviewData
from vonapp.ui.overview.palette import BLACK, BLUE, SKY_BLUE

if TYPE_CHECKING:
    import pandas as pd

HOURS = np.arange(7 * 24 + 1, dtype=float)  # bucket edges: hour h of the week is [h, h + 1)


class StaffingChart(Chart):
    """Mean staff on duty per weekday and hour (filled steps) and the staffing need (dashed steps)."""

    file_stem = "bemanning"
    handbook_section = "bemanning"

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bemanning under en vecka"), parent=parent)
        self.plot = self.add_plot(row=0, left_label=self.tr("personal i tjänst"), date_axis=False)
        self.plot.getAxis("bottom").setTicks(week_hour_ticks())
        for day in range(1, 7):  # day boundaries as opaque lines: a full x grid costs a lot to paint
            self.plot.addItem(pg.InfiniteLine(pos=day * 24.0, angle=90, movable=False, pen=pg.mkPen("#BBBBBB")))
        fill = QColor(SKY_BLUE)
        fill.setAlpha(110)
        self.staff_line = data_line(pen=pg.mkPen(BLUE, width=1.5), fillLevel=0.0, brush=fill)
        self.need_line = data_line(pen=pg.mkPen(BLACK, width=2, style=Qt.PenStyle.DashLine), connect="finite")
        self.plot.addItem(self.staff_line)
        self.plot.addItem(self.need_line)
        self.plot.setXRange(0, 7 * 24, padding=0.005)
        self.view = PlotView(self.plot, pixels=1.41)  # the need's 2 px pen
        self.crosshair = self.add_crosshair(self.plot)
        self.legend.setText(legend_html([(BLUE, "■", self.tr("i tjänst enligt schemat (snitt)")),
                                         (BLACK, "┅", self.tr("bemanningsbehov"))]))
        self.frame: pd.DataFrame | None = None

    def show_data(self, data: OverviewData) -> None:
        s = data.charts.staffing
        self.frame = s.frame
        self.staff_line.setData(x=HOURS, y=s.staff, stepMode="center")
        no_need = bool(np.isnan(s.need).all())
        if no_need:
            self.need_line.setData(x=[], y=[])
        else:
            self.need_line.setData(x=HOURS, y=s.need, stepMode="center")
        self.fit_left_axes(s.staff_bounds)
        self.view.show(None, s.staff_bounds)
        if float(s.staff.sum()) > 0:
            note = self.tr("Genomsnittligt antal i tjänst per timme under perioden, måndag till söndag.")
        else:
            note = self.tr("Inget schema under perioden att visa bemanningen från.")
        if no_need:
            note += " " + self.tr("Inget bemanningsbehov registrerat.")
        self.note.setText(note)
        self.crosshair.hide()

    def hover_text(self, x: float) -> tuple[float, str] | None:
        if self.frame is None or not len(self.frame) or not 0 <= x < 7 * 24:
            return None
        i = int(x)
        row = self.frame.iloc[i]
        day, hour = int(row["weekday"]), int(row["hour"])
        need = float(row["need"])
        lines = [f"<b>{WEEKDAY_NAMES[day]} {hour:02d}–{(hour + 1) % 24:02d}</b>",
                 self.tr("I tjänst: {0}").format(fmt_number(float(row["staff"]), 1)),
                 self.tr("Behov: {0}").format(fmt_number(None if np.isnan(need) else need, 1))]
        return i + 0.5, "<br>".join(lines)
