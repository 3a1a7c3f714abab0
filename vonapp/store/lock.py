"""One process per database: a lock file beside it naming the host and process that hold it."""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vonapp.store.errors import DatabaseLocked


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


@dataclass
class DatabaseLock:
    """An exclusive lock file `<db>.lock`; a stale one (its process gone) is taken over."""

    db_path: Path

    @property
    def path(self) -> Path:
        return self.db_path.with_name(self.db_path.name + ".lock")

    def acquire(self) -> None:
        info = {
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                holder = self._read()
                if holder is None or self._stale(holder):
                    self.path.unlink(missing_ok=True)
                    continue
                if holder.get("pid") == os.getpid() and holder.get("host") == info["host"]:
                    return  # this very process already holds it
                raise DatabaseLocked(
                    f"Databasen {self.db_path} används redan av vonapp på datorn "
                    f"{holder.get('host', '?')} (process {holder.get('pid', '?')}, sedan "
                    f"{holder.get('since', '?')}). Stäng det programmet först."
                ) from None
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(info, f)
            return
        raise DatabaseLocked(f"Kunde inte låsa databasen {self.db_path}; försök igen.")

    def release(self) -> None:
        holder = self._read()
        if holder and holder.get("pid") == os.getpid() and holder.get("host") == socket.gethostname():
            self.path.unlink(missing_ok=True)

    def _read(self) -> dict | None:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    @staticmethod
    def _stale(holder: dict) -> bool:
        if holder.get("host") != socket.gethostname():
            return False  # cannot see another machine's processes: assume it is alive
        pid = holder.get("pid")
        return not isinstance(pid, int) or not _pid_alive(pid)
