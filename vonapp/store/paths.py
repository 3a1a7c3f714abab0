"""Where the database lives by default: the user's local (not roaming) application data folder."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "vonapp"


def default_db_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False)) / "vonapp.sqlite"


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-backups"
