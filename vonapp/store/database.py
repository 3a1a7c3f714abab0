"""Opening a database: engine with safe pragmas, lock, migrations to the current schema.

Data safety (DESIGN.md): WAL, synchronous=FULL, foreign keys, transactional DDL through
SQLAlchemy's pysqlite recipe (driver autocommit off, an explicit BEGIN), files readable by the
owner only, a backup before every migration.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from vonapp.store.damage import SQLITE_MAGIC, file_problem, kind_problem, os_problem
from vonapp.store.errors import DamagedDatabase, StoreError
from vonapp.store.lock import DatabaseLock
from vonapp.store.migrate import upgrade_to_head
from vonapp.store.models import Meta
from vonapp.texts import t

__all__ = ["SQLITE_MAGIC", "Database", "check_file", "make_engine", "open_database", "resolve_target"]


def _owner_only(path: Path) -> None:
    """Take group and other permissions away; never add any (a 0400 database stays read-only)."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with suppress(OSError):
            mode = stat.S_IMODE(os.stat(p).st_mode)
            if mode & 0o077:
                os.chmod(p, mode & 0o700)


def make_engine(url: str) -> Engine:
    from vonapp.store.server.connect import is_server_url

    if is_server_url(url):  # the shared department database (vonapp.store.server)
        from vonapp.store.server.connect import server_engine

        return server_engine(url)
    try:
        engine = create_engine(url, future=True)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"Databasadressen {url} går inte att använda ({exc}).") from None
    if engine.dialect.name != "sqlite":
        return engine

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Driver autocommit off so that SQLAlchemy's own BEGIN covers DDL too.
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001 - SQLAlchemy Connection
        conn.exec_driver_sql("BEGIN")

    return engine


def resolve_target(db: str | os.PathLike[str] | None) -> tuple[str, Path | None]:
    """(SQLAlchemy URL, file path or None) for a --db value: a path, a URL, or the default."""
    from vonapp.store.paths import default_db_path

    if db is None:
        path = default_db_path()
        return f"sqlite:///{path}", path
    text = os.fspath(db)
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError:
            raise StoreError(f"{text} är varken en sökväg eller en giltig databasadress.") from None
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            return text, Path(url.database).resolve()
        return text, None
    try:
        path = Path(text).expanduser().resolve()
    except RuntimeError:  # ~nouser: no such user's home folder
        raise StoreError(f"--db {text}: hemmappen för {text.split('/')[0]} finns inte; skriv hela sökvägen.") from None
    except OSError as exc:
        raise StoreError(f"--db: {os_problem(Path(text), exc)}.") from None
    return f"sqlite:///{path}", path


def damaged(path: Path, problem: str) -> DamagedDatabase:
    """The error for a damaged database file, naming the newest good backup to restore."""
    from vonapp.store.backup import newest_good_backup

    try:
        good = newest_good_backup(path)
    except (OSError, StoreError):
        good = None
    if good is None:
        hint = ("Det finns ingen hel säkerhetskopia i " + str(path.parent) + "; återställ en kopia du har "
                f"med `vonapp restore FIL --db {path}`.")
    else:
        hint = f"Återställ den senaste hela säkerhetskopian med `vonapp restore {good} --db {path}`."
    return DamagedDatabase(f"Databasen är skadad: {problem}. {hint}", path)


def check_file(path: Path, *, must_exist: bool) -> None:
    """Refuse with a clear message a path in a missing folder, a FIFO or device, or a damaged file.

    Only stat and the first 100 bytes are read, so a FIFO never blocks and a zero-byte or
    truncated file is reported as damaged instead of being made into a new database.
    """
    try:
        parent_ok = path.parent.is_dir()
    except OSError as exc:
        raise StoreError(f"Kan inte använda databasen: {os_problem(path, exc)}.") from None
    if not parent_ok:
        raise StoreError(t("Mappen {folder} finns inte. Skapa den eller välj en annan --db.", folder=path.parent))
    kind = kind_problem(path)
    if kind is not None:
        raise StoreError(t("{problem}; välj en databasfil med --db.", problem=kind))
    try:
        exists = path.exists()
    except OSError as exc:
        raise StoreError(f"Kan inte använda databasen: {os_problem(path, exc)}.") from None
    if not exists:
        if must_exist:
            raise StoreError(t("Databasen {path} finns inte. Skapa den med `vonapp demo` eller öppna programmet.",
                                 path=path))
        return
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError as exc:
        raise StoreError(f"Kan inte läsa {path}: {os_problem(path, exc)}.") from None
    if head and head != SQLITE_MAGIC and not _has_backups(path):
        raise StoreError(t("{path} är ingen vonapp-databas (inte en SQLite-fil). Välj en annan fil.", path=path))
    problem = file_problem(path)
    if problem is not None:
        raise damaged(path, problem)


def _has_backups(path: Path) -> bool:
    from vonapp.store.paths import backup_dir, legacy_backup_dir

    return backup_dir(path).is_dir() or legacy_backup_dir(path).is_dir()


@dataclass
class Database:
    """An open database: the engine, a session factory and the lock held on it."""

    url: str
    path: Path | None
    engine: Engine
    lock: DatabaseLock | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        try:
            with self._sessions() as s, s.begin():
                yield s
        except DBAPIError as exc:  # a server's lost connection or refused row, in Swedish
            from vonapp.store.server.errors import translate

            if (error := translate(exc)) is None:
                raise
            raise error from exc

    def get_meta(self, key: str) -> str | None:
        with self.session() as s:
            return s.scalar(select(Meta.value).where(Meta.key == key))

    def set_meta(self, key: str, value: str) -> None:
        with self.session() as s:
            s.merge(Meta(key=key, value=value))

    @property
    def is_demo(self) -> bool:
        return self.get_meta("demo") is not None

    def close(self) -> None:
        try:
            self.engine.dispose()
        finally:  # the lock is released whatever happened to the connections
            if self.path is not None:
                _owner_only(self.path)
            if self.lock is not None:
                self.lock.release()
                self.lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_database(
    db: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    lock: bool = True,
    migrate: bool = True,
) -> Database:
    """Open (and if allowed create) a database, lock it and bring its schema up to date."""
    url, path = resolve_target(db)
    db_lock: DatabaseLock | None = None
    if path is not None and db is None:
        # The default folder is ours to make; a folder the user named must already exist.
        if create:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        elif not path.exists():
            raise StoreError(t("Det finns ingen databas ännu ({path}). Starta programmet med `vonapp` eller skapa "
                               "exempeldata med `vonapp demo`.", path=path))
    if path is not None:
        check_file(path, must_exist=not create)
        if lock:
            db_lock = DatabaseLock(path)
            db_lock.acquire()
    created = False
    try:
        if path is not None and not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            created = True
        engine = make_engine(url)
        database = Database(url=url, path=path, engine=engine, lock=db_lock)
        try:
            if migrate:
                upgrade_to_head(database)
            if path is None and lock and engine.dialect.name == "postgresql":
                from vonapp.store.server.lock import server_lock

                database.lock = server_lock(engine)  # type: ignore[assignment]  # the lock row
        except BaseException:
            engine.dispose()
            raise
        if path is not None:
            _owner_only(path)
        return database
    except (sqlite3.DatabaseError, SADatabaseError) as exc:
        _cleanup(path if created else None, db_lock)
        raise _open_error(path, getattr(exc, "orig", exc)) from None
    except OSError as exc:
        _cleanup(path if created else None, db_lock)
        raise StoreError(f"Databasen kan inte öppnas: {os_problem(path or Path(url), exc)}.") from None
    except BaseException:
        _cleanup(path if created else None, db_lock)
        raise


def _open_error(path: Path | None, reason: object) -> StoreError:
    """A Swedish sentence for what SQLite said when the database was opened."""
    text = str(reason)
    where = path or t("databasen")
    if "readonly" in text or "read-only" in text:
        return StoreError(t("Databasen {path} är skrivskyddad (eller ligger i en skrivskyddad mapp). Kopiera den "
                            "till en mapp där du får skriva, eller be om skrivbehörighet.", path=where))
    if "disk is full" in text or "database or disk is full" in text:
        return StoreError(t("Disken där {path} ligger är full. Frigör utrymme och försök igen; inget ändrades.",
                            path=where))
    if "unable to open" in text:
        return StoreError(f"Databasen {where} går inte att öppna ({text}). Kontrollera mappen och behörigheterna.")
    if "locked" in text or "busy" in text:
        return StoreError(t("Databasen {path} är upptagen av ett annat program. Försök igen om en stund.", path=where))
    if path is not None:
        return damaged(path, f"{path} går inte att läsa som databas ({text})")
    return StoreError(f"Databasen är ingen vonapp-databas eller är skadad ({text}).")


def _cleanup(created: Path | None, db_lock: DatabaseLock | None) -> None:
    """Undo what a failed open wrote: the file it created and the lock it took."""
    if created is not None:
        for p in (created, Path(f"{created}-wal"), Path(f"{created}-shm")):
            p.unlink(missing_ok=True)
    if db_lock:
        db_lock.release()
