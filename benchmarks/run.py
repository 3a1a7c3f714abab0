"""All vonapp benchmarks in one run; each figure is set against a baseline measured in the same run.

    python benchmarks/run.py [--quick] [--keep DIR] [--plugin-timeout S]

Prints one line per measure, `name: value unit (ratio X vs BASELINE, target T)`, and (without
--quick) writes them to benchmarks/RESULTS.md with the date and the machine. --quick skips the
förvaltning scale (a smoke run); then the plug-ins get the unit demo as both databases.

Plug-ins: the modules named in PLUGINS (ui_bench.py, export_bench.py, editing_bench.py, …), when present,
are imported in a child process and `run(demo_db: Path, forvaltning_db: Path) -> list[str]` is called
with CLOSED database files built here (copy them before changing anything); their lines are printed after ours.
A plug-in that fails or hangs (15 min) gets a FAILED line; the other figures stand.
"""

from __future__ import annotations

import argparse
import os
import platform
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from vonapp.db.demo import build_demo  # noqa: E402
from vonapp.domain.periods import parse_period  # noqa: E402
from vonapp.store.database import open_database  # noqa: E402
from vonapp.store.figures import load_summary  # noqa: E402

PLUGINS = ("ui_bench", "export_bench", "editing_bench", "schema_bench", "utfall_bench", "bundle_bench",
           "server_bench")
PLUGIN_TIMEOUT = 900.0  # seconds for one plug-in
TIME_COLUMNS = "unit_id, employee_id, date, category, absence_type, placement, placement_unit_id, hours"
# The sums the summary reads, per unit and day (missed resurspass is a daily figure), straight from SQLite:
# the columns of vonapp.domain.daily.RECORDED_COLUMNS, with the date left as text (the same FILTER form
# as vonapp.store.queries, so the ratio is our work beyond SQLite's).
DAILY_SUMS = """
SELECT unit_id, date,
  TOTAL(hours) FILTER (WHERE category = 'ordinarie'),
  TOTAL(hours) FILTER (WHERE category = 'resurspass'),
  TOTAL(hours) FILTER (WHERE category = 'vikarie'),
  TOTAL(hours) FILTER (WHERE category = 'mertid'),
  TOTAL(hours) FILTER (WHERE category = 'övertid'),
  TOTAL(hours) FILTER (WHERE category = 'inhyrd'),
  TOTAL(hours) FILTER (WHERE category = 'resurspass' AND placement IN ('egen enhet', 'annan enhet')),
  TOTAL(hours) FILTER (WHERE category = 'resurspass' AND placement = 'annan enhet'),
  TOTAL(hours) FILTER (WHERE category = 'frånvaro' AND absence_type = 'sjuk'),
  TOTAL(hours) FILTER (WHERE category = 'frånvaro')
FROM time_entry WHERE date BETWEEN ? AND ? {unit} GROUP BY unit_id, date
"""


def line(name: str, value: str, ratio: float, baseline: str, target: str) -> str:
    return f"{name}: {value} (ratio {ratio:.2f}× vs {baseline}, target {target})"


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def build(path: Path, scale: str) -> float:
    """Seconds to build the demo into a new file (open, build, close: what `vonapp demo` does)."""
    def run() -> None:
        with open_database(path) as db:
            build_demo(db, scale=scale)
    return timed(run)


def bare_insert(source: Path, folder: Path) -> tuple[float, int]:
    """Seconds for one executemany of source's time rows into a fresh database (indexes as in the schema)."""
    target = folder / f"bare-{source.stem}.sqlite"
    with open_database(target):
        pass
    src = sqlite3.connect(source)
    units = src.execute("SELECT * FROM unit").fetchall()
    employees = src.execute("SELECT * FROM employee").fetchall()
    rows = src.execute(f"SELECT {TIME_COLUMNS} FROM time_entry ORDER BY id").fetchall()
    src.close()
    con = sqlite3.connect(target, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        con.execute(f"PRAGMA {pragma}")
    con.execute("BEGIN")
    con.executemany(f"INSERT INTO unit VALUES ({', '.join('?' * len(units[0]))})", units)
    con.executemany(f"INSERT INTO employee VALUES ({', '.join('?' * len(employees[0]))})", employees)
    t = time.perf_counter()
    con.executemany(f"INSERT INTO time_entry ({TIME_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute("COMMIT")
    seconds = time.perf_counter() - t
    con.close()
    target.unlink()
    return seconds, len(rows)


def raw_sums(path: Path, start: str, end: str, unit_id: int | None = None) -> float:
    con = sqlite3.connect(path)
    try:
        sql = DAILY_SUMS.format(unit="" if unit_id is None else f"AND unit_id = {int(unit_id)}")
        return timed(lambda: con.execute(sql, (start, end)).fetchall())
    finally:
        con.close()


def bench_generation(folder: Path, scale: str, target: str) -> tuple[Path, str]:
    path = folder / f"{scale}.sqlite"
    seconds = build(path, scale)
    base, rows = bare_insert(path, folder)
    label = "unit demo generation" if scale == "unit" else "förvaltning demo generation"
    value = f"{seconds:.1f} s for {rows:,} time rows".replace(",", " ")
    return path, line(label, value, seconds / base, f"bare executemany of the same rows {base:.1f} s", target)


def bench_all_summary(path: Path, rounds: int = 3) -> str:
    """`summary --unit all --period 2023` in-process, each time on a freshly opened database.

    The baseline and the summary take turns, `rounds` times, and each side's best counts: this
    machine's speed drifts by tens of percent over a minute, which a one-off pair would measure instead.
    """
    period = parse_period("2023")
    base, seconds = float("inf"), float("inf")
    for _ in range(rounds):
        base = min(base, raw_sums(path, "2023-01-01", "2023-12-31"))
        with open_database(path) as db:
            seconds = min(seconds, timed(lambda db=db: load_summary(db, "all", period)))
    return line("förvaltning summary all 2023 (cold-ish)", f"{seconds:.2f} s", seconds / base,
                f"raw sqlite3 GROUP BY unit and day {base:.2f} s", "≤ 1.5×")


def bench_unit_summary(path: Path, repeat: int = 10) -> str:
    """One unit-year summary, warm: best of `repeat`."""
    period = parse_period("2023")
    con = sqlite3.connect(path)
    unit_id = con.execute("SELECT id FROM unit WHERE name = 'Stortorp'").fetchone()[0]
    con.close()
    base = min(raw_sums(path, "2023-01-01", "2023-12-31", unit_id) for _ in range(repeat))
    with open_database(path) as db:
        load_summary(db, "Stortorp", period)
        seconds = min(timed(lambda: load_summary(db, "Stortorp", period)) for _ in range(repeat))
    rows = sqlite3.connect(path).execute("SELECT COUNT(*) FROM time_entry").fetchone()[0]
    where = "förvaltning" if rows > 1_000_000 else "unit"
    return line(f"unit-year summary Stortorp 2023 warm ({where} db)", f"{seconds * 1000:.0f} ms", seconds / base,
                f"raw sqlite3 query for the unit {base * 1000:.1f} ms", "≤ 100 ms")


PLUGIN_CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
module = __import__(sys.argv[2])
for text in module.run(Path(sys.argv[3]), Path(sys.argv[4])):
    print("LINE\t" + str(text), flush=True)
"""


def plugin_lines(name: str, demo: Path, forvaltning: Path, timeout: float = PLUGIN_TIMEOUT) -> list[str]:
    """A plug-in's lines, run in its own process group so that a hang costs `timeout`, not the run."""
    if not (HERE / f"{name}.py").exists():
        return []
    proc = subprocess.Popen([sys.executable, "-c", PLUGIN_CHILD, str(HERE), name, str(demo), str(forvaltning)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    failure = None
    try:
        out, err = proc.communicate(timeout=timeout)
        if proc.returncode != 0:
            failure = f"{name}: FAILED (exit {proc.returncode}; its messages are above)"
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the group this call started: the plug-in and its children
        out, err = proc.communicate()
        failure = f"{name}: FAILED (no result within {timeout:.0f} s)"
    found = [t.split("\t", 1)[1] for t in out.splitlines() if t.startswith("LINE\t")]
    if failure is None:
        return found
    # Qt's offscreen chatter would bury the one line that matters; show the end of the messages.
    print("\n".join(t for t in err.splitlines() if "propagateSizeHints" not in t)[-3000:], file=sys.stderr)
    return [*found, failure]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the förvaltning scale (smoke run)")
    parser.add_argument("--keep", type=Path, help="build the databases in this folder and keep them")
    parser.add_argument("--plugin-timeout", type=float, default=PLUGIN_TIMEOUT, metavar="S",
                        help="seconds a plug-in may take (default %(default).0f)")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    tmp = None if args.keep else tempfile.TemporaryDirectory()
    folder = args.keep or Path(tmp.name)  # type: ignore[union-attr]
    folder.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []

    def emit(text: str) -> None:
        print(text, flush=True)
        lines.append(text)

    try:
        demo, text = bench_generation(folder, "unit", "≤ 10 s")
        emit(text)
        big = demo
        if not args.quick:
            big, text = bench_generation(folder, "forvaltning", "≤ 60 s")
            emit(text)
            emit(bench_all_summary(big))
        emit(bench_unit_summary(big))
        from import_bench import run_import_bench

        emit(str(run_import_bench()["line"]))
        for name in PLUGINS:
            for text in plugin_lines(name, demo, big, args.plugin_timeout):
                emit(text)
    finally:
        if tmp is not None:
            tmp.cleanup()
    if not args.quick:
        write_results(lines, load_before)
    return 0


def write_results(lines: list[str], load_before: float) -> None:
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")  # noqa: UP017 - reads plainly
    machine = f"{os.cpu_count()} cores (nproc), Python {platform.python_version()}, {platform.platform()}"
    # Other work on the machine slows both sides of a ratio, but not always alike: say how busy it was.
    load = f"1-minute load average {load_before:.1f} before the run, {os.getloadavg()[0]:.1f} after"
    text = ["# Benchmark results", "", f"`python benchmarks/run.py` on {when}; {machine}; {load}.", "", "```",
            *lines, "```", ""]
    (HERE / "RESULTS.md").write_text("\n".join(text), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
