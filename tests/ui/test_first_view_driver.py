"""Start-up reads the first view with the bare sqlite3 driver (vonapp.store.driver) and paints it before
SQLAlchemy loads: the same figures as the opened database, the window and `vonapp summary` give."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.io.export.helpers import summary_json
from tests.lockholder import lock_held_elsewhere
from vonapp.store.database import open_database
from vonapp.store.driver import DriverDatabase
from vonapp.ui.app import _first_view_by_driver
from vonapp.ui.first_view import FirstView, load_first_view
from vonapp.ui.overview.data import load_overview

ROOT = Path(__file__).resolve().parents[2]

# (saved unit, saved period) as the settings hold them; None: a first start (the first unit, latest year).
CHOICES = [(None, None), ("Stortorp", ("quarter", "2023-Q1")), ("all", ("year", "2024")),
           ("Stortorp", ("month", "2024-08"))]


def _same_view(a: FirstView, b: FirstView) -> None:
    assert a.facts == b.facts
    assert a.key == b.key
    assert a.data is not None and b.data is not None
    assert a.data.summary == b.data.summary
    assert a.data.last_recorded == b.data.last_recorded
    for name in ("budget", "resurspass", "staffing"):
        pd.testing.assert_frame_equal(getattr(a.data, name), getattr(b.data, name))
    pd.testing.assert_frame_equal(a.data.occupancy.current, b.data.occupancy.current)
    pd.testing.assert_frame_equal(a.data.occupancy.last_year, b.data.occupancy.last_year)
    assert repr(a.data.charts) == repr(b.data.charts)  # numpy arrays and bounds, element by element


@pytest.mark.parametrize(("unit", "period"), CHOICES)
def test_the_driver_reads_the_same_first_view_as_the_opened_database(demo_path: Path, unit, period) -> None:  # noqa: ANN001
    early = load_first_view(DriverDatabase(demo_path), unit, period)
    with open_database(demo_path) as db:
        opened = load_first_view(db, unit, period)
        assert opened.key is not None
        again = load_overview(db, *opened.key)  # what the window loads for that choice later
    _same_view(early, opened)
    _same_view(early, FirstView(opened.facts, opened.key, again))


def test_the_first_view_says_what_summary_says(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Stortorp 2024 is under way (time recorded through 2024-08-31): compared t.o.m. 31 aug in both."""
    early = load_first_view(DriverDatabase(demo_path), "Stortorp", ("year", "2024"))
    assert early.data is not None
    summary = dataclasses.asdict(early.data.summary)
    cli = summary_json(capsys, demo_path, "Stortorp", "2024")
    assert summary["through"] == cli["through"] == "2024-08-31"
    shared = [k for k in summary if k in cli]
    assert len(shared) >= 15
    for key in shared:
        if isinstance(summary[key], float):
            assert cli[key] == pytest.approx(summary[key], abs=0.01), key
        else:
            assert cli[key] == summary[key], key


def test_the_driver_knows_the_demo_and_its_schema(demo_path: Path, tmp_path: Path) -> None:
    driver = DriverDatabase(demo_path)
    assert driver.at_head() and driver.is_demo
    with open_database(tmp_path / "tom.sqlite") as db:
        assert not DriverDatabase(db.path).is_demo
    conn = sqlite3.connect(demo_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0006'")  # an older file: migrated first
    conn.close()
    assert not driver.at_head()
    box: dict = {}
    lock = _first_view_by_driver(demo_path, None, None, box)
    assert lock is not None and "early" not in box  # opened (and migrated) the usual way instead
    lock.release()


def test_a_locked_file_is_not_read_early(demo_path: Path) -> None:
    """Another vonapp holds it: nothing is read, and open_database says who in Swedish (tests/reliability)."""
    with lock_held_elsewhere(demo_path):
        box: dict = {}
        assert _first_view_by_driver(demo_path, None, None, box) is None
        assert "early" not in box


CHILD = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from vonapp.ui.app import make_app, start
from vonapp.ui.settings import AppSettings
app = make_app()
seen = {}
class Figures(QObject):
    def eventFilter(self, obj, event):
        if event.type() != QEvent.Type.Paint or seen or not hasattr(obj, "window"):
            return False
        window = obj.window()
        if getattr(window, "shown_key", None) is not None:
            seen.update(sqlalchemy="sqlalchemy" in sys.modules, database=window.database is not None,
                        tiles=[t.value.text() for t in window.overview.tiles])
        return False
figures = Figures()
app.installEventFilter(figures)
window = start(sys.argv[1], settings=AppSettings(Path(sys.argv[2])))
app.removeEventFilter(figures)
seen["opened"] = window.database is not None and window.shown_key is not None
seen["after"] = [t.value.text() for t in window.overview.tiles]
print(json.dumps(seen))
window.close()
"""


def test_the_window_paints_the_figures_before_sqlalchemy_loads(demo_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(demo_path), str(tmp_path / "s.ini")], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env=env, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["sqlalchemy"] is False and seen["database"] is False  # painted from the driver's read
    assert seen["opened"] is True  # then the database opened the usual way
    assert seen["tiles"] == seen["after"] and any(seen["tiles"])  # the same figures, left on screen
