"""The one switch between SQLite and PostgreSQL: every piece of SQL that differs lives here.

SQLite (the laptop) and PostgreSQL (a förvaltning's shared server) run the same models,
migrations and figure code; only these few fragments differ:
- a day number (days since 1970-01-01) from a date column: `julianday` vs date subtraction;
- a float sum that is 0.0 over no rows: `TOTAL()` vs `COALESCE(SUM(), 0)`;
- reading large results through the bare driver (sqlite3 `:name` vs psycopg `%(name)s`);
- a large all-number result: rows as they are vs packed into one bytea (`float_matrix`);
- bulk loading: sqlite3 `executemany` vs psycopg `COPY`;
- pragmas and `INSERT OR …`, which only SQLite has.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # the reads run on a bare sqlite3 connection too, before SQLAlchemy loads (store/driver.py)
    from sqlalchemy.engine import Connection

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


def name_of(connection: Connection) -> str:
    """'sqlite' or 'postgresql' (or another SQLAlchemy dialect name)."""
    return connection.dialect.name


def is_sqlite(connection: Connection) -> bool:
    return connection.dialect.name == SQLITE


def day_number(connection: Connection, column: str) -> str:
    """SQL for the days since 1970-01-01 of a date column, as an integer."""
    if is_sqlite(connection):
        return f"CAST(julianday({column}) - 2440587.5 AS INTEGER)"
    return f"({column} - DATE '1970-01-01')"


def year_month(connection: Connection, key: str) -> str:
    """SQL for 'YYYY-MM' text from an integer year * 100 + month expression."""
    if is_sqlite(connection):
        return f"printf('%04d-%02d', ({key}) / 100, ({key}) % 100)"
    return f"(to_char(({key}) / 100, 'FM0000') || '-' || to_char(({key}) % 100, 'FM00'))"


def total(connection: Connection, expression: str, condition: str | None = None) -> str:
    """SQL for a float sum that is 0.0 where no row matches (`condition` as a FILTER)."""
    where = f" FILTER (WHERE {condition})" if condition else ""
    if is_sqlite(connection):
        return f"TOTAL({expression}){where}"
    return f"COALESCE(SUM({expression}){where}, 0.0)"


_NAMED = re.compile(r"(?<!:):([A-Za-z_][A-Za-z0-9_]*)")


def raw_rows(connection: Connection, sql: str, params: dict[str, object] | None = None) -> list[tuple]:
    """Rows of a read query (named `:params`) through the bare driver, skipping SQLAlchemy's per-row work.

    Dates come back as ISO text on both (SQLite stores them so): numpy parses a column of ISO text
    about 70 times faster than one of `datetime.date` objects (0.002 against 0.14 s for a
    förvaltning's year of daily occupancy).
    """
    cursor = connection.connection.driver_connection.cursor()
    try:
        if is_sqlite(connection):
            return cursor.execute(sql, params or {}).fetchall()
        if connection.dialect.driver != "psycopg":
            from sqlalchemy import text

            return [tuple(r) for r in connection.execute(text(sql), params or {}).all()]
        from psycopg.types.string import TextLoader

        cursor.adapters.register_loader("date", TextLoader)  # ISO: the connection sets DateStyle=ISO
        cursor.execute(_NAMED.sub(r"%(\1)s", sql.replace("%", "%%")), params or {})
        return cursor.fetchall()
    finally:
        cursor.close()


def float_matrix(connection: Connection, sql: str, params: dict[str, object] | None, width: int) -> np.ndarray:
    """A read query's rows as a float64 array of `width` columns (every value a number, none NULL).

    On PostgreSQL through psycopg the server packs the rows into one binary value (`float8send` of each
    value, concatenated) that numpy reads whole: no protocol message nor Python object per row or value
    (a förvaltning's year of daily sums is ≈ 60 000 rows × 12 values; turning those into tuples and back
    into an array cost more than a third of the server's own work).
    """
    if not is_sqlite(connection) and connection.dialect.driver == "psycopg":
        values = _packed_floats(connection, sql, params, width)
        if values is not None:
            return values
    rows = raw_rows(connection, sql, params)
    return np.array(rows, dtype=np.float64).reshape(len(rows), width)


def _packed_floats(connection: Connection, sql: str, params: dict[str, object] | None,
                   width: int) -> np.ndarray | None:
    """float_matrix as one packed bytea, or None when a value was NULL (that row would be missing)."""
    names = ", ".join(f"c{i}" for i in range(width))
    packed = " || ".join(f"float8send(c{i}::float8)" for i in range(width))
    query = _NAMED.sub(r"%(\1)s", sql.replace("%", "%%"))
    statement = f"SELECT COUNT(*), string_agg({packed}, ''::bytea) FROM ({query}) AS q({names})"
    cursor = connection.connection.driver_connection.cursor()
    try:
        count, data = cursor.execute(statement, params or {}, binary=True).fetchone()
    finally:
        cursor.close()
    data = bytes(data or b"")
    if len(data) != count * width * 8:
        return None
    return np.frombuffer(data, dtype=">f8").astype(np.float64).reshape(count, width)


def bulk_insert(connection: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Insert many rows inside the caller's transaction: `executemany` on SQLite, `COPY` on PostgreSQL."""
    cols = ", ".join(columns)
    cursor = connection.connection.driver_connection.cursor()
    try:
        if is_sqlite(connection):
            marks = ", ".join("?" for _ in columns)
            cursor.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)
        elif connection.dialect.driver == "psycopg":
            with cursor.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            params = [dict(zip(columns, r, strict=True)) for r in rows]
            if params:
                from sqlalchemy import text

                connection.execute(text(f"INSERT INTO {table} ({cols}) VALUES ("
                                        + ", ".join(f":{c}" for c in columns) + ")"), params)
    finally:
        cursor.close()


def after_bulk_load(connection: Connection, tables: Iterable[str]) -> None:
    """Move each table's id sequence past the ids a bulk load handed out (PostgreSQL only)."""
    if is_sqlite(connection):
        return
    for table in tables:
        seq = connection.exec_driver_sql(
            f"SELECT pg_get_serial_sequence('{table}', 'id') FROM information_schema.columns "
            f"WHERE table_schema = current_schema() AND table_name = '{table}' AND column_name = 'id'").scalar()
        if seq:
            connection.exec_driver_sql(
                f"SELECT setval('{seq}', COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)")


def analyze(connection: Connection, tables: Iterable[str]) -> None:
    """After a bulk load on PostgreSQL: planner statistics and the visibility map (VACUUM ANALYZE, so that
    the covering indexes answer a unit's reads without visiting the table). Needs a connection outside
    a transaction. SQLite plans without statistics here."""
    if is_sqlite(connection):
        return
    auto = connection.execution_options(isolation_level="AUTOCOMMIT")
    for table in tables:
        auto.exec_driver_sql(f"VACUUM (ANALYZE) {table}")


def placeholder_cursor_execute(connection: Connection, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
    """Run positional-`?` SQL through the bare driver (psycopg wants `%s`); rows if it returns any."""
    cursor = connection.connection.driver_connection.cursor()
    try:
        if not is_sqlite(connection):
            sql = sql.replace("%", "%%").replace("?", "%s")
        cursor.execute(sql, tuple(params))
        return cursor.fetchall() if cursor.description else []
    finally:
        cursor.close()


@contextmanager
def indexes_rebuilt_after(connection: Connection, table: str) -> Iterator[None]:
    """Drop the table's indexes (and, on PostgreSQL, its foreign keys), let the block bulk-load, then make
    them again from their own SQL.

    Building an index once from sorted data is about twice as fast as keeping it up to date row by
    row (benchmarks/run.py), and one validating join beats a foreign-key check per row. The same
    statements bring back an identical schema, inside the caller's transaction: a failure leaves
    the old ones in place.
    """
    if is_sqlite(connection):
        cursor = connection.connection.driver_connection.cursor()
        indexes = cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table,)).fetchall()
        cache = cursor.execute("PRAGMA cache_size").fetchone()[0]
        cursor.execute("PRAGMA cache_size = -262144")  # 256 MiB for the sorts of CREATE INDEX
        try:
            for name, _ in indexes:
                cursor.execute(f'DROP INDEX "{name}"')
            yield
            for _, sql in indexes:
                cursor.execute(sql)
        finally:
            cursor.execute(f"PRAGMA cache_size = {int(cache)}")
            cursor.close()
        return
    run = connection.exec_driver_sql
    keys = run(f"SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
               f"WHERE conrelid = '{table}'::regclass AND contype = 'f'").all()
    indexes = run(f"SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = '{table}' "
                  f"AND i.schemaname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                  f"WHERE c.conname = i.indexname AND c.conrelid = '{table}'::regclass)").all()
    for name, _ in keys:
        run(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
    for name, _ in indexes:
        run(f'DROP INDEX "{name}"')
    run("SET LOCAL maintenance_work_mem = '256MB'")
    yield
    for _, sql in indexes:
        run(sql)
    for name, definition in keys:
        run(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')


def defer_foreign_keys(connection: Connection) -> None:
    """Check foreign keys at commit instead of per statement, for the rest of this transaction."""
    if is_sqlite(connection):
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    else:
        connection.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
