"""Screenshots of the main window on the demo at the two common laptop/desktop sizes (the temporary screenshot folder, tests/ui/conftest.SHOTS)."""

from __future__ import annotations

import pytest

from tests.ui.conftest import SHOTS
from vonapp.domain.periods import year
from vonapp.ui.main_window import MainWindow


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_screenshot_of_the_main_window(qtbot, window: MainWindow, size: tuple[int, int]) -> None:  # noqa: ANN001
    window.unit_selector.select("Stortorp")
    window.period_selector.set_period(year(2023), "year")
    qtbot.waitUntil(lambda: window.shown_key == ("Stortorp", year(2023)) and window.worker.pending == 0,
                    timeout=30_000)
    window.resize(*size)
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    image = window.grab()
    assert (image.width(), image.height()) == size
    assert image.save(str(SHOTS / f"window_{size[0]}x{size[1]}.png"))
