"""What backups and migrations need of an open database, without importing vonapp.store.database.

open_database (database.py) migrates (migrate.py), which backs up first (backup.py); those two see the
database only through this handle, so the three modules import one way: database → migrate → backup.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from vonapp.assets import migrations_dir

if TYPE_CHECKING:  # vonapp.store.damage imports this module: no SQLAlchemy for a file check at start-up
    from alembic.config import Config
    from sqlalchemy import Engine

SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseHandle(Protocol):
    """An open database (vonapp.store.database.Database): its engine and where it lives."""

    url: str
    path: Path | None
    engine: Engine


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg
