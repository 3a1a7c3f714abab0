"""FrameTableModel: shown text, Swedish numbers typed in, refusals that keep the old value, batches."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.editing.frames import frame, model
from vonapp.ui.editing import SORT_ROLE, CellEdit

D, E = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


def test_data_shows_swedish_numbers_and_flags_follow_the_columns() -> None:
    m, _ = model()
    assert (m.rowCount(), m.columnCount()) == (5, 5)
    assert m.headerData(1, Qt.Orientation.Horizontal) == "Timmar"
    assert m.data(m.index(2, 3), D) == "95,5\u00a0%"
    assert m.data(m.index(2, 3), E) == "95,5"
    assert m.data(m.index(1, 3), D) == ""  # None in the frame: an empty cell
    assert m.data(m.index(1, 3), SORT_ROLE) == float("-inf")
    assert not m.flags(m.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert m.flags(m.index(0, 1)) & Qt.ItemFlag.ItemIsEditable


def test_set_data_reads_swedish_numbers_and_reports_one_edit_with_the_row_key() -> None:
    m, batches = model()
    assert m.setData(m.index(1, 2), "1 234,5")
    assert batches == [[CellEdit(11, "b", 200.0, 1234.5)]]
    assert m.data(m.index(1, 2), D) == "1\u00a0234"  # kr: whole kronor shown (1 234,5 rounds half to even)
    assert m.setData(m.index(0, 3), "12,5 %")
    assert m.setData(m.index(0, 1), "7.5")
    assert [b[0].new for b in batches[1:]] == [12.5, 7.5]
    assert not m.setData(m.index(0, 1), "7,5")  # the same value: nothing to do
    assert len(batches) == 3


def test_a_refused_value_keeps_the_old_one_and_says_why() -> None:
    m, batches = model()
    messages: list[str] = []
    m.refused.connect(messages.append)
    assert not m.setData(m.index(0, 3), "101")
    assert not m.setData(m.index(0, 2), "")
    assert not m.setData(m.index(0, 4), "tre")
    assert not m.setData(m.index(0, 0), "Eva B")  # read-only
    assert messages[:3] == ["Beläggningen kan inte vara över 100 %.", "Kronor måste ha ett värde.",
                            "'tre' är inget tal."]
    assert batches == []
    assert (m.value(0, "c"), m.value(0, "b"), m.value(0, "d"), m.value(0, "name")) == (90.0, 100.0, 1, "Eva")


def test_a_batch_with_some_bad_cells_takes_the_good_ones_as_one_edit() -> None:
    m, batches = model()
    messages: list[str] = []
    m.refused.connect(messages.append)
    assert m.request_edits([(0, 1, "9"), (1, 1, "x"), (2, 1, "11,25")]) == 2
    assert batches == [[CellEdit(10, "a", 1.0, 9.0), CellEdit(12, "a", 3.0, 11.25)]]
    assert messages == ["1 av 3 celler ändrades inte: rad 2, Timmar: 'x' är inget tal."]


def test_set_frame_with_the_same_rows_updates_only_changed_cells() -> None:
    m, _ = model()
    resets, changes = [], []
    m.modelReset.connect(lambda: resets.append(1))
    m.dataChanged.connect(lambda a, b: changes.append((a.row(), a.column(), b.row(), b.column())))
    f = frame()
    f.loc[3, "a"] = 44.0
    m.set_frame(f)
    assert (resets, changes) == ([], [(3, 1, 3, 1)])
    m.set_frame(f.iloc[:2])
    assert resets == [1] and m.rowCount() == 2


def test_revert_shows_the_old_values_again() -> None:
    m, batches = model()
    m.setData(m.index(4, 4), "9")
    assert m.value(4, "d") == 9
    m.revert_edits(batches[0])
    assert m.value(4, "d") == 5
