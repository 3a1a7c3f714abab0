"""Numbers as a Swedish reader expects them: `96,3 %`, `1 116 h`, `2 750 tkr`, `–` for no data."""

from __future__ import annotations

import math

NBSP = "\u00a0"
DASH = "–"


def _grouped(value: float, decimals: int) -> str:
    if decimals == 0:
        value = round(value) + 0.0  # -0.4 rounds to -0; adding 0.0 keeps the sign honest below
    text = f"{abs(value):,.{decimals}f}".replace(",", NBSP).replace(".", ",")
    negative = value < 0 and any(ch not in "0,\u00a0" for ch in text)
    return f"−{text}" if negative else text


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
