"""Restore works exactly when it is needed: on a damaged file, without opening it first."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from tests.reliability.conftest import DAMAGE, damage, units_in
from vonapp.cli import main
from vonapp.store.backup import backup, list_backups
from vonapp.store.database import open_database
from vonapp.store.errors import DamagedDatabase, StoreError
from vonapp.store.restore import restore_file


def _backup_of(path: Path) -> Path:
    with open_database(path) as db:
        return backup(db)


@pytest.mark.parametrize("how", DAMAGE)
def test_cli_restore_replaces_a_damaged_database_and_keeps_it_aside(filled: Path, how: str, capsys) -> None:  # noqa: ANN001
    saved = _backup_of(filled)
    damage(filled, how)
    damaged_bytes = filled.read_bytes()
    assert main(["restore", str(saved), "--db", str(filled)]) == 0
    out = capsys.readouterr().out
    assert "återställd" in out
    assert len(units_in(filled)) == 400
    aside = [p for p in filled.parent.glob(f"{filled.name}.skadad-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged_bytes  # kept, byte for byte
    assert str(aside[0]) in out
    # no zero-byte or damaged "backup" was made of it
    assert all(p.stat().st_size > 0 for p in list_backups(filled))
    assert len(list_backups(filled)) == 1


def test_restore_of_a_sound_database_backs_it_up_first(filled: Path, capsys) -> None:  # noqa: ANN001
    saved = _backup_of(filled)
    with open_database(filled) as db, db.session() as s:
        from vonapp.store.models import Unit

        s.add(Unit(name="Ny", kind="hemtjänst"))
    assert main(["restore", str(saved), "--db", str(filled)]) == 0
    assert "Ny" not in units_in(filled)
    safety = [p for p in list_backups(filled) if p.name.endswith("-fore-aterstallning.sqlite")]
    assert len(safety) == 1 and "Ny" in units_in(safety[0])
    assert not list(filled.parent.glob("*.skadad-*"))


def test_restore_refuses_a_damaged_backup_and_changes_nothing(filled: Path, tmp_path: Path) -> None:
    bad = tmp_path / "trasig.sqlite"
    bad.write_bytes(filled.read_bytes()[:5000])
    before = filled.read_bytes()
    with pytest.raises(StoreError, match="kan inte återställas"):
        restore_file(filled, bad)
    assert filled.read_bytes() == before
    assert not list(tmp_path.glob("*.skadad-*")) and not list(tmp_path.glob(".*aterstalls*"))


@pytest.mark.parametrize("how", DAMAGE)
def test_check_sends_the_user_to_a_restore_that_works(filled: Path, how: str, capsys) -> None:  # noqa: ANN001
    _backup_of(filled)
    damage(filled, how)
    assert main(["check", "--db", str(filled)]) == 1
    out = capsys.readouterr().out
    command = re.search(r"`vonapp (restore .+?)`", out)
    assert command is not None, out
    assert main(command.group(1).split(" ")) == 0
    assert len(units_in(filled)) == 400


@pytest.mark.parametrize("command", [["units"], ["demo"], ["summary", "--unit", "alla", "--period", "2024"]])
def test_a_zero_byte_database_is_damaged_not_new(filled: Path, command: list[str], capsys) -> None:  # noqa: ANN001
    saved = _backup_of(filled)
    damage(filled, "nollbyte")
    assert main([*command, "--db", str(filled)]) == 2
    err = capsys.readouterr().err
    assert "skadad" in err and "0 byte" in err and f"vonapp restore {saved}" in err
    assert filled.stat().st_size == 0  # not made into a new, empty database


def test_a_truncated_database_is_refused_before_it_is_opened(filled: Path) -> None:
    _backup_of(filled)
    damage(filled, "avkortad")
    with pytest.raises(DamagedDatabase, match="avkortad"):
        open_database(filled)


def test_a_window_start_on_a_zero_byte_file_offers_the_newest_good_backup(qtbot, open_window, filled: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import on_modal

    older = _backup_of(filled)
    newest = _backup_of(filled)
    broken = newest.with_name(newest.name.replace("-manuell", "-start").replace("2026", "2999"))  # sorts newest
    broken.write_bytes(newest.read_bytes()[:3000])
    damage(filled, "nollbyte")
    questions: list[str] = []

    def yes(box: QMessageBox) -> None:
        questions.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    on_modal(QMessageBox, yes)
    window = open_window(filled)
    assert questions and "0 byte" in questions[0] and newest.name in questions[0] and older.name not in questions[0]
    assert len(window.facts.units) == 400
    assert "återställd" in window.statusBar().currentMessage()
    assert list(filled.parent.glob(f"{filled.name}.skadad-*"))


@pytest.mark.parametrize("how", ["avkortad", "nollbyte"])
def test_arkiv_restore_replaces_the_open_database_even_when_it_is_damaged(qtbot, open_window, filled: Path,  # noqa: ANN001
                                                                         how: str) -> None:
    saved = _backup_of(filled)
    with sqlite3.connect(filled) as conn:
        conn.execute("DELETE FROM unit WHERE name LIKE 'Enhet 1%'")
    conn.close()
    window = open_window(filled)
    assert len(window.facts.units) == 300
    window.worker.run_blocking(window.database.engine.dispose)
    damage(filled, how)  # the disk fails under the open window
    window.commands.restore_from(saved)
    qtbot.waitUntil(lambda: window.facts is not None and len(window.facts.units) == 400, timeout=30_000)
    assert "återställd" in window.statusBar().currentMessage()
    assert list(filled.parent.glob(f"{filled.name}.skadad-*"))


def test_a_window_start_on_a_zero_byte_file_without_backups_says_so(qtbot, tmp_path: Path, app_settings) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import on_modal
    from vonapp.ui.app import start
    from vonapp.ui.main_window import MainWindow

    empty = tmp_path / "vonapp.sqlite"
    empty.write_bytes(b"")
    messages: list[str] = []
    on_modal(QMessageBox, lambda box: (messages.append(box.text()), box.accept()))
    result = start(str(empty), settings=app_settings)
    if isinstance(result, MainWindow):
        result.close()
    assert result == 2
    assert len(messages) == 1 and "skadad" in messages[0] and "0 byte" in messages[0]
    assert "vonapp restore" in messages[0]
    assert empty.stat().st_size == 0  # never made into a new, empty database
