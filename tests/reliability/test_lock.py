"""One process per database, really: the OS lock is atomic and dies with its holder."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vonapp.store.database import open_database
from vonapp.store.errors import DatabaseLocked
from vonapp.store.lock import DatabaseLock

ROOT = Path(__file__).resolve().parents[2]
PROCESSES, TRIALS = 8, 20

# A small process: wait for the starting gun, try the lock, report, hold it until told to stop.
CONTENDER = """
import os, sys, time
from pathlib import Path
from vonapp.store.errors import DatabaseLocked
from vonapp.store.lock import DatabaseLock
db, go, out = sys.argv[1:4]
open(out + ".ready", "w").close()
while not os.path.exists(go):
    time.sleep(0.0002)
try:
    DatabaseLock(Path(db)).acquire()
    got = "1"
except DatabaseLocked:
    got = "0"
with open(out + ".tmp", "w") as f:
    f.write(got)
os.replace(out + ".tmp", out)
while not os.path.exists(go + ".stop"):
    time.sleep(0.002)
"""


def _wait_for(paths: list[Path], procs: list[subprocess.Popen]) -> None:
    deadline = time.monotonic() + 60
    while not all(p.exists() for p in paths):
        assert time.monotonic() < deadline, "contenders did not report"
        assert all(p.poll() is None for p in procs), "a contender died"
        time.sleep(0.002)


def test_eight_processes_started_at_once_twenty_times_give_exactly_one_holder(tmp_path: Path) -> None:
    db = tmp_path / "delad.sqlite"
    holders = []
    for trial in range(TRIALS):
        folder = tmp_path / f"försök{trial}"
        folder.mkdir()
        go = folder / "go"
        outs = [folder / f"p{i}" for i in range(PROCESSES)]
        procs = [subprocess.Popen([sys.executable, "-c", CONTENDER, str(db), str(go), str(o)], cwd=ROOT)
                 for o in outs]
        try:
            _wait_for([Path(f"{o}.ready") for o in outs], procs)
            go.touch()  # all eight are waiting: they try at the same instant
            _wait_for(outs, procs)
            holders.append(sum(int(o.read_text()) for o in outs))
        finally:
            Path(f"{go}.stop").touch()
            for p in procs:
                p.wait(timeout=60)
    assert holders == [1] * TRIALS


def test_a_lock_left_by_a_killed_process_is_taken_over(db_path: Path) -> None:
    open_database(db_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from vonapp.store.database import open_database; "
         f"db = open_database({str(db_path)!r}); print('held', flush=True); sys.stdin.readline()"],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    with pytest.raises(DatabaseLocked, match=f"process {holder.pid}"):
        open_database(db_path)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=60)
    open_database(db_path).close()  # the OS released the dead holder's lock


def test_a_stale_lock_whose_pid_now_belongs_to_another_program_is_taken_over(db_path: Path) -> None:
    open_database(db_path).close()
    other = subprocess.Popen(["sleep", "30"])  # a live process that is not vonapp
    try:
        Path(f"{db_path}.lock").write_text(json.dumps({"host": socket.gethostname(), "pid": other.pid,
                                                       "since": "2026-11-01T08:00:00"}))
        db = open_database(db_path)
        assert json.loads(Path(f"{db_path}.lock").read_text())["pid"] == os.getpid()
        db.close()
    finally:
        other.kill()
        other.wait()


def test_the_lock_never_asks_whether_a_pid_is_alive() -> None:
    """os.kill(pid, 0) sends CTRL_C_EVENT on Windows; the lock must not rely on it at all."""
    source = (ROOT / "vonapp/store/lock.py").read_text(encoding="utf-8")
    assert "os.kill" not in source
    assert hasattr(DatabaseLock, "acquire")


def test_the_window_opens_its_database_once_and_frees_it_on_close(qtbot, open_window, demo_path: Path) -> None:  # noqa: ANN001
    """The first paint and the 250 ms fallback both start the open; the later one must not open it again."""
    window = open_window(demo_path)
    qtbot.wait(600)  # past the fallback timer
    window.close()
    assert not Path(f"{demo_path}.lock").exists()  # no second handle keeps the lock
    open_database(demo_path).close()
