"""Backups with SQLite's online backup API: before migrations and imports, and on request."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from vonapp.store.errors import StoreError
from vonapp.store.handle import SQLITE_MAGIC, alembic_config
from vonapp.store.handle import DatabaseHandle as Database
from vonapp.store.paths import backup_dir

KEEP = 10


def _require_file(database: Database) -> Path:
    if database.path is None:
        raise StoreError("Säkerhetskopior fungerar bara för databaser i en fil.")
    return database.path


def backup(database: Database, *, reason: str = "manuell") -> Path:
    """Copy the live database to a new owner-only file in the backup folder; keep the last 10."""
    if database.path is None and database.engine.dialect.name == "postgresql":
        from vonapp.store.server.copy import server_backup

        return server_backup(database, reason=reason)  # a SQLite copy of the units the user may see
    src = _require_file(database)
    folder = backup_dir(src)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{src.stem}-{stamp}-{reason}.sqlite"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    # Checkpoint pending engine work first so the copy reflects every committed transaction.
    database.engine.dispose()
    with sqlite3.connect(src) as live, sqlite3.connect(target) as copy:
        live.backup(copy)
    copy.close()
    live.close()
    os.chmod(target, 0o600)
    prune(folder)
    return target


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite"))


def last_backup_time(db_path: Path) -> datetime | None:
    files = list_backups(db_path)
    return datetime.fromtimestamp(files[-1].stat().st_mtime) if files else None


def prune(folder: Path, keep: int = KEEP) -> None:
    files = sorted(folder.glob("*.sqlite"))
    for old in files[:-keep]:
        old.unlink(missing_ok=True)


def integrity_problems(path: Path) -> list[str]:
    """PRAGMA integrity_check and foreign_key_check on a file; empty when it is sound."""
    with open(path, "rb") as f:
        if f.read(16) != SQLITE_MAGIC:
            return [f"{path} är ingen SQLite-databas"]
    problems: list[str] = []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        problems += [r[0] for r in rows if r[0] != "ok"]
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"tabell {table} rad {rowid} pekar på en rad i {parent} som inte finns")
    except sqlite3.DatabaseError as exc:
        problems.append(f"databasen går inte att läsa: {exc}")
    finally:
        conn.close()
    return problems


def restore(database: Database, source: Path) -> Path:
    """Replace the database's content with a backup file; the current content is backed up first."""
    dst = _require_file(database)
    if not source.is_file():
        raise StoreError(f"Filen {source} finns inte.")
    problems = integrity_problems(source)
    if problems:
        raise StoreError(f"{source} kan inte återställas: {problems[0]}.")
    _check_is_vonapp(source)
    safety = backup(database, reason="fore-aterstallning")
    database.engine.dispose()
    with sqlite3.connect(source) as src, sqlite3.connect(dst) as live:
        src.backup(live)
    src.close()
    live.close()
    os.chmod(dst, 0o600)
    return safety


def _check_is_vonapp(source: Path) -> None:
    from alembic.script import ScriptDirectory

    conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        conn.close()
    if row is None:
        raise StoreError(f"{source} är ingen vonapp-databas.")
    known = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if row[0] not in known:
        raise StoreError(f"{source} är skapad av en nyare version av vonapp; uppdatera programmet först.")


def quick_check(path: Path) -> bool:
    """PRAGMA quick_check on a file: the fast test the window runs on every start."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def newest_good_backup(db_path: Path) -> Path | None:
    """The most recent backup that passes an integrity check, for a start on a damaged file."""
    for candidate in reversed(list_backups(db_path)):
        if not integrity_problems(candidate):
            return candidate
    return None


def backup_on_start(database: Database, *, max_age_hours: float = 24.0) -> Path | None:
    """At most one backup a day on start, and only when the database changed since the last one."""
    path = _require_file(database)
    last = list_backups(path)
    if last:
        newest = last[-1].stat().st_mtime
        changed = max(p.stat().st_mtime for p in (path, Path(f"{path}-wal")) if p.exists())
        age_hours = (datetime.now().timestamp() - newest) / 3600.0
        if age_hours < max_age_hours or changed <= newest:
            return None
    return backup(database, reason="start")
