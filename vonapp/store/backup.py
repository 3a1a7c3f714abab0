"""Backups with SQLite's online backup API: before migrations and imports, on start and on request.

Every backup is written to a hidden partial file, checked with `PRAGMA quick_check`, flushed to
disk and only then renamed to its final name; a failed one (disk full, damaged source) leaves
nothing behind. Each database has its own folder `<file name>-backups` beside it. Pruning keeps
the newest 10 good backups and never the newest one that passed `integrity_check` if newer ones
are damaged. Restoring lives in `vonapp.store.restore`.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from vonapp.store.damage import (
    SQLITE_MAGIC,
    integrity_problems,
    kind_problem,
    os_problem,
    quick_check,
    quick_problem,
    ro_uri,
)
from vonapp.store.errors import StoreError
from vonapp.store.handle import DatabaseHandle as Database
from vonapp.store.paths import backup_dir, legacy_backup_dir

KEEP = 10
VERIFIED = ".verifierade.json"  # per folder: which backups passed which check, by size and mtime
PARTIAL = ".delvis-"

__all__ = ["KEEP", "SQLITE_MAGIC", "backup", "backup_file", "integrity_problems", "last_backup_time",
           "list_backups", "newest_good_backup", "prune", "quick_check", "quick_problem",
           "backup_on_start"]


def require_file(database: Database) -> Path:
    if database.path is None:
        raise StoreError("Säkerhetskopior fungerar bara för databaser i en fil.")
    return database.path


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def backup(database: Database, *, reason: str = "manuell") -> Path:
    """Copy the live database to a new verified owner-only file in its backup folder; keep the last 10.

    A server's backup (a SQLite copy of the units the user may see) is `vonapp.store.server.copy.server_backup`;
    `vonapp.store.restore.backup_any` picks the one that fits.
    """
    src = require_file(database)
    # Checkpoint pending engine work first so the copy reflects every committed transaction.
    database.engine.dispose()
    return backup_file(src, reason=reason)


def backup_file(src: Path, *, reason: str = "manuell") -> Path:
    """A verified backup of the database file `src` (which the caller has locked)."""
    folder = backup_dir(src)
    adopt_legacy_backups(src)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Säkerhetskopian kunde inte skapas: {os_problem(folder, exc)}.") from None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{src.stem}-{stamp}-{reason}.sqlite"
    partial = folder / f"{PARTIAL}{target.name}"
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        _copy(src, partial)
        problem = quick_problem(partial)
        if problem is not None:
            raise StoreError(f"Säkerhetskopian av {src.name} blev inte hel och sparades inte ({problem}). "
                             "Kör `vonapp check`.")
        _fsync_file(partial)
        os.chmod(partial, 0o600)
        os.replace(partial, target)
        fsync_dir(folder)
    except OSError as exc:
        _remove_partial(partial)
        raise StoreError(f"Säkerhetskopian kunde inte skapas: {os_problem(folder, exc)}. "
                         "Ingenting ändrades och ingen halv kopia sparades.") from None
    except sqlite3.Error as exc:
        _remove_partial(partial)
        raise StoreError(_sqlite_sentence(src, folder, exc)) from None
    except BaseException:
        _remove_partial(partial)
        raise
    _remember(folder, target, quick=True)
    prune(folder, src)
    return target


def _sqlite_sentence(src: Path, folder: Path, exc: sqlite3.Error) -> str:
    text = str(exc)
    if "full" in text:
        return (f"Säkerhetskopian kunde inte skapas: disken där {folder} ligger är full. Frigör utrymme och "
                "försök igen; ingen halv kopia sparades.")
    return (f"Säkerhetskopian av {src.name} kunde inte skapas ({text}); ingen halv kopia sparades. "
            "Kör `vonapp check`.")


def _copy(src: Path, target: Path) -> None:
    live = sqlite3.connect(ro_uri(src), uri=True)
    copy = sqlite3.connect(target)
    try:
        live.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file, no -wal
    finally:
        copy.close()
        live.close()
    for side in (Path(f"{target}-wal"), Path(f"{target}-shm"), Path(f"{target}-journal")):
        side.unlink(missing_ok=True)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_partial(partial: Path) -> None:
    for p in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm"), Path(f"{partial}-journal")):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass


def list_backups(db_path: Path) -> list[Path]:
    """The database's backups, oldest first (their names sort by time)."""
    adopt_legacy_backups(db_path)
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{db_path.stem}-*.sqlite") if p.is_file())


def last_backup_time(db_path: Path) -> datetime | None:
    files = list_backups(db_path)
    return datetime.fromtimestamp(files[-1].stat().st_mtime) if files else None


# -- verification record ------------------------------------------------------------------------
def _load(folder: Path) -> dict:
    try:
        data = json.loads((folder / VERIFIED).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _save(folder: Path, data: dict) -> None:
    tmp = folder / f"{VERIFIED}.tmp"
    try:
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(tmp, folder / VERIFIED)
    except OSError:
        tmp.unlink(missing_ok=True)  # only a cache: the checks run again next time


def _fingerprint(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def _remember(folder: Path, path: Path, **checks: bool) -> None:
    data = _load(folder)
    entry = data.get(path.name)
    if not isinstance(entry, dict) or entry.get("file") != _fingerprint(path):
        entry = {"file": _fingerprint(path)}
    entry.update(checks)
    data[path.name] = entry
    _save(folder, data)


def _checked(folder: Path, path: Path, check: str, record: dict) -> bool:
    """The result of `check` ("quick" or "integrity") on a backup, run only if the file changed since."""
    entry = record.get(path.name)
    fp = _fingerprint(path)
    if not isinstance(entry, dict) or entry.get("file") != fp:
        entry = {"file": fp}
        record[path.name] = entry
    if check not in entry:
        entry[check] = quick_check(path) if check == "quick" else not integrity_problems(path)
    return bool(entry[check])


def prune(folder: Path, db_path: Path | None = None, keep: int = KEEP) -> None:
    """Keep the newest `keep` good backups, and the newest one that passes integrity_check if older."""
    pattern = f"{db_path.stem}-*.sqlite" if db_path is not None else "*.sqlite"
    files = sorted((p for p in folder.glob(pattern) if p.is_file()), reverse=True)  # newest first
    if len(files) <= keep:
        return
    record = _load(folder)
    kept: list[Path] = []
    good = 0
    for p in files:
        if good >= keep:
            break
        kept.append(p)
        if _checked(folder, p, "quick", record):
            good += 1
    if not any(_checked(folder, p, "integrity", record) for p in kept if record[p.name].get("quick")):
        sound = next((p for p in files if p not in kept and _checked(folder, p, "integrity", record)), None)
        if sound is not None:
            kept.append(sound)
    for p in files:
        if p not in kept:
            try:
                p.unlink()
            except OSError:
                continue
            record.pop(p.name, None)
    _save(folder, {k: v for k, v in record.items() if (folder / k).exists()})


def newest_good_backup(db_path: Path) -> Path | None:
    """The most recent backup that passes an integrity check, for a start on a damaged file."""
    folder = backup_dir(db_path)
    record = _load(folder)
    try:
        for candidate in reversed(list_backups(db_path)):
            if _checked(folder, candidate, "integrity", record):
                return candidate
        return None
    finally:
        if folder.is_dir():
            _save(folder, record)


def backup_on_start(database: Database, *, max_age_hours: float = 24.0) -> Path | None:
    """At most one backup a day on start, and only when the database changed since the last one."""
    path = require_file(database)
    last = list_backups(path)
    if last:
        newest = last[-1].stat().st_mtime
        changed = max(p.stat().st_mtime for p in (path, Path(f"{path}-wal")) if p.exists())
        age_hours = (datetime.now().timestamp() - newest) / 3600.0
        if age_hours < max_age_hours or changed <= newest:
            return None
    return backup(database, reason="start")


# -- the shared folder of older versions --------------------------------------------------------
_BACKUP_NAME = re.compile(r"-\d{8}-\d{6}-\d{6}-[\w-]+\.sqlite$")


def adopt_legacy_backups(db_path: Path) -> None:
    """Move this database's backups out of the folder older versions shared (`<stem>-backups`).

    Older versions put the backups of `vonapp.sqlite` and `vonapp.db` in one `vonapp-backups/`
    named by stem. They move to this database's own folder when the stem names this database
    only; when another database in the folder has the same stem, whose backups they are cannot
    be told, so they stay where they are (and are never pruned from there).
    """
    old = legacy_backup_dir(db_path)
    new = backup_dir(db_path)
    if old == new or not old.is_dir():
        return
    try:
        twins = [p for p in db_path.parent.glob(f"{db_path.stem}.*")
                 if p.name != db_path.name and _looks_like_database(p)]
        if twins:
            return
        files = [p for p in old.glob(f"{db_path.stem}-*.sqlite") if _BACKUP_NAME.search(p.name)]
        if not files:
            return
        new.mkdir(mode=0o700, exist_ok=True)
        for p in files:
            if not (new / p.name).exists():
                os.replace(p, new / p.name)
        fsync_dir(new)
        try:
            old.rmdir()  # only if nothing else is left in it
        except OSError:
            pass
    except OSError:
        return  # a read-only folder: leave the old layout as it is


def _looks_like_database(p: Path) -> bool:
    if p.name.endswith(("-wal", "-shm", "-journal", ".lock")) or kind_problem(p) is not None:
        return False
    try:
        with open(p, "rb") as f:
            head = f.read(16)
    except OSError:
        return False
    return head == SQLITE_MAGIC or p.stat().st_size == 0
