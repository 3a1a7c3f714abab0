"""Errors the user can act on; their text is Swedish and shown as it is."""

from __future__ import annotations


class StoreError(Exception):
    """A problem with the database that the user can fix; str() is the message to show."""


class DatabaseLocked(StoreError):
    """Another vonapp process holds the database."""


class UnknownUnit(StoreError):
    """A unit name that the database does not hold."""


class DamagedDatabase(StoreError):
    """The database file is damaged (zero bytes, not SQLite, truncated, unreadable): restore a backup."""

    def __init__(self, message: str, path: object = None) -> None:
        super().__init__(message)
        self.path = path
