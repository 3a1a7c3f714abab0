"""Start-up: `vonapp` opens the window without loading the command line, and PySide6 does not read
the sources of pandas, SQLAlchemy and the standard library as they load after the first paint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from vonapp.launch import window_db
from vonapp.ui.startup import uses_no_qt

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("argv", "expected"), [
    ([], (True, None)),
    (["--db", "/tmp/x.sqlite"], (True, "/tmp/x.sqlite")),
    (["--db=/tmp/x.sqlite"], (True, "/tmp/x.sqlite")),
    (["summary", "--unit", "all", "--period", "2023"], (False, None)),
    (["--db", "x.sqlite", "units"], (False, None)),
    (["--help"], (False, None)),
    (["--version"], (False, None)),
    (["--db", "--help"], (False, None)),
])
def test_only_the_window_bypasses_the_command_line(argv: list[str], expected: tuple[bool, str | None]) -> None:
    assert window_db(argv) == expected


def test_the_program_entry_loads_no_pandas_before_the_window() -> None:
    code = ("import sys, vonapp.launch, vonapp.ui.app, vonapp.ui.main_window, vonapp.ui.commands; "
            "print(sorted(m for m in ('pandas', 'sqlalchemy', 'vonapp.cli') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "PYTHONPATH": str(ROOT)})
    assert out.stdout.strip() == "[]"


def test_commands_still_run_through_the_entry(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "vonapp", "--version"], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0 and out.stdout.startswith("vonapp ")


def test_pyside_does_not_read_the_sources_of_modules_without_qt() -> None:
    code = ("import sys, vonapp.ui.app; f = sys.modules['shibokensupport.feature']; "
            "import pandas, sqlalchemy, vonapp.store.database; "
            "print(getattr(f._mod_uses_pyside, '_vonapp_quick', False), f.pyside_feature_dict.get('pandas'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "PYTHONPATH": str(ROOT)})
    # pandas is answered "no PySide" (-1) without its source being read
    assert out.stdout.split() == ["True", "-1"]


@pytest.mark.parametrize(("name", "expected"), [
    ("pandas.core.frame", True), ("sqlalchemy", True), ("asyncio.events", True), ("vonapp.store.queries", True),
    ("vonapp.domain.periods", True), ("vonapp.ui.main_window", False), ("pyqtgraph", False),
    ("vonapp.io.export.pdf_report", False), ("PySide6.QtCore", False),
])
def test_which_modules_are_known_to_use_no_qt(name: str, expected: bool) -> None:
    assert uses_no_qt(name) is expected


def test_the_collector_runs_again_once_the_figures_are_shown(open_window, demo_path: Path, qtbot) -> None:  # noqa: ANN001
    import gc

    assert gc.isenabled()
    window = open_window(demo_path)
    qtbot.waitUntil(gc.isenabled, timeout=10_000)  # held off during start-up only
    assert window.shown_key is not None


def test_the_collector_runs_again_when_start_up_ends_early(tmp_path: Path, app_settings, qtbot) -> None:  # noqa: ANN001
    import gc

    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import on_modal
    from vonapp.ui.app import start
    from vonapp.ui.dialogs.welcome import WelcomeDialog

    on_modal(QMessageBox, lambda box: box.accept())
    on_modal(WelcomeDialog, lambda d: d.empty_button.click())
    assert start(str(tmp_path / "saknas" / "x.sqlite"), settings=app_settings) == 2  # the folder is missing
    assert gc.isenabled()
