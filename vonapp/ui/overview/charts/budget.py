"""Budget i timmar: worked hours by category as stacked bars against the budget, the forecast to
31 December as hatched bars, and the cumulative deviation in a linked plot below."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from vonapp.domain.formatting import fmt_hours, fmt_kr
from vonapp.domain.glossary import WORKED_CATEGORIES
from vonapp.ui.i18n import Words
from vonapp.ui.overview.chart_data import DAY_SECONDS, day_seconds
from vonapp.ui.overview.charts.axes import (
    MONTH_NAMES,
    day_of,
    short_date,
)
from vonapp.ui.overview.charts.base import Bars, Chart, PlotView, data_line, legend_html
from vonapp.ui.overview.data import MONTH, OverviewData
from vonapp.ui.overview.palette import BLACK, BLUE, CATEGORY_COLOURS, GREY

if TYPE_CHECKING:
    import pandas as pd

# The worked columns of vonapp.domain.daily (bottom of the stack first) and their labels, without
# importing pandas before the window's first paint; a test checks them against WORKED_COLUMNS/LABELS.
WORKED_COLUMNS = list(CATEGORY_COLOURS)
WORKED_LABELS = {column: c.value for column, c in zip(WORKED_COLUMNS, WORKED_CATEGORIES, strict=True)}
# The categories in the window's language (read when shown; the stored words stay Swedish), in
# WORKED_COLUMNS' order; a test checks them against WORKED_CATEGORIES.
CATEGORY_WORDS = Words("Glossary", ("ordinarie", "resurspass", "vikarie", "mertid", "övertid", "inhyrd"))


def bucket_title(start: pd.Timestamp, end: pd.Timestamp, freq: str) -> str:
    """`mars 2023` for a month, `v. 12 (20–26 mar 2023)` for a week."""
    if freq == MONTH:
        return f"{MONTH_NAMES[start.month - 1]} {start.year}"
    week = start.isocalendar()[1]
    return QCoreApplication.translate("BudgetChart", "v. {0} ({1}–{2})").format(week, start.day, short_date(end.date()))


class BudgetChart(Chart):
    """Stacked worked hours per bucket against the budget line, with the forecast continuation."""

    file_stem = "budget-i-timmar"
    handbook_section = "budget"

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Budget i timmar"), parent=parent)
        self.plot = self.add_plot(row=0, left_label=self.tr("timmar"))
        self.cumulative_plot = self.add_plot(row=1, left_label=self.tr("ack. avvikelse, h"))
        self.cumulative_plot.setXLink(self.plot)
        self.canvas.ci.layout.setRowStretchFactor(0, 3)
        self.canvas.ci.layout.setRowStretchFactor(1, 1)
        self.bars: dict[str, Bars] = {}
        for column in WORKED_COLUMNS:
            colour = CATEGORY_COLOURS[column]
            bar = Bars(x0=[], width=[], height=[], brush=colour, pen=pg.mkPen(colour))
            self.plot.addItem(bar)
            self.bars[column] = bar
        hatch = QBrush(QColor(GREY), Qt.BrushStyle.BDiagPattern)
        self.forecast_bars = Bars(x0=[], width=[], height=[], brush=hatch, pen=pg.mkPen(GREY))
        self.plot.addItem(self.forecast_bars)
        self.budget_line = data_line(pen=pg.mkPen(BLACK, width=2.5), connect="finite")
        self.plot.addItem(self.budget_line)
        self.forecast_marker = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen(GREY, width=1.5, style=Qt.PenStyle.DotLine),
            label=self.tr("prognos →"), labelOpts={"position": 0.5, "color": "#222222", "fill": (255, 255, 255, 220),
                       "anchors": [(0, 0.5), (0, 0.5)]},
        )
        self.plot.addItem(self.forecast_marker, ignoreBounds=True)
        # A quarter or a month runs on to 31 December as the forecast: a pale band marks the period itself.
        self.period_band = pg.LinearRegionItem(movable=False, brush=pg.mkBrush(255, 236, 179, 110),
                                               pen=pg.mkPen(None))
        self.period_band.setZValue(-50)
        self.plot.addItem(self.period_band, ignoreBounds=True)
        self.cumulative_line = data_line(pen=pg.mkPen(BLUE, width=2), connect="finite")
        self.cumulative_forecast = data_line(
            pen=pg.mkPen(BLUE, width=2, style=Qt.PenStyle.DashLine), connect="finite")
        self.cumulative_plot.addItem(pg.InfiniteLine(angle=0, pos=0.0, movable=False, pen=pg.mkPen("#999999")))
        self.cumulative_plot.addItem(self.cumulative_line)
        self.cumulative_plot.addItem(self.cumulative_forecast)
        self.crosshair = self.add_crosshair(self.plot)
        self.view = PlotView(self.plot, pixels=1.77)  # the budget line's 2.5 px pen
        self.cumulative_view = PlotView(self.cumulative_plot, pixels=1.41, zero_span=(-10.0, 10.0))
        entries = [(CATEGORY_COLOURS[c], "■", word) for c, word in zip(WORKED_COLUMNS, CATEGORY_WORDS, strict=True)]
        entries += [(GREY, "▨", self.tr("prognos (schemalagt)")), (BLACK, "━", self.tr("budget")),
                    (BLUE, "━", self.tr("ack. avvikelse (nedan; plus = under budget)"))]
        self.legend.setText(legend_html(entries))
        self.frame: pd.DataFrame | None = None
        self.freq = MONTH
        self.x0 = self.x1 = np.zeros(0)

    def show_data(self, data: OverviewData) -> None:
        b = data.charts.budget
        self.frame, self.freq = data.budget, data.budget_freq
        self.x0, self.x1 = b.starts, b.ends
        # Category bars only for the months with outcome, forecast bars only where the schedule has hours
        # after the last recorded day: a forecast month never gets a 0-h bar.
        done = ~self.frame["is_forecast"].to_numpy(dtype=bool)
        ahead = b.extra > 0
        for column, bar in self.bars.items():
            bar.setOpts(x0=b.left[done], width=b.width[done], y0=b.bases[column][done],
                        height=b.heights[column][done])
        self.forecast_bars.setOpts(x0=b.left[ahead], width=b.width[ahead], y0=b.worked[ahead], height=b.extra[ahead])
        self.budget_line.setData(x=b.edges, y=b.budget, stepMode="center")
        # A month view has one recorded month: its point gets a dot (a line of one point draws nothing).
        single = int(np.isfinite(b.done).sum()) == 1
        self.cumulative_line.setData(x=b.ends, y=b.done, symbol="o" if single else None, symbolSize=7,
                                     symbolBrush=BLUE, symbolPen=None)
        self.cumulative_forecast.setData(x=b.ends, y=b.ahead)
        if b.marker is not None:
            self.forecast_marker.setPos(b.marker)
        self.forecast_marker.setVisible(b.marker is not None)
        x_range = (float(b.starts[0]), float(b.ends[-1])) if len(b.starts) else None
        whole_year = data.period.start.month == 1 and data.period.end.month == 12 and data.period.end.day == 31
        if not whole_year:
            self.period_band.setRegion((day_seconds(data.period.start), day_seconds(data.period.end) + DAY_SECONDS))
        self.period_band.setVisible(not whole_year)
        self.fit_left_axes(b.hours_bounds, b.cumulative_bounds)
        self.view.show(x_range, b.hours_bounds)
        self.cumulative_view.show(None, b.cumulative_bounds)
        if data.last_recorded is None:
            self.note.setText(self.tr("Inget registrerat ännu: staplarna visar schemat (prognos) mot budgeten."))
        elif b.marker is None:  # recorded to the end of what the chart shows: no forecast part
            self.note.setText(self.tr("Arbetade timmar per {0} mot budget.").format(
                self.tr("månad") if self.freq == MONTH else self.tr("vecka")))
        else:
            self.note.setText(self.tr("Arbetade timmar per {0} mot budget, till och med {1}; därefter prognos "
                                      "enligt schemat till 31 december.").format(
                self.tr("månad") if self.freq == MONTH else self.tr("vecka"), short_date(data.last_recorded)))
        self.crosshair.hide()

    def hover_text(self, x: float) -> tuple[float, str] | None:
        import pandas as pd

        if self.frame is None or not len(self.frame):
            return None
        inside = np.flatnonzero((self.x0 <= x) & (x < self.x1))
        i = int(inside[0]) if len(inside) else int(np.argmin(np.abs((self.x0 + self.x1) / 2 - x)))
        row = self.frame.iloc[i]
        start = pd.Timestamp(day_of(self.x0[i]))
        lines = [f"<b>{bucket_title(start, pd.Timestamp(row['end']), self.freq)}</b>",
                 self.tr("Budget: {0}").format(fmt_hours(_num(row["budget_hours_period"])))]
        if bool(row["is_forecast"]):
            lines.append(self.tr("Prognos (schemalagt): {0}").format(fmt_hours(_num(row["forecast_hours"]))))
        else:
            lines.append(self.tr("Arbetat: {0}").format(fmt_hours(_num(row["worked_hours"]))))
            lines += [f"&nbsp;&nbsp;{word} {fmt_hours(float(row[c]))}"
                      for c, word in zip(WORKED_COLUMNS, CATEGORY_WORDS, strict=True) if row[c]]
            if row["forecast_hours"] > row["worked_hours"]:
                lines.append(self.tr("Därefter schemalagt: {0}").format(
                    fmt_hours(float(row["forecast_hours"] - row["worked_hours"]))))
        deviation = _num(row["budget_hours_period"] - row["forecast_hours"])
        lines.append(self.tr("Avvikelse (budget − {0}): {1}").format(
            self.tr("prognos") if row["is_forecast"] else self.tr("utfall"), fmt_hours(deviation)))
        if not row["is_forecast"]:
            lines.append(self.tr("Avvikelse i kr: {0}").format(fmt_kr(_num(row["deviation_kr"]))))
        lines.append(self.tr("Ackumulerad avvikelse: {0}").format(
            fmt_hours(_num(row["cumulative_forecast_deviation_hours"]))))
        return (self.x0[i] + self.x1[i]) / 2, "<br>".join(lines)


def _num(value: object) -> float | None:
    """None for a missing (NaN) figure, so the formatting shows –."""
    v = float(value)  # type: ignore[arg-type]
    return None if np.isnan(v) else v
