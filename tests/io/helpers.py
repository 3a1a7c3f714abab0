"""Shared helpers for the import tests: a database with the template units, files in any encoding."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from vonapp.io.imports import import_file
from vonapp.io.imports.templates import TEMPLATE_DIR, write_xlsx
from vonapp.store.database import Database, open_database

TID_HEADER = ("datum", "anställningsnummer", "namn", "kategori", "frånvarotyp", "placering", "timmar")
TABLES = ("unit", "budget_year", "employee", "shift_code", "schedule", "schedule_cell", "time_entry",
          "occupancy_day", "occupancy_move", "time_breakdown", "measure", "finance_line", "import_batch")


def units_db(path: Path) -> Database:
    """A new database with the budget template's units: Stortorp, Korttidsboende Stortorp and Hemtjänst Norr."""
    db = open_database(path)
    import_file(db, "budget", TEMPLATE_DIR / "budget.csv")
    return db


def write_csv(path: Path, rows: list[tuple[object, ...]], *, sep: str = ";", encoding: str = "utf-8",
              decimal: str = ",") -> Path:
    def cell(v: object) -> str:
        if v is None:
            return ""
        if isinstance(v, float):
            return repr(v).replace(".", decimal)
        return str(v)

    with open(path, "w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=sep, lineterminator="\r\n").writerows([[cell(c) for c in r] for r in rows])
    return path


def write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def xlsx(path: Path, sheets: list[tuple[str, list[tuple[object, ...]]]]) -> Path:
    write_xlsx(path, sheets)
    return path


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every row of every data table (except import_batch.created_at, which differs by run)."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for t in TABLES:
            out[t] = conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
        out["meta"] = conn.execute("SELECT * FROM meta ORDER BY key").fetchall()
        return out
    finally:
        conn.close()
