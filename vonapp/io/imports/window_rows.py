"""Rows entered or changed in the window (`edited_at` set) that an import would replace.

Listed in the import's report and dry run beside the earlier imports it overlaps, so the manager
sees which days and placements of their own the file would overwrite before choosing replace.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

MAX_DAYS = 10


def window_rows(session: Session, table: str, unit_id: int, first: object, last: object,
                detail: str | None = None) -> list[str]:
    """'Inlagt eller ändrat i fönstret: 2024-03-04 (2 rader, 1 resurspassplacering), …' or nothing.

    detail: an SQL condition counted separately per day (e.g. resurspass rows: placements).
    """
    extra = f"SUM(CASE WHEN {detail} THEN 1 ELSE 0 END)" if detail else "0"
    rows = session.execute(text(
        f"SELECT date, COUNT(*), {extra} FROM {table} WHERE unit_id = :u AND edited_at IS NOT NULL "
        "AND date BETWEEN :s AND :e GROUP BY date ORDER BY date"),
        {"u": unit_id, "s": str(first), "e": str(last)}).all()
    if not rows:
        return []
    parts = []
    for day, n, placed in rows[:MAX_DAYS]:
        what = "1 rad" if n == 1 else f"{n} rader"
        if placed:
            what += ", 1 resurspassplacering" if placed == 1 else f", {placed} resurspassplaceringar"
        parts.append(f"{str(day)[:10]} ({what})")
    more = f" och {len(rows) - MAX_DAYS} dagar till" if len(rows) > MAX_DAYS else ""
    return [f"inlagt eller ändrat i fönstret: {', '.join(parts)}{more}"]
