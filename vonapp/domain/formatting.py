"""Numbers as a Swedish reader expects them: `96,3 %`, `1 116 h`, `2 750 tkr`, `–` for no data."""

from __future__ import annotations

import math
from datetime import date

NBSP = "\u00a0"
DASH = "–"
MINUS = "\u2212"  # a real minus sign, as Swedish text prints one
MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def _grouped(value: float, decimals: int) -> str:
    if decimals == 0:
        value = round(value) + 0.0  # -0.4 rounds to -0; adding 0.0 keeps the sign honest below
    text = f"{abs(value):,.{decimals}f}".replace(",", NBSP).replace(".", ",")
    negative = value < 0 and any(ch not in "0,\u00a0" for ch in text)
    return f"{MINUS}{text}" if negative else text


def fmt_number(value: float | None, decimals: int = 0) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return DASH
    return _grouped(float(value), decimals)


def fmt_pct(value: float | None, decimals: int = 1) -> str:
    """A percent figure (96.3 means 96,3 %)."""
    return DASH if value is None else f"{fmt_number(value, decimals)}{NBSP}%"


def fmt_hours(value: float | None) -> str:
    return DASH if value is None else f"{fmt_number(value)}{NBSP}h"


def fmt_kr(value: float | None) -> str:
    return DASH if value is None else f"{fmt_number(value)}{NBSP}kr"


def fmt_tkr(value: float | None) -> str:
    """Thousands of kronor given in tkr."""
    return DASH if value is None else f"{fmt_number(value)}{NBSP}tkr"


def fmt_kr_as_tkr(value_kr: float | None) -> str:
    return DASH if value_kr is None else fmt_tkr(value_kr / 1000.0)


def fmt_day(day: date | str) -> str:
    """`31 aug` (a date or an ISO date text)."""
    d = date.fromisoformat(day) if isinstance(day, str) else day
    return f"{d.day} {MONTH_ABBREVIATIONS[d.month - 1]}"


def fmt_through(through: date | str | None) -> str:
    """`t.o.m. 31 aug` for figures of a period under way up to that day; empty when not under way."""
    return "" if through is None else f"t.o.m. {fmt_day(through)}"


def fmt_signed(value: float | None, decimals: int = 0) -> str:
    """A difference with its sign: `+1,5` or `−1,5` (a real minus), `0` without one."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return DASH
    text = fmt_number(value, decimals)
    return f"+{text}" if value > 0 and text.strip("0,") else text
