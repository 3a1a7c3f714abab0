"""A quarter or month view shows that period in every chart, with the rest of the year only as the forecast
continuation (issue #10, item 5): the overview's charts, the Beläggning and Nyckeltal areas and the PDF.

Expected figures come from the data through other reads (the summary of the same or a shorter period,
the files' period-only series), never typed in: the demo records time up to 2024-08-31.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from vonapp.domain.palette import CATEGORY_COLOURS, SERIES_COLOURS
from vonapp.domain.periods import month, parse_period, quarter, year
from vonapp.domain.series import MONTH
from vonapp.io.export.data import collect
from vonapp.io.export.pdf_pages import budget_chart, resurspass_chart
from vonapp.store.belaggning import load_belaggning
from vonapp.store.database import Database
from vonapp.store.figures import load_summary
from vonapp.store.plan_queries import kpi_view
from vonapp.store.reports import export_figures
from vonapp.ui.nyckeltal.chart import KpiChart
from vonapp.ui.overview.chart_data import DAY_SECONDS, day_seconds
from vonapp.ui.overview.data import OverviewData, load_overview
from vonapp.ui.overview.page import OverviewPage


def _shown(qtbot, db: Database, unit: str, label: str) -> tuple[OverviewPage, OverviewData]:  # noqa: ANN001
    page = OverviewPage()
    qtbot.addWidget(page)
    data = load_overview(db, unit, parse_period(label))
    page.show_data(data)
    return page, data


def _months(frame: pd.DataFrame) -> list[str]:
    return frame["start"].dt.strftime("%Y-%m").tolist()


def test_quarter_budget_chart_is_the_quarters_outcome_then_forecast(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    page, data = _shown(qtbot, demo_db, "Stortorp", "2023-Q1")
    b, chart = data.budget, page.budget_chart
    outcome, forecast = b[~b["is_forecast"]], b[b["is_forecast"]]
    # Outcome exactly January, February, March; the forecast starts after March and runs to December.
    assert _months(outcome) == ["2023-01", "2023-02", "2023-03"]
    assert _months(forecast) == [f"2023-{m:02d}" for m in range(4, 13)]
    assert forecast["worked_hours"].isna().all() and forecast["outcome_kr"].isna().all()  # never 0 h worked
    # Each outcome month is that month's summary (a separate read of a shorter period).
    for i, m in enumerate((1, 2, 3)):
        alone = load_summary(demo_db, "Stortorp", month(2023, m))
        assert outcome["worked_hours"].iloc[i] == pytest.approx(alone.worked_hours)
    assert outcome["worked_hours"].sum() == pytest.approx(data.summary.worked_hours)
    # The forecast months are the schedule's hours, drawn as the hatched forecast bars on top of nothing.
    # Only the nine forecast months get a (hatched) bar, only the three outcome months category bars.
    np.testing.assert_allclose(chart.forecast_bars.opts["height"], forecast["forecast_hours"].to_numpy(dtype=float))
    np.testing.assert_allclose(chart.forecast_bars.opts["y0"], 0.0)
    assert all(len(bar.opts["height"]) == 3 for bar in chart.bars.values())
    # The note says where the outcome ends, in words, and that the forecast runs on to 31 December.
    assert "till och med 31 mar 2023; därefter prognos" in chart.note.text()
    # The marker at 1 April, the band over the quarter.
    assert chart.forecast_marker.isVisible()
    assert chart.forecast_marker.value() == day_seconds(date(2023, 4, 1))
    assert chart.period_band.getRegion() == (day_seconds(date(2023, 1, 1)), day_seconds(date(2023, 3, 31)) + DAY_SECONDS)


def test_month_budget_chart_has_one_outcome_point(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    page, data = _shown(qtbot, demo_db, "Stortorp", "2023-03")
    b = data.budget
    outcome = b[~b["is_forecast"]]
    assert _months(outcome) == ["2023-03"]
    assert _months(b[b["is_forecast"]]) == [f"2023-{m:02d}" for m in range(4, 13)]
    assert outcome["worked_hours"].iloc[0] == pytest.approx(data.summary.worked_hours)
    # Its one recorded point of the cumulative deviation is drawn (a dot), the rest dashed after it.
    solid = page.budget_chart.cumulative_line
    assert np.isfinite(solid.getData()[1]).sum() == 1 and solid.opts["symbol"] == "o"
    assert np.isfinite(page.budget_chart.cumulative_forecast.getData()[1]).sum() == 10  # March joined + 9


def test_year_budget_chart_is_unchanged_the_files_monthly_rows(demo_db: Database) -> None:
    # A whole year: the chart's months are the files' monthly rows (one implementation, the same span).
    data = load_overview(demo_db, "Stortorp", year(2023))
    with demo_db.session() as s:
        rows = export_figures(s, "Stortorp", year(2023)).budget[MONTH]
    pd.testing.assert_frame_equal(data.budget, rows)
    assert not data.budget["is_forecast"].any() and len(data.budget) == 12


def test_quarter_under_way_resurspass_draws_no_bar_for_a_forecast_week(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    page, data = _shown(qtbot, demo_db, "Stortorp", "2024-Q3")
    # Budget: July and August recorded (through 2024-08-31), September … December the forecast.
    assert str(data.last_recorded) == "2024-08-31"
    assert _months(data.budget[~data.budget["is_forecast"]]) == ["2024-07", "2024-08"]
    assert _months(data.budget[data.budget["is_forecast"]]) == ["2024-09", "2024-10", "2024-11", "2024-12"]
    # Resurspass weeks meeting Kv 3: Mondays 1 July … 30 September = 14; those starting by 31 August are
    # recorded (Mondays 1 July … 26 August = 9), the 5 after (2, 9, 16, 23, 30 September) are forecast.
    r, chart = data.resurspass, page.resurspass_chart
    mondays = r["start"].dt.date.tolist()
    assert len(mondays) == 14 and mondays[0] == date(2024, 7, 1) and mondays[-1] == date(2024, 9, 30)
    recorded = [m for m in mondays if m <= data.last_recorded]
    assert len(recorded) == 9 and (~r["is_forecast"]).sum() == 9
    assert len(chart.used_bars.opts["height"]) == 9 and len(chart.missed_bars.opts["height"]) == 9
    used = r.loc[~r["is_forecast"], "used_hours"].to_numpy(dtype=float)
    np.testing.assert_allclose(chart.used_bars.opts["height"], used)
    # Planned: solid over the recorded weeks, dashed (the forecast) over the five after, edges shared.
    x_done, y_done = chart.planned_line.getData()
    x_ahead, y_ahead = chart.planned_ahead.getData()
    assert len(y_done) == 9 and len(y_ahead) == 5 and x_done[-1] == x_ahead[0]
    assert chart.planned_ahead.opts["pen"].style() != chart.planned_line.opts["pen"].style()
    np.testing.assert_allclose(np.concatenate([y_done, y_ahead]), r["planned_hours_period"].to_numpy(dtype=float))
    # The hover of a forecast week says nothing is recorded yet.
    text = chart.hover_text(day_seconds(date(2024, 9, 11)))[1]
    assert "Inget registrerat ännu (prognos)" in text and "Använda" not in text


def test_all_units_month_view(demo_db: Database) -> None:
    data = load_overview(demo_db, "all", parse_period("2024-08"))
    b = data.budget
    assert _months(b[~b["is_forecast"]]) == ["2024-08"]
    assert b.loc[~b["is_forecast"], "worked_hours"].iloc[0] == pytest.approx(data.summary.worked_hours)
    assert b.loc[b["is_forecast"], "worked_hours"].isna().all()


def test_pdf_budget_chart_is_the_windows_with_the_windows_colours(demo_db: Database) -> None:
    period = quarter(2023, 1)
    report = collect(demo_db, "Stortorp", period)
    window = load_overview(demo_db, "Stortorp", period).budget
    pd.testing.assert_frame_equal(report.budget_chart, window)
    chart = budget_chart(report)
    assert chart.labels == ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    stacks = {s.name: s for s in chart.stacks}
    # The worked categories: bars in January … March only (a forecast month has none, never a 0-h one).
    ordinarie = stacks["Ordinarie"]
    assert all(v is not None for v in ordinarie.values[:3]) and all(v is None for v in ordinarie.values[3:])
    assert ordinarie.color.name().lower() == CATEGORY_COLOURS["ordinarie"].lower()
    # The forecast: hatched, the window's grey, the schedule's hours of April … December.
    hatched = stacks["Prognos (schemalagt)"]
    assert hatched.hatched and hatched.color.name().lower() == SERIES_COLOURS["forecast"].lower()
    assert hatched.values[:3] == [0.0, 0.0, 0.0]
    np.testing.assert_allclose(hatched.values[3:], window["forecast_hours"].to_numpy(dtype=float)[3:])
    assert "utfall t.o.m. 31 mar" in chart.title and "prognos" in chart.title


def test_pdf_resurspass_chart_of_a_quarter_under_way(demo_db: Database) -> None:
    report = collect(demo_db, "Stortorp", quarter(2024, 3))
    chart = resurspass_chart(report)
    # No bar for the five forecast weeks; planned dashed over them, joined to the last recorded week.
    for s in chart.stacks:
        assert all(v is None for v in s.values[9:]), s.name
    lines = {s.name: s for s in chart.lines}
    assert all(v is not None for v in lines["Planerade"].values[:9]) and lines["Planerade"].values[9:] == [None] * 5
    ahead = lines["Planerade, prognos"]
    assert ahead.dashed and ahead.values[:8] == [None] * 8 and None not in ahead.values[8:]


def test_belaggning_area_follows_the_chosen_quarter(demo_db: Database) -> None:
    q1 = quarter(2023, 1)
    data = load_belaggning(demo_db, "Stortorp", 2023, q1)
    assert data.shown == q1
    months = data.series["M"]
    assert _months(months) == ["2023-01", "2023-02", "2023-03"]
    assert len(data.series["D"]) == 90 and len(data.days) == 365  # the calendar keeps the year
    # The quarter's occupancy is the overview tile's (the summary of the quarter).
    pct = months["occupied_days"].sum() / months["place_days"].sum() * 100
    assert pct == pytest.approx(load_summary(demo_db, "Stortorp", q1).occupancy_pct)
    assert load_belaggning(demo_db, "Stortorp", 2023).shown == year(2023)  # no period chosen: the year


def test_nyckeltal_chart_shows_only_the_chosen_months(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    view = kpi_view(demo_db, "all", 2023)
    chart = KpiChart()
    qtbot.addWidget(chart)
    chart.show_months(view.months, view.targets, range(1, 4))
    x, y = chart.execution.getData()
    assert list(x) == [1.0, 2.0, 3.0]
    np.testing.assert_allclose(y, view.months["execution_rate"].to_numpy(dtype=float)[:3])
    assert chart.execution_plot.getPlotItem().viewRange()[0] == pytest.approx([0.5, 3.5])
    chart.show_months(view.months, view.targets)  # the year: every month with a figure
    assert len(chart.execution.getData()[0]) == 12


def test_belaggning_page_in_the_window_follows_quarter_and_month(qtbot, window) -> None:  # noqa: ANN001
    from tests.ui.utfall.test_pages import _area, _settle

    window.unit_selector.select("Stortorp")
    window.period_selector.set_period(quarter(2023, 1), "quarter")
    window.navigation.setCurrentRow(_area(window, "belaggning"))
    page = window.pages["belaggning"]
    qtbot.waitUntil(lambda: page.data is not None and page.data.shown == quarter(2023, 1), timeout=30_000)
    _settle(qtbot, window)
    q1 = load_summary(window.database, "Stortorp", quarter(2023, 1))
    assert "Stortorp Kv 1 2023" in page.header.text()
    # By month (the default): three rows and three points, January … March; the header is the tile's %.
    assert page.table_model.rowCount() == 3 and len(page.chart.x) == 3
    assert f"{q1.occupancy_pct:.1f}".replace(".", ",") in page.header.text()
    window.period_selector.set_period(month(2023, 3), "month")
    qtbot.waitUntil(lambda: page.data is not None and page.data.shown == month(2023, 3), timeout=30_000)
    _settle(qtbot, window)
    # One month by month is one table row; the chart shows its 31 days instead of one dot.
    assert page.table_model.rowCount() == 1
    assert len(page.chart.x) == 31
