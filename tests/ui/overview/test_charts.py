"""The chart items hold the series of the data loader; crosshair texts, Spara bild and errors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from vonapp.domain import daily as d
from vonapp.domain.formatting import fmt_hours, fmt_number, fmt_pct
from vonapp.domain.periods import parse_period
from vonapp.store.database import Database
from vonapp.ui.overview.charts.axes import epoch_seconds
from vonapp.ui.overview.data import OverviewData, load_overview
from vonapp.ui.overview.page import OverviewPage


def shown(qtbot, db: Database, unit: str, period: str) -> tuple[OverviewPage, OverviewData]:
    page = OverviewPage()
    qtbot.addWidget(page)
    data = load_overview(db, unit, parse_period(period))
    page.show_data(data)
    return page, data


def values(column: pd.Series) -> np.ndarray:
    """A column as the chart draws it: a forecast bucket's outcome (NaN) draws no bar."""
    return np.nan_to_num(column.to_numpy(dtype=float))


def test_budget_chart_stacks_the_categories_under_the_budget_line(qtbot, demo_db: Database) -> None:
    page, data = shown(qtbot, demo_db, "Stortorp", "2023-Q1")
    chart, b = page.budget_chart, data.budget
    # Kv 1 2023 in months to 31 December: January … March are the quarter's outcome, wholly recorded (no
    # forecast on top); April … December are only the forecast continuation (the schedule's hours).
    months = b["start"].dt.strftime("%Y-%m").tolist()
    assert months == [f"2023-{m:02d}" for m in range(1, 13)]
    done = b.iloc[:3]
    assert not done["is_forecast"].any() and b["is_forecast"].iloc[3:].all()
    below = np.zeros(len(done))
    for column in d.WORKED_COLUMNS:  # ordinarie at the bottom, each category on top of the ones before
        bar = chart.bars[column]  # bars for the outcome months only: a forecast month gets no 0-h bar
        np.testing.assert_allclose(bar.opts["height"], values(done[column]))
        np.testing.assert_allclose(bar.opts["y0"], below)
        below = below + values(done[column])
    np.testing.assert_allclose(below, values(done["worked_hours"]))
    x, y = chart.budget_line.getData()
    np.testing.assert_allclose(y, values(b["budget_hours_period"]))  # each bucket's whole budget
    assert len(x) == len(b) + 1  # step edges
    # Forecast bars: the scheduled hours after the last recorded day (2023-03-31), one per forecast month.
    extra = np.asarray(chart.forecast_bars.opts["height"])
    np.testing.assert_allclose(extra, values(b["forecast_hours"])[3:])
    np.testing.assert_allclose(chart.forecast_bars.opts["y0"], 0.0)
    assert (extra > 0).all()
    # Cumulative deviation: solid up to the last recorded month, dashed after it, joined at that month.
    solid = chart.cumulative_line.getData()[1]
    dashed = chart.cumulative_forecast.getData()[1]
    joined = np.where(np.isnan(solid), dashed, solid)
    np.testing.assert_allclose(joined, values(b["cumulative_forecast_deviation_hours"]))
    assert chart.forecast_marker.isVisible()


def test_budget_crosshair_text_for_a_month_of_the_quarter(qtbot, demo_db: Database) -> None:
    page, data = shown(qtbot, demo_db, "Stortorp", "2023-Q1")
    chart = page.budget_chart
    row = data.budget[data.budget["start"] == pd.Timestamp("2023-01-01")].iloc[0]
    wednesday = epoch_seconds(pd.Series([pd.Timestamp("2023-01-18")]))[0]
    text = chart.crosshair.show_at(wednesday, 100.0)
    assert chart.crosshair.label.isVisible() and chart.crosshair.vline.isVisible()
    assert text.startswith("<b>januari 2023</b>")
    assert f"Budget: {fmt_hours(row['budget_hours'])}" in text
    assert f"Arbetat: {fmt_hours(row['worked_hours'])}" in text
    assert f"ordinarie {fmt_hours(row['ordinarie'])}" in text
    assert f"Avvikelse (budget − utfall): {fmt_hours(row['budget_hours'] - row['worked_hours'])}" in text
    # A month after the quarter is the forecast: its schedule's hours, no outcome.
    may = epoch_seconds(pd.Series([pd.Timestamp("2023-05-15")]))[0]
    text = chart.crosshair.show_at(may, 100.0)
    assert text.startswith("<b>maj 2023</b>") and "Prognos (schemalagt)" in text and "Arbetat" not in text


def test_occupancy_chart_holds_this_year_budget_and_last_year(qtbot, demo_db: Database) -> None:
    page, data = shown(qtbot, demo_db, "Stortorp", "2023-Q1")
    chart, cur = page.occupancy_chart, data.occupancy.current
    np.testing.assert_allclose(chart.occupancy_line.getData()[1], values(cur["occupancy_pct"]))
    np.testing.assert_allclose(chart.budget_line.getData()[1], values(cur["budget_pct"]))
    np.testing.assert_allclose(chart.last_year_line.getData()[1], values(data.occupancy.last_year["occupancy_pct"]))
    # Last year's 1 January is drawn on this year's 1 January.
    assert chart.last_year_line.getData()[0][0] == chart.occupancy_line.getData()[0][0]
    assert len(cur) == 90  # a point a day: 31 + 28 + 31
    # Over the quarter the ratio of sums is the tile's 96,3 % (seed figure).
    assert fmt_pct(cur["occupied_days"].sum() / cur["place_days"].sum() * 100) == "96,3\u00a0%"
    first = cur.iloc[0]
    text = chart.hover_text(chart.occupancy_line.getData()[0][0])[1]
    assert "<b>sön 1 jan 2023</b>" in text
    assert f"{fmt_number(first['occupied_days'])} av {fmt_number(first['place_days'])} platsdygn" in text


def test_occupancy_chart_says_when_a_unit_has_no_places(qtbot, demo_db: Database) -> None:
    page, _ = shown(qtbot, demo_db, "Hemtjänst Centrum", "2023-03")
    chart = page.occupancy_chart
    assert len(chart.occupancy_line.getData()[1] if chart.occupancy_line.getData()[1] is not None else []) == 0
    assert "Ingen beläggning registrerad" in chart.note.text()
    assert chart.hover_text(0.0) is None


def test_resurspass_chart_holds_planned_used_and_missed(qtbot, demo_db: Database) -> None:
    page, data = shown(qtbot, demo_db, "Stortorp", "2023")
    chart, r = page.resurspass_chart, data.resurspass
    np.testing.assert_allclose(chart.used_bars.opts["height"], values(r["used_hours"]))
    np.testing.assert_allclose(chart.missed_bars.opts["height"], values(r["missed_hours"]))
    np.testing.assert_allclose(chart.planned_line.getData()[1], values(r["planned_hours"]))
    # The weeks sum to the summary's resurspass figures.
    assert r["missed_hours"].sum() == pytest.approx(data.summary.resurspass.missed_hours)
    assert r["used_hours"].sum() == pytest.approx(data.summary.resurspass.used_hours)
    row = r.iloc[10]
    text = chart.hover_text(chart.x[10] + 3 * 86_400)[1]
    assert f"Planerade: {fmt_hours(row['planned_hours'])}" in text
    assert f"Missade: {fmt_hours(row['missed_hours'])}" in text


def test_staffing_chart_holds_the_week_profile_and_need(qtbot, demo_db: Database) -> None:
    page, data = shown(qtbot, demo_db, "Stortorp", "2023-Q1")
    chart, s = page.staffing_chart, data.staffing.sort_values(["weekday", "hour"])
    x, y = chart.staff_line.getData()
    assert len(x) == 7 * 24 + 1
    np.testing.assert_allclose(y, values(s["staff"]))
    np.testing.assert_allclose(chart.need_line.getData()[1], values(s["need"]))
    monday_seven = s[(s["weekday"] == 0) & (s["hour"] == 7)].iloc[0]
    snapped, text = chart.hover_text(7.4)
    assert snapped == 7.5
    assert text.startswith("<b>måndag 07–08</b>")
    assert f"I tjänst: {fmt_number(monday_seven['staff'], 1)}" in text


def test_spara_bild_writes_a_png_of_each_chart(qtbot, demo_db: Database, tmp_path: Path) -> None:
    page, _ = shown(qtbot, demo_db, "Stortorp", "2023-Q1")
    page.resize(1366, 900)
    for chart in page.charts:
        path = tmp_path / f"{chart.file_stem}.png"
        assert chart.save_png(path)
        image = QImage(str(path))
        assert path.stat().st_size > 1000
        assert image.width() > 100 and image.height() > 100


def test_an_error_replaces_the_figures_and_new_data_brings_them_back(qtbot, demo_db: Database) -> None:
    page, data = shown(qtbot, demo_db, "Stortorp", "2023-Q1")
    page.show_error("Databasen kunde inte läsas.")
    assert page.message.text() == "Databasen kunde inte läsas."
    assert not page.message.isHidden()
    assert all(t.isHidden() for t in page.tiles) and all(c.isHidden() for c in page.charts)
    page.show_data(data)
    assert page.message.isHidden()
    assert not any(t.isHidden() for t in page.tiles)
    assert page.heading.text() == "Stortorp · Kv 1 2023 (2023-01-01 – 2023-03-31)"  # the selector's words


def test_switching_unit_and_period_updates_the_same_items(qtbot, demo_db: Database) -> None:
    page, _ = shown(qtbot, demo_db, "Stortorp", "2023-Q1")
    items = [page.budget_chart.bars["ordinarie"], page.occupancy_chart.occupancy_line, page.staffing_chart.staff_line]
    count = len(page.budget_chart.plot.items)
    data = load_overview(demo_db, "all", parse_period("2023"))
    page.show_data(data)
    assert [page.budget_chart.bars["ordinarie"], page.occupancy_chart.occupancy_line,
            page.staffing_chart.staff_line] == items
    assert len(page.budget_chart.plot.items) == count
    np.testing.assert_allclose(page.budget_chart.bars["ordinarie"].opts["height"], values(data.budget["ordinarie"]))
    assert page.tiles[0].value.text() == fmt_hours(data.summary.deviation_hours)


def test_occupancy_scale_follows_the_data_after_a_unit_without_places(qtbot, demo_db: Database) -> None:
    page, _ = shown(qtbot, demo_db, "Hemtjänst Centrum", "2023-03")  # empty chart: a fixed 0–100 % scale
    page.show_data(load_overview(demo_db, "Stortorp", parse_period("2023")))
    page.resize(1600, 1000)
    low, high = page.occupancy_chart.plot.viewRange()[1]
    assert low > 80 and high < 110  # Stortorp's weekly occupancy lies around 93–99 %


def test_crosshair_follows_the_mouse_over_the_plot(qtbot, demo_db: Database) -> None:
    page, _ = shown(qtbot, demo_db, "Stortorp", "2023-Q1")
    chart = page.staffing_chart
    page.resize(1600, 1000)
    page.show()
    qtbot.waitExposed(page)
    page.scroll.ensureWidgetVisible(chart)
    qtbot.waitUntil(lambda: chart.plot.getViewBox().width() > 100)  # laid out at its shown size
    vb = chart.plot.getViewBox()
    # The middle of Monday 10–11 on the plot, in the canvas' own pixels.
    low, high = vb.viewRange()[1]
    scene_pos = vb.mapViewToScene(pg.Point(10.5, (low + high) / 2))
    view_pos = chart.canvas.mapFromScene(scene_pos)
    viewport = chart.canvas.viewport()
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(view_pos), QPointF(viewport.mapToGlobal(view_pos)),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    qtbot.waitUntil(lambda: chart.crosshair.label.isVisible())
    assert chart.crosshair.text.startswith("<b>måndag 10–11</b>")
    assert chart.crosshair.vline.value() == pytest.approx(10.5)


def test_spara_bild_adds_png_to_a_name_without_it(qtbot, demo_db: Database, tmp_path: Path, monkeypatch) -> None:
    page, _ = shown(qtbot, demo_db, "Stortorp", "2023-Q1")
    asked: list[str] = []

    def answer(_parent, _title, suggested, _filter):  # the user types "bild" in the Swedish dialog
        asked.append(suggested)
        return str(tmp_path / "bild"), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    page.resurspass_chart.save_button.click()
    assert asked[0].endswith("resurspass.png")
    assert (tmp_path / "bild.png").stat().st_size > 1000


def test_resurspass_weeks_are_labelled_with_their_week_numbers_in_a_month_and_by_month_in_a_year(
        qtbot, demo_db: Database) -> None:
    page, _ = shown(qtbot, demo_db, "Stortorp", "2023-03")
    axis = page.resurspass_chart.plot.getAxis("bottom")
    # March 2023 touches the weeks starting Monday 27 Feb (v. 9) to Monday 27 Mar (v. 13): five weeks,
    # each labelled under its middle.
    labelled, mondays = axis._tickLevels
    assert [text for _, text in labelled] == ["v. 9", "v. 10", "v. 11", "v. 12", "v. 13"]
    assert len(mondays) == 6  # the five Mondays and the Monday after
    page.show_data(load_overview(demo_db, "Stortorp", parse_period("2023")))
    assert axis._tickLevels is None  # 53 weeks: the date axis' own month names
