"""A first look at an import file, for the window: its header, first rows, kind and doubts.

`look_at(path)` reads the file once (as the import would) and gives what the import dialog shows
before the dry run: which kind the headers fit best, the first rows, which column of the file
each column of a kind would be read from, the columns that would be ignored, and dates such as
01/03/2023 that read as 1 March but could mean 3 January.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from vonapp.io.imports.columns import Column, fit, known_headers
from vonapp.io.imports.kinds import KINDS
from vonapp.io.imports.reading import open_source
from vonapp.io.imports.text import header_key

PREVIEW_ROWS = 5
GUESS_AT = 0.75  # share of a kind's required columns the header must name for a guess
DATE_COLUMNS = ("datum",)
_SLASHED = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{2,4})\s*$")


@dataclass
class FileLook:
    """What the file holds, read as the import reads it (the first sheet; `schema` for a schedule)."""

    file_name: str
    header: list[str]
    rows: list[list[str]]  # the first PREVIEW_ROWS data rows as text
    fits: dict[str, float]  # kind → share of its required columns the header names
    cells: dict[str, list[object]] = field(default_factory=dict)  # header → every cell (for the date check)

    def best_kind(self) -> str | None:
        """The kind whose required columns the header names best (at least GUESS_AT of them)."""
        kind, share = max(self.fits.items(), key=lambda kv: kv[1], default=(None, 0.0))
        return kind if share >= GUESS_AT else None

    def better_kind(self, current: str) -> str | None:
        """Another kind the header fits clearly better than `current` (None: keep it)."""
        best = self.best_kind()
        if best is None or best == current or self.fits.get(current, 0.0) >= self.fits[best]:
            return None
        return best


def look_at(path: Path, kind: str | None = None) -> FileLook:
    """Read the file's header and rows; raises ImportRefused for what cannot be an import file."""
    source = open_source(Path(path))
    every = set().union(*(known_headers(k.columns, {}) for k in KINDS.values()))
    sheet = "schema" if kind == "schema" and source.is_xlsx else None
    table = source.table(sheet, every, required=False) if sheet else source.table(None, every)
    if table is None:  # an xlsx without a sheet named schema: its first sheet
        table = source.table(None, every)
    assert table is not None
    header = [str(h) if h is not None else "" for h in table.header]
    n = min(len(table), PREVIEW_ROWS)
    rows = [[_text(col.iloc[i]) for col in table.columns] for i in range(n)]
    fits = {name: fit(header, k.columns) for name, k in KINDS.items()}
    cells = {h: list(col) for h, col in zip(header, table.columns, strict=False) if h}
    return FileLook(source.name, header, rows, fits, cells)


def auto_columns(header: list[str], columns: tuple[Column, ...], column_map: dict[str, str] | None = None,
                 ) -> dict[str, str | None]:
    """Column name → the file's header it is read from (names, aliases, then the map), or None."""
    keys = {header_key(src): dst for src, dst in (column_map or {}).items()}
    out: dict[str, str | None] = {c.name: None for c in columns}
    for h in header:
        k = header_key(h)
        target = keys.get(k) or next((c.name for c in columns if k in c.keys), None)
        if target is not None and out.get(target) is None:
            out[target] = h
    return out


def ignored_headers(header: list[str], chosen: dict[str, str | None]) -> list[str]:
    """The file's named columns that no column of the kind is read from."""
    used = {h for h in chosen.values() if h}
    return [h for h in header if h and h not in used]


def ambiguous_dates(cells: list[object], limit: int = 3) -> list[str]:
    """Dates like 01/03/2023: read day first (1 March), but month first they are another day."""
    found: list[str] = []
    for cell in cells:
        if not isinstance(cell, str):
            continue
        m = _SLASHED.match(cell)
        if m and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1).lstrip("0") != m.group(2).lstrip("0"):
            if cell.strip() not in found:
                found.append(cell.strip())
            if len(found) >= limit:
                break
    return found


def map_entries(chosen: dict[str, str | None], automatic: dict[str, str | None]) -> list[str]:
    """`RUBRIK=kolumn` entries (as --map takes them) for the columns chosen otherwise than automatically."""
    return [f"{head}={name}" for name, head in chosen.items() if head and head != automatic.get(name)]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value != value:  # NaN
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10] if hasattr(value, "hour") and not value.hour else value.isoformat()
    return str(value)
