"""Reading import files as people save them: CSV (; , or tab; UTF-8, BOM, Windows-1252) or xlsx.

A file becomes a Table of raw cells (text from CSV, typed values from xlsx) with the row numbers
a spreadsheet shows; parsing the cells into dates and numbers is `values`' job.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from vonapp.io.imports.problems import ImportRefused, Problem
from vonapp.io.imports.text import fold, header_key
from vonapp.texts import N_, t

DELIMITERS = (";", "\t", ",")
EXCEL_1900 = date(1899, 12, 30)
EXCEL_1904 = date(1904, 1, 1)
HEADER_SEARCH_ROWS = 10
MAX_FILE_BYTES = 1_000_000_000
# A row with more or fewer fields than the heading (a bad row's reason).
FIELDS = N_("raden har {fields} fält men rubrikraden har {width}; kontrollera avgränsare och citattecken")


@dataclass
class Table:
    """One sheet of cells: a header, the data columns as object Series, spreadsheet row numbers."""

    file_name: str
    header: list[str]
    header_row: int
    row_numbers: list[int]
    columns: list[pd.Series]
    problems: list[Problem] = field(default_factory=list)
    epoch: date = EXCEL_1900

    def __len__(self) -> int:
        return len(self.row_numbers)


@dataclass
class Source:
    """A file opened for import: its bytes (hashed) and how to get its sheets."""

    path: Path
    data: bytes
    is_xlsx: bool

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    def table(self, sheet: str | None = None, known_headers: set[str] | None = None,
              required: bool = True) -> Table | None:
        if self.is_xlsx:
            return _xlsx_table(self, sheet, known_headers or set(), required)
        if sheet is not None and required:
            raise ImportRefused(f"{self.name}: en CSV-fil har bara ett blad; bladet {sheet!r} kräver en xlsx-fil.")
        return _csv_table(self, known_headers or set())


def open_source(path: Path) -> Source:
    """Read a file's bytes, refusing with one Swedish line what cannot be an import file."""
    from vonapp.store.damage import kind_problem, os_problem

    try:
        if not path.exists():
            raise ImportRefused(t("Filen {path} finns inte.", path=path))
        if path.is_dir():
            raise ImportRefused(t("{path} är en mapp, inte en fil.", path=path))
        if (kind := kind_problem(path)) is not None:  # a FIFO would wait for a writer forever
            raise ImportRefused(f"Kan inte importera: {kind.replace('databasfil', 'fil att importera')}.")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportRefused(t("{file} är för stor ({size} MB; högst {most} MB). Dela upp filen.", file=path.name,
                                  size=path.stat().st_size // 1_000_000, most=MAX_FILE_BYTES // 1_000_000))
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(t("Kan inte läsa filen: {problem}.", problem=os_problem(path, exc))) from None
    if not data.strip():
        raise ImportRefused(t("{file} är tom.", file=path.name))
    if data[:4] == b"PK\x03\x04":
        return Source(path, data, True)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ImportRefused(f"{path.name} är en gammal Excel-fil (.xls); spara den som .xlsx eller CSV.")
    return Source(path, data, False)


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        data, encodings = data[3:], ("utf-8",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        if b"\x00" in data[:4096]:
            raise ImportRefused(f"{name} är varken en textfil (CSV) eller en xlsx-fil.")
        encodings = ("utf-8", "cp1252")
        _refuse_mixed(data, name)
    for enc in encodings:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ImportRefused(f"{name}: teckenkodningen känns inte igen; spara filen som CSV UTF-8.")


def _refuse_mixed(data: bytes, name: str) -> None:
    """Refuse a file whose lines mix UTF-8 and Windows-1252 (e.g. two exports pasted together).

    Read as one or the other, half its å, ä and ö would come out wrong; name the first line that
    is not UTF-8 when other lines are.
    """
    try:
        data.decode("utf-8")
        return
    except UnicodeDecodeError:
        pass
    first_bad = None
    utf8_line = None
    for n, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_line = utf8_line or n
        except UnicodeDecodeError:
            first_bad = first_bad or n
        if first_bad and utf8_line:
            raise ImportRefused(f"{name}: rad {first_bad} är inte UTF-8 men rad {utf8_line} är det – filen blandar "
                                "teckenkodningar (UTF-8 och Windows-1252). Spara hela filen på nytt som CSV UTF-8.")


def sniff_delimiter(lines: list[str]) -> str:
    """The one of ; tab , that splits the first lines into the most equal, widest rows."""
    best, best_score = ";", (0, 0)
    for d in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=d)]
        except csv.Error:  # a field over the csv module's limit: the reading reports its row
            counts = [len(r) for ln in lines if len(ln) < 100_000 and '"' not in ln
                      for r in csv.reader([ln], delimiter=d)]
        mode, n = Counter(counts).most_common(1)[0] if counts else (1, 0)
        score = (n, mode) if mode > 1 else (0, 0)
        if score > best_score:
            best, best_score = d, score
    return best


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _cell_text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _find_header(rows: list[list[object]], known: set[str]) -> int:
    """Index of the header among the first rows: the one naming most known columns."""
    best, best_hits = 0, 0
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        hits = sum(1 for c in row if (k := header_key(c)) and k in known)
        if hits > best_hits:
            best, best_hits = i, hits
    if best_hits == 0:
        return next((i for i, r in enumerate(rows) if not all(_blank(c) for c in r)), 0)
    return best


def _build(name: str, raw: list[list[object]], known: set[str], epoch: date, *, text: bool = False) -> Table:
    if not any(not _blank(c) for r in raw for c in r):
        raise ImportRefused(f"{name} är tom.")
    h = _find_header(raw, known)
    header = [_cell_text(c) for c in raw[h]]
    while header and not header[-1]:
        header.pop()
    width = len(header)
    problems: list[Problem] = []
    numbers: list[int] = []
    kept: list[list[object]] = []
    for i in range(h + 1, len(raw)):
        row = raw[i]
        # CSV cells are all text: one join tells a blank row, much faster than a cell-by-cell test.
        if ("".join(row).isspace() or not any(row)) if text else all(_blank(c) for c in row):  # type: ignore[arg-type]
            continue
        n = len(row)
        if n > width and any(not _blank(c) for c in row[width:]):
            last = max(j for j, c in enumerate(row) if not _blank(c)) + 1
            problems.append(Problem(i + 1, None, None, t(FIELDS, fields=last, width=width)))
        elif n < width:
            problems.append(Problem(i + 1, None, None, t(FIELDS, fields=n, width=width)))
            row = list(row) + [""] * (width - n)
        numbers.append(i + 1)
        kept.append(row[:width] if n != width else row)
    if width == 0:
        raise ImportRefused(f"{name} har ingen rubrikrad.")
    cols = list(zip(*kept, strict=True)) if kept else [()] * width
    columns = [pd.Series(c, dtype=object) for c in cols]
    return Table(name, header, h + 1, numbers, columns, problems, epoch)


def _csv_table(source: Source, known: set[str]) -> Table:
    text = decode(source.data, source.name)
    lines = text.splitlines()
    delimiter = None
    if lines and fold(lines[0]).startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = lines[0].strip()[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
        lines = lines[1:]
    sample = [ln for ln in lines[:40] if ln.strip()][:20]
    delimiter = delimiter or sniff_delimiter(sample)
    fast = _csv_fast(source.name, text, delimiter, known)
    if fast is not None:
        return fast
    raw, problems = _csv_rows(source.name, text, delimiter)
    table = _build(source.name, raw, known, EXCEL_1900, text=True)
    table.problems[:0] = problems
    return table


def _csv_rows(name: str, text: str, delimiter: str) -> tuple[list[list[object]], list[Problem]]:
    """The csv module's rows; a row it cannot read (a field over its size limit) becomes a row problem."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    raw: list[list[object]] = []
    problems: list[Problem] = []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            limit = csv.field_size_limit()
            why = (f"har ett fält längre än {limit:,} tecken; kontrollera citattecknen (ett \" som aldrig stängs "
                   "tar med resten av filen)".replace(",", "\u00a0")) if "field larger" in str(exc) else (
                   f"går inte att läsa som CSV ({exc})")
            raw.append([""])  # keeps the row numbers of the rows after it
            problems.append(Problem(len(raw), None, None, why))
            if len(problems) > 1000:
                raise ImportRefused(f"{name} går inte att läsa som CSV ({exc}).") from None
            continue
        raw.append(row)
    return raw, problems


def _csv_fast(name: str, text: str, delimiter: str, known: set[str]) -> Table | None:
    """pandas' C reader for a tidy file without quotes; None sends the file down the careful path.

    Without quote characters every line is one record, so counting separators per line finds rows
    with too few fields (which read_csv would silently fill).
    """
    if '"' in text or "\r" in text.replace("\r\n", "\n"):
        return None
    try:
        frame = pd.read_csv(io.StringIO(text), sep=delimiter, header=None, dtype=str, keep_default_na=False,
                            skip_blank_lines=False, engine="c", quoting=csv.QUOTE_NONE)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError):
        return None
    head = [list(r) for r in frame.head(HEADER_SEARCH_ROWS).itertuples(index=False)]
    h = _find_header(head, known)
    header = [_cell_text(c) for c in head[h]] if head else []
    while header and not header[-1]:
        header.pop()
    width = len(header)
    if width == 0 or frame.shape[1] != width:
        return None  # title rows, trailing separators…: the careful path sorts them out
    lines = pd.Series(text.replace("\r\n", "\n").split("\n")[: len(frame)], dtype=object)
    fields = (lines.str.count(re.escape(delimiter)) + 1).to_numpy()[h + 1:]
    data = frame.iloc[h + 1:]
    blank = (data == "").all(axis=1).to_numpy()
    short = (fields < width) & ~blank
    numbers = np.arange(h + 2, h + 2 + len(data))
    problems = [Problem(int(numbers[i]), None, None, t(FIELDS, fields=int(fields[i]), width=width))
                for i in np.flatnonzero(short)]
    data = data[~blank]
    columns = [pd.Series(data.iloc[:, j].to_numpy(dtype=object), dtype=object) for j in range(width)]
    return Table(name, header, h + 1, numbers[~blank].tolist(), columns, problems, EXCEL_1900)


MAX_ROWS = 1_048_576
MAX_COLUMNS = 1_000
MAX_CELLS = 10_000_000
MAX_SHEET_BYTES = 500_000_000
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension[^>]*\sref="([A-Z]+)?(\d+)?(?::([A-Z]+)(\d+))?"')


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _check_xlsx_size(source: Source) -> None:
    """Refuse before openpyxl reads it a workbook whose sheets declare (or unpack to) too much.

    A 1,7 kB file with one cell at XFD1048576 declares 17 billion cells; read as it is, it grows
    to many gigabytes. The sheet's <dimension> and the zip's sizes are read without unpacking.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(source.data)) as z:
            for info in z.infolist():
                if not info.filename.startswith("xl/worksheets/") or not info.filename.endswith(".xml"):
                    continue
                if info.file_size > MAX_SHEET_BYTES:
                    raise ImportRefused(f"{source.name} är för stor: ett blad packas upp till "
                                        f"{info.file_size // 1_000_000} MB (högst {MAX_SHEET_BYTES // 1_000_000} MB).")
                with z.open(info) as f:
                    head = f.read(4096)
                m = _DIMENSION.search(head)
                if m is None or m.group(1) is None:
                    continue
                if m.group(3) is None:  # one cell: the sheet runs from A1 to it
                    cols, rows = _column_number(m.group(1).decode()), int(m.group(2) or 1)
                else:
                    cols = _column_number(m.group(3).decode()) - _column_number(m.group(1).decode()) + 1
                    rows = int(m.group(4)) - int(m.group(2) or 1) + 1
                if rows > MAX_ROWS or cols > MAX_COLUMNS or rows * cols > MAX_CELLS:
                    raise ImportRefused(
                        f"{source.name} är för stor: ett blad sträcker sig över {rows:,} rader och {cols:,} kolumner "
                        f"(högst {MAX_COLUMNS:,} kolumner och {MAX_CELLS:,} celler). Ta bort tomma rader och kolumner "
                        "längst ned och till höger (eller kopiera datat till en ny arbetsbok) och spara igen."
                        .replace(",", "\u00a0"))
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ImportRefused(f"{source.name} går inte att öppna som xlsx-fil ({type(exc).__name__}).") from None


def _bounded_rows(ws: object, name: str) -> list[list[object]]:
    """The sheet's rows, refused as soon as they pass the caps (a sheet without a <dimension>)."""
    raw: list[list[object]] = []
    cells = 0
    for row in ws.iter_rows(min_row=1, values_only=True):  # type: ignore[attr-defined]
        cells += len(row)
        if len(raw) >= MAX_ROWS or len(row) > MAX_COLUMNS or cells > MAX_CELLS:
            raise ImportRefused(f"{name} är för stor (högst {MAX_COLUMNS} kolumner och {MAX_CELLS:,} celler); "
                                "ta bort tomma rader och kolumner och spara igen.".replace(",", "\u00a0"))
        raw.append([c.strip() if isinstance(c, str) else c for c in row])
    return raw


def _xlsx_table(source: Source, sheet: str | None, known: set[str], required: bool) -> Table | None:
    import openpyxl

    _check_xlsx_size(source)
    try:
        wb = openpyxl.load_workbook(io.BytesIO(source.data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise ImportRefused(f"{source.name} går inte att öppna som xlsx-fil ({type(exc).__name__}).") from None
    try:
        if sheet is None:
            ws = wb.worksheets[0]
            sheet_name = ws.title
        else:
            by_fold = {fold(n): n for n in wb.sheetnames}
            sheet_name = by_fold.get(fold(sheet))
            if sheet_name is None:
                if not required:
                    return None
                raise ImportRefused(f"{source.name} saknar bladet {sheet!r} (bladen heter "
                                    f"{', '.join(wb.sheetnames)}).")
            ws = wb[sheet_name]
        raw = _bounded_rows(ws, source.name)
        epoch = EXCEL_1904 if wb.epoch.year == 1904 else EXCEL_1900
    finally:
        wb.close()
    name = source.name if sheet is None else f"{source.name} blad {sheet_name}"
    return _build(name, raw, known, epoch)
