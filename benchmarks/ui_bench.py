"""Window speed: start to first paint, and a unit/period switch, each against a baseline of the same run.

    run(demo_db: Path, forvaltning_db: Path) -> list[str]     (CLOSED files; they are copied first)
    python benchmarks/ui_bench.py DEMO.sqlite [FORVALTNING.sqlite]

- `ui start to first paint`: from spawning a fresh Python process that opens the main window on a copy
  of the demo to the first paint of the overview page inside the shown main window (selectors, menus,
  areas and "Laddar översikten …"; the database is opened and the figures loaded after this paint).
  The baseline is a bare PySide6 + pyqtgraph window (one plot with data) started the same way, to the
  first paint of its plot. Median of 5 each, target ≤ 1.5×.
- `ui start until the figures are painted`: the same process, until the overview paints with the
  figures of the first unit and period on it (database checked and locked, pandas loaded, first view
  read and charts built). The window shows them as soon as they are read, with the bare sqlite3
  driver (vonapp.store.driver), and SQLAlchemy loads to open the database after they are painted:
  that paint may come before start() returns, so the child watches the overview page from its
  first paint on. Against the same bare window, target ≤ 2.5×.
- the same two measures in CPU seconds of the process (time.process_time at the marks): on a
  machine shared with other work the wall-clock ratios swing with the load; the CPU ratios less so.
- `ui unit/period switch, cold`: in one process, from changing unit and period (with the cache of
  figures emptied) to the overview shown and the window repainted; median of 12, target ≤ 100 ms; the
  baseline is the bare `load_overview` call for the same choices (what the worker must do anyway).
- `ui period step ▶, fetched ahead`: the same for ▶ after the window had a moment to fetch the
  neighbouring periods and units (what stepping through months or units feels like).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 5
SWITCHES = 12

BARE_CHILD = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
window = QMainWindow()
plot = pg.PlotWidget()
plot.plot(list(range(100)), [i * i for i in range(100)])
window.setCentralWidget(plot)
class First(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            import time
            print("painted", time.process_time(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
first = First()
plot.viewport().installEventFilter(first)  # a graphics view paints in its viewport
window.resize(1366, 768)
window.show()
app.exec()
"""

WINDOW_CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from vonapp.ui.app import make_app, start
from vonapp.ui.settings import AppSettings
app = make_app()
started, painted = [], []
def finish():
    window.close()
    app.quit()
class Figures(QObject):
    # The first paint of the overview page while it shows the figures of the first unit and period
    # (start-up may show them before start() returns: the database opens after they are painted).
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.window().shown_key is not None:
            import time
            print("figures", time.process_time(), flush=True)
            obj.removeEventFilter(self)
            painted.append(True)
            if started:
                QTimer.singleShot(0, finish)
        return False
figures = Figures()
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        # The first paint of anything on the overview page: the window is on screen and drawn.
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            page = obj
            while page is not None and type(page).__name__ != "OverviewPage":
                page = page.parentWidget()
            if page is not None:
                import time
                print("painted", time.process_time(), flush=True)
                app.removeEventFilter(self)
                page.installEventFilter(figures)
        return False
first_paint = FirstPaint()
app.installEventFilter(first_paint)
window = start(sys.argv[1], settings=AppSettings(Path(sys.argv[2])))
started.append(True)
window.resize(1366, 768)
if painted:
    QTimer.singleShot(0, finish)
app.exec()
"""


def line(name: str, value: str, ratio: float, baseline: str, target: str) -> str:
    return f"{name}: {value} (ratio {ratio:.2f}× vs {baseline}, target {target})"


def _child(code: str, *args: str) -> dict[str, float]:
    """Seconds from spawning a Python process running code to each of its marker lines; `<mark> cpu`: the
    process' CPU seconds the child printed with the mark."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
    assert proc.stdout is not None
    watchdog = threading.Timer(180, proc.kill)  # a window that never paints must not hang the run
    watchdog.start()
    marks: dict[str, float] = {}
    for text in proc.stdout:
        mark, _, cpu = text.strip().partition(" ")
        if mark in ("painted", "figures"):
            marks[mark] = time.perf_counter() - t
            marks[f"{mark} cpu"] = float(cpu or "nan")
    proc.wait(timeout=60)
    watchdog.cancel()
    if "painted" not in marks:
        raise RuntimeError(f"the benchmark window did not paint (exit {proc.returncode})")
    return marks


def start_lines(demo_db: Path, folder: Path) -> list[str]:
    bare, painted, figures = [], [], []
    for i in range(RUNS):
        bare.append(_child(BARE_CHILD))
        db = folder / f"start-{i}.sqlite"
        shutil.copy(demo_db, db)
        marks = _child(WINDOW_CHILD, str(db), str(folder / f"start-{i}.ini"))
        painted.append(marks)
        figures.append(marks)
    lines = []
    for unit, suffix, what in (("ms", "", "window"), ("ms CPU", " cpu", "window, CPU time")):
        b = statistics.median(m["painted" + suffix] for m in bare)
        p = statistics.median(m["painted" + suffix] for m in painted)
        f = statistics.median(m["figures" + suffix] for m in figures)
        base = f"bare PySide6 + pyqtgraph {what} {b * 1000:.0f} {unit}"
        name = "" if not suffix else ", CPU time"
        lines += [line(f"ui start to first paint{name} (demo)", f"{p * 1000:.0f} {unit}", p / b, base, "≤ 1.5×"),
                  line(f"ui start until the figures are painted{name} (demo)", f"{f * 1000:.0f} {unit}", f / b,
                       base, "≤ 2.5×")]
    return lines


def switch_lines(db_file: Path, folder: Path, label: str) -> list[str]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from vonapp.domain.periods import month, quarter, year
    from vonapp.ui.app import make_app, start
    from vonapp.ui.overview.data import load_overview
    from vonapp.ui.settings import AppSettings

    app = make_app()
    db = folder / f"switch-{db_file.stem}.sqlite"
    shutil.copy(db_file, db)
    window = start(str(db), settings=AppSettings(folder / f"switch-{db_file.stem}.ini"))
    assert not isinstance(window, int)
    window.resize(1366, 768)

    def settle() -> None:
        """Until the newest choice is shown and the worker is idle (fetching ahead included)."""
        while (window.worker.pending or not window.loader.idle
               or window.shown_key != (window.current_unit(), window.current_period())):
            app.processEvents()
            time.sleep(0.002)
        app.processEvents()

    def measured(change) -> float:  # noqa: ANN001 - a callable that changes the choice
        settle()  # a reader looks at the figures for a moment; the worker finishes fetching ahead
        loop = QEventLoop()
        window.overview_shown.connect(loop.quit)
        t = time.perf_counter()
        change()
        if window.shown_key != (window.current_unit(), window.current_period()):
            loop.exec()  # sleeps in Qt like the real event loop, leaving the worker the CPU
        window.overview_shown.disconnect(loop.quit)
        window.repaint()
        QApplication.processEvents()
        return time.perf_counter() - t

    settle()
    units = [window.unit_selector.itemData(i) for i in range(1, window.unit_selector.count())]
    periods = [year(2023), quarter(2023, 2), month(2023, 3), month(2024, 5)]
    cold, steps, bare, choices = [], [], [], []
    for i in range(SWITCHES):  # every (unit, period) new: a cold load each time
        unit, period = units[i % len(units)], periods[(i // len(units)) % len(periods)]
        choices.append((unit, period))
        # Nothing cached: a choice the window could not have fetched ahead.
        cold.append(measured(lambda u=unit, p=period: (window.loader.reset(window.database),
                                                       window.unit_selector.select(u),
                                                       window.period_selector.set_period(p))))
        steps.append(measured(lambda: window.actions.next_period.trigger()))
    database = window.database
    for unit, period in choices:
        t = time.perf_counter()
        window.worker.run_blocking(lambda u=unit, p=period: load_overview(database, u, p))
        bare.append(time.perf_counter() - t)
    window.close()
    c, s, b = statistics.median(cold), statistics.median(steps), statistics.median(bare)
    base = f"bare load_overview {b * 1000:.0f} ms"
    return [line(f"ui unit/period switch, cold ({label})", f"{c * 1000:.0f} ms", c / b, base, "≤ 100 ms"),
            line(f"ui period step ▶, fetched ahead ({label})", f"{s * 1000:.0f} ms", s / b, base, "≤ 100 ms")]


def run(demo_db: Path, forvaltning_db: Path) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="vonapp-ui-bench-") as tmp:
        folder = Path(tmp)
        lines = start_lines(demo_db, folder)
        lines += switch_lines(demo_db, folder, "demo")
        if forvaltning_db != demo_db:
            lines += switch_lines(forvaltning_db, folder, "förvaltning")
        return lines


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python benchmarks/ui_bench.py DEMO.sqlite [FORVALTNING.sqlite]")
    demo = Path(sys.argv[1])
    for text in run(demo, Path(sys.argv[2]) if len(sys.argv) > 2 else demo):
        print(text)
