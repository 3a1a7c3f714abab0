"""Import batches: finding a file imported before, overlaps with earlier imports, listing, undo."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from vonapp.io.imports.import_log import log_undo
from vonapp.io.imports.problems import ImportRefused
from vonapp.io.imports.writer import UNDO_PREFIX
from vonapp.store.backup import backup
from vonapp.store.database import Database
from vonapp.store.models import Base, ImportBatch, Meta, Unit
from vonapp.texts import t

# Tables whose rows carry the import batch that wrote them.
BATCH_TABLES = tuple(t.name for t in Base.metadata.sorted_tables if "batch_id" in t.c)

# Tables that point at a unit: a unit created by a budget import is removed on undo only when
# none of them still does.
UNIT_TABLES = (
    ("budget_year", "unit_id"), ("employee", "unit_id"), ("shift_code", "unit_id"), ("schedule", "unit_id"),
    ("time_entry", "unit_id"), ("time_entry", "placement_unit_id"), ("occupancy_day", "unit_id"),
    ("occupancy_move", "unit_id"), ("time_breakdown", "unit_id"), ("measure", "unit_id"),
    ("finance_line", "unit_id"), ("import_batch", "unit_id"), ("compensation_model", "unit_id"),
    ("staffing_need", "unit_id"), ("indicator", "unit_id"),
)


@dataclass(frozen=True)
class BatchInfo:
    id: int
    created_at: datetime
    kind: str
    unit: str | None
    file_name: str
    row_count: int
    date_from: date | None
    date_to: date | None

    def to_json_dict(self) -> dict[str, object]:
        return {"id": self.id, "created_at": self.created_at.isoformat(timespec="seconds"), "kind": self.kind,
                "unit": self.unit, "file": self.file_name, "rows": self.row_count,
                "date_from": self.date_from.isoformat() if self.date_from else None,
                "date_to": self.date_to.isoformat() if self.date_to else None}


def find_same_file(session: Session, kind: str, unit_id: int | None, sha256: str) -> ImportBatch | None:
    q = select(ImportBatch).where(ImportBatch.kind == kind, ImportBatch.file_hash == sha256)
    q = q.where(ImportBatch.unit_id.is_(None) if unit_id is None else ImportBatch.unit_id == unit_id)
    return session.scalars(q.order_by(ImportBatch.id)).first()


def list_batches(session: Session) -> list[BatchInfo]:
    rows = session.execute(
        select(ImportBatch, Unit.name).outerjoin(Unit, Unit.id == ImportBatch.unit_id).order_by(ImportBatch.id)
    ).all()
    return [BatchInfo(b.id, b.created_at, b.kind, name, b.file_name, b.row_count, b.date_from, b.date_to)
            for b, name in rows]


def describe_sources(session: Session, table: str, unit_id: int, where: str,
                     params: dict[str, object], span: str) -> list[str]:
    """Per earlier batch, what the rows matching `where` are: 'import 3 (mars.csv): 2023-03-01–2023-03-31, 412 rader'."""
    sql = (f"SELECT t.batch_id, b.file_name, {span}, COUNT(*) FROM {table} t "
           f"LEFT JOIN import_batch b ON b.id = t.batch_id WHERE t.unit_id = :unit AND {where} "
           f"GROUP BY t.batch_id, b.file_name ORDER BY 3")
    out = []
    for batch_id, file_name, first, last, n in session.execute(text(sql), {"unit": unit_id, **params}):
        source = f"import {batch_id} ({file_name})" if batch_id is not None else "inlagt utan import"
        when = first if first == last else f"{first}–{last}"
        out.append(f"{when}, {n} {'rad' if n == 1 else 'rader'} från {source}")
    return out


def _log(conn: Connection, batch_id: int) -> dict[str, object] | None:
    raw = conn.execute(select(Meta.value).where(Meta.key == f"{UNDO_PREFIX}{batch_id}")).scalar()
    return json.loads(raw) if raw else None


def _replaced_by(conn: Connection, batch_id: int) -> list[int]:
    """Later batches whose undo log holds rows of this batch (they replaced or updated them)."""
    later = []
    for key, raw in conn.execute(select(Meta.key, Meta.value).where(Meta.key.startswith(UNDO_PREFIX))):
        other = int(key[len(UNDO_PREFIX):])
        if other <= batch_id:
            continue
        log = json.loads(raw)
        for part in ("deleted", "updated"):
            if any(r.get("batch_id") == batch_id for rows in log[part].values() for r in rows):
                later.append(other)
                break
    return sorted(later)


def undo_batch(database: Database, batch_id: int) -> str:
    """Remove exactly one batch's rows and put back what it replaced; one transaction, backup first."""
    with database.session() as s:
        batch = s.get(ImportBatch, batch_id)
        if batch is None:
            raise ImportRefused(t("Import {number} finns inte; se listan med `vonapp imports`.", number=batch_id))
        label = f"import {batch_id} ({batch.kind}, {batch.file_name})"
        later = _replaced_by(s.connection(), batch_id)
        if later:
            names = ", ".join(str(i) for i in later)
            raise ImportRefused(t("{batch} har delvis ersatts av import {numbers}; ångra den först.", batch=label,
                                  numbers=names))
    if database.path is not None:
        backup(database, reason="fore-angra-import")
    with database.engine.begin() as conn:
        _undo(conn, batch_id)
    return t("{batch} är ångrad.", batch=label)


def _undo(conn: Connection, batch_id: int) -> None:
    p = {"b": batch_id}
    # Employees and shift codes this batch created but other rows now use stay (without a batch).
    conn.execute(text(
        "UPDATE employee SET batch_id = NULL WHERE batch_id = :b AND (id IN (SELECT employee_id FROM time_entry "
        "WHERE batch_id IS DISTINCT FROM :b) OR id IN (SELECT c.employee_id FROM schedule_cell c JOIN schedule s "
        "ON s.id = c.schedule_id WHERE s.batch_id IS DISTINCT FROM :b))"), p)
    conn.execute(text(
        "UPDATE shift_code SET batch_id = NULL WHERE batch_id = :b AND id IN (SELECT c.shift_code_id "
        "FROM schedule_cell c JOIN schedule s ON s.id = c.schedule_id WHERE s.batch_id IS DISTINCT FROM :b)"), p)
    log = _log(conn, batch_id) or {"deleted": {}, "updated": {}, "created_units": []}
    existing = set(conn.execute(text("SELECT id FROM import_batch WHERE id != :b"), p).scalars())
    for table, rows in log["updated"].items():
        for row in rows:
            cols = [c for c in row if c != "id"]
            sets = ", ".join(f"{c} = :{c}" for c in cols)
            conn.execute(text(f"UPDATE {table} SET {sets} WHERE id = :id"), _rebatch(row, existing))
    _log_undo(conn, batch_id, log)
    conn.execute(text("DELETE FROM import_batch WHERE id = :b"), p)
    for table, rows in log["deleted"].items():
        if rows:
            cols = list(rows[0])
            conn.execute(text(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"),
                         [_rebatch(r, existing) for r in rows])
    for unit_id in log["created_units"]:
        used = any(conn.execute(text(f"SELECT 1 FROM {t} WHERE {c} = :u LIMIT 1"), {"u": unit_id}).first()
                   for t, c in UNIT_TABLES)
        if not used:
            conn.execute(text("DELETE FROM unit WHERE id = :u"), {"u": unit_id})
    conn.execute(text("DELETE FROM meta WHERE key = :k"), {"k": f"{UNDO_PREFIX}{batch_id}"})


def _log_undo(conn: Connection, batch_id: int, log: dict) -> None:
    """Change-log rows for the undo: per table the rows that go (the batch's own) and come back."""
    p = {"b": batch_id}
    unit_id = conn.execute(text("SELECT unit_id FROM import_batch WHERE id = :b"), p).scalar()
    removed = {table: conn.execute(text(f"SELECT COUNT(*) FROM {table} WHERE batch_id = :b"), p).scalar() or 0
               for table in BATCH_TABLES}
    restored = {table: len(rows) for table, rows in log["deleted"].items()}
    for table, rows in log["updated"].items():
        restored[table] = restored.get(table, 0) + len(rows)
    log_undo(conn, batch_id, unit_id, removed, restored)


def _rebatch(row: dict[str, object], existing: set[int]) -> dict[str, object]:
    if "batch_id" in row and row["batch_id"] is not None and row["batch_id"] not in existing:
        return {**row, "batch_id": None}
    return row
