"""Errors of an export; str() is the Swedish line the user reads."""

from __future__ import annotations


class ExportError(Exception):
    """An export that could not be written; nothing was left at the target path."""


class ExportCancelled(ExportError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Exporten avbröts; ingen fil skrevs.")
