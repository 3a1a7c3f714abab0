"""Server errors in Swedish: a lost connection, a refused row, another user's lock."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from vonapp.store.errors import StoreError


class ServerGone(StoreError):
    """The connection to the server broke; the transaction was not committed."""


class NotPermitted(StoreError):
    """Row-level security or a missing grant refused the statement."""


class RowsBusy(StoreError):
    """Another user holds a lock on the same rows longer than the lock timeout."""


def translate(exc: BaseException) -> StoreError | None:
    """The Swedish error for a PostgreSQL failure, or None (SQLite, or not one of these)."""
    if not isinstance(exc, DBAPIError):
        return None
    orig = exc.orig
    module = type(orig).__module__ or ""
    if not module.startswith("psycopg"):
        return None
    code = getattr(getattr(orig, "diag", None), "sqlstate", None) or getattr(orig, "sqlstate", None)
    text = str(orig)
    if exc.connection_invalidated or (code or "").startswith("08") or code in ("57P01", "57P02", "57P03") \
            or "server closed the connection" in text or "connection is closed" in text \
            or "consuming input failed" in text or "the connection is lost" in text:
        return ServerGone("Förbindelsen med databasservern bröts; ändringen sparades inte (inget skrevs "
                          "till hälften). Försök igen när servern svarar.")
    if code == "42501" or "row-level security" in text:
        return NotPermitted("Du har inte behörighet till de här uppgifterna (enheten är inte din, eller din "
                            "roll får bara läsa). Inget ändrades.")
    if code in ("55P03", "40P01", "40001"):
        return RowsBusy("En annan användare ändrar samma uppgifter just nu; försök igen om en stund. "
                        "Inget ändrades.")
    return None
