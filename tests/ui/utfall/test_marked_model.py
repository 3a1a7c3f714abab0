"""The Utfall tables' MarkedModel: a marked row (a problem day, a costly unplaced pass) answers every role
the view asks when the mouse rests on it — a tooltip request used to raise (its row set shadowed the editing
model's cell marks) and the window showed "Något gick fel" on every hover over a red row."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt

from vonapp.ui.editing import Column
from vonapp.ui.utfall.tables import PROBLEM_BRUSH, MarkedModel


def _model() -> MarkedModel:
    model = MarkedModel([Column("id", "Dag"), Column("hours", "Timmar", "hours")], "problem", PROBLEM_BRUSH)
    model.set_frame(pd.DataFrame({"id": ["mån", "tis"], "hours": [8.0, 7.5], "problem": [True, False]}))
    return model


def test_a_marked_row_answers_tooltip_and_background(qapp) -> None:  # noqa: ANN001 - pytest-qt's app
    model = _model()
    for row in range(2):
        for col in range(2):
            index = model.index(row, col)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.TextAlignmentRole):
                model.data(index, role)  # raises AttributeError before the fix
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) is PROBLEM_BRUSH
    assert model.data(model.index(1, 1), Qt.ItemDataRole.BackgroundRole) is not PROBLEM_BRUSH


def test_cell_marks_still_work_beside_row_marks(qapp) -> None:  # noqa: ANN001
    model = _model()
    model.set_marks({("tis", "hours"): "Mer än planerat"})
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole) == "Mer än planerat"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is PROBLEM_BRUSH
    # A patch that clears the first row's mark takes its background away.
    assert model.patch_rows(pd.DataFrame({"id": ["mån"], "hours": [8.0], "problem": [False]}))
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not PROBLEM_BRUSH
