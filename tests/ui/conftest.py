"""Fixtures for the window tests: settings in a private ini file, the window on a demo copy, modal helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tests.shots import SHOTS  # noqa: F401 - the tests import it from here
from vonapp.ui.settings import AppSettings


@pytest.fixture(autouse=True, scope="session")
def _private_standard_paths() -> None:
    """Qt's standard locations under ~/.qttest, never the user's real folders."""
    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "vonapp.ini"


@pytest.fixture
def app_settings(settings_path: Path) -> AppSettings:
    settings_path.parent.mkdir(exist_ok=True)
    return AppSettings(settings_path)


def on_modal(kind: type[QWidget], action: Callable[[QWidget], None], *, timeout_ms: int = 20_000) -> list[QWidget]:
    """Run action on the first visible top-level widget of kind once it appears (e.g. inside exec())."""
    seen: list[QWidget] = []
    timer = QTimer()
    timer.setInterval(10)
    left = [timeout_ms // 10]

    def poll() -> None:
        left[0] -= 1
        for w in QApplication.topLevelWidgets():
            if isinstance(w, kind) and w.isVisible() and w not in seen:
                seen.append(w)
                timer.stop()
                action(w)
                return
        if left[0] <= 0:
            timer.stop()

    timer.timeout.connect(poll)
    timer.start()
    seen.append(timer)  # type: ignore[arg-type] - keeps the timer alive as long as the list
    return seen


@pytest.fixture
def open_window(qtbot, app_settings: AppSettings) -> Iterator[Callable]:  # noqa: ANN001 - qtbot
    """open_window(db_path) -> MainWindow with the overview loaded; every window is closed afterwards."""
    from vonapp.ui.app import start
    from vonapp.ui.main_window import MainWindow

    windows: list[MainWindow] = []

    def opener(db: Path, settings: AppSettings | None = None) -> MainWindow:
        window = start(str(db), settings=settings or app_settings)
        assert isinstance(window, MainWindow), window
        windows.append(window)
        qtbot.waitUntil(lambda: window.shown_key is not None and window.worker.pending == 0
                        and window.loader.idle, timeout=30_000)
        return window

    yield opener
    for w in windows:
        if w.database is not None:
            w.close()


@pytest.fixture
def window(open_window, demo_path: Path):  # noqa: ANN001, ANN201
    """The main window on a private copy of the demo database, overview loaded."""
    return open_window(demo_path)
