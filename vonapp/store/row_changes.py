"""Row-level changes of one edit, kept so that undo is just another store call.

An edit records each row it inserts, updates or deletes as a `RowChange` (the row before and
after, every column). `revert` puts the rows back as they were — the same ids and values — in one
transaction and returns the inverse `Changes`, which `revert` again redoes the edit.
Each write also adds change_log rows (vonapp.store.changelog) in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from vonapp.store.changelog import WINDOW, log_change
from vonapp.store.database import Database
from vonapp.store.errors import StoreError
from vonapp.store.models import Base
from vonapp.store.queries import UnitInfo, resolve_units

COMMAND_LINE = "kommandoraden"

Row = dict[str, Any]


@dataclass(frozen=True)
class RowChange:
    table: str
    key: int
    before: Row | None  # None: the edit inserted the row
    after: Row | None  # None: the edit deleted the row

    def inverse(self) -> RowChange:
        return RowChange(self.table, self.key, self.after, self.before)


@dataclass
class Changes:
    """What one edit did, row by row, in order; `message` says it in Swedish for the status bar."""

    rows: list[RowChange] = field(default_factory=list)
    message: str = ""
    unit_id: int | None = None

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(c.table for c in self.rows)

    def __bool__(self) -> bool:
        return bool(self.rows)

    def inverse(self) -> Changes:
        return Changes([c.inverse() for c in reversed(self.rows)], self.message, self.unit_id)


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def one_unit(session: Session, name: str) -> UnitInfo:
    """The unit an edit is for: one unit by name (not all)."""
    if name.strip().lower() in ("all", "alla", "alla enheter"):
        raise StoreError("Välj en enhet; ändringar gäller en enhet i taget, inte alla.")
    return resolve_units(session, name)[0]


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def log(session: Session, *, table: str, key: object, column: str, old: object, new: object, source: str,
        unit_id: int | None) -> None:
    log_change(session, table=table, key=key, column=column, old=old, new=new, source=source, unit_id=unit_id)


class Recorder:
    """Writes rows inside one session and records each as a RowChange with its change_log rows."""

    def __init__(self, session: Session, source: str, unit_id: int | None) -> None:
        self.session = session
        self.source = source
        self.unit_id = unit_id
        self.changes = Changes(unit_id=unit_id)

    def row(self, table: str, key: int) -> Row | None:
        t = _table(table)
        found = self.session.execute(select(t).where(t.c.id == key)).mappings().first()
        return dict(found) if found is not None else None

    def insert(self, table: str, values: Row) -> int:
        t = _table(table)
        key = int(self.session.execute(insert(t).values(**values)).inserted_primary_key[0])
        after = self.row(table, key)
        self._logged(table, key, None, after)
        return key

    def update(self, table: str, key: int, values: Row, *, stamp: bool = False) -> bool:
        """Set columns of one row; returns False (and records nothing) when nothing would change.

        stamp: also set `edited_at` (the row was changed in the window) when something changes.
        """
        before = self.row(table, key)
        if before is None:
            raise KeyError(key)
        if all(before.get(k) == v for k, v in values.items()):
            return False
        if stamp:
            values = {**values, "edited_at": now()}
        t = _table(table)
        self.session.execute(update(t).where(t.c.id == key).values(**values))
        self._logged(table, key, before, self.row(table, key))
        return True

    def delete(self, table: str, key: int) -> Row | None:
        before = self.row(table, key)
        if before is None:
            return None
        t = _table(table)
        self.session.execute(delete(t).where(t.c.id == key))
        self._logged(table, key, before, None)
        return before

    def _logged(self, table: str, key: int, before: Row | None, after: Row | None) -> None:
        self.changes.rows.append(RowChange(table, key, before, after))
        columns = [c for c in (after or before or {}) if c not in ("id", "edited_at")]
        for c in columns:
            old = before.get(c) if before else None
            new = after.get(c) if after else None
            if old != new or (before is None) != (after is None):
                log(self.session, table=table, key=key, column=c, old=old, new=new, source=self.source,
                    unit_id=self.unit_id)


def apply(session: Session, changes: Changes, source: str) -> Changes:
    """Put each changed row back as it was before `changes`; returns the inverse (a redo)."""
    recorder = Recorder(session, source, changes.unit_id)
    for change in reversed(changes.rows):
        t = _table(change.table)
        if change.before is None:  # the edit inserted it: remove it
            recorder.delete(change.table, change.key)
        elif change.after is None:  # the edit deleted it: insert it again with its id
            session.execute(insert(t).values(**change.before))
            recorder._logged(change.table, change.key, None, dict(change.before))
        else:
            recorder.update(change.table, change.key, {k: v for k, v in change.before.items() if k != "id"})
    recorder.changes.message = changes.message
    return changes.inverse()


def revert(database: Database, changes: Changes, source: str = WINDOW) -> Changes:
    """Undo an edit (or, given what an undo returned, redo it) in one transaction."""
    with database.session() as s:
        return apply(s, changes, source)
