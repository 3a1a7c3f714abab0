"""Import speed: a 100 000-row `tid` CSV through `vonapp import`, against a baseline in the same run.

    run_import_bench(rows: int = 100_000, folder: pathlib.Path | None = None, repeat: int = 3) -> dict
        {"name": "import tid", "rows": int, "seconds": float, "rows_per_s": float,
         "baseline_seconds": float, "ratio": float, "line": str}

The baseline is `pandas.read_csv` of the same file plus one `executemany` of the same rows into
`time_entry` of an identical database, in one transaction. Both databases hold the same units and
employees beforehand; each side's best of `repeat` runs is taken. Targets: ≥ 50 000 rows/s, ratio ≤ 2.
Run alone: `python benchmarks/import_bench.py [ROWS]`.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from vonapp.io.imports import import_file
from vonapp.io.imports.templates import TEMPLATE_DIR
from vonapp.store.database import open_database

HEADER = "datum;anställningsnummer;namn;kategori;frånvarotyp;placering;timmar\n"
CATEGORIES = ("ordinarie", "ordinarie", "ordinarie", "vikarie", "resurspass", "övertid", "frånvaro")


def write_file(path: Path, rows: int) -> Path:
    """A realistic export: 365 days, 2 000 employees, decimal comma, a few categories."""
    lines = [HEADER]
    for i in range(rows):
        cat = CATEGORIES[i % len(CATEGORIES)]
        absence = "sjuk" if cat == "frånvaro" else ""
        placement = "egen enhet" if cat == "resurspass" else ""
        day = 1 + (i * 7919) % 365
        month, dom = _month_day(day)
        lines.append(f"2023-{month:02d}-{dom:02d};{10_000 + i % 2000};Person {i % 2000};{cat};{absence};"
                     f"{placement};{(i % 16 + 1) / 4:.2f}".replace(".", ",") + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _month_day(day: int) -> tuple[int, int]:
    lengths = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    for m, n in enumerate(lengths, start=1):
        if day <= n:
            return m, day
        day -= n
    return 12, 31


def _prepared(path: Path):  # noqa: ANN202 - Database
    db = open_database(path)
    import_file(db, "budget", TEMPLATE_DIR / "budget.csv")
    with db.engine.begin() as conn:
        cur = conn.connection.driver_connection.cursor()
        cur.executemany("INSERT INTO employee (unit_id, employment_number, display_name, employment_form) "
                        "VALUES (1, ?, ?, 'timavlönad')", [(str(10_000 + i), f"Person {i}") for i in range(2000)])
    return db


def _vonapp(folder: Path, csv: Path, n: int) -> float:
    db = _prepared(folder / f"v{n}.sqlite")
    try:
        t = time.perf_counter()
        import_file(db, "tid", csv, unit="Stortorp")
        return time.perf_counter() - t
    finally:
        db.close()


def _baseline(folder: Path, csv: Path, n: int) -> float:
    db = _prepared(folder / f"b{n}.sqlite")
    try:
        with db.engine.connect() as c:
            ids = dict(c.exec_driver_sql("SELECT employment_number, id FROM employee").all())
        t = time.perf_counter()
        frame = pd.read_csv(csv, sep=";", decimal=",", dtype={"anställningsnummer": str}, keep_default_na=False)
        emp = frame["anställningsnummer"].map(ids).tolist()
        absence = frame["frånvarotyp"].replace("", None).tolist()
        placement = frame["placering"].replace("", None).tolist()
        rows = zip([1] * len(frame), emp, frame["datum"].tolist(), frame["kategori"].tolist(), absence, placement,
                   frame["timmar"].tolist(), strict=True)
        with db.engine.begin() as conn:
            cur = conn.connection.driver_connection.cursor()
            cur.executemany("INSERT INTO time_entry (unit_id, employee_id, date, category, absence_type, placement, "
                            "hours) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        return time.perf_counter() - t
    finally:
        db.close()


def run_import_bench(rows: int = 100_000, folder: Path | None = None, repeat: int = 3) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(folder or tmp)
        csv = write_file(work / "tid.csv", rows)
        ours, base = float("inf"), float("inf")
        for i in range(repeat):  # the two sides take turns, so a drift in the machine's speed hits both
            ours = min(ours, _vonapp(work, csv, i))
            base = min(base, _baseline(work, csv, i))
    result: dict[str, object] = {"name": "import tid", "rows": rows, "seconds": ours, "rows_per_s": rows / ours,
                                 "baseline_seconds": base, "ratio": ours / base}
    result["line"] = (f"import tid {rows:,} rows: {rows / ours:,.0f} rows/s, {ours:.2f} s (ratio {ours / base:.2f}× "
                      f"vs pandas.read_csv + one executemany {base:.2f} s, target ≥ 50,000 rows/s and ≤ 2×)"
                      ).replace(",", " ")
    return result


if __name__ == "__main__":
    print(run_import_bench(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)["line"])
