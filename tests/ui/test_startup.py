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
