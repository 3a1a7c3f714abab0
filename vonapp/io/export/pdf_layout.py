"""What the PDF report's pages say and their measures, without Qt (pdf_pages draws them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from vonapp import __version__
from vonapp.domain.formatting import fmt_through
from vonapp.io.export.data import Report, export_date
from vonapp.io.export.figures import FIGURES, period_line, show, value_of

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

MARGIN_MM = 15.0
DPI = 300


class PageDrawer(Protocol):
    """What a page of another area (plan_pdf) draws with: vonapp.io.export.pdf_pages.Pages."""

    p: QPainter
    report: Report
    width: float

    def r(self, x: float, y: float, w: float, h: float) -> QRectF: ...
    def heading(self, y: float, text: str, size: float = 12) -> float: ...
    def table(self, y: float, columns: list, rows: list[list[str]], *, bold_last: bool = False,
              bottom: float | None = None) -> tuple[float, int]: ...


Block = tuple[str, list[tuple[str, str]]]  # heading, (label, value as shown)


def overview_rows(report: Report) -> tuple[Block, Block]:
    """The overview in two blocks: budget and outcome (compared t.o.m. the last recorded day of a period
    under way, which the heading says), and the year, occupancy, measures and key figures."""
    data = report.summary.to_json_dict()
    through = fmt_through(report.summary.through)
    compared = [f for f in FIGURES if f.compared or f.key.endswith("_period")]
    rest = [f for f in FIGURES if f not in compared]

    def rows(figures: list) -> list[tuple[str, str]]:
        return [(f.label.strip(), show(f.kind, value_of(data, f.key))) for f in figures]

    left = f"Budget och utfall {through}" if through else "Budget och utfall för perioden"
    return (left, rows(compared)), ("Helår, beläggning, åtgärder och nyckeltal", rows(rest))


def header_lines(report: Report) -> tuple[str, str]:
    codes = "" if report.all_units else f" · Ansvar {report.ansvar or '–'} · Verksamhetskod {report.activity_code or '–'}"
    return (f"Uppföljning – {report.unit_label}",
            f"{period_line(report.summary)}{codes} · Utskriven {export_date(report).isoformat()} · vonapp {__version__}")
