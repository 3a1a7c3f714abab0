"""Cell values as people type them: numbers with decimal comma and space thousands, Excel dates.

Each parser turns one column into (values, reasons): a reason (Swedish, without the value) where
a non-empty cell cannot be read, None elsewhere. Distinct values are parsed once, so a 100 000-row
column with a few hundred distinct dates costs a few hundred parses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import numpy as np
import pandas as pd

from vonapp.io.imports.text import fold
from vonapp.texts import N_, t

_SPACES = re.compile(r"[\s\u00a0\u202f']+")
_UNITS = re.compile(r"(?i)(kr|sek|tkr|h|tim|st|%)\.?$")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^\d{4,6}(?:[.,]0+)?$")
_CLOCK = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?$")
_CLOCK_COMPACT = re.compile(r"^(\d{2})(\d{2})$")

DATE_HINT = N_("är inte ett datum; skriv ÅÅÅÅ-MM-DD")  # a row's reason: raised as t(DATE_HINT)
NUMBER_HINT = N_("är inte ett tal")
FIRST_YEAR, LAST_YEAR = 1990, 2100


class CellError(ValueError):
    """A cell that cannot be read; str() is the reason."""


def is_empty(series: pd.Series) -> np.ndarray:
    """True where a cell is empty or only spaces (each distinct value looked at once)."""
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    blank = np.array([isinstance(u, str) and not u.strip() for u in uniques] + [True], dtype=bool)
    return blank[codes]


def parse_column(series: pd.Series, fn: Callable[[object], object]) -> tuple[np.ndarray, np.ndarray]:
    """(values, reasons) of fn over the distinct values of a column; empty cells give None, None."""
    empty = is_empty(series)
    codes, uniques = pd.factorize(series.where(~empty, None), use_na_sentinel=True)
    parsed = np.empty(len(uniques) + 1, dtype=object)
    reasons = np.empty(len(uniques) + 1, dtype=object)
    for i, u in enumerate(uniques):
        try:
            parsed[i] = fn(u)
        except CellError as exc:
            reasons[i] = str(exc)
    # code -1 (empty) indexes the extra last slot, which stays None
    return parsed[codes], reasons[codes]


def number(value: object) -> float:
    """7,5 · 7.5 · 1 234,50 · 1.234,50 · −3 · 12 kr · 96,3 %."""
    if isinstance(value, bool):
        raise CellError(t(NUMBER_HINT))
    if isinstance(value, int | float):
        if isinstance(value, float) and not np.isfinite(value):
            raise CellError(t(NUMBER_HINT))
        return float(value)
    if not isinstance(value, str):
        raise CellError(t(NUMBER_HINT))
    s = _SPACES.sub("", value).replace("\u2212", "-").replace("\u2013", "-")
    s = _UNITS.sub("", s)
    commas, dots = s.count(","), s.count(".")
    if commas and dots:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif commas == 1:
        s = s.replace(",", ".")
    elif commas > 1 or dots > 1:
        s = s.replace(",", "").replace(".", "")
    if not re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)", s):
        raise CellError(t(NUMBER_HINT))
    return float(s)


def numbers(series: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(float values with NaN for empty or bad, reasons)."""
    values, reasons = parse_column(series, number)
    out = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(dtype=np.float64)
    return out, reasons


def integer(value: object) -> int:
    x = number(value)
    if not x.is_integer():
        raise CellError(t("är inte ett heltal"))
    return int(x)


def _checked(y: int, m: int, d: int) -> date:
    if not FIRST_YEAR <= y <= LAST_YEAR:
        raise CellError(t("ligger utanför åren {first}–{last}", first=FIRST_YEAR, last=LAST_YEAR))
    try:
        return date(y, m, d)
    except ValueError:
        raise CellError(t("är ett datum som inte finns")) from None


def date_parser(epoch: date) -> Callable[[object], date]:
    """ISO dates, D/M/YYYY, YYYYMMDD, date cells and Excel serial numbers counted from `epoch`."""

    def serial(n: float) -> date:
        if not n.is_integer():
            n = float(int(n))  # a date-time cell: the day it falls on
        d = epoch + timedelta(days=int(n))
        return _checked(d.year, d.month, d.day)

    def parse(value: object) -> date:
        if isinstance(value, datetime):
            return _checked(value.year, value.month, value.day)
        if isinstance(value, date):
            return _checked(value.year, value.month, value.day)
        if isinstance(value, bool):
            raise CellError(t(DATE_HINT))
        if isinstance(value, int | float):
            if 1 <= value < 200_000:
                return serial(float(value))
            raise CellError(t(DATE_HINT))
        s = str(value).strip()
        for pattern, order in ((_ISO, (1, 2, 3)), (_DMY, (3, 2, 1)), (_COMPACT, (1, 2, 3))):
            m = pattern.match(s)
            if m:
                y, mo, d = (int(m.group(i)) for i in order)
                return _checked(y, mo, d)
        if _SERIAL.match(s):
            return serial(float(s.replace(",", ".")))
        raise CellError(t(DATE_HINT))

    return parse


def minutes_of_day(value: object) -> int:
    """07:00 · 7.00 · 0700 · 7 · 24:00 · a time cell · a fraction of a day (Excel)."""
    if isinstance(value, datetime):
        return value.hour * 60 + value.minute
    if isinstance(value, time):
        return value.hour * 60 + value.minute
    if isinstance(value, timedelta):
        m = round(value.total_seconds() / 60)
        if 0 <= m <= 1440:
            return m
        raise CellError(t("är inte en tid; skriv TT:MM"))
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 0 <= value <= 1:
            return round(float(value) * 1440)
        raise CellError(t("är inte en tid; skriv TT:MM"))
    s = str(value).strip()
    m = _CLOCK.match(s) or _CLOCK_COMPACT.match(s)
    if m:
        h, mi = int(m.group(1)), int(m.group(2) or 0)
        if (h < 24 and mi < 60) or (h == 24 and mi == 0):
            return h * 60 + mi
    raise CellError(t("är inte en tid; skriv TT:MM"))


YES = {"ja", "j", "x", "1", "true", "sant", "yes", "y"}
NO = {"nej", "n", "0", "false", "falskt", "no", "-"}


def yes_no(value: object) -> bool:
    if isinstance(value, bool):
        return value
    f = fold(value)
    if isinstance(value, int | float):
        f = str(int(value)) if float(value).is_integer() else f
    if f in YES:
        return True
    if f in NO:
        return False
    raise CellError(t("är varken ja eller nej"))


def text(series: pd.Series) -> np.ndarray:
    """Cells as stripped text ('' for empty); whole numbers from xlsx without a trailing .0."""

    def one(v: object) -> str:
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        if isinstance(v, datetime):
            return v.date().isoformat() if v.time() == time(0) else v.isoformat(sep=" ")
        t = str(v).strip()
        # vonapp's own CSV exports write '=… so that a spreadsheet keeps it as text; take it back off.
        return t[1:] if t[:1] == "'" and t[1:2] in ("=", "+", "-", "@") else t

    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    out = np.array([one(u) for u in uniques] + [""], dtype=object)
    return out[codes]

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")


def month(value: object) -> int:
    """1–12, a Swedish month name or its first three letters."""
    if isinstance(value, str) and not re.fullmatch(r"\s*\d+([.,]0+)?\s*", value):
        f = fold(value).rstrip(".")
        for i, name in enumerate(MONTHS, start=1):
            if f == fold(name) or (len(f) >= 3 and fold(name).startswith(f)):
                return i
        raise CellError(t("är ingen månad; skriv 1–12 eller månadens namn"))
    try:
        m = integer(value)
    except CellError:
        raise CellError(t("är ingen månad; skriv 1–12 eller månadens namn")) from None
    if not 1 <= m <= 12:
        raise CellError(t("är ingen månad; skriv 1–12 eller månadens namn"))
    return m


def year(value: object) -> int:
    y = integer(value)
    if not FIRST_YEAR <= y <= LAST_YEAR:
        raise CellError(t("är inget år mellan {first} och {last}", first=FIRST_YEAR, last=LAST_YEAR))
    return y
