"""Errors the user can act on; their text is Swedish and shown as it is."""

from __future__ import annotations


class StoreError(Exception):
    """A problem with the database that the user can fix; str() is the message to show."""


class DatabaseLocked(StoreError):
    """Another vonapp process holds the database."""


class UnknownUnit(StoreError):
    """A unit name that the database does not hold."""
