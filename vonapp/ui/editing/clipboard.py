"""Tab-separated text as Excel (and LibreOffice) put it on the clipboard: \\t between cells, \\r\\n after
each row, a cell holding a tab, newline or quote in double quotes with quotes doubled."""

from __future__ import annotations

import csv
import io

Grid = list[list[str]]


def parse_tsv(text: str) -> Grid:
    """Clipboard text → rows of cell texts; one trailing newline is no extra row."""
    if not text:
        return []
    if "\t" not in text and '"' not in text:  # the common case, and a single cell
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        return [[line] for line in lines]
    rows = [row if row else [""] for row in csv.reader(io.StringIO(text, newline=""), delimiter="\t")]
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


def _cell(text: str) -> str:
    if any(ch in text for ch in '\t\n\r"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def to_tsv(grid: Grid) -> str:
    """Rows of cell texts → clipboard text, rows ended by \\r\\n as Excel writes them."""
    return "".join("\t".join(_cell(c) for c in row) + "\r\n" for row in grid)
