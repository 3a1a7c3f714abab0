"""The uppföljningsfil: one workbook with the sheets finance reads, numbers stored as numbers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from vonapp.io.export.data import Report
from vonapp.io.export.plan_sheets import write_plan_sheets
from vonapp.io.export.xlsx_book import Book
from vonapp.io.export.xlsx_plan import (
    write_finance,
    write_hourly,
    write_indicators,
    write_measures,
    write_units,
)
from vonapp.io.export.xlsx_sheets import (
    write_budget,
    write_occupancy,
    write_resurspass,
    write_summary,
)


def write_xlsx(report: Report, path: Path, *, step: Callable[[str], None] | None = None) -> None:
    def tick(text: str) -> None:
        if step is not None:
            step(text)

    book = Book(path, title=f"Uppföljning {report.unit_label} {report.period.label}",
                subject=f"Budget i timmar, resurspass, beläggning, åtgärder och ekonomi för {report.unit_label}",
                created=datetime.combine(report.created.date(), report.created.time()))
    try:
        write_summary(book, report)
        if report.all_units:
            write_units(book, report)
        tick("Budget i timmar")
        write_budget(book, report)
        write_resurspass(book, report)
        tick("Beläggning")
        write_occupancy(book, report)
        tick("Åtgärder, nyckeltal och ekonomi")
        write_measures(book, report)
        write_indicators(book, report)
        write_finance(book, report)
        write_hourly(book, report)
        write_plan_sheets(book, report)
    finally:
        book.close()
