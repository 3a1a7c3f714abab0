"""Restoring a backup over a database file without opening (or migrating) the database first.

Restore is needed exactly when the database is damaged: truncated, a broken header or page 1,
zero bytes or not SQLite at all. So it works on the file: the backup is checked and copied to a
partial file beside the database; the current file is backed up when it is sound, or renamed
aside (`<name>.skadad-<time>`) with its -wal when it is not; then the copy is renamed into place.
A power cut at any moment leaves either the old file or the restored one, never a mix.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vonapp.store.backup import backup, backup_file, fsync_dir, require_file
from vonapp.store.damage import integrity_problems, kind_problem, os_problem, quick_problem, ro_uri
from vonapp.store.errors import StoreError
from vonapp.store.handle import DatabaseHandle as Database
from vonapp.store.lock import DatabaseLock


@dataclass(frozen=True)
class Restored:
    """What a restore did: the file that holds the content from before, and whether it was damaged."""

    kept: Path | None
    was_damaged: bool

    def sentence(self, source: Path) -> str:
        if self.kept is None:
            return f"Databasen återställd från {source}."
        if self.was_damaged:
            return (f"Databasen återställd från {source}. Den skadade filen ligger kvar som {self.kept}.")
        return f"Databasen återställd från {source}. Innehållet före återställningen sparades i {self.kept}."


def check_source(source: Path) -> None:
    """Refuse a backup that is missing, damaged, not vonapp's, or from a newer vonapp."""
    problem = kind_problem(source)
    if problem is not None:
        raise StoreError(f"{source} kan inte återställas: {problem}.")
    if not source.is_file():
        raise StoreError(f"Filen {source} finns inte.")
    problems = integrity_problems(source)
    if problems:
        raise StoreError(f"{source} kan inte återställas: {problems[0]}. Välj en annan säkerhetskopia.")
    _check_is_vonapp(source)


def _check_is_vonapp(source: Path) -> None:
    from alembic.script import ScriptDirectory

    from vonapp.store.handle import alembic_config

    conn = sqlite3.connect(ro_uri(source), uri=True)
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


def restore_file(db_path: Path, source: Path, *, lock: bool = True) -> Restored:
    """Replace the database file with the backup `source`; see the module text. Locks unless told not to."""
    source = source.resolve()
    if source == db_path.resolve():
        raise StoreError("Välj en säkerhetskopia, inte databasen själv.")
    problem = kind_problem(db_path)
    if problem is not None:
        raise StoreError(f"Kan inte återställa: {problem}.")
    if not db_path.parent.is_dir():
        raise StoreError(f"Mappen {db_path.parent} finns inte.")
    check_source(source)
    held = DatabaseLock(db_path) if lock else None
    if held is not None:
        held.acquire()
    try:
        return _replace(db_path, source)
    finally:
        if held is not None:
            held.release()


def _replace(db_path: Path, source: Path) -> Restored:
    folder = db_path.parent
    partial = folder / f".{db_path.name}.aterstalls"
    try:
        _remove(partial)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        src = sqlite3.connect(ro_uri(source), uri=True)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        problem = quick_problem(partial)
        if problem is not None:
            raise StoreError(f"Kopian av {source.name} blev inte hel ({problem}); databasen är oförändrad.")
        fd = os.open(partial, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        _remove(partial)
        raise StoreError(f"Återställningen gick inte: {os_problem(folder, exc)}. Databasen är oförändrad.") from None
    except sqlite3.Error as exc:
        _remove(partial)
        raise StoreError(f"Återställningen gick inte ({exc}). Databasen är oförändrad.") from None
    except BaseException:
        _remove(partial)
        raise
    kept: Path | None = None
    try:
        kept, damaged = _set_aside(db_path)
        os.replace(partial, db_path)
        os.chmod(db_path, 0o600)
        fsync_dir(folder)
    except OSError as exc:
        _remove(partial)
        where = f" Det som fanns förut ligger i {kept}." if kept is not None else ""
        raise StoreError(f"Återställningen gick inte: {os_problem(db_path, exc)}.{where}") from None
    except BaseException:
        _remove(partial)
        raise
    return Restored(kept, damaged)


def _set_aside(db_path: Path) -> tuple[Path | None, bool]:
    """Keep what the database holds now: a verified backup if it is sound, else the file renamed aside."""
    sides = [Path(f"{db_path}{s}") for s in ("-wal", "-journal")]
    if not db_path.exists() and not any(p.exists() for p in sides):
        return None, False
    damaged = not db_path.exists() or quick_problem(db_path) is not None
    if not damaged:
        try:
            kept = backup_file(db_path, reason="fore-aterstallning")
        except StoreError:
            damaged = True  # it could not be copied whole: keep the file itself instead
        else:
            for p in sides:
                p.unlink(missing_ok=True)  # their content is in the backup just made
    if damaged:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = db_path.with_name(f"{db_path.name}.skadad-{stamp}")
        n = 1
        while kept.exists():
            kept = db_path.with_name(f"{db_path.name}.skadad-{stamp}-{n}")
            n += 1
        for p, suffix in ((db_path, ""), (sides[0], "-wal"), (sides[1], "-journal")):
            if p.exists():
                os.replace(p, Path(f"{kept}{suffix}"))
    Path(f"{db_path}-shm").unlink(missing_ok=True)
    return kept, damaged


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass


def restore(database: Database, source: Path) -> Path:
    """Replace the open database's content with a backup file (see `restore_file`); the safety copy's path."""
    dst = require_file(database)
    database.engine.dispose()
    return restore_file(dst, source).kept


def backup_any(database: Database, *, reason: str = "manuell") -> Path:
    """A backup of a file database (store.backup.backup), or of a server: a SQLite copy of the units the
    user may see (store.server.copy.server_backup)."""
    if database.path is None and database.engine.dialect.name == "postgresql":
        from vonapp.store.server.copy import server_backup

        return server_backup(database, reason=reason)
    return backup(database, reason=reason)
