"""No personnummer, ever: recognising Swedish personal identity numbers in any text, and bounding
employment numbers (DESIGN.md, Data safety).

A personnummer is a birth date and four digits: `ÅÅÅÅMMDD-NNNN`, `ÅÅMMDD-NNNN` (`+` instead of
`-` from the year someone turns 100), `ÅÅÅÅMMDDNNNN`; a samordningsnummer is the same with 60
added to the day. The last digit is a Luhn check digit, but a mistyped number is still someone's
identity, so the check digit is not required — except for ten bare digits (`ÅÅMMDDNNNN`), which
are taken as a personnummer only when the date is real and the Luhn check passes, so that an
ordinary ten-digit number is not refused by chance.
"""

from __future__ import annotations

import re
from datetime import date

_CANDIDATE = re.compile(r"(?<![0-9])(\d{6}|\d{8})\s?([-+])?\s?(\d{4})(?![0-9])")
EMPLOYMENT_NUMBER_MAX = 20
_EMPLOYMENT_NUMBER = re.compile(r"[0-9A-Za-zÅÄÖåäöÉé][0-9A-Za-zÅÄÖåäöÉé _./-]*")


def luhn_ok(digits: str) -> bool:
    """The Luhn check over the ten digits ÅÅMMDDNNNN."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _real_day(years: list[int], month: int, day: int) -> bool:
    """Whether month/day is a date in one of `years` (two when only ÅÅ is known: 19ÅÅ and 20ÅÅ)."""
    for y in years:
        try:
            date(y, month, day)
            return True
        except ValueError:
            continue
    return False


def _kind(date_digits: str) -> str | None:
    """'personnummer', 'samordningsnummer' or None for the date part (6 or 8 digits)."""
    if len(date_digits) == 8:
        year = int(date_digits[:4])
        if not 1850 <= year <= 2100:
            return None
        years, rest = [year], date_digits[4:]
    else:
        yy = int(date_digits[:2])
        years, rest = [1900 + yy, 2000 + yy], date_digits[2:]
    month, day = int(rest[:2]), int(rest[2:])
    if _real_day(years, month, day):
        return "personnummer"
    if day > 60 and _real_day(years, month, day - 60):
        return "samordningsnummer"
    return None


def personnummer_problem(text: object) -> str | None:
    """Why a value must not be stored because it holds a personnummer or samordningsnummer; else None.

    The reason is a Swedish phrase to follow the value ("\"19800101-1234\" ser ut som …").
    """
    if text is None:
        return None
    s = str(text)
    if sum(ch.isdigit() for ch in s) < 10:
        return None
    for m in _CANDIDATE.finditer(s):
        date_digits, sep, tail = m.group(1), m.group(2), m.group(3)
        kind = _kind(date_digits)
        if kind is None:
            continue
        if len(date_digits) == 6 and sep is None and not luhn_ok(date_digits + tail):
            continue  # ten bare digits: only with a valid check digit
        return (f"ser ut som ett {kind} (ÅÅÅÅMMDD-NNNN); vonapp sparar aldrig personnummer – "
                "använd anställningsnumret och ett visningsnamn")
    return None


def employment_number_problem(text: object) -> str | None:
    """Why a non-empty employment number cannot be used (too long, odd characters, a personnummer); else None."""
    s = "" if text is None else str(text).strip()
    if not s:
        return None
    problem = personnummer_problem(s)
    if problem is not None:
        return problem
    if len(s) > EMPLOYMENT_NUMBER_MAX:
        return f"är för långt för ett anställningsnummer (högst {EMPLOYMENT_NUMBER_MAX} tecken)"
    if not _EMPLOYMENT_NUMBER.fullmatch(s):
        return "är inget anställningsnummer (bara bokstäver, siffror, mellanslag och - _ . /)"
    return None
