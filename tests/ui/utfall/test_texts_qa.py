"""What a user reads on the Utfall and Beläggning pages: the month's place-days grouped as every other
number (1 805, not 1805) and, in the English window, no Swedish left in the planned shifts' resurspass
column or in the calendar's refusals of a day outside the budget years or of a unit without places."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.ui.test_translations import english  # noqa: F401 - the fixture
from tests.ui.utfall.test_pages import _open, _settle
from vonapp.domain.periods import year
from vonapp.ui.editing import CellError


def test_the_month_note_groups_thousands(qtbot, window) -> None:  # noqa: ANN001
    page = _open(qtbot, window, "belaggning", y=2023)
    page.month = 3
    page._show_month()
    # March 2023 in the demo: 1 793 occupied of 60 × 31 = 1 860 place-days, as the month table's row says.
    march = page.data.series["M"].iloc[2]
    assert (march["occupied_days"], march["place_days"]) == (1793, 1860)
    assert page.month_note.text().startswith("Mars: 1\u00a0793 av 1\u00a0860 platsdygn = 96,4\u00a0%.")


def test_english_day_panel_and_calendar_refusals(qtbot, english, open_window, demo_path: Path) -> None:  # noqa: ANN001, F811
    window = open_window(demo_path)
    page = _open(qtbot, window, "utfall")
    page.open_day(date(2024, 1, 7))
    qtbot.waitUntil(lambda: page.day_panel.day == date(2024, 1, 7), timeout=10_000)
    _settle(qtbot, window)
    marks = set(page.day_panel.planned_model.frame["resource"])
    assert marks == {"yes", ""}, marks
    bel = _open(qtbot, window, "belaggning", y=2024)
    window.period_selector.set_period(year(2025), "year")  # the demo's budget years end with 2024
    qtbot.waitUntil(lambda: bel.data is not None and bel.data.year == 2025, timeout=30_000)
    _settle(qtbot, window)
    model = bel.calendar.month_model
    try:
        model.check(date(2025, 1, 2), "5")
        raise AssertionError("a day outside the budget years was accepted")
    except CellError as exc:
        assert str(exc) == "2025-01-02 is outside the unit's budget years; import the budget for 2025 first."
    model.budget_year, model.places = True, None  # a unit without places (Hemtjänst) in a budget year
    try:
        model.check(date(2025, 1, 2), "5")
        raise AssertionError("a unit without places was accepted")
    except CellError as exc:
        assert str(exc).startswith("2025-01-02: the unit has no number of places"), str(exc)


def test_the_utfall_header_names_the_period_in_the_selectors_words(qtbot, window) -> None:  # noqa: ANN001
    from vonapp.domain.formatting import fmt_hours
    from vonapp.domain.periods import quarter
    from vonapp.store.figures import load_summary

    page = _open(qtbot, window, "utfall")
    # 2024 is under way (time through 31 August): compared up to that day, the figures Översikt shows.
    s = load_summary(window.database, "Stortorp", year(2024))
    assert s.through == "2024-08-31"
    assert page.header.text().startswith(
        f"<b>Stortorp, År 2024</b>, t.o.m. 31 aug · arbetat {fmt_hours(s.worked_hours)} av planerat "
        f"{fmt_hours(s.planned_hours)} · resurspass: {fmt_hours(s.resurspass.planned_hours)} planerat, "
        f"{fmt_hours(s.resurspass.used_hours)} placerat"), page.header.text()
    window.period_selector.set_period(quarter(2024, 3), "quarter")
    qtbot.waitUntil(lambda: page.data is not None and page.data.period == quarter(2024, 3), timeout=30_000)
    _settle(qtbot, window)
    assert page.header.text().startswith("<b>Stortorp, Kv 3 2024</b>, t.o.m. 31 aug ·")  # not "2024-Q3"
