"""Text that a spreadsheet would run as a formula (= + - @, tab, carriage return) stays text."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """A CSV text cell: prefixed with ' when Excel would read it as a formula."""
    return f"'{text}" if looks_like_formula(text) else text
