"""The editing foundation every area page uses (see docs/DEVELOPING.md, "Editing foundation").

- `Column`, `FrameTableModel`, `CellEdit`: an editable table over a pandas frame;
- `ExcelTableView`, `FilterLine`: spreadsheet keys, clipboard ranges, fill, sort and filter;
- `EditCommand`, `push_cell_edits`: undoable edits that run store functions on the worker.
"""

from __future__ import annotations

from vonapp.ui.editing.cells import (
           CellError,
           Column,
           display_text,
           edit_text,
           parse_cell,
           parse_number,
)
from vonapp.ui.editing.clipboard import parse_tsv, to_tsv
from vonapp.ui.editing.command import EditCommand, FollowUp, StepSkipped, push_cell_edits
from vonapp.ui.editing.filtering import FilterLine, FrameProxyModel
from vonapp.ui.editing.model import SORT_ROLE, VALUE_ROLE, CellEdit, FrameTableModel
from vonapp.ui.editing.view import ExcelTableView

__all__ = ["CellEdit", "CellError", "Column", "EditCommand", "ExcelTableView", "FilterLine", "FollowUp", "FrameProxyModel",
           "FrameTableModel", "SORT_ROLE", "VALUE_ROLE", "display_text", "edit_text", "parse_cell", "parse_number",
           "parse_tsv", "push_cell_edits", "StepSkipped", "to_tsv"]
