"""The charts' arrays from the worker and the view ranges set from them: every point inside the view."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from vonapp.domain import daily
from vonapp.domain.periods import parse_period
from vonapp.store.database import Database
from vonapp.ui.overview import chart_data
from vonapp.ui.overview.data import load_overview
from vonapp.ui.overview.page import OverviewPage

PAIRS = [("Stortorp", "2023-Q1"), ("all", "2023"), ("Hemtjänst Centrum", "2023-03"),
         ("Boendestöd Norr", "2024-05"), ("Personlig assistans", "2024")]


def test_worked_columns_equal_the_domain() -> None:
    assert list(chart_data.WORKED_COLUMNS) == list(daily.WORKED_COLUMNS)


def test_one_year_later_as_pandas_date_offset() -> None:
    # 29 February 2024 has no twin in 2025: the last day of February, 28th (as pandas).
    days = np.array(["2024-02-29", "2023-02-28", "2023-03-01", "2023-12-31", "2024-01-01"], dtype="datetime64[D]")
    assert chart_data.one_year_later(days).astype(str).tolist() == [
        "2025-02-28", "2024-02-28", "2024-03-01", "2024-12-31", "2025-01-01"]
    every_day = pd.date_range("2019-01-01", "2025-12-31")
    expected = (every_day + pd.DateOffset(years=1)).to_numpy().astype("datetime64[D]")
    np.testing.assert_array_equal(chart_data.one_year_later(every_day.to_numpy()), expected)


def inside(view_range: list[list[float]], x: np.ndarray, y: np.ndarray) -> bool:
    """Every finite point strictly inside the view: not on its edge, where a thick pen would be cut."""
    (x0, x1), (y0, y1) = view_range
    ok = np.isfinite(x) & np.isfinite(y)
    return bool(((x[ok] > x0) & (x[ok] < x1) & (y[ok] > y0) & (y[ok] < y1)).all())


@pytest.mark.parametrize(("unit", "label"), PAIRS)
def test_every_series_is_inside_its_view(qtbot, demo_db: Database, unit: str, label: str) -> None:
    page = OverviewPage()
    qtbot.addWidget(page)
    page.resize(1366, 900)
    page.show()
    qtbot.waitExposed(page)
    page.show_data(load_overview(demo_db, unit, parse_period(label)))
    budget = page.budget_chart
    for bar in [*budget.bars.values(), budget.forecast_bars]:
        x0, width = np.asarray(bar.opts["x0"], float), np.asarray(bar.opts["width"], float)
        y0, height = np.asarray(bar.opts["y0"], float), np.asarray(bar.opts["height"], float)
        assert inside(budget.plot.viewRange(), np.append(x0, x0 + width), np.append(y0, y0 + height))
    for plot, items in ((budget.plot, [budget.budget_line]),
                        (budget.cumulative_plot, [budget.cumulative_line, budget.cumulative_forecast]),
                        (page.occupancy_chart.plot, [page.occupancy_chart.occupancy_line,
                                                     page.occupancy_chart.budget_line]),
                        (page.resurspass_chart.plot, [page.resurspass_chart.planned_line]),
                        (page.staffing_chart.plot, [page.staffing_chart.staff_line, page.staffing_chart.need_line])):
        for item in items:
            x, y = item.getData()
            if x is not None and len(x):
                edges = len(x) == len(y) + 1  # a step line: y holds between two edges
                assert inside(plot.viewRange(), x[:-1] if edges else x, y), (plot, item)
    # The cumulative deviation's zero line is in view, and bars stand on a zero inside the view.
    assert budget.cumulative_plot.viewRange()[1][0] < 0 < budget.cumulative_plot.viewRange()[1][1]
    assert budget.plot.viewRange()[1][0] < 0


def test_an_empty_chart_has_the_same_scale_whatever_was_shown_before(qtbot, demo_db: Database) -> None:
    # Boendestöd Norr plans no resurspass: a flat zero, drawn at the foot of a fixed 0–10 h scale.
    empty = load_overview(demo_db, "Boendestöd Norr", parse_period("2023"))
    assert not empty.charts.resurspass.any_resurspass
    ranges = []
    for before in ("Stortorp", "Personlig assistans"):
        page = OverviewPage()
        qtbot.addWidget(page)
        page.resize(1366, 900)
        page.show()
        qtbot.waitExposed(page)
        page.show_data(load_overview(demo_db, before, parse_period("2023")))
        page.show_data(empty)
        ranges.append(page.resurspass_chart.plot.viewRange()[1])
    assert ranges[0] == pytest.approx(ranges[1])
    low, high = ranges[0]
    assert low < 0 < 10 < high < 12


def test_light_grid_lines_at_the_labelled_hours(qtbot, demo_db: Database) -> None:
    page = OverviewPage()
    qtbot.addWidget(page)
    page.resize(1366, 900)
    page.show()
    qtbot.waitExposed(page)
    page.show_data(load_overview(demo_db, "Stortorp", parse_period("2023")))
    for chart in page.charts:
        for plot, grid in zip(chart.plots, chart.grids, strict=True):
            (x0, x1), (y0, y1) = plot.viewRange()
            axis = plot.getAxis("left")
            major = [v for v in axis.tickValues(y0, y1, axis.pixel_length())[0][1] if y0 <= v <= y1]
            x, y = grid.lines.getData()
            assert len(major) >= 2
            # One line per major tick, across the whole view (pairs of points: connect="pairs").
            np.testing.assert_allclose(y, np.repeat(major, 2))
            np.testing.assert_allclose(x, np.tile([x0, x1], len(major)))


def test_staffing_hours_in_week_order_whatever_the_frame_order() -> None:
    # Staff = weekday × 24 + hour, so hour h of the week must hold the value h, need half of it.
    week = pd.DataFrame([(d, h, float(d * 24 + h), (d * 24 + h) / 2) for d in range(7) for h in range(24)],
                        columns=["weekday", "hour", "staff", "need"])
    for frame in (week, week.sample(frac=1.0, random_state=3)):
        s = chart_data.staffing_arrays(frame)
        np.testing.assert_array_equal(s.staff, np.arange(168.0))
        np.testing.assert_array_equal(s.need, np.arange(168.0) / 2)
        assert s.frame.iloc[31]["weekday"] == 1 and s.frame.iloc[31]["hour"] == 7  # tisdag 07–08
        assert s.staff_bounds == (0.0, 167.0)
