"""Another process holding a database's lock, for tests of what a second start is told."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def lock_held_elsewhere(db_path: Path) -> Iterator[int]:
    """A child process takes the OS lock on `db_path` and keeps it until the block ends; yields its PID."""
    code = ("import sys; from pathlib import Path; from vonapp.store.lock import DatabaseLock; "
            f"DatabaseLock(Path({str(db_path)!r})).acquire(); print('held', flush=True); sys.stdin.readline()")
    child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        yield child.pid
    finally:
        child.communicate("\n", timeout=60)
