"""The glossary's stored words (categories, absence types, placements …) in the English window: shown in
English, typed in either language, stored in Swedish."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt

from tests.ui.test_translations import english  # noqa: F401 - the fixture
from vonapp.domain.glossary import AbsenceType, Category, OccupancyEvent, Placement
from vonapp.domain.utfall import NOT_COVERED, NOT_STATED
from vonapp.store.changelog import COMMAND_LINE, WINDOW
from vonapp.ui.editing import Column, FrameTableModel
from vonapp.ui.editing.cells import word
from vonapp.ui.editing.words import GLOSSARY_WORDS

STORED = [*(c.value for c in Category), *(a.value for a in AbsenceType), *(p.value for p in Placement),
          *(e.value for e in OccupancyEvent), NOT_COVERED, NOT_STATED, WINDOW, COMMAND_LINE]


def test_every_stored_word_is_in_the_catalogue_list() -> None:
    assert set(STORED) - set(tuple.__iter__(GLOSSARY_WORDS)) == set()


def test_the_swedish_window_shows_the_stored_words() -> None:
    assert [word(w) for w in STORED] == STORED


def test_the_english_window_shows_every_word_in_english(english) -> None:  # noqa: ANN001, F811
    untranslated = [w for w in tuple.__iter__(GLOSSARY_WORDS) if word(w) == w]
    assert untranslated == []
    assert word("sjuk") == "sick" and word("ej placerad") == "not placed"
    assert word("Stortorp") == "Stortorp"  # a unit's name among the placements stays a name


def test_an_english_choice_is_stored_in_swedish(english) -> None:  # noqa: ANN001, F811
    columns = [Column("id", "Id"),
               Column("absence_type", "Frånvarotyp", "choice", editable=True, choices=tuple(a.value for a in AbsenceType))]
    model = FrameTableModel(columns, key="id", frame=pd.DataFrame({"id": [1, 2, 3], "absence_type": ["sjuk", None, None]}))
    assert model.data(model.index(0, 1), Qt.ItemDataRole.DisplayRole) == "sick"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.EditRole) == "sick"  # the editor and the clipboard
    edits = []
    model.edits_requested.connect(edits.extend)
    model.request_edits([(1, 1, "Vacation"), (2, 1, "vab")])  # English, any case; or the stored word
    assert [(e.column, e.new) for e in edits] == [("absence_type", "semester"), ("absence_type", "vab")]
