"""SIGKILL in the middle of a 200 000-row import leaves the database exactly as it was."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from tests.io.helpers import TID_HEADER, snapshot, units_db, write_csv
from vonapp.io.imports import import_file
from vonapp.store.paths import backup_dir

ROWS = 200_000


def _big_tid(path: Path) -> Path:
    # 2 000 employees × 100 days, each (employee, day) once: no row is a copy of another
    first = date(2023, 1, 1).toordinal()
    rows = [(date.fromordinal(first + i // 2000).isoformat(), str(10_000 + i % 2000), f"Person {i % 2000}",
             "ordinarie", None, None, 0.25) for i in range(ROWS)]
    return write_csv(path, [TID_HEADER, *rows])


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_import_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    db_path = tmp_path / "t.sqlite"
    db = units_db(db_path)
    import_file(db, "belaggning", Path(__file__).parents[2] / "resources/templates/belaggning.csv",
                unit="Stortorp")
    db.close()
    before = snapshot(db_path)
    big = _big_tid(tmp_path / "stor.csv")
    backups = set(backup_dir(db_path).iterdir())
    proc = subprocess.Popen([sys.executable, "-m", "vonapp", "import", "tid", str(big), "--unit", "Stortorp",
                             "--db", str(db_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    # The backup is taken just before the write transaction begins: kill while that transaction runs.
    while time.monotonic() < deadline and proc.poll() is None:
        if set(backup_dir(db_path).iterdir()) - backups:
            break
        time.sleep(0.01)
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the import finished before it could be killed"
    check = subprocess.run([sys.executable, "-m", "vonapp", "check", "--db", str(db_path)], capture_output=True,
                           text=True, timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr
    assert snapshot(db_path) == before
    # and the stale lock is taken over: the same import now runs to the end
    done = subprocess.run([sys.executable, "-m", "vonapp", "import", "tid", str(big), "--unit", "Stortorp", "--db",
                           str(db_path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert len(snapshot(db_path)["time_entry"]) == ROWS
