"""A period under way in the resurspass register: passes after the last recorded day are still to come,
not left unplaced (Stortorp 2024 has time recorded through 31 August)."""

from __future__ import annotations

from datetime import date

from tests.ui.utfall.test_pages import _open
from vonapp.domain.glossary import Placement
from vonapp.ui.main_window import MainWindow


def test_passes_after_the_last_recorded_day_are_coming_not_unplaced(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = _open(qtbot, window, "utfall", y=2024)
    register = page.register
    page.tabs.setCurrentWidget(register)  # the register fills its list when shown
    frame = register.frame
    last = date(2024, 8, 31)
    assert register.through == last
    coming = int((frame["date"] > last).sum())
    unplaced_so_far = frame[(frame["placement"] == Placement.UNPLACED.value) & (frame["date"] <= last)]
    assert coming > 0  # the schedule runs on to December

    text = register.totals.text()
    assert f"ej placerade {len(unplaced_so_far)} pass" in text
    assert f"{coming} kommande pass efter 31 aug" in text

    register.unplaced_only.setChecked(True)
    shown = register.model.frame
    assert len(shown) == len(unplaced_so_far)
    assert (shown["date"] <= last).all()


def test_a_year_recorded_to_its_end_has_no_coming_passes(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = _open(qtbot, window, "utfall", y=2023)
    page.tabs.setCurrentWidget(page.register)
    assert page.register.through is None
    assert "kommande" not in page.register.totals.text()
