"""Resurspass: planned hours per week as a step line, used and missed hours as bars side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from vonapp.domain.formatting import fmt_hours, fmt_kr
from vonapp.ui.overview.chart_data import MISSED_OFFSET, RESURSPASS_BAR, USED_OFFSET, WEEK_SECONDS
from vonapp.ui.overview.charts.axes import day_of, short_date
from vonapp.ui.overview.charts.base import Bars, Chart, PlotView, data_line, legend_html
from vonapp.ui.overview.data import OverviewData
from vonapp.ui.overview.palette import BLACK, BLUE, VERMILLION

if TYPE_CHECKING:
    import pandas as pd


class ResurspassChart(Chart):
    """Per week: resurspass planned in the schedule, used, and missed while substitutes were hired."""

    file_stem = "resurspass"
    handbook_section = "resurspass"

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Resurspass"), parent=parent)
        self.plot = self.add_plot(row=0, left_label=self.tr("timmar"))
        self.used_bars = Bars(x0=[], width=[], height=[], brush=BLUE, pen=pg.mkPen(BLUE))
        self.missed_bars = Bars(x0=[], width=[], height=[], brush=VERMILLION, pen=pg.mkPen(VERMILLION))
        self.planned_line = data_line(pen=pg.mkPen(BLACK, width=2))
        # After the last recorded day: the schedule's resurspass only, dashed as the budget chart's forecast.
        self.planned_ahead = data_line(pen=pg.mkPen(BLACK, width=2, style=Qt.PenStyle.DashLine))
        for item in (self.used_bars, self.missed_bars, self.planned_line, self.planned_ahead):
            self.plot.addItem(item)
        self.crosshair = self.add_crosshair(self.plot)
        self._set_legend(forecast=False)
        self.view = PlotView(self.plot, pixels=1.41)  # the planned line's 2 px pen
        self.frame: pd.DataFrame | None = None
        self.x = np.zeros(0)

    def _set_legend(self, *, forecast: bool) -> None:
        entries = [(BLACK, "━", self.tr("planerade i schemat"))]
        if forecast:
            entries.append((BLACK, "┅", self.tr("planerade, prognos (inget registrerat ännu)")))
        entries += [(BLUE, "■", self.tr("använda")),
                    (VERMILLION, "■", self.tr("missade (vikarie m.fl. anlitades i stället)"))]
        self.legend.setText(legend_html(entries))

    def show_data(self, data: OverviewData) -> None:
        r = data.charts.resurspass
        self.frame, self.x = data.resurspass, r.x
        # Bars only for the weeks with recorded time: a forecast week gets none (never a 0-h bar).
        bars = len(r.bar_x)
        self.used_bars.setOpts(x0=r.bar_x + USED_OFFSET, width=np.full(bars, RESURSPASS_BAR), height=r.used)
        self.missed_bars.setOpts(x0=r.bar_x + MISSED_OFFSET, width=np.full(bars, RESURSPASS_BAR), height=r.missed)
        self.planned_line.setData(x=r.done_edges, y=r.planned_done, stepMode="center")
        self.planned_ahead.setData(x=r.ahead_edges, y=r.planned_ahead, stepMode="center")
        self._set_legend(forecast=bool(len(r.planned_ahead)))
        self.fit_left_axes(r.hours_bounds)
        self.view.show((float(r.x[0]), float(r.edges[-1])) if len(r.x) else None, r.hours_bounds)
        self.plot.getAxis("bottom").setTicks(week_ticks(r.x))
        if r.any_resurspass:
            self.note.setText(self.tr("Timmar per vecka. Missade = resurspass som inte användes samma dag "
                                      "som vikarie, mertid, övertid eller inhyrd personal anlitades."))
        else:
            self.note.setText(self.tr("Inga resurspass i schemat under perioden."))
        self.crosshair.hide()

    def hover_text(self, x: float) -> tuple[float, str] | None:
        import pandas as pd

        if not len(self.x):
            return None
        i = int(np.argmin(np.abs(self.x + WEEK_SECONDS / 2 - x)))
        row = self.frame.iloc[i]
        start = pd.Timestamp(row["start"])
        title = "<b>" + self.tr("v. {0} från {1}").format(start.isocalendar()[1], short_date(start.date())) + "</b>"
        if bool(row["is_forecast"]):  # nothing recorded yet: the schedule's resurspass only
            return float(self.x[i] + WEEK_SECONDS / 2), "<br>".join([
                title, self.tr("Planerade: {0}").format(fmt_hours(_num(row["planned_hours_period"]))),
                self.tr("Inget registrerat ännu (prognos)")])
        lines = [
            title,
            self.tr("Planerade: {0}").format(fmt_hours(float(row["planned_hours"]))),
            self.tr("Använda: {0}").format(fmt_hours(float(row["used_hours"]))),
            self.tr("&nbsp;&nbsp;i egen enhet {0}, i annan enhet {1}").format(
                fmt_hours(float(row["used_own_hours"])), fmt_hours(float(row["used_other_hours"]))),
            self.tr("Missade: {0} = {1}").format(fmt_hours(float(row["missed_hours"])),
                                                 fmt_kr(_num(row["missed_kr"]))),
        ]
        return float(self.x[i] + WEEK_SECONDS / 2), "<br>".join(lines)


def _num(value: object) -> float | None:
    v = float(value)  # type: ignore[arg-type]
    return None if np.isnan(v) else v


WEEKS_LABELLED = 16  # up to a quarter's weeks get week numbers; a year's get the date axis' months


def week_ticks(starts: np.ndarray) -> list[list[tuple[float, str]]] | None:
    """"v. 9" under the middle of each week (every other week past 8), ticks at the Mondays; None: months.

    A unit manager counts in week numbers; a date axis over a month or quarter of weekly bars labels
    only the months.
    """
    if not 0 < len(starts) <= WEEKS_LABELLED:
        return None
    step = 1 if len(starts) <= 8 else 2
    week = QCoreApplication.translate("ResurspassChart", "v. {0}")
    labelled = [(float(x) + WEEK_SECONDS / 2, week.format(day_of(x).isocalendar()[1])) for x in starts[::step]]
    mondays = [(float(x), "") for x in starts] + [(float(starts[-1]) + WEEK_SECONDS, "")]
    return [labelled, mondays]

