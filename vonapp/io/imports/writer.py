"""Writing one import inside its transaction: bulk inserts and deletes that can be undone.

Rows an import deletes (--replace) or overwrites (a budget year updated) are logged as they were
in `meta` under `import_undo:<batch>`; `vonapp import undo` puts them back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, text

from vonapp.io.imports.import_log import PER_ROW, ImportLog

UNDO_PREFIX = "import_undo:"


class Writer:
    """Bulk writes on one connection inside the import's transaction, with an undo log."""

    def __init__(self, conn: Connection, batch_id: int, unit_id: int | None = None) -> None:
        self.conn = conn
        self.batch_id = batch_id
        self.log = ImportLog(batch_id, unit_id)  # what goes to the change log
        self.deleted: dict[str, list[dict[str, object]]] = {}
        self.updated: dict[str, list[dict[str, object]]] = {}
        self.created_units: list[int] = []
        self._sqlite = conn.dialect.name == "sqlite"

    def _cursor(self):  # noqa: ANN202 - a DBAPI cursor
        return self.conn.connection.driver_connection.cursor()

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
        """executemany on the driver's cursor: SQLAlchemy's per-row work would cost more than SQLite."""
        cols = ", ".join(columns)
        kept: list[Sequence[object]] = []
        if self.log.wants_rows(table):  # a small table: the change log names each row
            rows = kept = list(rows)
        if self._sqlite:
            marks = ", ".join("?" for _ in columns)
            cur = self._cursor()
            try:
                cur.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)
                count = cur.rowcount
            finally:
                cur.close()
        else:
            params = [dict(zip(columns, r, strict=True)) for r in rows]
            if params:
                marks = ", ".join(f":{c}" for c in columns)
                self.conn.execute(text(f"INSERT INTO {table} ({cols}) VALUES ({marks})"), params)
            count = len(params)
        if count > 0:
            self.log.add_inserted(table, count, columns, kept)

    def select(self, sql: str, params: dict[str, object] | None = None) -> list[dict[str, object]]:
        result = self.conn.execute(text(sql), params or {})
        keys = list(result.keys())
        return [dict(zip(keys, r, strict=True)) for r in result.all()]

    def scalar(self, sql: str, params: dict[str, object] | None = None) -> object:
        value = self.conn.execute(text(sql), params or {}).scalar()
        words = sql.split(None, 3)
        if len(words) > 2 and words[0].upper() == "INSERT" and words[1].upper() == "INTO":
            table = words[2].split("(")[0]
            named = table in PER_ROW and params
            self.log.add_inserted(table, 1, list(params or {}) if named else (),
                                  [list((params or {}).values())] if named else ())
        return value

    def execute(self, sql: str, params: dict[str, object] | None = None) -> None:
        self.conn.execute(text(sql), params or {})

    def delete_logged(self, table: str, where: str, params: dict[str, object],
                      children: Sequence[tuple[str, str]] = ()) -> int:
        """Delete rows (and log them, with the named child rows the cascade takes along).

        `children` are (child table, foreign-key column) pairs pointing at the deleted rows.
        """
        rows = self.select(f"SELECT * FROM {table} WHERE {where}", params)
        if not rows:
            return 0
        self.deleted.setdefault(table, []).extend(_plain(r) for r in rows)
        for child, fk in children:
            kids = self.select(f"SELECT * FROM {child} WHERE {fk} IN (SELECT id FROM {table} WHERE {where})", params)
            self.deleted.setdefault(child, []).extend(_plain(r) for r in kids)
        self.execute(f"DELETE FROM {table} WHERE {where}", params)
        return len(rows)

    def log_update(self, table: str, row_id: int) -> None:
        """Remember a row as it is before this import changes it."""
        rows = self.select(f"SELECT * FROM {table} WHERE id = :id", {"id": row_id})
        self.updated.setdefault(table, []).extend(_plain(r) for r in rows)

    def finish(self) -> None:
        self.log.write(self.conn, deleted=self.deleted, updated=self.updated, created_units=self.created_units)
        if not (self.deleted or self.updated or self.created_units):
            return
        log = {"deleted": self.deleted, "updated": self.updated, "created_units": self.created_units}
        self.execute("INSERT INTO meta (key, value) VALUES (:k, :v)",
                     {"k": f"{UNDO_PREFIX}{self.batch_id}", "v": json.dumps(log, ensure_ascii=False)})


def _plain(row: dict[str, object]) -> dict[str, object]:
    """JSON-safe copy of a row (dates and times as the ISO text SQLite stores)."""
    out: dict[str, object] = {}
    for k, v in row.items():
        out[k] = v.isoformat() if hasattr(v, "isoformat") else v
    return out
