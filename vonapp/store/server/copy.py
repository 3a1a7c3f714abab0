"""Copying a server's units down into a SQLite file: `vonapp copy` and a server's `vonapp backup`.

The copy holds what the user may see (row-level security decides on the server), optionally only
some of her units, read in one REPEATABLE READ snapshot and written in one SQLite transaction. A
row that refers to something the user may not see (an employee of another unit on a time row, a
resurspass lent to a unit that is not hers) keeps no dangling reference: a nullable reference is
cleared, a required one drops the row. The meta key `server_copy` records where and when it came
from (for `vonapp push`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Connection, Table

from vonapp.domain.formatting import fmt_number
from vonapp.store import dialect
from vonapp.store.database import Database, open_database
from vonapp.store.errors import StoreError
from vonapp.store.models import Base
from vonapp.store.server.connect import describe
from vonapp.store.server.security import owning_key

SERVER_ONLY = {"access_grant", "server_lock"}
COPY_META = "server_copy"
CHUNK = 50_000


def _plain(value: object) -> object:
    """A server value as SQLite stores it through SQLAlchemy (ISO dates, 0/1 for booleans)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _rows(server: Connection, sql: str, params: dict[str, object]) -> Iterator[list[tuple]]:
    """Chunks of a large result from a server-side cursor (a förvaltning's time rows do not fit twice)."""
    raw = server.connection.driver_connection
    with raw.cursor(name="vonapp_copy") as cursor:
        cursor.itersize = CHUNK
        cursor.execute(sql, params)
        while chunk := cursor.fetchmany(CHUNK):
            yield [tuple(_plain(v) for v in row) for row in chunk]


def _filter(table: Table, copied: dict[str, list[int]]) -> tuple[str, dict[str, object]]:
    """WHERE clause (psycopg style) keeping the rows of the copied units and their children."""
    if table.name == "unit":
        return "WHERE id = ANY(%(ids)s)", {"ids": copied["unit"]}
    if "unit_id" in table.c:
        extra = " OR unit_id IS NULL" if table.c.unit_id.nullable else ""
        return f"WHERE unit_id = ANY(%(ids)s){extra}", {"ids": copied["unit"]}
    fk = owning_key(table)
    if fk is not None and fk.column.table.name in copied:
        return f"WHERE {fk.parent.name} = ANY(%(ids)s)", {"ids": copied[fk.column.table.name]}
    return "", {}


def copy_down(database: Database, target: Path, *, units: list[str] | None = None,
              replace_existing: bool = False) -> str:
    """Write the visible (or the named) units of a server database into a new SQLite file `target`."""
    if database.path is not None:
        raise StoreError("Kopiera från en delad databas: ange --from postgresql+psycopg://….")
    if target.exists() and not replace_existing:
        raise StoreError(f"{target} finns redan; välj ett nytt filnamn.")
    with database.engine.connect().execution_options(isolation_level="REPEATABLE READ") as server, server.begin():
        visible = dict(server.exec_driver_sql("SELECT name, id FROM unit ORDER BY name").all())
        if units:
            wanted = {n.casefold(): n for n in visible}
            missing = [u for u in units if u.casefold() not in wanted]
            if missing:
                raise StoreError(f"Enheten {missing[0]!r} finns inte eller är inte din "
                                 f"(du ser: {', '.join(list(visible)[:12]) or 'inga enheter'}).")
            ids = sorted({visible[wanted[u.casefold()]] for u in units})
        else:
            ids = sorted(visible.values())
        taken_at = server.exec_driver_sql("SELECT now()").scalar()
        local = open_database(target, create=True)
        try:
            counts = _copy_tables(server, local, ids)
        except BaseException:
            local.close()
            for p in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
                p.unlink(missing_ok=True)
            raise
    with local.session() as s:  # the server's history ends here; later rows are the laptop's own edits
        log_id = s.connection().exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM change_log").scalar()
    local.set_meta(COPY_META, json.dumps({"url": describe(database.url), "at": taken_at.isoformat(),
                                          "units": ids, "log_id": log_id}, ensure_ascii=False))
    local.close()
    return (f"Kopierade {fmt_number(len(ids))} enheter ({fmt_number(counts.get('time_entry', 0))} tidrader) "
            f"till {target}.")


def _copy_tables(server: Connection, local: Database, unit_ids: list[int]) -> dict[str, int]:
    copied: dict[str, list[int]] = {"unit": unit_ids}
    counts: dict[str, int] = {}
    with local.session() as s:
        conn = s.connection()
        dialect.defer_foreign_keys(conn)
        conn.exec_driver_sql("DELETE FROM meta")
        for table in Base.metadata.sorted_tables:
            if table.name in SERVER_ONLY:
                continue
            columns = [c.name for c in table.c]
            where, params = _filter(table, copied)
            sql = f"SELECT {', '.join(columns)} FROM {table.name} {where}"
            n = 0
            with dialect.indexes_rebuilt_after(conn, table.name) if table.name == "time_entry" else _nothing():
                for chunk in _rows(server, sql, params):
                    dialect.bulk_insert(conn, table.name, columns, chunk)
                    n += len(chunk)
            counts[table.name] = n
            if "id" in table.c and table.name != "unit" and any(
                    fk.column.table.name == table.name for t in Base.metadata.sorted_tables for fk in t.foreign_keys):
                copied[table.name] = [r[0] for r in conn.exec_driver_sql(f"SELECT id FROM {table.name}").all()]
        _drop_dangling(conn)
    return counts


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _drop_dangling(conn: Connection) -> None:
    """Clear (or, when required, drop with the row) references to rows the copy does not hold."""
    for table in Base.metadata.sorted_tables:
        if table.name in SERVER_ONLY:
            continue
        for fk in table.foreign_keys:
            col, parent, pcol = fk.parent.name, fk.column.table.name, fk.column.name
            missing = f"{col} IS NOT NULL AND {col} NOT IN (SELECT {pcol} FROM {parent})"
            if fk.parent.nullable and fk.ondelete != "CASCADE":
                conn.exec_driver_sql(f"UPDATE {table.name} SET {col} = NULL WHERE {missing}")
            else:
                conn.exec_driver_sql(f"DELETE FROM {table.name} WHERE {missing}")


def server_backup(database: Database, *, reason: str = "manuell") -> Path:
    """`vonapp backup` on a server: a SQLite copy of every unit the user may see, in the local backup folder.

    It opens offline like any vonapp file. The server's own backups (pg_dump) are its administrator's.
    """
    from vonapp.store.backup import prune
    from vonapp.store.paths import backup_dir, default_db_path

    name = database.engine.url.database or "server"
    folder = backup_dir(default_db_path().parent / f"server-{name}.sqlite")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / f"server-{name}-{datetime.now():%Y%m%d-%H%M%S-%f}-{reason}.sqlite"
    copy_down(database, target)
    prune(folder)
    return target
