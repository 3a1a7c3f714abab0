"""What an import (or its undo) writes to the change log.

Small tables people read row by row (budget years, units, measures, finance lines …) get one row per
inserted, deleted or changed value; large ones (time rows, schedule cells, occupancy days) one row
per table with the count, keyed by the import, so a 100 000-row time file costs one extra insert.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Connection, text

from vonapp.domain.formatting import fmt_number
from vonapp.store.changelog import (
    COLUMN_TITLES,
    change_row,
    import_source,
    log_changes,
    utc_now,
    value_text,
)

# Tables logged row by row, up to ROW_LIMIT rows per table and import.
PER_ROW = frozenset({"unit", "budget_year", "budget_month_weight", "compensation_model", "measure",
                     "measure_follow_up", "indicator", "indicator_value", "finance_line", "shift_code"})
ROW_LIMIT = 500
KEY_COLUMNS = ("unit_id", "year", "month", "category", "code", "name", "date")
SKIP = frozenset({"id", "batch_id"})
ROWS = "rader"


class ImportLog:
    """Collects what one batch wrote; `write` turns it into change_log rows inside the transaction."""

    def __init__(self, batch_id: int, unit_id: int | None) -> None:
        self.batch_id, self.unit_id = batch_id, unit_id
        self.inserted: dict[str, int] = {}
        self.new_rows: dict[str, list[dict[str, object]]] = {}

    def wants_rows(self, table: str) -> bool:
        return table in PER_ROW and len(self.new_rows.get(table, ())) < ROW_LIMIT

    def add_inserted(self, table: str, count: int, columns: Sequence[str] = (),
                     rows: Sequence[Sequence[object]] = ()) -> None:
        self.inserted[table] = self.inserted.get(table, 0) + count
        if rows:
            self.new_rows.setdefault(table, []).extend(dict(zip(columns, r, strict=False)) for r in rows)

    def write(self, conn: Connection, *, deleted: Mapping[str, list[dict[str, object]]],
              updated: Mapping[str, list[dict[str, object]]], created_units: Sequence[int]) -> int:
        source, at = import_source(self.batch_id), utc_now()
        names = _unit_names(conn)
        out: list[dict[str, object]] = []

        def add(table: str, key: object, column: str, old: object, new: object, unit: object = None) -> None:
            unit_id = unit if isinstance(unit, int) else self.unit_id
            out.append(change_row(table=table, key=key, column=column, old=old, new=new, source=source,
                                  unit_id=unit_id, at=at))

        for uid in created_units:
            add("unit", names.get(uid, uid), "", None, "ny enhet", uid)
        for table, count in self.inserted.items():
            rows = self.new_rows.get(table, [])
            if table == "unit":
                continue  # new units are logged above
            if rows and len(rows) == count and count <= ROW_LIMIT:
                for row in rows:
                    add(table, _key(row, names), "", None, _describe(row), row.get("unit_id"))
            else:
                add(table, f"import {self.batch_id}", ROWS, None, "1 ny rad" if count == 1 else f"{fmt_number(count)} nya rader")
        for table, rows in deleted.items():
            if not rows:
                continue  # a table the replace found nothing in (absence_cover without links)
            if table in PER_ROW and len(rows) <= ROW_LIMIT:
                for row in rows:
                    add(table, _key(row, names), "", _describe(row), None, row.get("unit_id"))
            else:
                add(table, f"import {self.batch_id}", ROWS, rows_text(len(rows)), "ersatt" if len(rows) == 1 else "ersatta")
        for table, rows in updated.items():
            for before in rows:
                now = conn.execute(text(f"SELECT * FROM {table} WHERE id = :id"), {"id": before["id"]}).mappings().first()
                if now is None:
                    continue
                for column, old in before.items():
                    new = now[column]
                    new = new.isoformat() if hasattr(new, "isoformat") else new
                    if column not in SKIP and old != new:
                        add(table, _key(dict(now), names), column, old, new,
                            now["id"] if table == "unit" else now.get("unit_id"))
        return log_changes(conn, out)


def log_undo(conn: Connection, batch_id: int, unit_id: int | None, removed: Mapping[str, int],
             restored: Mapping[str, int]) -> int:
    """Rows for `import undo`: per table how many rows went and how many came back."""
    source, at = import_source(batch_id), utc_now()
    rows = [change_row(table=t, key=f"import {batch_id}", column=ROWS, old=rows_text(n), new="ångrad",
                       source=source, unit_id=unit_id, at=at) for t, n in removed.items() if n]
    rows += [change_row(table=t, key=f"import {batch_id}", column=ROWS, old=None,
                        new="1 rad återställd" if n == 1 else f"{rows_text(n)} återställda", source=source, unit_id=unit_id, at=at)
             for t, n in restored.items() if n]
    return log_changes(conn, rows)


def _unit_names(conn: Connection) -> dict[int, str]:
    return dict(conn.execute(text("SELECT id, name FROM unit")).all())  # type: ignore[arg-type]


def _key(row: Mapping[str, object], names: Mapping[int, str]) -> str:
    parts = []
    for column in KEY_COLUMNS:
        if column in row and row[column] is not None:
            value = row[column]
            parts.append(str(names.get(value, value)) if column == "unit_id" else str(value))  # type: ignore[call-overload]
    return " ".join(parts) or str(row.get("id", ""))


def _describe(row: Mapping[str, object]) -> str:
    return "; ".join(f"{COLUMN_TITLES.get(c, c)} {_plain(v)}" for c, v in row.items()
                     if c not in SKIP and c not in KEY_COLUMNS and v not in (None, ""))


def _plain(value: object) -> str:
    return (value_text(value) or "").replace(".", ",") if isinstance(value, float) else str(value)


def rows_text(n: int) -> str:
    """'1 rad', '100 000 rader'."""
    return "1 rad" if n == 1 else f"{fmt_number(n)} rader"
