"""A small frame and its columns for the model and view tests."""

from __future__ import annotations

import pandas as pd

from vonapp.ui.editing import Column, FrameTableModel


def at_most_100(value: object, row: dict) -> str | None:
    return "Beläggningen kan inte vara över 100 %." if value is not None and float(value) > 100 else None


COLUMNS = [
    Column("name", "Namn"),
    Column("a", "Timmar", "hours", editable=True),
    Column("b", "Kronor", "kr", editable=True, required=True),
    Column("c", "Beläggning", "pct", editable=True, validate=at_most_100),
    Column("d", "Platser", "int", editable=True),
]


def frame() -> pd.DataFrame:
    return pd.DataFrame({
        "id": [10, 11, 12, 13, 14],
        "name": ["Eva", "Bo", "Ali", "Cecilia", "Dan"],
        "a": [1.0, 2.0, 3.0, 4.0, 5.0],
        "b": [100.0, 200.0, 300.0, 400.0, 500.0],
        "c": [90.0, None, 95.5, 80.0, 70.0],
        "d": [1, 2, 3, 4, 5],
    })


def model() -> tuple[FrameTableModel, list[list]]:
    """The model and the list its edits_requested batches land in."""
    m = FrameTableModel(COLUMNS, key="id", frame=frame())
    batches: list[list] = []
    m.edits_requested.connect(batches.append)
    return m, batches
