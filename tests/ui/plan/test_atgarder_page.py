"""The Åtgärder page: the seed's table with totals and gap, edits in place, follow-ups, undo, all units."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.shots import SHOTS
from vonapp.domain.periods import parse_period
from vonapp.store.database import Database
from vonapp.store.figures import load_summary
from vonapp.store.plan_queries import plan_view
from vonapp.ui.atgarder.page import AtgarderPage

SHOT_DIR = Path(os.environ.get("VONAPP_PLAN_SHOTS", SHOTS))


@pytest.fixture
def page(qtbot, context, settle):  # noqa: ANN001, ANN201
    p = AtgarderPage(context)
    qtbot.addWidget(p)
    p.resize(1366 - 180, 768 - 90)
    p.show()
    p.show_for("Hemtjänst Centrum", parse_period("2023"))
    settle()
    return p


def _cell(page: AtgarderPage, row: int, key: str) -> str:
    m = page.model
    return m.data(m.index(row, m.column_index(key)))


def test_the_seeds_table_with_totals_and_the_gap_coloured(page: AtgarderPage) -> None:
    assert page.model.rowCount() == 4  # three measures and Totalt
    assert [_cell(page, r, "name") for r in range(4)] == ["Utförandegraden", "Bomtid och avböjda besök",
                                                         "Schema och resurspass", "Totalt"]
    assert _cell(page, 3, "effect_year_tkr").replace("\u00a0", " ") == "2 750"
    assert _cell(page, 0, "status") == "pågår"
    foot = page.foot.text().replace("\u00a0", " ")
    assert "kvar att hitta 1 450 tkr" in foot and "Åtgärda" in foot  # 4 200 − 2 750 = 1 450 > 25 % of 4 200
    assert "#D55E00" in page.foot.styleSheet()  # the tile's Åtgärda colour


def test_typing_a_status_and_an_effect_reaches_the_summary_and_undo_takes_it_back(
        page: AtgarderPage, context, settle, demo_db: Database) -> None:  # noqa: ANN001
    m = page.model
    m.setData(m.index(0, m.column_index("status")), "Genomförd")
    settle()
    m.setData(m.index(0, m.column_index("effect_year_tkr")), "4 200")
    settle()
    assert _cell(page, 0, "status") == "genomförd"
    assert load_summary(demo_db, "Hemtjänst Centrum", parse_period("2023")).measures.gap_tkr == 0
    assert "kravet är täckt" in page.foot.text() and "Bra" in page.foot.text()
    context.undo_stack.undo()
    settle()
    context.undo_stack.undo()
    settle()
    assert _cell(page, 0, "status") == "pågår"
    assert load_summary(demo_db, "Hemtjänst Centrum", parse_period("2023")).measures.gap_tkr == 1450
    context.undo_stack.redo()
    settle()
    assert _cell(page, 0, "status") == "genomförd"


def test_a_bad_status_is_refused_at_the_cell(page: AtgarderPage, context) -> None:  # noqa: ANN001
    m = page.model
    assert not m.setData(m.index(0, m.column_index("status")), "klar som fan")
    assert _cell(page, 0, "status") == "pågår"
    assert any("finns inte" in t for t in context.messages)
    assert not m.setData(m.index(3, m.column_index("effect_year_tkr")), "5")  # the totals row
    assert not m.setData(m.index(1, m.column_index("name")), "utförandegraden")
    assert "finns redan" in context.messages[-1]
    assert context.undo_stack.count() == 0


def test_add_a_measure_write_follow_ups_remove_it_and_undo(page: AtgarderPage, context, settle, qtbot,
                                                         demo_db: Database) -> None:  # noqa: ANN001
    page.add_button.click()
    settle()
    assert page.model.rowCount() == 5 and _cell(page, 3, "name") == "Ny åtgärd"
    page.table.setCurrentIndex(page.table.proxy.mapFromSource(page.model.index(3, 0)))
    page.notes.entry.setText("Första uppföljningen")
    qtbot.keyClick(page.notes.entry, Qt.Key.Key_Return)
    settle()
    assert page.notes.model.rowCount() == 1
    assert "Första uppföljningen" in _cell(page, 3, "latest")
    page.remove_button.click()
    settle()
    assert page.model.rowCount() == 4
    context.undo_stack.undo()  # the removal: the measure comes back with its follow-up
    settle()
    assert page.model.rowCount() == 5 and "Första uppföljningen" in _cell(page, 3, "latest")
    context.undo_stack.undo()  # the follow-up
    context.undo_stack.undo()  # the new measure
    settle()
    assert page.model.rowCount() == 4
    assert len(plan_view(demo_db, "Hemtjänst Centrum", 2023).notes) == 5  # the seed's, as before


def test_follow_up_history_of_the_selected_measure(page: AtgarderPage) -> None:
    page.table.setCurrentIndex(page.table.proxy.mapFromSource(page.model.index(0, 0)))
    notes = page.notes.model
    assert notes.rowCount() == 3  # January, February and the seed's 31 March
    assert notes.data(notes.index(0, 1)) == "Utförandegraden till och med mars uppgår till 64,6 %"


def test_all_units_side_by_side_and_screenshots(page: AtgarderPage, settle) -> None:  # noqa: ANN001
    SHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.table.setCurrentIndex(page.table.proxy.mapFromSource(page.model.index(0, 0)))
    page.grab().save(str(SHOT_DIR / "atgarder-hemtjanst-2023.png"))
    page.show_for("Personlig assistans", parse_period("2023"))
    settle()
    assert _cell(page, 5, "effect_year_tkr").replace("\u00a0", " ") == "1 239"
    assert _cell(page, 5, "full_year_effect_tkr").replace("\u00a0", " ") == "2 163"
    page.grab().save(str(SHOT_DIR / "atgarder-assistans-2023.png"))
    page.show_for("all", parse_period("2023"))
    settle()
    m = page.units_model
    rows = {m.data(m.index(r, 0)): r for r in range(m.rowCount())}
    verkstan = rows["Daglig verksamhet Verkstan"]
    assert m.data(m.index(verkstan, m.column_index("effect_year_tkr"))) == "781"
    assert m.data(m.index(verkstan, m.column_index("full_year_effect_tkr"))).replace("\u00a0", " ") == "1 297"
    assert m.data(m.index(rows["Alla enheter"], m.column_index("requirement_tkr"))).replace("\u00a0", " ") == "26 000"
    page.grab().save(str(SHOT_DIR / "atgarder-alla-2023.png"))
