"""The Ekonomi page: the manager's prognos per category with its date and change, months, the calculator."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.shots import SHOTS
from vonapp.domain.periods import parse_period
from vonapp.store.database import Database
from vonapp.store.plan_queries import compensation_view, finance_view
from vonapp.ui.ekonomi.page import DEFAULT_GREY, EkonomiPage

SHOT_DIR = Path(os.environ.get("VONAPP_PLAN_SHOTS", SHOTS))


@pytest.fixture
def page(qtbot, context, settle):  # noqa: ANN001, ANN201
    p = EkonomiPage(context)
    qtbot.addWidget(p)
    p.resize(1366 - 180, 768 - 90)
    p.show()
    p.show_for("Stortorp", parse_period("2024"))
    settle()
    return p


def _row(model, key: str) -> int:  # noqa: ANN001
    return model.row_of(key)


def _text(model, row: int, key: str) -> str:  # noqa: ANN001
    return model.data(model.index(row, model.column_index(key))).replace("\u00a0", " ")


def test_default_prognos_is_grey_and_a_typed_one_keeps_its_date_and_change(page: EkonomiPage, context, settle,
                                                                          demo_db: Database) -> None:  # noqa: ANN001
    m = page.forecast_model
    r = _row(m, "lokalhyror")
    default = finance_view(demo_db, "Stortorp", 2024).table.set_index("category").loc["lokalhyror", "forecast_kr"]
    assert m.value(r, "forecast_kr") == pytest.approx(default)
    assert m.data(m.index(r, m.column_index("forecast_kr")), 9).name() == DEFAULT_GREY
    m.setData(m.index(r, m.column_index("forecast_kr")), "-5 200 000")
    settle()
    m.setData(m.index(r, m.column_index("forecast_kr")), "-5 300 000")
    settle()
    assert m.value(r, "forecast_kr") == -5_300_000 and m.value(r, "change_kr") == -100_000
    assert m.data(m.index(r, m.column_index("forecast_kr")), 9) is None  # set: black
    assert not m.setData(m.index(_row(m, "total"), m.column_index("forecast_kr")), "1")
    context.undo_stack.undo()
    settle()
    assert m.value(r, "forecast_kr") == -5_200_000
    context.undo_stack.undo()
    settle()
    assert m.value(r, "forecast_kr") == pytest.approx(default)


def test_month_budget_and_outcome_typed_in_one_paste_and_undone(page: EkonomiPage, context, settle,
                                                               demo_db: Database) -> None:  # noqa: ANN001
    mm = page.month_model
    september = mm.row_of(9)
    col = mm.column_index("lokalhyror|outcome_kr")
    assert mm.value(september, "lokalhyror|outcome_kr") is None
    page.month_table.setCurrentIndex(page.month_table.proxy.mapFromSource(mm.index(september, col)))
    page.month_table.paste("-420 000\n-421 000")
    settle()
    assert mm.value(september, "lokalhyror|outcome_kr") == -420_000 and mm.value(september + 1,
                                                                                "lokalhyror|outcome_kr") == -421_000
    assert finance_view(demo_db, "Stortorp", 2024).table.set_index("category").loc["lokalhyror", "last_month"] == 10
    context.undo_stack.undo()  # the paste is one command
    settle()
    assert mm.value(september, "lokalhyror|outcome_kr") is None


def test_compensation_calculator_20_000_tkr_and_edits(page: EkonomiPage, context, settle,
                                                      demo_db: Database) -> None:  # noqa: ANN001
    page.show_for("Boendestöd Norr", parse_period("2023"))
    settle()
    assert page.tabs.currentIndex() == 1 and page.tabs.isTabEnabled(1)
    summary = page.compensation.summary.text().replace("\u00a0", " ")
    assert "Skillnad nuvarande − föreslagen: 20 000 tkr" in summary
    cm = page.compensation.model
    assert cm.rowCount() == 3  # two models and the unit's own shares
    assert _text(cm, 1, "difference_kr") == "−20 000 000"
    cm.setData(cm.index(1, cm.column_index("execution_share_pct")), "60")
    settle()
    assert compensation_view(demo_db, "Boendestöd Norr", 2023).difference_kr == pytest.approx(13_333_333.33, abs=1)
    page.compensation.add_button.click()
    settle()
    assert cm.rowCount() == 4
    context.undo_stack.undo()
    context.undo_stack.undo()
    settle()
    assert compensation_view(demo_db, "Boendestöd Norr", 2023).difference_kr == pytest.approx(20_000_000)
    assert not cm.setData(cm.index(2, cm.column_index("hourly_cost")), "1")  # own shares are computed


def test_screenshots(page: EkonomiPage, settle) -> None:  # noqa: ANN001
    SHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOT_DIR / "ekonomi-stortorp-2024.png"))
    page.show_for("Boendestöd Norr", parse_period("2023"))
    settle()
    page.grab().save(str(SHOT_DIR / "ekonomi-boendestod-2023.png"))
    page.show_for("all", parse_period("2024"))
    settle()
    page.grab().save(str(SHOT_DIR / "ekonomi-alla-2024.png"))
