"""PostgreSQL benchmarks (plug-in of benchmarks/run.py): only when a server is named.

    VONAPP_BENCH_PG=postgresql+psycopg://postgres@/postgres?host=/tmp/vonapp-pg python benchmarks/run.py

(`VONAPP_TEST_PG` is used when `VONAPP_BENCH_PG` is not set.) The role must be allowed to create
databases; each measure's database is made here and dropped at the end. Lines:
- förvaltning demo generation with COPY (≤ 60 s) vs a bare COPY of its time rows into the table without indexes;
- summary of all units for 2023 (≤ 1,5×) vs the same daily sums as one raw SQL query on the same server;
- one unit-year, warm (≤ 100 ms) vs the raw query for the unit;
- copying one unit down to a laptop file (≤ 5 s) vs reading its time rows raw;
- the window's unit/period switch with nothing cached (≤ 150 ms) vs a bare load_overview.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the window's switch, when run alone
TIME_COLUMNS = ["unit_id", "employee_id", "date", "category", "absence_type", "placement", "placement_unit_id", "hours"]


def _server_url() -> str | None:
    return os.environ.get("VONAPP_BENCH_PG") or os.environ.get("VONAPP_TEST_PG") or None


def line(name: str, value: str, ratio: float, baseline: str, target: str) -> str:
    return f"{name}: {value} (ratio {ratio:.2f}× vs {baseline}, target {target})"


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


class _Databases:
    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine

        self.url = url
        self.admin = create_engine(url, isolation_level="AUTOCOMMIT")
        self.made: list[str] = []

    def new(self) -> str:
        from sqlalchemy.engine import make_url

        from vonapp.store.database import open_database
        from vonapp.store.server.admin import migrate

        name = f"vbench_{uuid.uuid4().hex[:10]}"
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name}")
        self.made.append(name)
        url = make_url(self.url).set(database=name).render_as_string(hide_password=False)
        db = open_database(url, migrate=False, lock=False)
        try:
            migrate(db)
        finally:
            db.close()
        return url

    def drop(self) -> None:
        with self.admin.connect() as conn:
            for name in self.made:
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.admin.dispose()


def bench_generation(dbs: _Databases, lite: Path) -> tuple[str, str]:
    from vonapp.db.demo import build_demo
    from vonapp.store.database import open_database

    url = dbs.new()

    def build() -> None:
        with open_database(url) as db:
            build_demo(db, scale="forvaltning")
    seconds = timed(build)
    # Baseline: one bare COPY of the same time rows into a fresh schema (units and employees first).
    bare = dbs.new()
    src = sqlite3.connect(lite)
    units = src.execute("SELECT id, name, kind FROM unit").fetchall()
    employees = src.execute("SELECT id, unit_id, employment_number, display_name, role, employment_form "
                            "FROM employee").fetchall()
    rows = src.execute(f"SELECT {', '.join(TIME_COLUMNS)} FROM time_entry ORDER BY id").fetchall()
    src.close()
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(bare)
    with psycopg.connect(dbname=u.database, user=u.username, host=u.query.get("host")) as con:
        with con.cursor() as cur:
            with cur.copy("COPY unit (id, name, kind) FROM STDIN") as cp:
                for r in units:
                    cp.write_row(r)
            with cur.copy("COPY employee (id, unit_id, employment_number, display_name, role, employment_form) "
                          "FROM STDIN") as cp:
                for r in employees:
                    cp.write_row(r)
            # The load alone: no indexes or keys to keep up (row by row they took ≈3 min here; the build
            # drops them and makes them again after, like this baseline leaves them out).
            for (name,) in cur.execute("SELECT conname FROM pg_constraint WHERE conrelid = 'time_entry'::regclass "
                                       "AND contype = 'f'").fetchall():
                cur.execute(f'ALTER TABLE time_entry DROP CONSTRAINT "{name}"')
            for (name,) in cur.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'time_entry' "
                                       "AND indexname NOT LIKE 'pk_%'").fetchall():
                cur.execute(f'DROP INDEX "{name}"')
            t = time.perf_counter()
            with cur.copy(f"COPY time_entry ({', '.join(TIME_COLUMNS)}) FROM STDIN") as cp:
                for r in rows:
                    cp.write_row(r)
            con.commit()
            base = time.perf_counter() - t
    value = f"{seconds:.1f} s for {len(rows):,} time rows".replace(",", " ")
    return url, line("server: förvaltning demo generation with COPY", value, seconds / base,
                     f"bare COPY of its time rows, no indexes {base:.1f} s", "≤ 60 s")


def _raw(url: str, unit_id: int | None) -> float:
    from sqlalchemy import create_engine

    from vonapp.store import queries
    from vonapp.store.server.connect import SESSION_OPTIONS

    engine = create_engine(url, connect_args={"options": SESSION_OPTIONS})  # the program's session settings
    try:
        with engine.connect() as conn:
            unit = "" if unit_id is None else f"AND unit_id = {int(unit_id)}"
            sql = queries.daily_sql(conn, unit)
            cur = conn.connection.driver_connection.cursor()
            q = sql.replace(":start", "%(start)s").replace(":end", "%(end)s")
            return timed(lambda: cur.execute(q, {"start": "2023-01-01", "end": "2023-12-31"}).fetchall())
    finally:
        engine.dispose()


def bench_all(url: str, rounds: int = 3) -> str:
    from vonapp.domain.periods import parse_period
    from vonapp.store.database import open_database
    from vonapp.store.figures import load_summary

    period = parse_period("2023")
    base = seconds = float("inf")
    for _ in range(rounds):
        base = min(base, _raw(url, None))
        with open_database(url) as db:
            seconds = min(seconds, timed(lambda db=db: load_summary(db, "all", period)))
    return line("server: förvaltning summary all 2023", f"{seconds:.2f} s", seconds / base,
                f"raw SQL of the same daily sums on the server {base:.2f} s", "≤ 1.5×")


def bench_unit(url: str, repeat: int = 10) -> str:
    from vonapp.domain.periods import parse_period
    from vonapp.store.database import open_database
    from vonapp.store.figures import load_summary

    period = parse_period("2023")
    with open_database(url) as db:
        with db.engine.connect() as conn:
            unit_id = conn.exec_driver_sql("SELECT id FROM unit WHERE name = 'Stortorp'").scalar()
        base = min(_raw(url, unit_id) for _ in range(repeat))
        load_summary(db, "Stortorp", period)
        seconds = min(timed(lambda: load_summary(db, "Stortorp", period)) for _ in range(repeat))
    return line("server: unit-year summary Stortorp 2023 warm (förvaltning db)", f"{seconds * 1000:.0f} ms",
                seconds / base, f"raw SQL for the unit {base * 1000:.1f} ms", "≤ 100 ms")


def bench_copy(url: str, folder: Path) -> str:
    from sqlalchemy import create_engine

    from vonapp.store.database import open_database
    from vonapp.store.server.copy import copy_down

    target = folder / "stortorp.sqlite"
    with open_database(url) as db:
        seconds = timed(lambda: copy_down(db, target, units=["Stortorp"]))
    engine = create_engine(url)
    with engine.connect() as conn:
        base = timed(lambda: conn.exec_driver_sql(
            "SELECT t.* FROM time_entry t JOIN unit u ON u.id = t.unit_id WHERE u.name = 'Stortorp'").all())
    engine.dispose()
    return line("server: copy one unit down (Stortorp, all years)", f"{seconds:.2f} s", seconds / base,
                f"reading its time rows raw {base:.2f} s", "≤ 5 s")


def bench_switch(url: str, folder: Path, switches: int = 12) -> str:
    """The window on the server: a unit/period switch with nothing cached (≤ 150 ms), vs a bare load_overview."""
    import statistics

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from vonapp.domain.periods import month, quarter, year
    from vonapp.ui.app import make_app, start
    from vonapp.ui.overview.data import load_overview
    from vonapp.ui.settings import AppSettings

    app = make_app()
    window = start(url, settings=AppSettings(folder / "switch.ini"))
    assert not isinstance(window, int)
    window.resize(1366, 768)

    def settle() -> None:
        while (window.worker.pending or not window.loader.idle
               or window.shown_key != (window.current_unit(), window.current_period())):
            app.processEvents()
            time.sleep(0.002)
        app.processEvents()

    def measured(change: Callable[[], object]) -> float:
        settle()
        loop = QEventLoop()
        window.overview_shown.connect(loop.quit)
        t = time.perf_counter()
        change()
        if window.shown_key != (window.current_unit(), window.current_period()):
            loop.exec()
        window.overview_shown.disconnect(loop.quit)
        window.repaint()
        QApplication.processEvents()
        return time.perf_counter() - t

    settle()
    units = [window.unit_selector.itemData(i) for i in range(1, window.unit_selector.count())]
    periods = [year(2023), quarter(2023, 2), month(2023, 3), month(2024, 5)]
    cold, bare, choices = [], [], []
    for i in range(switches):
        unit, period = units[i % len(units)], periods[(i // len(units)) % len(periods)]
        choices.append((unit, period))
        cold.append(measured(lambda u=unit, p=period: (window.loader.reset(window.database),
                                                       window.unit_selector.select(u),
                                                       window.period_selector.set_period(p))))
    database = window.database
    for unit, period in choices:
        t = time.perf_counter()
        window.worker.run_blocking(lambda u=unit, p=period: load_overview(database, u, p))
        bare.append(time.perf_counter() - t)
    window.close()
    c, b = statistics.median(cold), statistics.median(bare)
    return line("server: window unit/period switch, cold (förvaltning db)", f"{c * 1000:.0f} ms", c / b,
                f"bare load_overview on the server {b * 1000:.0f} ms", "≤ 150 ms")


def run(demo_db: Path, forvaltning_db: Path) -> list[str]:
    url = _server_url()
    if url is None:
        return ["server: skipped (no PostgreSQL server; set VONAPP_BENCH_PG=postgresql+psycopg://…)"]
    dbs = _Databases(url)
    out: list[str] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            big, text = bench_generation(dbs, forvaltning_db)
            out.append(text)
            out.append(bench_all(big))
            out.append(bench_unit(big))
            out.append(bench_copy(big, Path(tmp)))
            out.append(bench_switch(big, Path(tmp)))
    finally:
        dbs.drop()
    return out


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 2:
        sys.exit("usage: VONAPP_BENCH_PG=postgresql+psycopg://… python benchmarks/server_bench.py FORVALTNING.sqlite")
    for text in run(Path(sys.argv[1]), Path(sys.argv[1])):
        print(text)
