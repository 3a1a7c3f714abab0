"""No personnummer at entry: every editable text cell of every area refuses one and keeps its value."""

from __future__ import annotations

import pandas as pd

from vonapp.ui.editing.cells import Column
from vonapp.ui.editing.model import FrameTableModel


def test_a_text_cell_refuses_a_personnummer_and_keeps_its_value(qtbot) -> None:  # noqa: ANN001
    model = FrameTableModel([Column("number", "Anställningsnummer", editable=True),
                             Column("name", "Namn", editable=True)], key="id",
                            frame=pd.DataFrame({"id": [1], "number": ["1001"], "name": ["Anna"]}))
    refused: list[str] = []
    requested: list[object] = []
    model.refused.connect(refused.append)
    model.edits_requested.connect(requested.append)
    assert model.request_edits([(0, 0, "19800101-1234")]) == 0
    assert model.request_edits([(0, 1, "Anna 800161-1234")]) == 0  # a samordningsnummer inside a name
    assert requested == []
    assert len(refused) == 2 and "personnummer" in refused[0] and "samordningsnummer" in refused[1]
    assert model.request_edits([(0, 1, "Anna Berg")]) == 1  # an ordinary value goes through
