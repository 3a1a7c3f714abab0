"""Beläggning: occupancy per day (per week in the year view) against the budget and last year."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from vonapp.domain.formatting import fmt_number, fmt_pct
from vonapp.ui.overview.charts.axes import DAY_SECONDS, WEEKDAYS, epoch_seconds, short_date
from vonapp.ui.overview.charts.base import Chart, legend_html
from vonapp.ui.overview.data import DAY, OverviewData
from vonapp.ui.overview.palette import BLUE, GREY, VERMILLION

if TYPE_CHECKING:
    import pandas as pd


class OccupancyChart(Chart):
    """Occupancy % this period, the budgeted % (dashed) and the same period last year (grey)."""

    file_stem = "belaggning"

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Beläggning"), parent=parent)
        self.plot = self.add_plot(row=0, left_label=self.tr("beläggning, %"))
        self.last_year_line = pg.PlotDataItem(pen=pg.mkPen(GREY, width=1.5), connect="finite")
        self.budget_line = pg.PlotDataItem(pen=pg.mkPen(VERMILLION, width=2, style=Qt.PenStyle.DashLine),
                                           connect="finite")
        self.occupancy_line = pg.PlotDataItem(pen=pg.mkPen(BLUE, width=2.5), connect="finite",
                                              symbol="o", symbolSize=4, symbolBrush=BLUE, symbolPen=None)
        for item in (self.last_year_line, self.budget_line, self.occupancy_line):
            self.plot.addItem(item)
        self.empty_text = pg.TextItem(self.tr("Ingen beläggning att visa"), color="#555555", anchor=(0.5, 0.5))
        self.plot.addItem(self.empty_text, ignoreBounds=True)
        self.crosshair = self.add_crosshair(self.plot)
        self.legend.setText(legend_html([(BLUE, "━", self.tr("beläggning")),
                                         (VERMILLION, "┅", self.tr("budgeterad beläggning")),
                                         (GREY, "━", self.tr("samma period i fjol"))]))
        self.current: pd.DataFrame | None = None
        self.last_year: pd.DataFrame | None = None
        self.freq = DAY
        self.x = np.zeros(0)

    def show_data(self, data: OverviewData) -> None:
        import pandas as pd

        cur, prev = data.occupancy.current, data.occupancy.last_year
        self.current, self.freq = cur, data.occupancy_freq
        has_data = bool(cur["place_days"].gt(0).any()) if len(cur) else False
        first = epoch_seconds(pd.Series([pd.Timestamp(data.period.start)]))[0]
        # A week starting before the period is drawn from the period's first day.
        self.x = np.maximum(epoch_seconds(cur["start"]), first) if has_data else np.zeros(0)
        if has_data:
            # Last year's buckets drawn on this year's dates, so the two lines compare day by day.
            self.last_year = prev.assign(start=prev["start"] + pd.DateOffset(years=1))
            self.occupancy_line.setData(x=self.x, y=cur["occupancy_pct"].to_numpy(dtype=float))
            self.budget_line.setData(x=self.x, y=cur["budget_pct"].to_numpy(dtype=float))
            self.last_year_line.setData(x=np.maximum(epoch_seconds(self.last_year["start"]), first),
                                        y=self.last_year["occupancy_pct"].to_numpy(dtype=float))
            span = DAY_SECONDS if self.freq == DAY else 7 * DAY_SECONDS
            self.plot.setXRange(self.x[0], self.x[-1] + span * 0.5, padding=0.02)
            self.plot.enableAutoRange(axis="y")
            self.note.setText(self.tr("Belagda platsdygn i procent av tillgängliga, per {0}.").format(
                self.tr("dag") if self.freq == DAY else self.tr("vecka")))
        else:
            self.last_year = None
            for item in (self.occupancy_line, self.budget_line, self.last_year_line):
                item.setData(x=[], y=[])
            period = epoch_seconds(pd.Series([pd.Timestamp(data.period.start), pd.Timestamp(data.period.end)]))
            self.plot.setXRange(period[0], period[1] + DAY_SECONDS, padding=0.01)
            self.plot.setYRange(0.0, 100.0, padding=0.02)
            self.empty_text.setPos((period[0] + period[1] + DAY_SECONDS) / 2, 50.0)
            self.note.setText(self.tr("Ingen beläggning registrerad för perioden: enheten har inga platser "
                                      "eller ingen beläggning är importerad."))
        self.empty_text.setVisible(not has_data)
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
        if self.last_year is not None and len(self.last_year):
            j = int(np.argmin(np.abs(epoch_seconds(self.last_year["start"]) - self.x[i])))
            lines.append(self.tr("I fjol: {0}").format(fmt_pct(_num(self.last_year["occupancy_pct"].iloc[j]))))
        return float(self.x[i]), "<br>".join(lines)


def _num(value: object) -> float | None:
    v = float(value)  # type: ignore[arg-type]
    return None if np.isnan(v) else v
