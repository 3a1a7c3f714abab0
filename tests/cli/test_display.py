"""The window says in Swedish why it cannot start, before Qt can abort in English."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from vonapp.display import display_problem

ROOT = Path(__file__).resolve().parents[2]


def test_no_display_at_all_is_one_swedish_line_and_exit_2(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HOME"] = str(tmp_path)
    r = subprocess.run([sys.executable, "-m", "vonapp", "--db", str(tmp_path / "x.sqlite")], env=env,
                       cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "Ingen skärm hittades" in r.stderr
    assert "Aborted" not in r.stderr and "qt.qpa" not in r.stderr
    assert not (tmp_path / "x.sqlite").exists()  # nothing was opened or made


def test_missing_xcb_libraries_are_named_with_the_command_that_installs_them() -> None:
    absent = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    problem = display_problem({"DISPLAY": ":0"}, "linux", loads=lambda lib: lib not in absent)
    assert problem is not None
    assert problem.endswith("sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1")
    assert "(libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1)" in problem


def test_a_complete_system_starts_and_other_platforms_are_not_checked() -> None:
    assert display_problem({"DISPLAY": ":0"}, "linux", loads=lambda lib: True) is None
    assert display_problem({}, "win32", loads=lambda lib: False) is None
    assert display_problem({}, "darwin", loads=lambda lib: False) is None


def test_wayland_and_offscreen_do_not_need_the_xcb_libraries() -> None:
    no_xcb = lambda lib: "xcb" not in lib  # noqa: E731
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", loads=no_xcb) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", loads=no_xcb) is None
    # Forcing xcb on a Wayland desktop needs them again.
    forced = display_problem({"WAYLAND_DISPLAY": "w", "QT_QPA_PLATFORM": "xcb"}, "linux", loads=no_xcb)
    assert forced is not None and "libxcb1" in forced
