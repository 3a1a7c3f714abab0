"""Schema migrations with Alembic, run in one transaction after a backup of the old file."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from vonapp.store.database import MIGRATIONS, Database
from vonapp.store.errors import StoreError


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(database: Database) -> None:
    """Bring the schema to the program's head revision; refuse a database newer than the program."""
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    with database.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    if current == head:
        return
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
        from vonapp.store.backup import backup

        backup(database, reason="fore-uppgradering")
    cfg = alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
