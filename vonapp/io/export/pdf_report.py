"""The PDF report (A4, 3–4 pages) drawn with Qt's own PDF writer: header, overview, charts, action plan."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from vonapp.io.export.data import Report
from vonapp.io.export.errors import ExportError
from vonapp.io.export.pdf_layout import DPI

__all__ = ["ensure_gui", "write_pdf"]


def ensure_gui() -> None:
    """Painting text needs a QGuiApplication; on a server without a display, use the offscreen platform."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith(
        "linux")
    if headless and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    global _APP  # noqa: PLW0603 - the application must outlive this call
    _APP = QGuiApplication(sys.argv[:1])


_APP = None


def write_pdf(report: Report, path: Path, *, step: Callable[[str], None] | None = None) -> None:
    ensure_gui()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    from vonapp.io.export.pdf_pages import Pages

    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setTitle(f"Uppföljning {report.unit_label} {report.period.label}")
    writer.setCreator("vonapp")
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(f"PDF-filen {path.name} kunde inte skapas.")
    try:
        Pages(painter, writer, report, step).draw()
    finally:
        painter.end()
