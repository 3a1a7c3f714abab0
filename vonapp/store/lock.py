"""One process per database: an OS file lock on `<db>.lock`, held for as long as the database is open.

The lock is taken atomically by the operating system (`fcntl.flock` on POSIX, `msvcrt.locking`
on Windows), so two processes started at the same instant can never both hold it, and a process
that dies (even by kill -9 or a power cut) loses it: a lock file left behind is taken over
whatever PID it names, without asking whether that PID is alive (a PID may since belong to
another program, and on Windows signal 0 to a PID sends CTRL_C_EVENT). The file's text, the
holder's host, PID and start time, is only there for the message a second start gets.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vonapp.store.errors import DatabaseLocked, StoreError
from vonapp.texts import t

# Windows locks are mandatory: lock one byte far past the text so that others can still read it.
_WIN_LOCK_OFFSET = 1 << 20

# Locks this process holds: lock path -> [fd, count]. Opening the same database twice in one
# process (the window's damage check, a test) shares the lock instead of locking itself out.
_held: dict[str, list[int]] = {}
_held_guard = threading.Lock()


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:  # e.g. a file system without locks
        raise StoreError(f"Kan inte låsa databasen ({exc.strerror}). Lägg databasen i en lokal mapp.") from None
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _same_file(fd: int, path: Path) -> bool:
    """True while `path` still names the file `fd` is open on (a releasing holder may have removed it)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    own = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (own.st_dev, own.st_ino)


@dataclass
class DatabaseLock:
    """An exclusive OS lock on `<db>.lock`; acquire() raises DatabaseLocked naming the holder."""

    db_path: Path
    _key: str | None = None

    @property
    def path(self) -> Path:
        return self.db_path.with_name(self.db_path.name + ".lock")

    def acquire(self) -> None:
        key = os.path.abspath(self.path)
        with _held_guard:
            if key in _held:
                _held[key][1] += 1
                self._key = key
                return
            fd = self._lock_file()
            _held[key] = [fd, 1]
            self._key = key

    def _lock_file(self) -> int:
        for _ in range(20):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except PermissionError:
                raise StoreError(f"Kan inte skapa låsfilen {self.path}: mappen är skrivskyddad. "
                                 "Välj en mapp där du får skriva, eller kopiera databasen dit.") from None
            except OSError as exc:
                raise StoreError(f"Kan inte skapa låsfilen {self.path} ({exc.strerror}).") from None
            if not _try_lock(fd):
                holder = self._read()
                os.close(fd)
                holder = holder or {}
                raise DatabaseLocked(t(
                    "Databasen {path} används redan av vonapp på datorn {host} (process {pid}, sedan {since}). "
                    "Stäng det programmet först.", path=self.db_path, host=holder.get("host", "?"),
                    pid=holder.get("pid", "?"), since=holder.get("since", "?")))
            if sys.platform != "win32" and not _same_file(fd, self.path):
                # The holder removed the file between our open and our lock: lock the new one.
                _unlock(fd)
                os.close(fd)
                continue
            self._write_info(fd)
            return fd
        raise DatabaseLocked(f"Kunde inte låsa databasen {self.db_path}; försök igen.")

    @staticmethod
    def _write_info(fd: int) -> None:
        info = {"host": socket.gethostname(), "pid": os.getpid(),
                "since": datetime.now().isoformat(timespec="seconds")}
        data = json.dumps(info).encode("utf-8")
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, data)
        except OSError:
            pass  # the text is only for the message others get; the lock itself is held

    def release(self) -> None:
        key, self._key = self._key, None
        if key is None:
            return
        with _held_guard:
            entry = _held.get(key)
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] > 0:
                return
            del _held[key]
            fd = entry[0]
            if sys.platform != "win32":
                # Remove the file while still holding the lock; a waiter checks it locked the live file.
                if _same_file(fd, self.path):
                    Path(key).unlink(missing_ok=True)
            else:  # pragma: no cover
                os.ftruncate(fd, 0)
            _unlock(fd)
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._key is not None

    def _read(self) -> dict | None:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
