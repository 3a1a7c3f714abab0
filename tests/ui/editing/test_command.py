"""EditCommand on a real database and worker: undo/redo across two tables restores them exactly."""

from __future__ import annotations

from sqlalchemy import text

from tests.ui.editing.conftest import Errors
from vonapp.store.changelog import read_change_log
from vonapp.store.database import Database
from vonapp.store.edits_budget import (
    budget_years_frame,
    set_budget_year_values,
    set_unit_values,
    units_frame,
)
from vonapp.store.errors import StoreError
from vonapp.ui.area_page import AreaContext
from vonapp.ui.editing import Column, EditCommand, FrameTableModel, push_cell_edits

BUDGET = [Column("unit", "Enhet"), Column("year", "År", "int"),
          Column("hourly_cost", "Timkostnad", "kr", editable=True, required=True),
          Column("occupancy_budget_pct", "Budgeterad beläggning", "pct", editable=True)]


def snapshot(db: Database) -> dict[str, list[tuple]]:
    with db.session() as s:
        return {t: [tuple(r) for r in s.execute(text(f"SELECT * FROM {t} ORDER BY id"))]
                for t in ("budget_year", "unit")}


def idle(qtbot, context: AreaContext) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: context.worker.pending == 0, timeout=10_000)


def test_undo_and_redo_across_two_tables_restore_the_database_exactly(qtbot, context, demo_db) -> None:  # noqa: ANN001
    before = snapshot(demo_db)
    changed: list[frozenset] = []
    context.data_changed.connect(changed.append)
    # "Page" 1: the budget years of Stortorp; a paste of two cells is one command.
    model = FrameTableModel(BUDGET, key="id", frame=budget_years_frame(demo_db, "Stortorp"))
    model.edits_requested.connect(lambda edits: push_cell_edits(
        context, "ändra budget", edits, set_budget_year_values, tables=frozenset({"budget_year"})))
    assert model.request_edits([(0, 2, "612,50"), (0, 3, "97 %")]) == 2
    idle(qtbot, context)
    # "Page" 2: a unit's places, through a plain EditCommand whose undo gets redo's reverse changes.
    stortorp = units_frame(demo_db).set_index("name").loc["Stortorp", "id"]
    context.undo_stack.push(EditCommand(
        context, "ändra platser", redo=lambda db: set_unit_values(db, [(int(stortorp), "places", 64)]),
        undo=lambda db, reverse: set_unit_values(db, reverse), tables=frozenset({"unit"})))
    idle(qtbot, context)
    after = snapshot(demo_db)
    assert after != before
    frame = budget_years_frame(demo_db, "Stortorp")
    assert (frame.loc[0, "hourly_cost"], frame.loc[0, "occupancy_budget_pct"]) == (612.5, 97.0)
    assert changed == [frozenset({"budget_year"}), frozenset({"unit"})]
    assert context.undo_stack.count() == 2 and context.undo_stack.undoText() == "ändra platser"

    context.undo_stack.undo()
    idle(qtbot, context)
    context.undo_stack.undo()
    idle(qtbot, context)
    assert snapshot(demo_db) == before
    context.undo_stack.redo()
    idle(qtbot, context)
    context.undo_stack.redo()
    idle(qtbot, context)
    assert snapshot(demo_db) == after

    log = read_change_log(demo_db)
    # 3 changes, 3 undone, 3 redone; newest first.
    assert len(log) == 9
    assert set(log["source"]) == {"fönstret"}
    first = log.iloc[-1]
    assert (first.table_name, first.row_key, first.column_name, first.new_value, first.unit) == (
        "budget_year", f"Stortorp {frame.loc[0, 'year']}", "hourly_cost", "612.5", "Stortorp")
    assert list(log["column_name"][:3]) == ["places", "occupancy_budget_pct", "hourly_cost"]


def test_a_store_error_leaves_the_stack_and_the_cell_as_they_were(qtbot, context, demo_db,  # noqa: ANN001
                                                                   errors: Errors) -> None:
    before = snapshot(demo_db)
    model = FrameTableModel(BUDGET, key="id", frame=budget_years_frame(demo_db, "Stortorp"))
    old = model.value(0, "hourly_cost")
    context.data_changed.connect(lambda _t: model.set_frame(budget_years_frame(demo_db, "Stortorp")))
    model.edits_requested.connect(lambda edits: push_cell_edits(
        context, "ändra budget", edits, set_budget_year_values, tables=frozenset({"budget_year"})))
    # The model's column takes 0 kr; the store refuses it (timkostnad must be above 0).
    assert model.request_edits([(0, 2, "0")]) == 1
    assert model.value(0, "hourly_cost") == 0.0  # shown at once …
    idle(qtbot, context)
    assert [type(e) for e in errors] == [StoreError] and "Timkostnad måste vara större än 0" in str(errors[0])
    assert model.value(0, "hourly_cost") == old  # … and the old value back after the refusal
    assert context.undo_stack.count() == 0 and not context.undo_stack.canUndo()
    assert snapshot(demo_db) == before
    assert read_change_log(demo_db).empty


def test_a_failed_undo_takes_the_command_off_the_stack(qtbot, context, demo_db, errors: Errors) -> None:  # noqa: ANN001
    def broken_undo(db: Database) -> None:
        raise StoreError("Raden finns inte längre; läs in fönstret igen.")

    unit_id = int(units_frame(demo_db)["id"].iloc[0])
    context.undo_stack.push(EditCommand(context, "ändra ansvar",
                                        redo=lambda db: set_unit_values(db, [(unit_id, "ansvar", "9999")]),
                                        undo=broken_undo, tables=frozenset({"unit"})))
    idle(qtbot, context)
    context.undo_stack.undo()
    idle(qtbot, context)
    assert len(errors) == 1 and context.undo_stack.count() == 0
    assert units_frame(demo_db).set_index("id").loc[unit_id, "ansvar"] == "9999"  # the edit stands


def test_ctrl_z_right_after_an_edit_undoes_it_with_the_edits_own_result(qtbot, context, demo_db) -> None:  # noqa: ANN001
    before = snapshot(demo_db)
    year_id = int(budget_years_frame(demo_db, "Stortorp")["id"].iloc[0])
    context.undo_stack.push(EditCommand(
        context, "ändra timkostnad", redo=lambda db: set_budget_year_values(db, [(year_id, "hourly_cost", 777.0)]),
        undo=lambda db, reverse: set_budget_year_values(db, reverse), tables=frozenset({"budget_year"})))
    context.undo_stack.undo()  # before the worker has run the edit: the undo queues behind it
    idle(qtbot, context)
    assert snapshot(demo_db) == before


def test_a_failed_edit_with_an_undo_queued_behind_it_does_nothing_more(qtbot, context, demo_db,  # noqa: ANN001
                                                                       errors: Errors) -> None:
    before = snapshot(demo_db)
    year_id = int(budget_years_frame(demo_db, "Stortorp")["id"].iloc[0])
    context.undo_stack.push(EditCommand(
        context, "ändra timkostnad", redo=lambda db: set_budget_year_values(db, [(year_id, "hourly_cost", -1.0)]),
        undo=lambda db, reverse: set_budget_year_values(db, reverse), tables=frozenset({"budget_year"})))
    context.undo_stack.undo()
    idle(qtbot, context)
    assert len(errors) == 1 and "Timkostnad" in str(errors[0])
    context.undo_stack.redo()  # the obsolete command leaves the stack without running
    idle(qtbot, context)
    assert context.undo_stack.count() == 0 and len(errors) == 1
    assert snapshot(demo_db) == before


def test_a_failed_edit_under_a_later_one_never_eats_a_ctrl_z(qtbot, context, demo_db,  # noqa: ANN001
                                                             errors: Errors) -> None:
    # Three edits pushed before the worker runs them; the middle one is refused by the store. After the
    # refusal, two Ctrl+Z must undo the two edits that were made: none may be spent on the refused one.
    before = snapshot(demo_db)
    frame = budget_years_frame(demo_db, "Stortorp")
    first, second = int(frame["id"].iloc[0]), int(frame["id"].iloc[1])

    def edit(year_id: int, cost: float) -> EditCommand:
        return EditCommand(context, "ändra timkostnad",
                           redo=lambda db: set_budget_year_values(db, [(year_id, "hourly_cost", cost)]),
                           undo=lambda db, reverse: set_budget_year_values(db, reverse),
                           tables=frozenset({"budget_year"}))

    for command in (edit(first, 600.0), edit(first, -1.0), edit(second, 700.0)):
        context.undo_stack.push(command)
    idle(qtbot, context)
    assert len(errors) == 1 and "Timkostnad" in str(errors[0])
    context.undo_stack.undo()  # the third edit
    idle(qtbot, context)
    # The refused edit, next in line now, leaves the stack by itself: the next Ctrl+Z is the first edit's.
    qtbot.waitUntil(lambda: context.undo_stack.index() == 1 and context.undo_stack.count() == 2, timeout=5_000)
    context.undo_stack.undo()
    idle(qtbot, context)
    assert snapshot(demo_db) == before
