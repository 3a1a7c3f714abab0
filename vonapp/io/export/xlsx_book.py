"""A thin layer over XlsxWriter: typed cells, Swedish-ready number formats, safe text, print set-up."""

from __future__ import annotations

import math
from datetime import date, datetime
from pathlib import Path

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from vonapp import __version__
from vonapp.io.export.figures import HOURS, KR, PCT, TKR

TEXT, DATE, NUM1, BOLD, TITLE, NOTE = "text", "date", "n1", "bold", "title", "note"
# Excel shows these with the reader's own separators: `# ##0` and `0,0 %` on a Swedish machine.
NUMBER_FORMATS = {HOURS: "#,##0", KR: "#,##0", TKR: "#,##0", PCT: "0.0%", NUM1: "#,##0.0", DATE: "yyyy-mm-dd"}
WORKBOOK_OPTIONS = {
    # Text is written as text: a name like =HYPERLINK(...) must never become a live formula.
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    "default_date_format": "yyyy-mm-dd",
}

Cell = tuple[object, str]  # (value, kind)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _lines(text: str, width: float) -> int:
    """Lines a header needs when wrapped at word breaks in a column `width` characters wide."""
    lines, used = 1, 0
    for word in text.split():
        need = len(word) if used == 0 else used + 1 + len(word)
        if need > width - 1 and used > 0:
            lines, used = lines + 1, len(word)
        else:
            used = need
    return lines


class Book:
    """One workbook with shared formats."""

    def __init__(self, path: Path, *, title: str, subject: str, created: datetime) -> None:
        self.wb = xlsxwriter.Workbook(str(path), WORKBOOK_OPTIONS)
        self.wb.set_properties({"title": title, "subject": subject, "author": "vonapp", "created": created,
                                "comments": f"Skapad av vonapp {__version__}"})
        self.formats = {k: self.wb.add_format({"num_format": v}) for k, v in NUMBER_FORMATS.items()}
        self.bold_formats = {k: self.wb.add_format({"num_format": v, "bold": True, "top": 1})
                             for k, v in NUMBER_FORMATS.items()}
        self.formats[TEXT] = self.wb.add_format({"text_wrap": False})
        self.bold_formats[TEXT] = self.wb.add_format({"bold": True, "top": 1})
        self.header = self.wb.add_format({"bold": True, "bg_color": "#DDE6F0", "bottom": 1, "text_wrap": True,
                                          "valign": "top"})
        self.title = self.wb.add_format({"bold": True, "font_size": 14})
        self.note = self.wb.add_format({"italic": True, "font_color": "#444444"})
        self.label = self.wb.add_format({"bold": True})
        self.wrap = self.wb.add_format({"text_wrap": True, "valign": "top"})

    def sheet(self, name: str) -> SheetWriter:
        return SheetWriter(self, self.wb.add_worksheet(name))

    def close(self) -> None:
        self.wb.close()


class SheetWriter:
    """Writes rows of typed cells and remembers how wide each column needs to be."""

    def __init__(self, book: Book, ws: Worksheet) -> None:
        self.book, self.ws = book, ws
        self.widths: dict[int, float] = {}
        self.wrapped: dict[int, float] = {}
        self.headers: list[tuple[int, int, list[str]]] = []
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)  # one page wide, as many long as needed

    def _fit(self, col: int, text_len: int) -> None:
        self.widths[col] = min(max(self.widths.get(col, 10.0), text_len + 2.0), 60.0)

    def text(self, row: int, col: int, value: str, fmt: object | None = None, *, fit: bool = True) -> None:
        self.ws.write_string(row, col, value, fmt)
        if fit:
            self._fit(col, len(value))

    def cell(self, row: int, col: int, value: object, kind: str, *, total: bool = False) -> None:
        formats = self.book.bold_formats if total else self.book.formats
        if _missing(value):
            self.ws.write_blank(row, col, None, formats[TEXT if kind == TEXT else kind])
            return
        if kind == TEXT:
            wrapped = col in self.wrapped and not total
            self.text(row, col, str(value), self.book.wrap if wrapped else formats[TEXT], fit=not wrapped)
        elif kind == DATE:
            day = value if isinstance(value, date) else value.date()  # type: ignore[union-attr]
            self.ws.write_datetime(row, col, datetime(day.year, day.month, day.day), formats[DATE])
            self._fit(col, 10)
        else:
            number = float(value) / 100.0 if kind == PCT else float(value)  # type: ignore[arg-type]
            self.ws.write_number(row, col, number, formats[kind])
            self._fit(col, 12)

    def row(self, row: int, col: int, cells: list[Cell], *, total: bool = False) -> None:
        for i, (value, kind) in enumerate(cells):
            self.cell(row, col + i, value, kind, total=total)

    def header(self, row: int, col: int, names: list[str]) -> None:
        self.headers.append((row, col, names))
        for i, name in enumerate(names):
            self.ws.write_string(row, col + i, name, self.book.header)
            self._fit(col + i, max(len(w) for w in name.split()) if name else 0)

    def wrap(self, col: int, width: float) -> None:
        """A column of long text: fixed width, wrapped lines."""
        self.wrapped[col] = width

    def heading(self, row: int, col: int, text: str) -> None:
        self.ws.write_string(row, col, text, self.book.title)
        self.ws.set_row(row, 21)

    def note(self, row: int, col: int, text: str) -> None:
        self.ws.write_string(row, col, text, self.book.note)

    def finish(self, *, freeze_row: int, freeze_col: int = 0, header_row: int | None = None) -> None:
        """Column widths, frozen header rows, header repeated on every printed page."""
        for col, width in self.widths.items():
            if col not in self.wrapped:
                self.ws.set_column(col, col, width)
        for col, width in self.wrapped.items():
            self.ws.set_column(col, col, width, self.book.wrap)
        for row, col, names in self.headers:
            # Wrapped header text: give the row the lines its longest name needs (not every program autofits).
            lines = max(_lines(name, self.wrapped.get(col + i, self.widths.get(col + i, 10.0)))
                        for i, name in enumerate(names))
            self.ws.set_row(row, 15.0 * lines)
        self.ws.freeze_panes(freeze_row, freeze_col)
        if header_row is not None:
            self.ws.repeat_rows(header_row)
