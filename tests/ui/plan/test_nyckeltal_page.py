"""The Nyckeltal page: months against targets as table and chart, typed hours, targets, indicators, undo."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.shots import SHOTS
from vonapp.domain.periods import parse_period
from vonapp.store.database import Database
from vonapp.store.figures import load_summary
from vonapp.store.plan_queries import indicators_view
from vonapp.ui.nyckeltal.page import BAD, GOOD, NyckeltalPage

SHOT_DIR = Path(os.environ.get("VONAPP_PLAN_SHOTS", SHOTS))


@pytest.fixture
def page(qtbot, context, settle):  # noqa: ANN001, ANN201
    p = NyckeltalPage(context)
    qtbot.addWidget(p)
    p.resize(1366 - 180, 768 - 90)
    p.show()
    p.show_for("Hemtjänst Centrum", parse_period("2023"))
    settle()
    return p


def _text(model, row: int, key: str) -> str:  # noqa: ANN001
    return model.data(model.index(row, model.column_index(key))).replace("\u00a0", " ")


def test_months_and_year_are_the_summarys_and_coloured_against_targets(page: NyckeltalPage,
                                                                       demo_db: Database) -> None:
    m = page.months_model
    assert m.rowCount() == 13
    year = load_summary(demo_db, "Hemtjänst Centrum", parse_period("2023")).kpi
    assert _text(m, 12, "execution_rate") == f"{year.execution_rate:.1f} %".replace(".", ",")
    assert _text(m, 12, "sick_rate") == f"{year.sick_rate:.1f} %".replace(".", ",")
    # Below 70 % is red, bomtid under 5 % green (seed: 64,6 % and 3,5 % in Q1).
    fg = m.data(m.index(0, m.column_index("execution_rate")), 9)  # Qt.ForegroundRole
    assert fg.name().upper() == BAD.upper()
    assert m.data(m.index(0, m.column_index("idle_rate")), 9).name().upper() == GOOD.upper()
    assert _text(page.targets_model, 0, "execution_target_pct") == "70,0 %"


def test_typed_hours_and_target_change_the_figures_and_undo(page: NyckeltalPage, context, settle,
                                                          demo_db: Database) -> None:  # noqa: ANN001
    m = page.months_model
    worked = m.value(0, "worked_hours")
    m.setData(m.index(0, m.column_index("client_hours")), str(round(worked * 0.75)))
    settle()
    assert _text(m, 0, "execution_rate") == "75,0 %"
    jan = load_summary(demo_db, "Hemtjänst Centrum", parse_period("2023-01")).kpi
    assert jan.execution_rate == pytest.approx(75.0, abs=0.01)
    assert m.data(m.index(0, m.column_index("execution_rate")), 9).name().upper() == GOOD.upper()
    t = page.targets_model
    t.setData(t.index(0, t.column_index("execution_target_pct")), "80")
    settle()
    assert m.data(m.index(0, m.column_index("execution_rate")), 9).name().upper() == BAD.upper()
    context.undo_stack.undo()
    context.undo_stack.undo()
    settle()
    assert _text(page.targets_model, 0, "execution_target_pct") == "70,0 %"
    assert _text(m, 0, "execution_rate") != "75,0 %"
    assert not m.setData(m.index(12, m.column_index("worked_hours")), "5")  # the year row is computed


def test_indicators_under_goals_edited_with_the_five_levels(page: NyckeltalPage, context, settle,
                                                          demo_db: Database) -> None:  # noqa: ANN001
    page.show_for("Stortorp", parse_period("2024"))
    settle()
    ind = page.ind_model
    rows = {ind.value(r, "kolada_id"): r for r in range(ind.rowCount())}
    r = rows["U23516"]
    assert ind.value(r, "goal").startswith("Mål 2") and ind.value(r, "target") == 44
    assert not ind.setData(ind.index(r, ind.column_index("assessment")), "Bra")
    ind.setData(ind.index(r, ind.column_index("assessment")), "helt uppfyllt")
    ind.setData(ind.index(r, ind.column_index("value")), "47")
    settle()
    frame = indicators_view(demo_db, "Stortorp", 2024).set_index("kolada_id")
    assert (frame.loc["U23516", "assessment"], frame.loc["U23516", "value"]) == ("Helt uppfyllt", 47)
    page.add_button.click()
    settle()
    assert "Ny indikator" in [ind.value(i, "name") for i in range(ind.rowCount())]
    for _ in range(3):
        context.undo_stack.undo()
    settle()
    frame = indicators_view(demo_db, "Stortorp", 2024).set_index("kolada_id")
    assert frame.loc["U23516", "assessment"] == "Ej utvärderad" and frame.loc["U23516", "value"] is None
    assert "Ny indikator" not in list(frame["name"])


def test_screenshots(page: NyckeltalPage, settle) -> None:  # noqa: ANN001
    SHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOT_DIR / "nyckeltal-hemtjanst-2023.png"))
    page.show_for("Boendestöd Norr", parse_period("2023"))
    settle()
    page.grab().save(str(SHOT_DIR / "nyckeltal-boendestod-2023.png"))
    page.show_for("all", parse_period("2024"))
    settle()
    assert not page.add_button.isEnabled()
    page.grab().save(str(SHOT_DIR / "nyckeltal-alla-2024.png"))
