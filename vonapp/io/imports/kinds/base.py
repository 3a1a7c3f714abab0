"""What every import kind shares: the context it runs in, the plan it returns, its checked rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from vonapp.domain.formatting import fmt_number
from vonapp.domain.identity import employment_number_problem, personnummer_problem
from vonapp.io.imports import values as v
from vonapp.io.imports.columns import Column, Found, known_headers, match
from vonapp.io.imports.maps import Maps, apply_values
from vonapp.io.imports.problems import ImportFailed, Problem, show
from vonapp.io.imports.reading import Source, Table
from vonapp.io.imports.writer import Writer
from vonapp.store import dialect
from vonapp.store.queries import UnitInfo
from vonapp.texts import t


@dataclass
class Context:
    session: Session
    source: Source
    unit: UnitInfo | None
    start: date | None
    replace: bool
    maps: Maps


@dataclass
class Plan:
    """What an import will do: shown by --dry-run, carried out by `write` inside the transaction."""

    row_count: int
    report: list[str]
    write: Callable[[Writer], None]
    date_from: date | None = None
    date_to: date | None = None
    overlap: list[str] = field(default_factory=list)
    replace_note: str = ""


@dataclass(frozen=True)
class Kind:
    name: str
    columns: tuple[Column, ...]
    plan: Callable[[Context], Plan]
    needs_unit: bool = True
    help: str = ""


class Rows:
    """The data rows of a table with a kind's columns matched, and the problems found in them."""

    def __init__(self, table: Table, found: dict[str, Found]) -> None:
        self.file_name = table.file_name
        self.numbers = np.asarray(table.row_numbers, dtype=np.int64)
        self.found = found
        self.problems: list[Problem] = list(table.problems)
        self.epoch = table.epoch
        self._empty: dict[str, np.ndarray] = {}
        self.problems += cell_problems(table)

    @classmethod
    def of(cls, ctx: Context, columns: tuple[Column, ...], sheet: str | None = None) -> Rows:
        keys = ctx.maps.column_keys()
        table = ctx.source.table(sheet, known_headers(columns, keys))
        assert table is not None
        found = match(table, columns, keys)
        for name, vm in ctx.maps.values.items():
            if name in found:
                found[name] = Found(found[name].header, apply_values(found[name].cells, vm))
        return cls(table, found)

    def __len__(self) -> int:
        return len(self.numbers)

    def has(self, name: str) -> bool:
        return name in self.found

    def header(self, name: str) -> str:
        return self.found[name].header if name in self.found else name

    def cells(self, name: str) -> pd.Series:
        if name in self.found:
            return self.found[name].cells
        return pd.Series([None] * len(self), dtype=object)

    def keep(self, mask: np.ndarray) -> None:
        """Drop the rows where mask is False (e.g. before --from)."""
        kept = set(self.numbers[mask].tolist())
        self.numbers = self.numbers[mask]
        for name, f in self.found.items():
            self.found[name] = Found(f.header, f.cells[mask].reset_index(drop=True))
        self._empty.clear()
        self.problems = [p for p in self.problems if p.row is None or p.row in kept]

    def flag(self, name: str | None, mask: np.ndarray, reason: str | np.ndarray, *, value: bool = True) -> None:
        """A problem for each row where mask is True; reason may be one text or one per row."""
        idx = np.flatnonzero(mask)
        if not len(idx):
            return
        cells = self.cells(name).to_numpy(dtype=object) if name else None
        for i in idx:
            why = reason if isinstance(reason, str) else str(reason[i])
            shown = show(cells[i]) if (cells is not None and value) else None
            self.problems.append(Problem(int(self.numbers[i]), self.header(name) if name else None, shown, why))

    def empty(self, name: str) -> np.ndarray:
        if name not in self._empty:
            self._empty[name] = v.is_empty(self.cells(name))
        return self._empty[name]

    def require(self, name: str, hint: str, where: np.ndarray | None = None) -> np.ndarray:
        """Flag empty cells (only where `where` is True); returns the empty mask."""
        empty = self.empty(name)
        mask = empty if where is None else empty & where
        self.flag(name, mask, f"är tom; {hint}", value=False)
        return empty

    def parsed(self, name: str, fn: Callable[[object], object], hint: str | None = None,
               required: bool = True) -> np.ndarray:
        """Values of fn over a column (None where empty or bad); flags bad and, if required, empty cells."""
        values, reasons = v.parse_column(self.cells(name), fn)
        self.flag(name, reasons != None, reasons)  # noqa: E711 - elementwise over an object array
        if required and hint is not None:
            self.require(name, hint)
        return values

    def floats(self, name: str, hint: str | None = None, required: bool = True) -> np.ndarray:
        values, reasons = v.numbers(self.cells(name))
        self.flag(name, reasons != None, reasons)  # noqa: E711
        if required and hint is not None:
            self.require(name, hint)
        return values

    def text(self, name: str) -> np.ndarray:
        return v.text(self.cells(name))

    def check_employment_numbers(self, name: str = "anställningsnummer") -> None:
        """Flag employment numbers that are too long, have odd characters (a personnummer is flagged already)."""
        codes, uniq = pd.factorize(pd.Series(v.text(self.cells(name)), dtype=object))
        reasons = np.array([None if personnummer_problem(u) else employment_number_problem(u) for u in uniq] + [None],
                           dtype=object)
        per_row = reasons[codes]
        self.flag(name, per_row != None, per_row)  # noqa: E711

    def fail_if_problems(self) -> None:
        if self.problems:
            raise ImportFailed(self.file_name, self.problems)


MAX_CELL_CHARS = 2000


def cell_problems(table: Table) -> list[Problem]:
    """Problems any file can have whatever its kind: a personnummer or samordningsnummer in any cell,
    a cell too long to be meant, and a row that is an exact copy of an earlier one."""
    found: list[Problem] = []
    numbers = table.row_numbers
    all_codes = []
    for header, column in zip(table.header, table.columns, strict=False):
        codes, uniq = pd.factorize(column, use_na_sentinel=True)
        all_codes.append(codes)
        bad = {}
        for i, u in enumerate(uniq):
            text = _as_text(u)
            if text is None:
                continue
            if len(text) > MAX_CELL_CHARS:
                bad[i] = f"är för långt ({len(text)} tecken; högst {MAX_CELL_CHARS})"
            elif why := personnummer_problem(text):
                bad[i] = why
        if not bad:
            continue
        for row, code in enumerate(codes):
            if code in bad:
                found.append(Problem(numbers[row], header or "(utan rubrik)", show(uniq[code]), bad[code]))
    found += _copies(numbers, all_codes)
    return found


def _copies(numbers: list[int], codes: list[np.ndarray]) -> list[Problem]:
    """A row identical in every column to an earlier row would count twice: name both rows."""
    if len(numbers) < 2 or not codes:
        return []
    keys = np.stack(codes, axis=1)
    _uniq, first, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    firsts = first[inverse]
    dup = np.flatnonzero(firsts != np.arange(len(numbers)))
    return [Problem(int(numbers[i]), None, None,
                    f"är en exakt kopia av rad {numbers[int(firsts[i])]} och skulle räknas två gånger; ta bort "
                    "dubbletten, eller slå ihop raderna till en om båda ska räknas")
            for i in dup[:10_000]]


def _as_text(value: object) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else None
    if isinstance(value, int | str):
        return str(value)
    return None


def dates_of(values: np.ndarray) -> np.ndarray:
    """Object array of date/None → datetime64[D] with NaT (each distinct date converted once)."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
    days = np.array([np.datetime64(d, "D") for d in uniques] + [np.datetime64("NaT")], dtype="datetime64[D]")
    return days[codes]


def iso_dates(days: np.ndarray) -> list[str]:
    """datetime64[D] → 'YYYY-MM-DD' strings, converting each distinct day once."""
    codes, uniq = pd.factorize(days)
    text = np.array([str(u)[:10] for u in uniq], dtype=object)
    return text[codes].tolist()


def fmt_n(x: float) -> str:
    """A number for a report: whole with space thousands, else one decimal, decimal comma, real minus."""
    return fmt_number(x, 0 if float(x).is_integer() else 1)


def n_rows(n: int) -> str:
    """'1 rad', '2 rader', '12 345 rader'."""
    return t("1 rad") if n == 1 else t("{count} rader", count=fmt_n(n))


def lookup(values: np.ndarray, table: dict[str, object]) -> tuple[np.ndarray, np.ndarray]:
    """Map folded values through a dict once per distinct value: (results, found mask)."""
    from vonapp.io.imports.text import fold

    codes, uniq = pd.factorize(pd.Series(values, dtype=object))
    res = np.empty(len(uniq) + 1, dtype=object)
    ok = np.zeros(len(uniq) + 1, dtype=bool)
    for i, u in enumerate(uniq):
        key = fold(u)
        if key in table:
            res[i], ok[i] = table[key], True
    return res[codes], ok[codes]


def year_months(rows: Rows, year_col: str = "år", month_col: str = "månad") -> tuple[np.ndarray, np.ndarray]:
    """Parsed år and månad columns (None where bad or empty, flagged)."""
    years = rows.parsed(year_col, v.year, "ange året")
    months = rows.parsed(month_col, v.month, "ange månaden (1–12)")
    return years, months


def month_span(years: np.ndarray, months: np.ndarray) -> tuple[date, date]:
    keys = sorted({(int(y), int(m)) for y, m in zip(years, months, strict=True)})
    (y0, m0), (y1, m1) = keys[0], keys[-1]
    end = date(y1 + (m1 == 12), m1 % 12 + 1, 1)
    return date(y0, m0, 1), date.fromordinal(end.toordinal() - 1)


def month_keys(years: np.ndarray, months: np.ndarray) -> list[int]:
    return sorted({int(y) * 100 + int(m) for y, m in zip(years, months, strict=True)})


def month_overlap(ctx: Context, table: str, keys: list[int]) -> list[str]:
    from vonapp.io.imports.batches import describe_sources

    assert ctx.unit is not None
    where = f"(t.year * 100 + t.month) IN ({', '.join(str(k) for k in keys)})"
    conn = ctx.session.connection()
    return describe_sources(ctx.session, table, ctx.unit.id, where, {},
                            f"{dialect.year_month(conn, 'MIN(t.year * 100 + t.month)')}, "
                            f"{dialect.year_month(conn, 'MAX(t.year * 100 + t.month)')}")


def replace_months(w: Writer, table: str, unit_id: int, keys: list[int]) -> None:
    w.delete_logged(table, f"unit_id = :u AND (year * 100 + month) IN ({', '.join(str(k) for k in keys)})",
                    {"u": unit_id})


def duplicates(rows: Rows, column: str, keys: list[object], what: str) -> None:
    """Flag a row whose key (None = skip) came earlier in the file."""
    seen: dict[object, int] = {}
    for i, k in enumerate(keys):
        if k is None:
            continue
        if k in seen:
            rows.flag(column, np.arange(len(rows)) == i, f"{what} {k} finns redan på rad {seen[k]}", value=False)
        else:
            seen[k] = int(rows.numbers[i])
