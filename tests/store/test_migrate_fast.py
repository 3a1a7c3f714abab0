"""Opening a database already at the program's schema skips Alembic; anything else still goes through it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from vonapp.store.database import open_database
from vonapp.store.errors import StoreError
from vonapp.store.migrate import HEAD_REVISION, current_revision, head_revision


def test_head_revision_constant_is_the_scripts_head() -> None:
    assert HEAD_REVISION == head_revision()


def test_opening_a_current_database_does_not_load_alembic(tmp_path: Path) -> None:
    path = tmp_path / "vonapp.sqlite"
    open_database(path).close()  # created and migrated through Alembic
    code = ("import sys; from vonapp.store.database import open_database; "
            f"db = open_database({str(path)!r}); db.close(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_tables_without_a_revision_are_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "vonapp.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM alembic_version")
    conn.close()
    # No revision but tables: not for the fast path, so Alembic's check refuses the file.
    with pytest.raises(StoreError, match="ingen vonapp-databas"):
        open_database(path)


def test_a_new_file_is_migrated_to_head(tmp_path: Path) -> None:
    with open_database(tmp_path / "ny.sqlite") as db:
        assert current_revision(db) == HEAD_REVISION


def test_a_database_of_the_first_schema_is_backed_up_and_upgraded_with_its_data(tmp_path: Path) -> None:
    from alembic import command

    from vonapp.store.backup import list_backups
    from vonapp.store.migrate import alembic_config

    path = tmp_path / "gammal.sqlite"
    with open_database(path) as db, db.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")  # as a database written by the first release
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO unit (name, kind) VALUES ('Stortorp', 'särskilt boende')")
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'ix_schedule_cell_day'").fetchall()
    conn.close()
    with open_database(path) as db:
        assert current_revision(db) == HEAD_REVISION
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM unit").fetchall() == [("Stortorp",)]
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'ix_schedule_cell_day'").fetchall()
    conn.close()
    # The file as it was before the upgrade is kept, named for why.
    assert [p.name.endswith("-fore-uppgradering.sqlite") for p in list_backups(path)] == [True]
