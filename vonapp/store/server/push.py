"""`vonapp push FILE.sqlite`: send back what was changed in an offline copy, from its change log.

The copy (vonapp.store.server.copy) remembers where it came from, when, and the last change-log row
the server had. Every later row of the copy's log is a change made on the laptop. For each changed
value (several edits of one value count once: first old, last new):
- the server row is found by the log's row key (a unit by name, a budget year by "unit year",
  any other row by its id);
- when the server's value is still the one the laptop started from and the server's log has no
  change of it since the copy, the new value is written and logged on the server;
- otherwise it is listed, not overwritten: someone changed it on the server meanwhile.
Import rows (one log row per table and batch) are listed: the file is imported again on the server.
All applied changes are one server transaction; row-level security still decides what she may write.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Connection, text

from vonapp.store.changelog import IMPORT_PREFIX, log_change, value_text
from vonapp.store.database import Database
from vonapp.store.errors import StoreError
from vonapp.store.models import Base
from vonapp.store.server.copy import COPY_META

PUSHED_META = "server_pushed"
SOURCE = "push från bärbar kopia"


@dataclass
class Change:
    table: str
    key: str
    column: str
    old: str | None
    new: str | None
    unit_id: int | None
    log_ids: list[int] = field(default_factory=list)


@dataclass
class PushReport:
    applied: list[Change] = field(default_factory=list)
    conflicts: list[tuple[Change, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"{len(self.applied)} ändringar skickade till servern."]
        if self.conflicts:
            out.append(f"{len(self.conflicts)} ändringar skickades inte (ändrade på servern under tiden eller "
                       "inte möjliga att skicka); ändra dem på servern om de ska gälla:")
            out += [f"  {c.table} {c.key}, {c.column}: {c.old} → {c.new} ({why})" for c, why in self.conflicts]
        return out


def copy_origin(local: Database) -> dict:
    raw = local.get_meta(COPY_META)
    if raw is None:
        raise StoreError(f"{local.path} är ingen kopia från en server (den är inte gjord med `vonapp copy`).")
    return json.loads(raw)


def local_changes(local: Database) -> list[Change]:
    """The laptop's own changes since the copy that are not yet pushed, one per value."""
    origin = copy_origin(local)
    pushed = set(json.loads(local.get_meta(PUSHED_META) or "[]"))
    with local.session() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT id, table_name, row_key, column_name, old_value, new_value, unit_id, source FROM change_log "
            f"WHERE id > {int(origin.get('log_id', 0))} ORDER BY at, id").all()
    merged: dict[tuple[str, str, str], Change] = {}
    for log_id, table, key, column, old, new, unit_id, source in rows:
        if log_id in pushed:
            continue
        c = merged.setdefault((table, key, column), Change(table, key, column, old, new, unit_id))
        c.new = new
        c.log_ids.append(log_id)
        if source.startswith(IMPORT_PREFIX):
            c.column = f"{column} ({source})"
    return list(merged.values())


def _where(conn: Connection, change: Change) -> tuple[str, dict[str, object]] | None:
    """SQL finding the changed row on the server from the log's row key, or None."""
    if change.table == "unit":
        return "name = :k", {"k": change.key}
    if change.table == "budget_year":
        unit, _, year = change.key.rpartition(" ")
        if unit and year.isdigit():
            return "unit_id = (SELECT id FROM unit WHERE name = :u) AND year = :y", {"u": unit, "y": int(year)}
        return None
    if change.key.isdigit():
        return "id = :k", {"k": int(change.key)}
    return None


def _typed(table: str, column: str, value: str | None) -> object:
    """A logged text value as the column stores it."""
    if value is None:
        return None
    kind = Base.metadata.tables[table].c[column].type.python_type
    if kind is bool:
        return value == "ja"
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is int:
        return int(float(value))
    return kind(value)


def push(local: Database, server: Database) -> PushReport:
    """Apply the laptop's changes on the server (one transaction); list those changed there meanwhile."""
    origin = copy_origin(local)
    since = datetime.fromisoformat(origin["at"]).astimezone(UTC).replace(tzinfo=None)
    report = PushReport()
    changes = local_changes(local)
    with server.session() as s:
        conn = s.connection()
        for change in changes:
            table = Base.metadata.tables.get(change.table)
            if table is None or change.column not in table.c or "(" in change.column:
                report.conflicts.append((change, "en import eller en tabell som inte kan skickas; importera "
                                                 "filen på servern"))
                continue
            found = _where(conn, change)
            if found is None:
                report.conflicts.append((change, "raden går inte att hitta på servern"))
                continue
            where, params = found
            rows = conn.execute(text(f"SELECT {change.column} FROM {change.table} WHERE {where} FOR UPDATE"),
                                params).all()
            if len(rows) != 1:
                report.conflicts.append((change, "raden finns inte på servern eller är inte din"))
                continue
            current = rows[0][0]
            later = conn.execute(text(
                "SELECT COUNT(*) FROM change_log WHERE table_name = :t AND row_key = :k AND column_name = :c "
                "AND at > :since"), {"t": change.table, "k": change.key, "c": change.column, "since": since}).scalar()
            if later or value_text(current) != change.old:
                report.conflicts.append((change, f"servern har nu {value_text(current)}"))
                continue
            new = _typed(change.table, change.column, change.new)
            conn.execute(text(f"UPDATE {change.table} SET {change.column} = :v WHERE {where}"), {**params, "v": new})
            log_change(s, table=change.table, key=change.key, column=change.column, old=current, new=new,
                       source=SOURCE, unit_id=change.unit_id)
            report.applied.append(change)
    done = set(json.loads(local.get_meta(PUSHED_META) or "[]"))
    done.update(i for c in report.applied for i in c.log_ids)
    local.set_meta(PUSHED_META, json.dumps(sorted(done)))
    return report
