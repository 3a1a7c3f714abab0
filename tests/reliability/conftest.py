"""Fixtures for the reliability scenarios: databases with content, damage of several kinds, tiny disks."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.conftest import (  # noqa: F401 - fixtures for the window scenarios
    _private_standard_paths,
    app_settings,
    open_window,
    settings_path,
)
from vonapp.store.database import open_database
from vonapp.store.models import Unit


def units_in(path: Path) -> list[str]:
    from sqlalchemy import select

    with open_database(path, create=False) as db, db.session() as s:
        return list(s.scalars(select(Unit.name).order_by(Unit.name)))


@pytest.fixture
def filled(db_path: Path) -> Path:
    """A closed database of several pages (400 units) with its own backup folder."""
    with open_database(db_path) as db, db.session() as s:
        s.add_all(Unit(name=f"Enhet {i:03d}", kind="hemtjänst", ansvar="x" * 30) for i in range(400))
    return db_path


def damage(path: Path, how: str) -> None:
    """Damage a database file the ways a crash, a bad disk or a wrong copy do."""
    data = bytearray(path.read_bytes())
    if how == "avkortad":
        path.write_bytes(bytes(data[: len(data) // 3]))
    elif how == "filhuvud":
        data[0:100] = b"\xde\xad\xbe\xef" * 25
        path.write_bytes(bytes(data))
    elif how == "sida1":
        data[100:4096] = b"\xff" * (4096 - 100)
        path.write_bytes(bytes(data))
    elif how == "nollbyte":
        path.write_bytes(b"")
    elif how == "inte-sqlite":
        path.write_text("datum;timmar\n2024-01-01;8\n", encoding="utf-8")
    elif how == "sidor":
        for offset in range(2 * 4096, len(data), 3 * 4096):
            data[offset + 8 : offset + 1000] = b"\xff" * 992
        path.write_bytes(bytes(data))
    else:  # pragma: no cover
        raise ValueError(how)
    for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        side.unlink(missing_ok=True)


DAMAGE = ["avkortad", "filhuvud", "sida1", "nollbyte", "inte-sqlite"]


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MB file system (tmpfs) mounted under tmp_path, for disk-full scenarios (needs root)."""
    mount = tmp_path / "liten-disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("a tmpfs can only be mounted by root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"tmpfs could not be mounted: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
