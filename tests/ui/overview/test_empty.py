"""A unit with a budget and nothing else, and an empty database: dashes and reasons, never a crash or 0."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from vonapp.domain.formatting import DASH
from vonapp.domain.periods import parse_period
from vonapp.io.imports import import_file
from vonapp.io.imports.templates import TEMPLATE_DIR
from vonapp.store.database import Database
from vonapp.ui.overview.data import load_overview
from vonapp.ui.overview.page import OverviewPage
from vonapp.ui.overview.palette import Status


def test_a_unit_with_only_a_budget(qtbot, database: Database, tmp_path: Path) -> None:
    import_file(database, "budget", TEMPLATE_DIR / "budget.csv")  # Stortorp and two more units, 2025
    data = load_overview(database, "Stortorp", parse_period("2025-Q1"))
    page = OverviewPage()
    qtbot.addWidget(page)
    page.show_data(data)
    tiles = {t.content.key: t for t in page.tiles}
    # Nothing recorded and no schedule: no deviation, forecast, occupancy, resurspass, sick rate or share.
    for key in ("budget", "forecast", "occupancy", "resurspass", "sick", "hourly"):
        assert tiles[key].value.text() == DASH, key
        assert tiles[key].content.status is Status.NONE
        assert tiles[key].toolTip()
    assert "Ingen tid registrerad" in tiles["budget"].toolTip()
    # Åtgärdskrav 4 200 tkr and no measures: the whole requirement is the gap.
    assert tiles["measures"].value.text() == "4\u00a0200\u00a0tkr"
    # The budget line runs Jan–Dec: 22 800 000 kr ÷ 370 kr/h = 61 622 h a year; the bars are empty.
    budget = page.budget_chart
    assert np.nansum(budget.budget_line.getData()[1]) == pytest.approx(22_800_000 / 370)
    assert not np.any(budget.bars["ordinarie"].opts["height"])
    assert "Inget registrerat ännu" in budget.note.text()
    assert "Inga resurspass" in page.resurspass_chart.note.text()
    assert "Inget schema" in page.staffing_chart.note.text()
    for chart in page.charts:
        assert chart.save_png(tmp_path / f"{chart.file_stem}.png")


def test_all_units_of_an_empty_database(qtbot, database: Database) -> None:
    data = load_overview(database, "all", parse_period("2023"))
    page = OverviewPage()
    qtbot.addWidget(page)
    page.show_data(data)
    assert all(t.value.text() == DASH for t in page.tiles)
    assert data.summary.budget_hours is None
    assert len(data.budget) == 12 and not data.budget["worked_hours"].any()
    assert "Ingen beläggning" in page.occupancy_chart.note.text()
