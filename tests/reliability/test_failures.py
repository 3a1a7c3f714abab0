"""Every failure a sentence: one Swedish line, exit 2, never "oväntat fel", never a hang, nothing half-written."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from vonapp.cli import main

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534


def _run(capsys, *args: str) -> tuple[int, str]:  # noqa: ANN001
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.err + out.out


def _one_sentence(code: int, text: str) -> None:
    assert code == 2, text
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert len(lines) == 1, text
    assert lines[0].startswith("vonapp: ") and "oväntat fel" not in text and "Traceback" not in text, text


def _cli(*args: str, user: int | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """vonapp in its own process (a FIFO that blocked would hit the timeout, not hang the tests)."""
    prefix = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"] if user is not None else []
    return subprocess.run([*prefix, sys.executable, "-m", "vonapp", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


@pytest.fixture
def demo_copy(demo_path: Path) -> Path:
    return demo_path


# -- the database path -----------------------------------------------------------------------------------
def test_a_fifo_as_db_is_refused_never_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "rör.sqlite"
    os.mkfifo(fifo)
    for command in (["units"], ["check"], ["backup"], ["demo"]):
        done = _cli(*command, "--db", str(fifo), timeout=60)
        assert done.returncode == 2 and "rörledning (FIFO)" in done.stderr, done.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_device_as_db_is_refused(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    device = tmp_path / "enhet"
    try:
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 3))  # like /dev/null, but ours
    except PermissionError:
        pytest.skip("mknod needs root")
    code, text = _run(capsys, "units", "--db", str(device))
    _one_sentence(code, text)
    assert "enhetsfil" in text


def test_a_folder_as_db_is_refused(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    code, text = _run(capsys, "units", "--db", str(tmp_path))
    _one_sentence(code, text)
    assert "är en mapp" in text


@pytest.mark.parametrize("length", [300, 5000])
def test_a_path_too_long(tmp_path: Path, capsys, length: int) -> None:  # noqa: ANN001
    long = tmp_path / ("å" * length) / "x.sqlite"
    for command in (["units"], ["demo"], ["check"]):
        code, text = _run(capsys, *command, "--db", str(long))
        _one_sentence(code, text)
        assert "för lång" in text and len(text) < 400


def test_a_home_folder_of_no_such_user(capsys) -> None:  # noqa: ANN001
    code, text = _run(capsys, "units", "--db", "~ingen_sadan_anvandare/x.sqlite")
    _one_sentence(code, text)
    assert "hemmapp" in text


# -- read-only ---------------------------------------------------------------------------------------------
@pytest.fixture
def nobody_folder(demo_path: Path) -> Iterator[Path]:
    """A folder of another (unprivileged) user with a demo database, under /tmp where that user can reach it."""
    import tempfile

    if os.geteuid() != 0:
        pytest.skip("switching to another user needs root")
    folder = Path(tempfile.mkdtemp(prefix="vonapp-andras-"))
    try:
        shutil.copy(demo_path, folder / "demo.sqlite")
        shutil.copy(ROOT / "resources/templates/belaggning.csv", folder / "b.csv")
        for p in (folder, *folder.iterdir()):
            os.chown(p, NOBODY, NOBODY)
        yield folder
    finally:
        os.chmod(folder, 0o700)
        shutil.rmtree(folder, ignore_errors=True)


def test_a_read_only_database_reads_stays_read_only_and_refuses_writes(nobody_folder: Path) -> None:
    folder = nobody_folder
    db = folder / "demo.sqlite"
    os.chmod(db, 0o400)
    done = _cli("units", "--db", str(db), user=NOBODY)
    assert done.returncode == 0 and "Stortorp" in done.stdout, done.stderr
    assert stat.S_IMODE(db.stat().st_mode) == 0o400  # a read-only command never makes it writable
    done = _cli("import", "belaggning", str(folder / "b.csv"), "--unit", "Stortorp", "--replace", "--db", str(db),
                user=NOBODY)
    assert done.returncode == 2 and "skrivskyddad" in done.stderr and "oväntat" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert stat.S_IMODE(db.stat().st_mode) == 0o400


def test_a_read_only_folder(nobody_folder: Path) -> None:
    folder = nobody_folder
    os.chmod(folder, 0o500)
    for command in (["units"], ["backup"], ["export", "csv", "--unit", "all", "--period", "2024", "--out",
                                            str(folder / "x.csv")]):
        done = _cli(*command, "--db", str(folder / "demo.sqlite"), user=NOBODY)
        assert done.returncode == 2 and "skrivskyddad" in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in folder.iterdir()) == ["b.csv", "demo.sqlite"]


# -- disk full --------------------------------------------------------------------------------------------
def test_import_onto_a_full_disk(tiny_disk: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """The database and its backup folder on a 1 MB disk: the backup before the import cannot fit."""
    from tests.io.helpers import TID_HEADER, units_db, write_csv
    from tests.reliability.conftest import units_in

    built = tmp_path / "byggd.sqlite"
    units_db(built).close()
    db = tiny_disk / "vonapp.sqlite"
    shutil.copy(built, db)
    filler = tiny_disk / "fyllnad"
    filler.write_bytes(b"\0" * (1024 * 1024 - 3 * db.stat().st_size // 2))  # less room than one copy
    rows = [(f"2023-01-{1 + i % 28:02d}", str(1000 + i), f"Person {i}", "ordinarie", None, None, 7.5)
            for i in range(300)]
    file = write_csv(tmp_path / "tid.csv", [TID_HEADER, *rows])
    before = db.read_bytes()
    code, text = _run(capsys, "import", "tid", str(file), "--unit", "Stortorp", "--db", str(db))
    _one_sentence(code, text)
    assert "full" in text
    assert db.read_bytes() == before
    assert units_in(db)  # still opens
    assert not [p for p in tiny_disk.rglob("*") if p.name.startswith((".delvis-", ".vonapp"))]


def test_export_onto_a_full_disk_leaves_no_file(tiny_disk: Path, demo_path: Path, capsys) -> None:  # noqa: ANN001
    (tiny_disk / "fyllnad").write_bytes(b"\0" * (1024 * 1024 - 8 * 1024))
    out = tiny_disk / "uppfoljning.xlsx"
    code, text = _run(capsys, "export", "uppfoljning", "--unit", "all", "--period", "2024", "--out", str(out),
                      "--db", str(demo_path))
    _one_sentence(code, text)
    assert not out.exists() and [p.name for p in tiny_disk.iterdir()] in (["fyllnad"], ["fyllnad", "lost+found"])


# -- export targets ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("what", ["fifo", "enhet", "mapp"])
def test_export_to_a_fifo_device_or_folder_is_refused(demo_path: Path, tmp_path: Path, what: str) -> None:
    target = tmp_path / f"ut-{what}"
    if what == "fifo":
        os.mkfifo(target)
    elif what == "enhet":
        try:
            os.mknod(target, stat.S_IFCHR | 0o600, os.makedev(1, 3))
        except PermissionError:
            pytest.skip("mknod needs root")
    else:
        target.mkdir()
    done = _cli("export", "csv", "--unit", "all", "--period", "2024", "--out", str(target), "--db", str(demo_path))
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    mode = target.stat().st_mode
    assert {"fifo": stat.S_ISFIFO, "enhet": stat.S_ISCHR, "mapp": stat.S_ISDIR}[what](mode)  # never replaced


# -- odd values -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("period", ["0", "0000", "0000-01", "9999", "9999-12", "0001-01-01..9999-12-31"])
def test_year_0_and_9999(demo_path: Path, capsys, period: str) -> None:  # noqa: ANN001
    for command in (["summary", "--unit", "all"], ["export", "csv", "--unit", "all", "--out", "x.csv"]):
        code, text = _run(capsys, *command, "--period", period, "--db", str(demo_path))
        _one_sentence(code, text)
        assert "perioden" in text


@pytest.mark.parametrize("number", ["99999999999999999999999", "9223372036854775808", "-1", "0"])
def test_an_undo_number_that_overflows(demo_path: Path, capsys, number: str) -> None:  # noqa: ANN001
    code, text = _run(capsys, "import", "undo", number, "--db", str(demo_path))
    _one_sentence(code, text)
    assert "finns inte" in text


def test_unit_alla_means_all_units_everywhere(demo_path: Path, capsys) -> None:  # noqa: ANN001
    import json

    texts = {}
    for word in ("all", "alla", "Alla enheter"):
        assert main(["summary", "--unit", word, "--period", "2024", "--json", "--db", str(demo_path)]) == 0
        texts[word] = json.loads(capsys.readouterr().out)
    assert texts["alla"] == texts["all"] == texts["Alla enheter"]
    assert "Boendestöd" not in texts["alla"]["unit"]


# -- upgrades ---------------------------------------------------------------------------------------------
def test_a_failed_upgrade_says_so_and_names_the_backup(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from alembic import command

    from vonapp.store.database import open_database
    from vonapp.store.migrate import alembic_config

    path = tmp_path / "gammal.sqlite"
    with open_database(path) as db, db.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    with sqlite3.connect(path) as conn:  # a table in the way of the index the upgrade makes
        conn.execute("CREATE TABLE ix_schedule_cell_day (x)")
    conn.close()
    code, text = _run(capsys, "units", "--db", str(path))
    _one_sentence(code, text)
    assert "Uppgraderingen" in text and "oförändrad" in text
    backup = text.split("Säkerhetskopian från före uppgraderingen: ")[1].rstrip().rstrip(".")
    assert Path(backup).is_file()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    conn.close()


def test_the_window_on_a_fifo_says_so_and_exits_2(qtbot, tmp_path: Path, app_settings) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import on_modal
    from vonapp.ui.app import start
    from vonapp.ui.main_window import MainWindow

    fifo = tmp_path / "rör.sqlite"
    os.mkfifo(fifo)
    messages: list[str] = []
    on_modal(QMessageBox, lambda box: (messages.append(box.text()), box.accept()))
    result = start(str(fifo), settings=app_settings)
    if isinstance(result, MainWindow):
        result.close()
    assert result == 2
    assert len(messages) == 1 and "rörledning (FIFO)" in messages[0]
