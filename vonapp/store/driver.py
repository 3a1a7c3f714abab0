"""The window's first figures read through the bare sqlite3 driver, before SQLAlchemy has loaded.

Importing SQLAlchemy, its ORM and the models costs ≈ 0.35 s of CPU, about a third of a start until
the figures are painted. The reads behind the figures (vonapp.store.queries, .series and
.window_queries) are SQL run through the bare driver (vonapp.store.dialect.raw_rows), so this module
hands the same functions a sqlite3 connection in the shape they use of a Database and a Session
(`database.session()`, `database.is_demo`, `session.connection().dialect.name` and
`.connection.driver_connection`): the first view is computed by the very code that computes every
later one, `summary` and the files. vonapp.ui.app opens the database the usual way right after.

Only a database already at the program's schema (HEAD_REVISION) is read like this; an older one is
migrated by open_database first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from vonapp.store.migrate import HEAD_REVISION

__all__ = ["DriverDatabase", "DriverSession"]


@dataclass(frozen=True)
class _Dialect:
    name: str = "sqlite"
    driver: str = "pysqlite"


@dataclass(frozen=True)
class _PooledConnection:
    """SQLAlchemy's Connection.connection: the pool's wrapper of the driver's connection."""

    driver_connection: sqlite3.Connection


@dataclass(frozen=True)
class _Connection:
    """What the bare-driver reads use of SQLAlchemy's Connection: its dialect and the driver's connection."""

    connection: _PooledConnection
    dialect: _Dialect = _Dialect()


class DriverSession:
    """A read transaction on a sqlite3 connection, with a Session's `connection()`."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = _Connection(_PooledConnection(connection))

    def connection(self) -> _Connection:
        return self._connection


@dataclass(frozen=True)
class DriverDatabase:
    """A local SQLite database file read with the bare driver (nothing is ever written through it)."""

    path: Path

    @contextmanager
    def session(self) -> Iterator[DriverSession]:
        """One read transaction: every read in the block sees the same state of the file."""
        with closing(sqlite3.connect(self.path, timeout=5.0, isolation_level=None)) as conn:
            conn.execute("BEGIN")
            try:
                yield DriverSession(conn)
            finally:
                conn.execute("ROLLBACK")

    def _rows(self, sql: str) -> list[tuple]:
        with self.session() as s:
            return s.connection().connection.driver_connection.execute(sql).fetchall()

    def at_head(self) -> bool:
        """True when the file's schema is the program's (one stored revision, HEAD_REVISION)."""
        if not self._rows("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"):
            return False
        return self._rows("SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]

    @property
    def is_demo(self) -> bool:
        """vonapp.store.database.Database.is_demo: the `demo` key in the meta table."""
        return bool(self._rows("SELECT 1 FROM meta WHERE key = 'demo'"))
