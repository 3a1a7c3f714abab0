"""Where the database lives by default: the user's local (not roaming) application data folder."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "vonapp"


def default_db_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False)) / "vonapp.sqlite"


def backup_dir(db_path: Path) -> Path:
    """Each database's own backup folder, named by its whole file name (vonapp.sqlite and vonapp.db differ)."""
    return db_path.parent / f"{db_path.name}-backups"


def legacy_backup_dir(db_path: Path) -> Path:
    """The folder older versions used, named by the stem only (shared by vonapp.sqlite and vonapp.db)."""
    return db_path.parent / f"{db_path.stem}-backups"
