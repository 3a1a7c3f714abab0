"""Charts drawn with QPainter for the PDF report: stacked bars, lines, axes, gridlines, legend.

Colours come from vonapp.domain.palette (the window's Okabe–Ito colours), passed in with each series.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

GRID = QColor("#D0D0D0")
AXIS = QColor("#404040")


@dataclass
class Series:
    name: str
    values: list[float | None]
    color: QColor
    dashed: bool = False
    hatched: bool = False  # a stack drawn as the window's forecast bars: grey diagonal lines, outlined


@dataclass
class Chart:
    title: str
    labels: list[str]
    fmt: Callable[[float], str]  # a y value as a Swedish number
    unit: str  # the y axis's unit, shown above it
    stacks: list[Series] = field(default_factory=list)
    lines: list[Series] = field(default_factory=list)
    zero_based: bool = True
    empty_text: str = "Inga uppgifter registrerade för perioden."

    def has_data(self) -> bool:
        values = [v for s in (*self.stacks, *self.lines) for v in s.values]
        return any(v is not None and not math.isnan(v) and v != 0 for v in values)


def nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 × 10^n) giving about `ticks` gridlines over span."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * power:
            return m * power
    return 10 * power


def _range(chart: Chart) -> tuple[float, float]:
    values: list[float] = []
    if chart.stacks:
        n = len(chart.labels)
        values += [sum((s.values[i] or 0.0) for s in chart.stacks) for i in range(n)]
    for line in chart.lines:
        values += [v for v in line.values if v is not None and not math.isnan(v)]
    if not values:
        return 0.0, 1.0
    lo, hi = min(values), max(values)
    if chart.zero_based:
        lo = min(lo, 0.0)
    else:
        pad = max((hi - lo) * 0.15, 1.0)
        lo, hi = lo - pad, hi + pad
    if hi <= lo:
        hi = lo + 1.0
    step = nice_step(hi - lo)
    return math.floor(lo / step) * step, math.ceil(hi / step) * step


def font(points: float, bold: bool = False) -> QFont:
    """The reports' font (DejaVu Sans, shipped with Qt's platforms) at a point size."""
    f = QFont("DejaVu Sans")
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


_font = font


def draw_chart(p: QPainter, rect: QRectF, chart: Chart, mm: float) -> None:
    """Draw the chart inside rect; mm is the number of device pixels in one millimetre."""
    device = p.device()
    title_font, small = _font(11, bold=True), _font(7.5)
    p.save()
    p.setFont(title_font)
    p.setPen(AXIS)
    title_h = QFontMetricsF(title_font, device).height()
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h), Qt.AlignmentFlag.AlignLeft, chart.title)

    p.setFont(small)
    fm = QFontMetricsF(small, device)
    if not chart.has_data():
        p.setPen(QPen(GRID, 0.3 * mm))
        box = QRectF(rect.left(), rect.top() + title_h + 2 * mm, rect.width(), rect.height() - title_h - 2 * mm)
        p.drawRect(box)
        p.setPen(AXIS)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, chart.empty_text)
        p.restore()
        return
    legend_top = rect.top() + title_h + 1.5 * mm
    x = rect.left()
    legend = [*chart.stacks, *chart.lines]
    for s in legend:
        w = fm.horizontalAdvance(s.name) + 8 * mm
        if x + w > rect.right():
            x, legend_top = rect.left(), legend_top + fm.height() + 1 * mm
        box = QRectF(x, legend_top + fm.height() / 2 - 1.5 * mm, 5 * mm, 3 * mm)
        if s in chart.stacks:
            _fill(p, box, s, mm)
        else:
            p.setPen(_line_pen(s, mm))
            p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()))
        p.setPen(AXIS)
        p.drawText(QPointF(x + 6.5 * mm, legend_top + fm.ascent()), s.name)
        x += w

    lo, hi = _range(chart)
    step = nice_step(hi - lo)
    ticks = [lo + i * step for i in range(int(round((hi - lo) / step)) + 1)]
    y_label_w = max(fm.horizontalAdvance(chart.fmt(t)) for t in ticks) + 2 * mm
    plot = QRectF(rect.left() + y_label_w, legend_top + fm.height() * 2 + 4 * mm,
                  rect.width() - y_label_w - 2 * mm, 0.0)
    plot.setBottom(rect.bottom() - fm.height() * 2 - 2 * mm)

    def y_of(v: float) -> float:
        return plot.bottom() - (v - lo) / (hi - lo) * plot.height()

    p.drawText(QPointF(rect.left(), plot.top() - fm.height() / 2 - 1 * mm), chart.unit)
    for t in ticks:
        y = y_of(t)
        p.setPen(QPen(GRID, 0.2 * mm))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(AXIS)
        label = chart.fmt(t)
        p.drawText(QRectF(rect.left(), y - fm.height() / 2, y_label_w - 1.5 * mm, fm.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)

    n = max(len(chart.labels), 1)
    slot = plot.width() / n
    bar_w = slot * 0.7
    for i in range(len(chart.labels)):
        base = 0.0
        for s in chart.stacks:
            v = s.values[i] or 0.0
            if v <= 0:
                continue
            top, bottom = y_of(base + v), y_of(base)
            _fill(p, QRectF(plot.left() + i * slot + (slot - bar_w) / 2, top, bar_w, bottom - top), s, mm)
            base += v
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for s in chart.lines:
        p.setPen(_line_pen(s, mm))
        prev: QPointF | None = None
        for i, v in enumerate(s.values):
            if v is None or math.isnan(v):
                prev = None
                continue
            pt = QPointF(plot.left() + (i + 0.5) * slot, y_of(v))
            if prev is not None:
                p.drawLine(prev, pt)
            elif n == 1 or (i + 1 < n and (s.values[i + 1] is None)):
                p.drawEllipse(pt, 0.6 * mm, 0.6 * mm)
            prev = pt

    p.setPen(QPen(AXIS, 0.3 * mm))
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
    widest = max((fm.horizontalAdvance(lab) for lab in chart.labels), default=0.0) + 1.5 * mm
    every = max(1, math.ceil(widest / slot))
    for i, lab in enumerate(chart.labels):
        if i % every:
            continue
        cx = plot.left() + (i + 0.5) * slot
        p.drawLine(QPointF(cx, plot.bottom()), QPointF(cx, plot.bottom() + 1 * mm))
        p.drawText(QRectF(cx - widest / 2, plot.bottom() + 1.2 * mm, widest, fm.height()),
                   Qt.AlignmentFlag.AlignHCenter, lab)
    p.restore()


def _fill(p: QPainter, box: QRectF, s: Series, mm: float) -> None:
    if not s.hatched:
        p.fillRect(box, QBrush(s.color))
        return
    p.save()
    brush = QBrush(s.color, Qt.BrushStyle.BDiagPattern)
    brush.setTransform(brush.transform().scale(mm / 4, mm / 4))  # lines about 2 mm apart on any DPI
    p.fillRect(box, brush)
    p.setPen(QPen(s.color, 0.2 * mm))
    p.drawRect(box)
    p.restore()


def _line_pen(s: Series, mm: float) -> QPen:
    pen = QPen(s.color, 0.6 * mm)
    if s.dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen
