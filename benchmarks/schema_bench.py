"""Schema area speed on a 60-employee six-week schedule, each against a bare baseline of the same run.

    run(demo_db: Path, forvaltning_db: Path) -> list[str]     (CLOSED files; the demo is copied first)
    python benchmarks/schema_bench.py DEMO.sqlite

- `schema open (60 × 42)`: a new SchemaPage shown for the unit until the grid, figures, findings and
  curve are painted (the read on the worker included); median of 5. Baseline: a bare QTableWidget of
  the same 60 × 42 codes filled and painted at the same size. Target ≤ 300 ms.
- `schema cell edit, redrawn`: one typed code until the grid, the live figures, the rule findings and
  the bemanningskurva are recomputed and Qt has painted what they made dirty (one round of events;
  the store write follows on the worker); median of 21. Baseline: one item of a bare QTableWidget of
  the same cells set and its whole viewport repainted. Target ≤ 50 ms.
- `schema cell edit, full repaint`: as above, then the grid, figures, findings and curve each forced to
  paint whole (information: what a paint of everything costs).
- `schema paste 1 000 cells, redrawn`: a 25 × 40 TSV block pasted as one edit, until redrawn; median
  of 5. Baseline: 1 000 QTableWidget items set and repainted. Target ≤ 300 ms.
- `schema cell edit, saved and reloaded`: as the second, until the worker has written it and the page
  shows the database's state again (information; no target).
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EMPLOYEES = 60
WEEKS = 6
UNIT = "Schemabänk 60"
SIZE = (1366, 768)


def make_schedule(path: Path) -> None:
    """A unit with 60 employees on a six-week cycle (day, evening and night rows), need and budget."""
    from vonapp.store.database import open_database
    from vonapp.store.models import (
        BudgetYear,
        Employee,
        Schedule,
        ScheduleCell,
        ShiftCode,
        StaffingNeed,
        Unit,
    )

    with open_database(path) as db, db.session() as s:
        unit = Unit(name=UNIT, kind="särskilt boende", places=60)
        s.add(unit)
        s.flush()
        s.add(BudgetYear(unit_id=unit.id, year=2024, personnel_budget_kr=40_000_000, hourly_cost=377))
        codes = {c: ShiftCode(unit_id=unit.id, code=c, start_min=a, end_min=b, break_min=k, is_resource=r)
                 for c, a, b, k, r in (("D", 420, 930, 30, False), ("K", 810, 1290, 30, False),
                                       ("N", 1260, 450, 0, False), ("R", 480, 990, 30, True))}
        s.add_all(codes.values())
        people = [Employee(unit_id=unit.id, employment_number=f"B{n:04d}", display_name=f"Anställd {n}",
                           employment_form="månadsavlönad", employment_rate=(100, 90, 75)[n % 3])
                  for n in range(EMPLOYEES)]
        sched = Schedule(unit_id=unit.id, name="Bänkschema", start_date=date(2024, 1, 1), cycle_weeks=WEEKS)
        s.add_all([*people, sched])
        s.flush()
        pattern = "DDKKL" + "LN" + "NLLDDRK" + "KLDDDLL" + "LKKNNLL" + "DRDKLDD" + "LLKDDKK"
        cells = []
        for n, p in enumerate(people):
            for day in range(WEEKS * 7):
                code = pattern[(day + 5 * n) % len(pattern)]
                if code != "L":
                    cells.append(ScheduleCell(schedule_id=sched.id, employee_id=p.id, day_index=day,
                                              shift_code_id=codes[code].id))
        s.add_all(cells)
        s.add_all(StaffingNeed(unit_id=unit.id, weekday=d, hour=h, staff=12 if 7 <= h < 21 else 5)
                  for d in range(7) for h in range(24))


def redraw(page: object) -> None:
    """Paint now what an edit changes: the grid, the live figures, the findings list and the curve."""
    page.view.viewport().repaint()  # type: ignore[attr-defined]
    page.figures.repaint()  # type: ignore[attr-defined]
    page.findings.viewport().repaint()  # type: ignore[attr-defined]
    page.curve.plot_widget.viewport().repaint()  # type: ignore[attr-defined]


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _line(name: str, value: float, base: float, baseline: str, target: str) -> str:
    return (f"{name}: {value * 1000:.1f} ms (ratio {value / base:.2f}× vs {baseline} {base * 1000:.1f} ms, "
            f"target {target})")


def run(demo_db: Path, forvaltning_db: Path | None = None) -> list[str]:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    from vonapp.domain.periods import parse_period
    from vonapp.store.database import open_database
    from vonapp.ui.area_page import AreaContext
    from vonapp.ui.operations import Worker
    from vonapp.ui.schema.page import SchemaPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="vonapp-schema-bench-"))
    try:
        path = folder / "schema.sqlite"
        shutil.copy(demo_db, path)
        make_schedule(path)
        db = open_database(path)
        worker = Worker()
        context = AreaContext(worker=worker, undo_stack=QUndoStack(), database=lambda: db, error=print)
        period = parse_period("2024-02")

        def wait(until: object, timeout: float = 20.0) -> None:
            # Sleep between rounds as an event loop would: a spinning loop holds the GIL from the worker.
            end = time.perf_counter() + timeout
            while not until() and time.perf_counter() < end:  # type: ignore[operator]
                app.processEvents()
                time.sleep(0.0005)

        # -- open ------------------------------------------------------------------------------------
        opens, pages = [], []
        for _ in range(5):
            t = time.perf_counter()
            page = SchemaPage(context)
            page.resize(*SIZE)
            page.show()
            page.show_for(UNIT, period)
            wait(lambda p=page: p.data is not None)
            page.repaint()
            opens.append(time.perf_counter() - t)
            for old in pages:  # only the newest page is on screen, as in the window
                old.close()
            pages.append(page)
        codes = "DKNR"
        bare_opens = []
        for _ in range(5):
            t = time.perf_counter()
            table = QTableWidget(EMPLOYEES, WEEKS * 7)
            for r in range(EMPLOYEES):
                for c in range(WEEKS * 7):
                    table.setItem(r, c, QTableWidgetItem(codes[(r + c) % 4]))
            table.resize(*SIZE)
            table.show()
            app.processEvents()
            table.repaint()
            bare_opens.append(time.perf_counter() - t)
            table.close()
        page = pages[-1]
        assert page.model.rowCount() == EMPLOYEES, "the schedule did not load"

        # -- one cell edit -------------------------------------------------------------------------------
        model = page.model
        edits, bare_edits = [], []
        for n in range(21):
            col = model.column_index(f"d{(n * 5) % (WEEKS * 7)}")
            t = time.perf_counter()
            model.request_edits([(n % EMPLOYEES, col, codes[n % 4])])
            app.processEvents()  # Qt paints what the edit made dirty: its rows, figures, findings, curve
            edits.append(time.perf_counter() - t)
            wait(lambda: worker.pending == 0)
        table = QTableWidget(EMPLOYEES, WEEKS * 7)
        for r in range(EMPLOYEES):
            for c in range(WEEKS * 7):
                table.setItem(r, c, QTableWidgetItem(codes[(r + c) % 4]))
        table.resize(*SIZE)
        table.show()
        wait(lambda: False, 0.2)
        for n in range(21):
            t = time.perf_counter()
            table.item(n % 20, n % 30).setText(codes[(n + 1) % 4])
            table.viewport().repaint()
            bare_edits.append(time.perf_counter() - t)

        full = []
        for n in range(7):
            col = model.column_index(f"d{(n * 7 + 3) % (WEEKS * 7)}")
            t = time.perf_counter()
            model.request_edits([(n + 21, col, codes[(n + 2) % 4])])
            redraw(page)
            full.append(time.perf_counter() - t)
            wait(lambda: worker.pending == 0)

        # -- saved and reloaded ----------------------------------------------------------------------
        saved = []
        for n in range(5):
            col = model.column_index(f"d{n + 1}")
            before = page.loaded
            t = time.perf_counter()
            model.request_edits([(n, col, "R")])
            wait(lambda b=before: page.loaded is not b and worker.pending == 0)
            redraw(page)
            saved.append(time.perf_counter() - t)

        # -- paste 1 000 cells -----------------------------------------------------------------------
        block = "\r\n".join("\t".join(codes[(r + c) % 4] for c in range(40)) for r in range(25)) + "\r\n"
        pastes, bare_pastes = [], []
        for n in range(5):
            page.select_cell(n, "d0")
            t = time.perf_counter()
            page.view.paste(block)
            app.processEvents()
            pastes.append(time.perf_counter() - t)
            wait(lambda: worker.pending == 0)
            t = time.perf_counter()
            for r in range(25):
                for c in range(40):
                    table.item(r, c).setText(codes[(r + c + n) % 4])
            table.viewport().repaint()
            bare_pastes.append(time.perf_counter() - t)
        table.close()
        page.close()
        worker.run_blocking(lambda: None)
        worker.shutdown()
        db.close()
        return [
            _line("schema open (60 × 42)", _median(opens), _median(bare_opens), "bare QTableWidget", "≤ 300 ms"),
            _line("schema cell edit, redrawn", _median(edits), _median(bare_edits), "bare item set", "≤ 50 ms"),
            _line("schema cell edit, full repaint", _median(full), _median(bare_edits), "bare item set",
                  "none (information)"),
            _line("schema paste 1 000 cells, redrawn", _median(pastes), _median(bare_pastes),
                  "bare 1 000 items set", "≤ 300 ms"),
            _line("schema cell edit, saved and reloaded", _median(saved), _median(bare_edits), "bare item set",
                  "none (information)"),
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    for text in run(Path(sys.argv[1])):
        print(text)
