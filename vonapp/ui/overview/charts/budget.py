"""Budget i timmar: worked hours by category as stacked bars against the budget, the forecast to
31 December as hatched bars, and the cumulative deviation in a linked plot below."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from vonapp.domain.formatting import fmt_hours, fmt_kr
from vonapp.domain.glossary import WORKED_CATEGORIES
from vonapp.ui.overview.charts.axes import (
    DAY_SECONDS,
    MONTH_NAMES,
    day_of,
    epoch_seconds,
    short_date,
)
from vonapp.ui.overview.charts.base import Chart, legend_html
from vonapp.ui.overview.data import MONTH, OverviewData
from vonapp.ui.overview.palette import BLACK, BLUE, CATEGORY_COLOURS, GREY

if TYPE_CHECKING:
    import pandas as pd

BAR_FILL = 0.8  # share of a bucket's width a bar takes; the rest is the gap between bars
# The worked columns of vonapp.domain.daily (bottom of the stack first) and their labels, without
# importing pandas before the window's first paint; a test checks them against WORKED_COLUMNS/LABELS.
WORKED_COLUMNS = list(CATEGORY_COLOURS)
WORKED_LABELS = {column: c.value for column, c in zip(WORKED_COLUMNS, WORKED_CATEGORIES, strict=True)}


def bucket_title(start: pd.Timestamp, end: pd.Timestamp, freq: str) -> str:
    """`mars 2023` for a month, `v. 12 (20–26 mar 2023)` for a week."""
    if freq == MONTH:
        return f"{MONTH_NAMES[start.month - 1]} {start.year}"
    week = start.isocalendar()[1]
    return f"v. {week} ({start.day}–{short_date(end.date())})"


class BudgetChart(Chart):
    """Stacked worked hours per bucket against the budget line, with the forecast continuation."""

    file_stem = "budget-i-timmar"

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Budget i timmar"), parent=parent)
        self.plot = self.add_plot(row=0, left_label=self.tr("timmar"))
        self.cumulative_plot = self.add_plot(row=1, left_label=self.tr("ack. avvikelse, h"))
        self.cumulative_plot.setXLink(self.plot)
        self.canvas.ci.layout.setRowStretchFactor(0, 3)
        self.canvas.ci.layout.setRowStretchFactor(1, 1)
        self.bars: dict[str, pg.BarGraphItem] = {}
        for column in WORKED_COLUMNS:
            colour = CATEGORY_COLOURS[column]
            bar = pg.BarGraphItem(x0=[], width=[], height=[], brush=colour, pen=pg.mkPen(colour))
            self.plot.addItem(bar)
            self.bars[column] = bar
        hatch = QBrush(QColor(GREY), Qt.BrushStyle.BDiagPattern)
        self.forecast_bars = pg.BarGraphItem(x0=[], width=[], height=[], brush=hatch, pen=pg.mkPen(GREY))
        self.plot.addItem(self.forecast_bars)
        self.budget_line = pg.PlotDataItem(pen=pg.mkPen(BLACK, width=2.5), connect="finite")
        self.plot.addItem(self.budget_line)
        self.forecast_marker = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen(GREY, width=1.5, style=Qt.PenStyle.DotLine),
            label=self.tr("prognos →"), labelOpts={"position": 0.06, "color": "#222222", "fill": (255, 255, 255, 220),
                       "anchors": [(0, 0.5), (0, 0.5)]},
        )
        self.plot.addItem(self.forecast_marker, ignoreBounds=True)
        self.cumulative_line = pg.PlotDataItem(pen=pg.mkPen(BLUE, width=2), connect="finite")
        self.cumulative_forecast = pg.PlotDataItem(
            pen=pg.mkPen(BLUE, width=2, style=Qt.PenStyle.DashLine), connect="finite")
        self.cumulative_plot.addItem(pg.InfiniteLine(angle=0, pos=0.0, movable=False, pen=pg.mkPen("#999999")))
        self.cumulative_plot.addItem(self.cumulative_line)
        self.cumulative_plot.addItem(self.cumulative_forecast)
        self.crosshair = self.add_crosshair(self.plot)
        entries = [(CATEGORY_COLOURS[c], "■", WORKED_LABELS[c]) for c in WORKED_COLUMNS]
        entries += [(GREY, "▨", self.tr("prognos (schemalagt)")), (BLACK, "━", self.tr("budget")),
                    (BLUE, "━", self.tr("ackumulerad avvikelse (nedre delen; plus = under budget)"))]
        self.legend.setText(legend_html(entries))
        self.frame: pd.DataFrame | None = None
        self.freq = MONTH
        self.x0 = self.x1 = np.zeros(0)

    def show_data(self, data: OverviewData) -> None:
        import pandas as pd

        f = data.budget
        self.frame, self.freq = f, data.budget_freq
        starts = np.maximum(epoch_seconds(f["start"]), epoch_seconds(pd.Series([pd.Timestamp(data.period.start)]))[0])
        ends = epoch_seconds(pd.to_datetime(f["end"])) + DAY_SECONDS
        self.x0, self.x1 = starts, ends
        width = (ends - starts) * BAR_FILL
        left = starts + (ends - starts) * (1 - BAR_FILL) / 2
        base = np.zeros(len(f))
        for column, bar in self.bars.items():
            height = f[column].to_numpy(dtype=float)
            bar.setOpts(x0=left, width=width, y0=base.copy(), height=height)
            base = base + height
        extra = np.clip(f["forecast_hours"].to_numpy(dtype=float) - f["worked_hours"].to_numpy(dtype=float), 0, None)
        self.forecast_bars.setOpts(x0=left, width=width, y0=f["worked_hours"].to_numpy(dtype=float), height=extra)
        edges = np.append(starts, ends[-1:]) if len(f) else np.zeros(0)
        self.budget_line.setData(x=edges, y=f["budget_hours"].to_numpy(dtype=float), stepMode="center")
        cumulative = f["cumulative_forecast_deviation_hours"].to_numpy(dtype=float)
        forecast = f["is_forecast"].to_numpy(dtype=bool)
        done = np.where(~forecast, cumulative, np.nan)
        ahead = np.where(forecast, cumulative, np.nan)
        if forecast.any() and (~forecast).any():  # join the dashed part to the last recorded point
            last = int(np.flatnonzero(~forecast)[-1])
            ahead[last] = cumulative[last]
        self.cumulative_line.setData(x=ends, y=done)
        self.cumulative_forecast.setData(x=ends, y=ahead)
        if data.last_recorded is not None and forecast.any():
            next_day = pd.Timestamp(data.last_recorded + timedelta(days=1))
            self.forecast_marker.setPos(epoch_seconds(pd.Series([next_day]))[0])
            self.forecast_marker.setVisible(True)
        else:
            self.forecast_marker.setVisible(False)
        if len(f):
            self.plot.setXRange(starts[0], ends[-1], padding=0.02)
        if data.last_recorded is None:
            self.note.setText(self.tr("Inget registrerat ännu: staplarna visar schemat (prognos) mot budgeten."))
        else:
            self.note.setText(self.tr("Arbetade timmar per {0} mot budget, till och med {1}; därefter prognos "
                                      "enligt schemat till 31 december.").format(
                self.tr("månad") if self.freq == MONTH else self.tr("vecka"), data.last_recorded.isoformat()))
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
                 self.tr("Budget: {0}").format(fmt_hours(_num(row["budget_hours"])))]
        if bool(row["is_forecast"]):
            lines.append(self.tr("Prognos (schemalagt): {0}").format(fmt_hours(_num(row["forecast_hours"]))))
        else:
            lines.append(self.tr("Arbetat: {0}").format(fmt_hours(_num(row["worked_hours"]))))
            lines += [f"&nbsp;&nbsp;{WORKED_LABELS[c]} {fmt_hours(float(row[c]))}" for c in WORKED_COLUMNS if row[c]]
            if row["forecast_hours"] > row["worked_hours"]:
                lines.append(self.tr("Därefter schemalagt: {0}").format(
                    fmt_hours(float(row["forecast_hours"] - row["worked_hours"]))))
        deviation = _num(row["budget_hours"] - row["forecast_hours"])
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
