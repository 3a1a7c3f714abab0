"""Schema migrations with Alembic, run in one transaction after a backup of the old file.

Opening a database that is already at the program's schema (the usual case) reads alembic_version
and compares it with HEAD_REVISION, without loading Alembic (≈0.1 s at every start); a test keeps
HEAD_REVISION equal to the head of the migration scripts.
"""

from __future__ import annotations

from vonapp.store.backup import backup
from vonapp.store.errors import StoreError
from vonapp.store.handle import DatabaseHandle as Database
from vonapp.store.handle import alembic_config

__all__ = ["HEAD_REVISION", "alembic_config", "current_revision", "head_revision", "upgrade_to_head"]

HEAD_REVISION = "0008"


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(database: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with database.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def require_head(database: Database, head: str) -> None:
    """Refuse to work on a server whose schema is not the program's (only `admin migrate` changes it)."""
    with database.engine.connect() as conn:
        if conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar() is None:
            current = None
        else:
            current = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if current == head:
        return
    if current is None:
        raise StoreError("Databasen på servern har inget vonapp-schema ännu. En administratör skapar det "
                         "med `vonapp admin migrate --db …`.")
    raise StoreError(f"Databasen på servern har schema {current}, programmet schema {head}. "
                     "En administratör uppdaterar den med `vonapp admin migrate --db …` "
                     "(eller uppdatera vonapp, om servern är nyare).")


def _at_head(database: Database) -> bool:
    """True when an SQLite database's one stored revision is HEAD_REVISION (read without Alembic)."""
    if database.engine.dialect.name != "sqlite":
        require_head(database, HEAD_REVISION)  # a server is migrated by `vonapp admin migrate` only
        return True
    with database.engine.connect() as conn:
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                                ).first() is None:
            return False
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return len(rows) == 1 and rows[0][0] == HEAD_REVISION


def upgrade_to_head(database: Database, *, admin: bool = False) -> None:
    """Bring the schema to the program's head revision; refuse a database newer than the program.

    A server's schema is changed only by `vonapp admin migrate` (`admin=True`); opening it checks it.
    """
    if not admin and _at_head(database):
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    with database.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    if current == head:
        return
    saved = None
    if current is None and tables - {"alembic_version"}:
        raise StoreError(
            f"{database.path or database.url} är en SQLite-fil men ingen vonapp-databas. Välj en annan fil."
        )
    if current is not None:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise StoreError(
                f"Databasen {database.path or database.url} är skapad av en nyare version av vonapp "
                f"(schema {current}). Uppdatera vonapp för att öppna den."
            )
        if database.path is not None:  # a server's backups are its administrator's (pg_dump)
            saved = backup(database, reason="fore-uppgradering")
    cfg = alembic_config()
    try:
        with database.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:  # the upgrade rolled back: say so, and where the copy from before is
        kept = f" Säkerhetskopian från före uppgraderingen: {saved}." if saved else ""
        raise StoreError(f"Uppgraderingen av databasen {database.path or database.url} till den nya versionen "
                         f"misslyckades ({_first_line(exc)}); databasen är oförändrad."
                         f"{kept}") from None


def _first_line(exc: BaseException) -> str:
    """What went wrong, without SQLAlchemy's SQL and links: the driver's own first line."""
    reason = getattr(exc, "orig", None) or exc
    lines = str(reason).strip().splitlines() or [type(reason).__name__]
    return lines[0][:200]
