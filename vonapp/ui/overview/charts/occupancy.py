"""Beläggning: occupancy per day (per week in the year view) against the budget and last year."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from vonapp.domain.formatting import fmt_number, fmt_pct
from vonapp.ui.overview.charts.axes import WEEKDAYS, short_date
from vonapp.ui.overview.charts.base import Chart, PlotView, data_line, legend_html
from vonapp.ui.overview.data import DAY, OverviewData
from vonapp.ui.overview.palette import BLUE, GREY, VERMILLION

if TYPE_CHECKING:
    import pandas as pd


class OccupancyChart(Chart):
    """Occupancy % this period, the budgeted % (dashed) and the same period last year (grey)."""

    file_stem = "belaggning"
    handbook_section = "belaggning"

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Beläggning"), parent=parent)
        self.plot = self.add_plot(row=0, left_label=self.tr("beläggning, %"))
        self.last_year_line = data_line(pen=pg.mkPen(GREY, width=1.5), connect="finite")
        self.budget_line = data_line(pen=pg.mkPen(VERMILLION, width=2, style=Qt.PenStyle.DashLine),
                                           connect="finite")
        self.occupancy_line = data_line(pen=pg.mkPen(BLUE, width=2.5), connect="finite",
                                              symbol="o", symbolSize=4, symbolBrush=BLUE, symbolPen=None)
        for item in (self.last_year_line, self.budget_line, self.occupancy_line):
            self.plot.addItem(item)
        self.empty_text = pg.TextItem(self.tr("Ingen beläggning att visa"), color="#555555", anchor=(0.5, 0.5))
        self.plot.addItem(self.empty_text, ignoreBounds=True)
        self.crosshair = self.add_crosshair(self.plot)
        self.legend.setText(legend_html([(BLUE, "━", self.tr("beläggning")),
                                         (VERMILLION, "┅", self.tr("budgeterad beläggning")),
                                         (GREY, "━", self.tr("samma period i fjol"))]))
        self.view = PlotView(self.plot, pixels=2.5, zero_span=(-5.0, 5.0))  # the 2.5 px line and its dots
        self.current: pd.DataFrame | None = None
        self.freq = DAY
        self.x = self.last_year_x = self.last_year = np.zeros(0)

    def show_data(self, data: OverviewData) -> None:
        o = data.charts.occupancy
        self.current, self.freq = data.occupancy.current, data.occupancy_freq
        self.x, self.last_year_x, self.last_year = o.x, o.last_year_x, o.last_year
        self.occupancy_line.setData(x=o.x, y=o.occupancy)
        self.budget_line.setData(x=o.x, y=o.budget)
        self.last_year_line.setData(x=o.last_year_x, y=o.last_year)
        if o.has_data:
            self.view.show(o.x_range, o.pct_bounds)
            self.note.setText(self.tr("Belagda platsdygn i procent av tillgängliga, per {0}.").format(
                self.tr("dag") if self.freq == DAY else self.tr("vecka")))
        else:
            self.view.show(o.x_range, o.pct_bounds, x_padding=0.01, y_padding=0.02)
            self.empty_text.setPos(sum(o.x_range) / 2, 50.0)
            self.note.setText(self.tr("Ingen beläggning registrerad för perioden: enheten har inga platser "
                                      "eller ingen beläggning är importerad."))
        self.empty_text.setVisible(not o.has_data)
        self.crosshair.hide()

    def hover_text(self, x: float) -> tuple[float, str] | None:
        import pandas as pd

        if not len(self.x):
            return None
        i = int(np.argmin(np.abs(self.x - x)))
        row = self.current.iloc[i]
        start = pd.Timestamp(row["start"])
        if self.freq == DAY:
            title = f"{WEEKDAYS[start.weekday()]} {short_date(start.date())}"
        else:
            title = self.tr("v. {0} från {1}").format(start.isocalendar()[1], short_date(start.date()))
        lines = [f"<b>{title}</b>",
                 self.tr("Beläggning: {0}").format(fmt_pct(_num(row["occupancy_pct"]))),
                 self.tr("&nbsp;&nbsp;{0} av {1} platsdygn").format(
                     fmt_number(_num(row["occupied_days"])), fmt_number(_num(row["place_days"]))),
                 self.tr("Budget: {0}").format(fmt_pct(_num(row["budget_pct"])))]
        if len(self.last_year):
            j = int(np.argmin(np.abs(self.last_year_x - self.x[i])))
            lines.append(self.tr("I fjol: {0}").format(fmt_pct(_num(self.last_year[j]))))
        return float(self.x[i]), "<br>".join(lines)


def _num(value: object) -> float | None:
    v = float(value)  # type: ignore[arg-type]
    return None if np.isnan(v) else v
