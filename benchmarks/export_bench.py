"""Export speed: the uppföljningsfil of one unit-year and of all units at förvaltning scale.

    run(demo_db: Path, forvaltning_db: Path) -> list[str]
        lines `name: value unit (ratio X vs BASELINE, target T)`

- `export xlsx Stortorp 2023` against XlsxWriter writing the same number of cells plainly (target ≤ 1 s).
- `export pdf Stortorp 2023` against the same plain XlsxWriter baseline (target ≤ 2 s).
- `export xlsx all units 2023 (förvaltning)` against `load_summary(all)`, the figures alone (target ≤ 15 s).

Each side's best of a few runs. The databases are copied first (opening takes a lock and may back up).
Run alone: `python benchmarks/export_bench.py [DEMO.sqlite FORVALTNING.sqlite]` (without paths both are built).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl  # noqa: E402
import xlsxwriter  # noqa: E402

from vonapp.domain.periods import parse_period  # noqa: E402
from vonapp.io.export import export  # noqa: E402
from vonapp.store.database import open_database  # noqa: E402
from vonapp.store.figures import load_summary  # noqa: E402
from vonapp.store.queries import list_units  # noqa: E402


def _best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def _copy(db: Path, folder: Path) -> Path:
    target = folder / db.name
    shutil.copy(db, target)
    for suffix in ("-wal", "-shm"):
        if Path(f"{db}{suffix}").exists():
            shutil.copy(f"{db}{suffix}", f"{target}{suffix}")
    return target


def _cells(path: Path) -> int:
    wb = openpyxl.load_workbook(path, read_only=True)
    return sum(1 for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v is not None)


def _plain_xlsx(path: Path, cells: int) -> None:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    for n in range(cells):
        ws.write_number(n // 10, n % 10, n * 1.5)
    wb.close()


def run(demo_db: Path, forvaltning_db: Path) -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory(prefix="vonapp-export-bench-") as tmp:
        folder = Path(tmp)
        year = parse_period("2023")
        db = open_database(_copy(Path(demo_db), folder))
        try:
            out = folder / "stortorp.xlsx"
            export(db, "uppfoljning", "Stortorp", year, out)  # warm-up: imports, SQLite cache
            seconds = _best(lambda: export(db, "uppfoljning", "Stortorp", year, out), 3)
            cells = _cells(out)
            base = _best(lambda: _plain_xlsx(folder / "plain.xlsx", cells), 3)
            lines.append(f"export xlsx Stortorp 2023: {seconds:.2f} s (ratio {seconds / base:.1f} vs XlsxWriter "
                         f"writing the same {cells} cells plainly, target ≤ 1 s)")
            pdf = folder / "stortorp.pdf"
            export(db, "pdf", "Stortorp", year, pdf)
            seconds = _best(lambda: export(db, "pdf", "Stortorp", year, pdf), 3)
            lines.append(f"export pdf Stortorp 2023: {seconds:.2f} s (ratio {seconds / base:.1f} vs XlsxWriter "
                         f"writing {cells} cells plainly, target ≤ 2 s)")
        finally:
            db.close()
        (folder / Path(demo_db).name).unlink(missing_ok=True)

        db = open_database(_copy(Path(forvaltning_db), folder))
        try:
            out = folder / "alla.xlsx"
            seconds = _best(lambda: export(db, "uppfoljning", "all", year, out), 2)
            base = _best(lambda: load_summary(db, "all", year), 2)
            with db.session() as session:
                units = len(list_units(session))
            lines.append(f"export xlsx all units 2023 ({units} units): {seconds:.2f} s (ratio {seconds / base:.1f} vs "
                         f"load_summary(all) alone, target ≤ 15 s)")
        finally:
            db.close()
    return lines


def _build(folder: Path, scale: str) -> Path:
    from vonapp.db.demo import build_demo

    path = folder / f"{scale}.sqlite"
    db = open_database(path)
    try:
        build_demo(db, scale=scale)
    finally:
        db.close()
    return path


def main(argv: list[str]) -> int:
    if len(argv) == 2:
        print("\n".join(run(Path(argv[0]), Path(argv[1]))))
        return 0
    with tempfile.TemporaryDirectory(prefix="vonapp-export-demo-") as tmp:
        folder = Path(tmp)
        print("\n".join(run(_build(folder, "unit"), _build(folder, "forvaltning"))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
