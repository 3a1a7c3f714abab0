"""Matching words the way people write them: case, spacing, punctuation, å/ä/ö as a/a/o."""

from __future__ import annotations

import re

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "æ": "a", "ø": "o",
                       "\u00a0": " ", "\u202f": " ", "\t": " "})
_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: object) -> str:
    """Casefolded, å/ä/ö as a/a/o, whitespace collapsed: for comparing values."""
    if text is None:
        return ""
    return _SPACES.sub(" ", str(text).casefold().translate(_FOLD)).strip()


def header_key(text: object) -> str:
    """A header reduced to letters and digits: 'Anst.nr' and 'ANST NR' both give 'anstnr'."""
    return _NOT_WORD.sub("", fold(text))


def swedish_list(words: list[str] | tuple[str, ...]) -> str:
    """'a, b eller c'."""
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " eller " + words[-1]
