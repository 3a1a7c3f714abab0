"""The glossary's stored words, for the catalogue: the database and the files keep them in Swedish,
the window shows them through `vonapp.ui.editing.cells.word` (context "Glossary").

packaging/translations.py collects the literals of `Words(...)`; tests/ui/editing/test_words.py checks
that every stored word of vonapp.domain.glossary is here and has an English translation.
"""

from __future__ import annotations

from vonapp.ui.i18n import Words

GLOSSARY_WORDS = Words("Glossary", (
    # time categories
    "ordinarie", "resurspass", "vikarie", "mertid", "övertid", "inhyrd", "frånvaro",
    # absence types
    "sjuk", "semester", "vab", "föräldraledig", "tjänstledig", "övrigt",
    # where a resurspass went, and how an absence was covered
    "egen enhet", "annan enhet", "ej placerad", "ej ersatt", "ej angivet",
    # occupancy events
    "inflytt", "utflytt",
    # where a change came from
    "fönstret", "kommandoraden",
    # yes and no in a choice column
    "ja", "nej",
))
