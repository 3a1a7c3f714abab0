"""Column specs and the one place where cell values become text and text becomes values.

Swedish habits: decimal comma, non-breaking space (or space) between thousands, "12,5 %". Typed
or pasted text is read leniently: "1 234,5", "1234.5", "1.234,5", "12,5 %", "−3", "7,5 h".
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

import pandas as pd
from PySide6.QtCore import QCoreApplication

from vonapp.domain.formatting import NBSP, fmt_number

KINDS = ("text", "int", "number", "hours", "pct", "kr", "date", "choice")
NUMERIC = ("int", "number", "hours", "pct", "kr")
Validate = Callable[[object, Mapping[str, object]], "str | None"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("FrameTableModel", text)


def _title(column: Column) -> str:
    return QCoreApplication.translate("Column", column.title)


def swedish_list(words: list[str]) -> str:
    """'a, b eller c' ('a, b or c' in English)."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + _tr(" eller ") + words[-1] if words else ""


class CellError(ValueError):
    """Text that is no value of the column; str() is the Swedish reason."""


@dataclass(frozen=True)
class Column:
    """One column of a FrameTableModel.

    key: the frame's column; title: the header (Swedish); kind: one of KINDS; editable;
    choices: the allowed values of a `choice` column (matched case-insensitively);
    validate(value, row) -> Swedish error text or None, called with the parsed value and the row's
    current values (a dict by column key, the row key under the model's key name);
    required: an empty cell is refused; decimals: fixed decimals shown (None: the kind's default);
    grouping: thousands separated by a non-breaking space (False for years, codes, numbers of employment);
    color(value) -> a background colour ("#dbeafe") or None, e.g. a shift code's kind;
    unknown_choice: the message for a value not among the choices, `{value}` is replaced;
    words: the values are glossary words stored in Swedish (a category, a placement …), shown and typed
    in the window's language (a `choice` column always is: its choices are read through `word`).
    """

    key: str
    title: str
    kind: str = "text"
    editable: bool = False
    choices: tuple[str, ...] = ()
    validate: Validate | None = None
    required: bool = False
    decimals: int | None = None
    grouping: bool = True
    color: Callable[[object], str | None] | None = None
    tooltip: str = ""
    unknown_choice: str = ""
    words: bool = False  # the values are stored glossary words, shown in the window's language

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC

    @property
    def worded(self) -> bool:
        return self.words or self.kind == "choice"


WORD_CONTEXT = "Glossary"


def word(value: str) -> str:
    """A stored word of the glossary (a category, a placement, an absence type …) in the window's
    language; the database and the files keep the Swedish word. Names (of units) come back as they are."""
    return QCoreApplication.translate(WORD_CONTEXT, value)


def is_empty(value: object) -> bool:
    """None, NaN and pandas' NaT/NA are an empty cell."""
    if value is None:
        return True
    kind = type(value)
    if kind is float:
        return value != value  # NaN
    if kind is str or kind is int:
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _trimmed(value: float, most: int) -> str:
    """Up to `most` decimals, trailing zeros dropped, Swedish grouping."""
    text = fmt_number(value, most)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def display_text(value: object, column: Column) -> str:
    """What the cell shows."""
    if is_empty(value):
        return ""
    kind = column.kind
    if kind in NUMERIC:
        try:
            number = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return str(value)
        if not column.grouping:
            return plain_number(number)
        if kind == "int":
            return fmt_number(number, 0)
        if kind == "pct":
            return f"{fmt_number(number, 1 if column.decimals is None else column.decimals)}{NBSP}%"
        if kind == "kr":
            return fmt_number(number, 0 if column.decimals is None else column.decimals)
        return fmt_number(number, column.decimals) if column.decimals is not None else _trimmed(number, 2)
    if kind == "date":
        return _date_text(value)
    return word(str(value)) if column.worded else str(value)


def plain_number(value: float) -> str:
    """A number for editing and the clipboard: decimal comma, no grouping, no needless decimals."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".").replace(".", ",")


def edit_text(value: object, column: Column) -> str:
    """The text the editor starts with and the clipboard gets (Excel in Swedish reads it back)."""
    if is_empty(value):
        return ""
    if column.kind in NUMERIC:
        try:
            return plain_number(float(value))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return str(value)
    if column.kind == "date":
        return _date_text(value)
    return word(str(value)) if column.worded else str(value)


def sort_value(value: object, column: Column) -> object:
    """A key that sorts: empty cells first, numbers as numbers, dates as ISO text."""
    if column.kind in NUMERIC:
        return -math.inf if is_empty(value) else float(value)  # type: ignore[arg-type]
    if is_empty(value):
        return ""
    return _date_text(value) if column.kind == "date" else str(value).casefold()


def _date_text(value: object) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "date") and callable(value.date):  # pandas Timestamp
        return value.date().isoformat()
    return str(value)


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_SUFFIX = re.compile(r"(%|procent|tkr|kr|h|tim|timmar)$", re.IGNORECASE)


def parse_number(text: str) -> float:
    """Swedish or English number text → float; raises CellError."""
    s = _SPACES.sub("", text.strip())
    s = _SUFFIX.sub("", s)
    s = s.replace("\u2212", "-").replace("\u2013", "-")
    if s.startswith("+"):
        s = s[1:]
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):  # 1.234,5
            s = s.replace(".", "").replace(",", ".")
        else:  # 1,234.5
            s = s.replace(",", "")
    elif s.count(",") == 1:
        s = s.replace(",", ".")
    elif s.count(".") > 1:  # 1.234.567
        s = s.replace(".", "")
    try:
        number = float(s)
    except ValueError:
        raise CellError(_tr("{0} är inget tal.").format(repr(text.strip()))) from None
    if math.isnan(number) or math.isinf(number):
        raise CellError(_tr("{0} är inget tal.").format(repr(text.strip())))
    return number


def parse_date(text: str) -> date:
    s = text.strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d", "%Y/%m/%d", "%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    raise CellError(_tr("{0} är inget datum; skriv till exempel 2024-05-01.").format(repr(s)))


def parse_cell(text: str, column: Column) -> object:
    """Typed or pasted text → the column's value (None for an empty cell); raises CellError."""
    s = text.strip() if isinstance(text, str) else text
    if s == "" or s is None:
        if column.required:
            raise CellError(_tr("{0} måste ha ett värde.").format(_title(column)))
        return None
    if not isinstance(s, str):
        return check_value(s, column)
    kind = column.kind
    if kind in NUMERIC:
        number = parse_number(s)
        if kind == "int":
            if not float(number).is_integer():
                raise CellError(_tr("{0}: ange ett heltal, inte {1}.").format(_title(column), s))
            return int(number)
        return number
    if kind == "date":
        return parse_date(s)
    if kind == "choice":
        return _choice(s, column)
    return s


def check_value(value: object, column: Column) -> object:
    """An already typed value (a fill or a Delete) checked against the column's kind."""
    if is_empty(value):
        if column.required:
            raise CellError(_tr("{0} måste ha ett värde.").format(_title(column)))
        return None
    if column.kind == "choice":
        return _choice(str(value), column)
    if column.kind == "int":
        return int(value)  # type: ignore[call-overload]
    if column.kind in NUMERIC:
        return float(value)  # type: ignore[arg-type]
    return value


def _choice(text: str, column: Column) -> str:
    folded = text.strip().casefold()
    for choice in column.choices:  # the stored word or the window's word for it
        if choice.casefold() == folded or word(choice).casefold() == folded:
            return choice
    if column.unknown_choice:
        raise CellError(column.unknown_choice.format(value=text.strip()))
    raise CellError(_tr("{0} finns inte bland valen: {1}.").format(text.strip(), swedish_list([word(c) for c in column.choices])))
