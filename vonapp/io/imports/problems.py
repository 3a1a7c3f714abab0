"""What goes wrong in an import file: one Problem per bad cell or row, and the errors that carry them."""

from __future__ import annotations

from dataclasses import dataclass

from vonapp.store.errors import StoreError
from vonapp.texts import t

MAX_LISTED = 200  # a message lists at most this many problems, then how many more there are


@dataclass(frozen=True, order=True)
class Problem:
    """One bad cell (row and column), bad row (column None) or bad file (row None)."""

    row: int | None
    column: str | None
    value: str | None
    reason: str

    def render(self, file_name: str) -> str:
        where = file_name if self.row is None else t("{file} rad {row}", file=file_name, row=self.row)
        if self.column is not None:
            where += t(', kolumn "{column}"', column=self.column)
        what = self.reason if self.value is None else f'"{self.value}" {self.reason}'
        return f"{where}: {what}"


class ImportRefused(StoreError):
    """The file cannot be imported as it is; str() is one Swedish line naming file and reason."""


class ImportFailed(StoreError):
    """Bad rows: every problem found, in row order; nothing was written."""

    def __init__(self, file_name: str, problems: list[Problem]) -> None:
        self.file_name = file_name
        self.problems = sorted(problems, key=lambda p: (p.row or 0, p.column or "", p.reason))
        super().__init__(self.render())

    def render(self) -> str:
        n = len(self.problems)
        rows = {p.row for p in self.problems if p.row is not None}
        head = (t("{file}: {count} fel på {rows} rader; inget importerades.", file=self.file_name, count=n,
                  rows=len(rows)) if rows else t("{file}: inget importerades.", file=self.file_name))
        shown = [p.render(self.file_name) for p in self.problems[:MAX_LISTED]]
        if n > MAX_LISTED:
            shown.append(t("… och {more} fel till (de första {listed} visas); rätta dem och försök igen.",
                           more=n - MAX_LISTED, listed=MAX_LISTED))
        return "\n".join([head, *shown])


def show(value: object) -> str:
    """A cell value as the user typed it, for a message."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"
