"""ExcelTableView with pytest-qt: paste and copy as Excel, fill, Delete, Enter, sort and filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QGuiApplication

from tests.ui.editing.frames import model
from vonapp.ui.editing import CellEdit, ExcelTableView, FilterLine

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def table(qtbot):  # noqa: ANN001, ANN201 - qtbot; (view, model, batches)
    m, batches = model()
    view = ExcelTableView()
    view.set_source_model(m)
    view.resize(700, 300)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    return view, m, batches


def select(view: ExcelTableView, top: int, left: int, bottom: int, right: int) -> None:
    view.setCurrentIndex(view.proxy.index(top, left))
    selection = QItemSelection(view.proxy.index(top, left), view.proxy.index(bottom, right))
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def type_in(qtbot, view: ExcelTableView, text: str) -> None:  # noqa: ANN001
    """Type as a user does: the first key opens the editor (as in Excel), the rest go to it."""
    qtbot.keyClick(view, text[0])
    qtbot.keyClicks(view.focusWidget(), text[1:])


def column(m, key: str) -> list:  # noqa: ANN001
    return [m.value(r, key) for r in range(m.rowCount())]


def test_ctrl_v_pastes_a_3_by_4_range_as_excel_writes_it_as_one_edit(table, qtbot) -> None:  # noqa: ANN001
    view, m, batches = table
    # Excel (Swedish) copies 3 rows × 4 columns as tab-separated text, \r\n after every row.
    QGuiApplication.clipboard().setText("1,5\t1 000\t50 %\t7\r\n2,5\t2000\t60\t8\r\n3,5\t3\u00a0000,5\t70,5\t9\r\n")
    select(view, 1, 1, 1, 1)
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    assert len(batches) == 1 and len(batches[0]) == 12
    assert column(m, "a") == [1.0, 1.5, 2.5, 3.5, 5.0]
    assert column(m, "b") == [100.0, 1000.0, 2000.0, 3000.5, 500.0]
    assert column(m, "c") == [90.0, 50.0, 60.0, 70.5, 70.0]
    assert column(m, "d") == [1, 7, 8, 9, 5]
    assert batches[0][0] == CellEdit(11, "a", 2.0, 1.5)
    assert len(view.selectionModel().selectedIndexes()) == 12  # the pasted range is selected


def test_a_paste_is_repeated_over_a_larger_selection(table) -> None:  # noqa: ANN001
    view, m, batches = table
    select(view, 0, 1, 3, 2)  # 4 rows × 2 columns selected
    assert view.paste("5\t6\r\n") == 8
    assert column(m, "a") == [5.0, 5.0, 5.0, 5.0, 5.0]
    assert column(m, "b") == [6.0, 6.0, 6.0, 6.0, 500.0]
    assert len(batches) == 1 and len(batches[0]) == 8  # one edit for the whole paste


def test_paste_past_the_last_row_is_clipped_with_a_note(table) -> None:  # noqa: ANN001
    view, m, _ = table
    select(view, 4, 4, 4, 4)
    assert view.paste("10\r\n11\r\n12\r\n") == 1
    assert m.value(4, "d") == 10
    assert "2 celler utanför tabellen" in view.last_message


def test_ctrl_c_copies_the_range_as_tsv_with_decimal_commas(table, qtbot) -> None:  # noqa: ANN001
    view, m, _ = table
    m.request_edits([(0, 1, "1,25")])
    select(view, 0, 1, 1, 3)
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    # Row 1's beläggning is empty; no thousands separators, so Excel reads the numbers back.
    assert QGuiApplication.clipboard().text() == "1,25\t100\t90\r\n2\t200\t\r\n"


def test_ctrl_d_fills_down_and_ctrl_r_fills_right(table, qtbot) -> None:  # noqa: ANN001
    view, m, batches = table
    select(view, 0, 1, 4, 1)
    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)
    assert column(m, "a") == [1.0] * 5
    assert len(batches) == 1 and [e.row_key for e in batches[0]] == [11, 12, 13, 14]
    select(view, 2, 3, 2, 3)  # one cell: Ctrl+D copies the cell above (empty) into it
    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)
    assert m.value(2, "c") is None
    select(view, 3, 1, 3, 2)
    qtbot.keyClick(view, Qt.Key.Key_R, CTRL)
    assert m.value(3, "b") == 1.0


def test_ctrl_enter_fills_the_selection_with_the_current_cell(table, qtbot) -> None:  # noqa: ANN001
    view, m, batches = table
    select(view, 0, 4, 4, 4)
    qtbot.keyClick(view, Qt.Key.Key_Return, CTRL)
    assert column(m, "d") == [1] * 5 and len(batches) == 1


def test_delete_clears_the_selected_editable_cells_and_refuses_required_ones(table, qtbot) -> None:  # noqa: ANN001
    view, m, batches = table
    select(view, 0, 0, 0, 3)  # namn (read-only), timmar, kronor (required), beläggning
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert batches == [[CellEdit(10, "a", 1.0, None), CellEdit(10, "c", 90.0, None)]]
    assert m.value(0, "b") == 100.0 and m.value(0, "name") == "Eva"
    assert "Kronor måste ha ett värde" in view.last_message


def test_typing_then_enter_commits_and_moves_down(table, qtbot) -> None:  # noqa: ANN001
    view, m, batches = table
    select(view, 0, 1, 0, 1)
    type_in(qtbot, view, "42,5")  # a key starts editing, as in Excel
    assert view.state() == view.State.EditingState
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentIndex().row() == 1)
    assert m.value(0, "a") == 42.5 and batches == [[CellEdit(10, "a", 1.0, 42.5)]]
    qtbot.keyClick(view, Qt.Key.Key_Return)  # not editing: Enter moves down too
    assert view.currentIndex().row() == 2
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.state() == view.State.EditingState
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Escape)


def test_a_refused_typed_value_keeps_the_old_one_and_shows_the_reason(table, qtbot) -> None:  # noqa: ANN001
    view, m, batches = table
    messages: list[str] = []
    view.message.connect(messages.append)
    select(view, 0, 3, 0, 3)
    type_in(qtbot, view, "120")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == ["Beläggningen kan inte vara över 100 %."]
    assert m.value(0, "c") == 90.0 and batches == []


def test_sorted_and_filtered_rows_edit_the_right_source_rows(table, qtbot) -> None:  # noqa: ANN001
    view, m, batches = table
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Ali, Bo, Cecilia, Dan, Eva
    assert view.proxy.index(0, 0).data() == "Ali"
    select(view, 0, 1, 1, 1)
    view.paste("7\r\n8\r\n")
    assert batches[-1] == [CellEdit(12, "a", 3.0, 7.0), CellEdit(11, "a", 2.0, 8.0)]
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # kronor, numbers as numbers: 500, 400, …
    assert [view.proxy.index(r, 0).data() for r in range(5)] == ["Dan", "Cecilia", "Ali", "Bo", "Eva"]
    line = FilterLine(view)
    qtbot.addWidget(line)
    line.setText("cec")
    line.apply()
    assert view.proxy.rowCount() == 1
    select(view, 0, 4, 0, 4)
    assert view.paste("40") == 1
    assert batches[-1] == [CellEdit(13, "d", 4, 40)]


def test_a_header_click_sorts_by_value(table, qtbot) -> None:  # noqa: ANN001
    view, _m, _ = table
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(3) + header.sectionSize(3) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    # Beläggning ascending, the empty cell first: Bo (–), Dan 70, Cecilia 80, Eva 90, Ali 95,5.
    assert [view.proxy.index(r, 0).data() for r in range(5)] == ["Bo", "Dan", "Cecilia", "Eva", "Ali"]


def test_a_choice_cell_completes_from_its_choices(qtbot) -> None:  # noqa: ANN001
    import pandas as pd

    from vonapp.ui.editing import Column, FrameTableModel

    m = FrameTableModel([Column("code", "Pass", "choice", editable=True, choices=("D1", "K1", "N1"),
                                unknown_choice="Passkoden {value} finns inte")],
                        key="id", frame=pd.DataFrame({"id": [1], "code": ["D1"]}))
    view = ExcelTableView()
    view.set_source_model(m)
    qtbot.addWidget(view)
    view.show()
    view.setFocus()
    view.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view, "k")
    editor = view.focusWidget()
    assert editor.completer() is not None and editor.completer().model().rowCount() == 3
    qtbot.keyClick(editor, Qt.Key.Key_1)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: m.value(0, "code") == "K1")
    assert m.request_edits([(0, 0, "N3")]) == 0
    assert view.last_message == "Passkoden N3 finns inte"


def test_ctrl_plus_and_ctrl_minus_ask_the_page_for_rows(table, qtbot) -> None:  # noqa: ANN001
    view, _m, batches = table
    inserted, removed = [], []
    view.insert_row_requested.connect(inserted.append)
    view.remove_rows_requested.connect(removed.append)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Ali, Bo, Cecilia, Dan, Eva
    select(view, 1, 1, 2, 2)
    qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, CTRL)
    assert inserted == [11] and removed == [[11, 13]] and batches == []  # Bo and Cecilia, by key


def test_marked_and_coloured_cells(qtbot) -> None:  # noqa: ANN001
    import pandas as pd

    from vonapp.ui.editing import Column, FrameTableModel

    kinds = {"D1": "#fff3c4", "N1": "#d6d9f5"}
    m = FrameTableModel([Column("mon", "Mån", "choice", editable=True, choices=("D1", "N1"), color=kinds.get),
                         Column("tue", "Tis", "choice", editable=True, choices=("D1", "N1"), color=kinds.get)],
                        key="id", frame=pd.DataFrame({"id": [7, 8], "mon": ["D1", "N1"], "tue": ["N1", None]}))
    background, tip = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole
    assert m.data(m.index(0, 0), background).color().name() == "#fff3c4"
    assert m.data(m.index(1, 1), background) is None
    m.set_marks({(7, "tue"): "Dygnsvila 9,5 h (minst 11 h)"})
    assert m.data(m.index(0, 1), tip) == "Dygnsvila 9,5 h (minst 11 h)"
    assert m.data(m.index(0, 1), background).color().name() == "#ffe0b2"
    m.set_frame(pd.DataFrame({"id": [8, 7], "mon": ["N1", "D1"], "tue": [None, "N1"]}))  # rows in a new order
    assert m.data(m.index(1, 1), tip) == "Dygnsvila 9,5 h (minst 11 h)" and m.data(m.index(0, 1), tip) is None
    m.set_marks({})
    assert m.data(m.index(1, 1), tip) is None
