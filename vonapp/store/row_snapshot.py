"""Rows of a table captured before an edit and put back by its undo, ids included (so undo is exact)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from vonapp.store.models import Base

# Parents before children: rows are inserted in this order and deleted in the reverse one.
TABLE_ORDER = ("employee", "shift_code", "schedule", "schedule_member", "schedule_cell", "staffing_need")


@dataclass(frozen=True)
class RowSet:
    """The rows of `table` matching `where` (SQL with :named params) as they were when captured."""

    table: str
    where: str
    params: tuple[tuple[str, object], ...]
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


def capture(session: Session, table: str, where: str, **params: object) -> RowSet:
    columns = tuple(c.name for c in Base.metadata.tables[table].columns)
    rows = session.execute(text(f"SELECT {', '.join(columns)} FROM {table} WHERE {where} ORDER BY id"),
                           params).all()
    return RowSet(table, where, tuple(sorted(params.items())), columns, tuple(tuple(r) for r in rows))


def put_back(session: Session, sets: Sequence[RowSet]) -> list[RowSet]:
    """Make each set's rows the only ones matching its condition; returns the sets as they were before."""
    before = [capture(session, s.table, s.where, **dict(s.params)) for s in sets]
    ranked = sorted(sets, key=lambda s: TABLE_ORDER.index(s.table))
    for s in reversed(ranked):
        session.execute(text(f"DELETE FROM {s.table} WHERE {s.where}"), dict(s.params))
    for s in ranked:
        if s.rows:
            names = ", ".join(s.columns)
            marks = ", ".join(f":{c}" for c in s.columns)
            session.execute(text(f"INSERT INTO {s.table} ({names}) VALUES ({marks})"),
                            [dict(zip(s.columns, r, strict=True)) for r in s.rows])
    return before
