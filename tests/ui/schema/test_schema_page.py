"""The Schema area with pytest-qt: typing, refusing, pasting, rows and schedules, each undone and redone
with the database restored exactly (ids included). Figures: tests/store/schema_data.py."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from sqlalchemy import select

from tests.store.test_edits_schema import dump
from tests.ui.schema.conftest import settle
from vonapp.domain.rules import DYGNSVILA, SYSSELSATTNING
from vonapp.store import schedule_reads as reads
from vonapp.store.changelog import read_change_log
from vonapp.store.models import Schedule, ScheduleCell
from vonapp.ui.schema.grid_model import FINDING_BRUSH, KIND_COLOURS
from vonapp.ui.schema.page import SchemaPage


def cell_text(page: SchemaPage, row: int, key: str) -> str:
    return page.model.data(page.model.index(row, page.model.column_index(key)))


def type_in(qtbot, page: SchemaPage, text: str) -> None:  # noqa: ANN001
    """As a user types: the first key opens the editor, the rest go to it, Enter commits."""
    qtbot.keyClick(page.view, text[0])
    qtbot.keyClicks(page.view.focusWidget(), text[1:])
    qtbot.keyClick(page.view.focusWidget(), Qt.Key.Key_Return)
    # The delegate commits through a queued call, as Qt does.
    qtbot.waitUntil(lambda: page.view.state() != QAbstractItemView.State.EditingState, timeout=5_000)


def undo_redo_exact(qtbot, page: SchemaPage, before: dict, after: dict) -> None:  # noqa: ANN001
    db = page.context.database
    page.context.undo_stack.undo()
    settle(qtbot, page)
    assert dump(db) == before
    page.context.undo_stack.redo()
    settle(qtbot, page)
    assert dump(db) == after


def test_the_grid_shows_the_schedule_with_kinds_and_findings(page: SchemaPage) -> None:
    m = page.model
    assert m.rowCount() == 3 and page.data.cycle_days == 14
    assert [cell_text(page, r, "name") for r in range(3)] == ["Person A", "Person B", "Person C"]
    assert cell_text(page, 1, "d0") == "K"
    assert m.data(m.index(1, m.column_index("d0")), Qt.ItemDataRole.BackgroundRole).color() == KIND_COLOURS["kväll"]
    # B's 9 h rest before Tuesday (d1) is marked; the tooltip says why.
    assert m.data(m.index(1, m.column_index("d1")), Qt.ItemDataRole.BackgroundRole) == FINDING_BRUSH
    assert "vila 9,0 h" in m.data(m.index(1, m.column_index("d1")), Qt.ItemDataRole.ToolTipRole)
    assert m.headerData(m.column_index("d7"), Qt.Orientation.Horizontal) == "v2\nmå"
    assert cell_text(page, 1, "avg") == "27,8" and cell_text(page, 1, "target") == "30,0"
    assert page.findings.rowCount() == 3
    assert "Schemats kostnad" in page.figures.last_html
    # Without a staffing need the curve says so.
    assert "Inget bemanningsbehov registrerat" in page.curve.caption.text()


def test_typing_a_code_updates_everything_at_once_and_undo_restores_the_database(qtbot, page: SchemaPage) -> None:  # noqa: ANN001
    db = page.context.database
    before = dump(db)
    page.select_cell(0, "d5")  # A's Saturday of week 1, free
    type_in(qtbot, page, "n")
    # At once, before the database has it: A works 40 + 10 = 50 h in week 1, (50 + 40) ÷ 2 = 45 h a week
    # against 40 h: a sysselsättning finding for A.
    assert cell_text(page, 0, "d5") == "N"
    assert cell_text(page, 0, "w0") == "50,0" and cell_text(page, 0, "avg") == "45,0"
    assert any(f.rule == SYSSELSATTNING and f.hours == 45 for f in page.found)
    settle(qtbot, page)
    with db.session() as s:
        cell = s.execute(select(ScheduleCell).where(ScheduleCell.day_index == 5, ScheduleCell.employee_id ==
                                                    int(page.data.employees["employee_id"][0]))).scalar()
        assert cell is not None
    log = read_change_log(db, table="schedule_cell")
    assert log[["row_key", "old_value", "new_value", "source"]].values.tolist() == [
        ["Vår 2024/9001/dag 6", None, "N", "fönstret"]]
    undo_redo_exact(qtbot, page, before, dump(db))
    assert cell_text(page, 0, "d5") == "N"


def test_an_unknown_code_is_refused_at_the_cell(qtbot, page: SchemaPage) -> None:  # noqa: ANN001
    db = page.context.database
    before = dump(db)
    page.select_cell(1, "d0")
    type_in(qtbot, page, "N3")
    settle(qtbot, page)
    assert page.message.text() == "Passkoden N3 finns inte"
    assert cell_text(page, 1, "d0") == "K"
    assert dump(db) == before and page.context.undo_stack.count() == 0


def test_pasting_a_tsv_range_is_one_edit(qtbot, page: SchemaPage) -> None:  # noqa: ANN001
    db = page.context.database
    before = dump(db)
    page.select_cell(2, "d2")
    # As Excel puts two rows × three days on the clipboard (C's row then nothing below: only C is pasted).
    page.view.paste("D\tD\tr\r\n")
    assert [cell_text(page, 2, f"d{d}") for d in (2, 3, 4)] == ["D", "D", "R"]
    settle(qtbot, page)
    assert page.context.undo_stack.count() == 1
    with db.session() as s:
        data = reads.load_schedule(s, page.data.schedule_id)
    assert [data.code_text().get(int(c), "") for c in data.grid[2, 2:5]] == ["D", "D", "R"]
    undo_redo_exact(qtbot, page, before, dump(db))


def test_rate_rows_and_schedules_are_undone_exactly(qtbot, page: SchemaPage) -> None:  # noqa: ANN001
    db = page.context.database
    start = dump(db)
    # Rate of B: 75 → 70 % (30 → 28 h target; 27,75 h is within 0,5 h: B's sysselsättning finding goes).
    page.model.request_edits([(1, page.model.column_index("rate"), "70")])
    assert not any(f.rule == SYSSELSATTNING and f.employee_id == int(page.data.employees["employee_id"][1])
                   for f in page.found)
    settle(qtbot, page)
    undo_redo_exact(qtbot, page, start, dump(db))
    # Move C to the top, then remove B.
    page.select_cell(2, "d0")
    page.move_row(-2)
    settle(qtbot, page)
    assert cell_text(page, 0, "name") == "Person C"
    moved = dump(db)
    page.select_cell(2, "d0")
    page.remove_row()
    settle(qtbot, page)
    assert [cell_text(page, r, "name") for r in range(page.model.rowCount())] == ["Person C", "Person A"]
    undo_redo_exact(qtbot, page, moved, dump(db))
    # A new schedule from Monday 2024-02-05 is shown once made; undo removes it.
    before_new = dump(db)
    page._create_schedule(page.data.schedule_id, date(2024, 2, 5), "Februari", None)
    settle(qtbot, page)
    assert page.data.name == "Februari" and page.data.start_date == date(2024, 2, 5)
    assert page.schedules.count() == 3
    undo_redo_exact(qtbot, page, before_new, dump(db))


def test_staffing_need_draws_the_curve_and_marks_short_hours(qtbot, page: SchemaPage) -> None:  # noqa: ANN001
    db = page.context.database
    before = dump(db)
    # Need 3 on Monday 10–11: on duty (1 + 2) ÷ 2 = 1,5 (tests/store/test_schedule_reads) → short.
    # Need 1 on Monday 11–12: 1,5 on duty → covered.
    hour_col = {d: page.need.column_index(f"w{d}") for d in range(7)}
    page.need.request_edits([(10, hour_col[0], "3"), (11, hour_col[0], "1")])
    assert page.curve.short_count == 1
    assert "1 timmar i veckan under behovet" in page.curve.caption.text()
    settle(qtbot, page)
    with db.session() as s:
        assert reads.staffing_need_frame(s, page.loaded.unit_id).values.tolist() == [[0, 10, 3.0], [0, 11, 1.0]]
    assert page.curve.short_count == 1
    undo_redo_exact(qtbot, page, before, dump(db))


def test_shift_code_edit_recolours_the_grid(qtbot, page: SchemaPage) -> None:  # noqa: ANN001
    db = page.context.database
    before = dump(db)
    row = page.codes.row_of(int(page.loaded.codes.set_index("code").loc["R", "shift_code_id"]))
    page.codes.request_edits([(row, page.codes.column_index("is_resource"), "nej")])
    settle(qtbot, page)
    assert "R" not in {c for c, k in page.model.kinds.items() if k == "resurspass"}
    undo_redo_exact(qtbot, page, before, dump(db))


def test_heltid_som_norm_makes_a_draft_with_resurspass_placed(qtbot, page: SchemaPage) -> None:  # noqa: ANN001
    from vonapp.ui.schema.page import _scenario

    db = page.context.database
    scenario = _scenario(db, page.loaded.unit_id, "Solbacken", date(2024, 2, 5), 100.0)
    # B 75 → 100 %: 10 h a week, C 50 → 100 %: 20 h a week (see tests/cli/test_schedule_cmd.py).
    assert (scenario.employees_raised, scenario.added_hours_week) == (2, 30.0)
    before = dump(db)
    page._create_schedule(page.data.schedule_id, date(2024, 2, 5), "Utkast", {r.employee_id: 100.0
                                                                             for r in scenario.raises}, True)
    settle(qtbot, page)
    assert page.data.name == "Utkast"
    assert page.data.employees["rate"].tolist() == [100, 100, 100]
    names = page.data.code_text()
    r_cells = [[d for d, c in enumerate(row) if names.get(int(c)) == "R"] for row in page.data.grid]
    # B needs 10 h × 2 weeks = 20 h: two R of 8 h (a third would overshoot as much as it fills), on the first
    # free weekdays: Thursday and Friday of week 1 (B already had R on Thursday of week 2, d10).
    # C needs 40 h: five R. Monday of week 1 is skipped (C's Sunday night ends at 07:00, 1 h before R);
    # then Monday of week 2 (d7), Tuesdays (d1, d8), Wednesdays (d2, d9).
    assert r_cells[1] == [3, 4, 10]
    assert r_cells[2] == [1, 2, 7, 8, 9]
    assert not [f for f in page.found if f.rule == DYGNSVILA and f.employee_id != int(page.data.employees["employee_id"][1])]
    undo_redo_exact(qtbot, page, before, dump(db))
    with db.session() as s:
        assert s.scalar(select(Schedule.name).where(Schedule.start_date == date(2024, 2, 5))) == "Utkast"


def test_a_unit_without_a_schedule_says_so(qtbot, page: SchemaPage) -> None:  # noqa: ANN001
    from vonapp.domain.periods import parse_period

    page.show_for("Tomma", parse_period("2024-01"))
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.unit_name == "Tomma", timeout=10_000)
    assert page.data is None and "har inget schema ännu" in page.title.text()
    assert page.buttons["Nytt schema från…"].isEnabled() and not page.buttons["Ta bort rad"].isEnabled()
    page.show_for("alla", parse_period("2024-01"))
    assert "Välj en enhet" in page.empty.text()


def test_delete_clears_and_ctrl_d_fills_down_as_one_edit_each(qtbot, page: SchemaPage) -> None:  # noqa: ANN001
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    db = page.context.database
    before = dump(db)
    page.select_cell(1, "d1")  # B's D on Tuesday of week 1 (the short rest)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert cell_text(page, 1, "d1") == ""
    assert not any(f.rule == DYGNSVILA for f in page.found)  # the 9 h rest went with the shift
    settle(qtbot, page)
    cleared = dump(db)
    undo_redo_exact(qtbot, page, before, cleared)
    # Fill A's Monday D down over B and C: one edit.
    col = page.model.column_index("d0")
    top, bottom = page.view.proxy.index(0, col), page.view.proxy.index(2, col)
    page.view.setCurrentIndex(top)
    page.view.selectionModel().select(QItemSelection(top, bottom), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [cell_text(page, r, "d0") for r in range(3)] == ["D", "D", "D"]
    settle(qtbot, page)
    assert page.context.undo_stack.count() == 2
    undo_redo_exact(qtbot, page, cleared, dump(db))
