"""Occupancy per day, week or month of the year against the budget and the same period last year."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QWidget

from vonapp.domain.formatting import fmt_pct
from vonapp.ui.overview.charts.axes import epoch_seconds, short_date
from vonapp.ui.overview.charts.base import Chart, PlotView, data_line, legend_html
from vonapp.ui.overview.palette import BLUE, GREY, VERMILLION

FREQ_WORDS = {"D": QT_TRANSLATE_NOOP("YearOccupancyChart", "dag"), "W": QT_TRANSLATE_NOOP("YearOccupancyChart", "vecka"),
              "M": QT_TRANSLATE_NOOP("YearOccupancyChart", "månad")}


class YearOccupancyChart(Chart):
    file_stem = "belaggning-ar"

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Beläggning mot budget och i fjol"), parent=parent)
        self.setMinimumHeight(220)
        self.canvas.setMinimumHeight(150)
        self.plot = self.add_plot(row=0, left_label=self.tr("beläggning, %"))
        self.last_year_line = data_line(pen=pg.mkPen(GREY, width=1.5), connect="finite")
        self.budget_line = data_line(pen=pg.mkPen(VERMILLION, width=2, style=Qt.PenStyle.DashLine), connect="finite")
        self.line = data_line(pen=pg.mkPen(BLUE, width=2.5), connect="finite", symbol="o", symbolSize=4,
                              symbolBrush=BLUE, symbolPen=None)
        for item in (self.last_year_line, self.budget_line, self.line):
            self.plot.addItem(item)
        self.crosshair = self.add_crosshair(self.plot)
        self.legend.setText(legend_html([(BLUE, "━", self.tr("beläggning")),
                                         (VERMILLION, "┅", self.tr("budgeterad")),
                                         (GREY, "━", self.tr("samma period i fjol"))]))
        self.view = PlotView(self.plot, pixels=2.5, zero_span=(-5.0, 5.0))
        self.frame = pd.DataFrame()
        self.x = np.zeros(0)

    def show_table(self, table: pd.DataFrame, freq: str) -> None:
        self.frame = table.reset_index(drop=True)
        half = {"D": 0.5, "W": 3.5, "M": 15.0}.get(freq, 0.5) * 86_400
        # Each bucket drawn at its middle, under the axis' month (or week) label.
        self.x = epoch_seconds(pd.to_datetime(table["start"])) + half if len(table) else np.zeros(0)
        ys = [table[c].to_numpy(dtype=float) if len(table) else np.zeros(0)
              for c in ("occupancy_pct", "budget_pct", "last_year_pct")]
        finite = np.concatenate([y[np.isfinite(y)] for y in ys]) if len(table) else np.zeros(0)
        for item, y in zip((self.line, self.budget_line, self.last_year_line), ys, strict=True):
            shown = np.isfinite(y).any()  # a line of no data is left empty, not drawn from NaN
            item.setData(x=self.x if shown else np.zeros(0), y=y if shown else np.zeros(0))
        if len(finite):
            lo, hi = float(finite.min()), float(finite.max())
            self.view.show((float(self.x[0]) - half, float(self.x[-1]) + half), (lo, hi))
            self.note.setText(self.tr("Belagda platsdygn i procent av tillgängliga, per {0}.").format(
                self.tr(FREQ_WORDS.get(freq, "dag"))))
        else:
            self.view.show((float(self.x[0]), float(self.x[-1]) + 1.0) if len(self.x) else (0.0, 1.0), (0.0, 100.0))
            self.note.setText(self.tr("Ingen beläggning registrerad för året."))
        self.crosshair.hide()

    def hover_text(self, x: float) -> tuple[float, str] | None:
        if not len(self.x):
            return None
        i = int(np.argmin(np.abs(self.x - x)))
        row = self.frame.iloc[i]

        def pct(value: object) -> str:
            v = float(value)  # type: ignore[arg-type]
            return fmt_pct(None if np.isnan(v) else v)

        start = pd.Timestamp(row["start"]).date()
        lines = [f"<b>{short_date(start)}</b>", self.tr("Beläggning: {0}").format(pct(row["occupancy_pct"])),
                 self.tr("Budget: {0}").format(pct(row["budget_pct"])),
                 self.tr("I fjol: {0}").format(pct(row["last_year_pct"]))]
        return float(self.x[i]), "<br>".join(lines)
