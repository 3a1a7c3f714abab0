"""The window's language: Swedish as written, English from resources/translations/vonapp_en.ts.

The catalogue is read as it is (a Qt Linguist .ts file); a bundle also carries the .qm that
packaging/build.sh compiles from it, which is loaded first when present. Lookups fall back to the
source text alone when the context differs (PySide's `tr()` uses the runtime class, lupdate the
defining one), so a string is never left Swedish because of where it was called from.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from vonapp.assets import resource
from vonapp.texts import LANGUAGES, read_catalogue

__all__ = ["LANGUAGES", "CatalogueTranslator", "Words", "effective_language", "install_language", "read_catalogue"]


class Words(tuple):
    """A fixed list of Swedish words (month names, weekdays …) read in the window's language.

    The lists are made at import, before a translator is installed, so each word is translated when
    it is read: `MONTHS[2]` and iteration give the translation; packaging/translations.py collects the
    words of `Words("ctx", ("…", …))` into the catalogue."""

    context: str

    def __new__(cls, context: str, words: tuple[str, ...] | list[str]) -> Words:
        made = super().__new__(cls, words)
        made.context = context
        return made

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        word = tuple.__getitem__(self, index)
        if isinstance(index, slice):
            return tuple(QCoreApplication.translate(self.context, w) for w in word)
        return QCoreApplication.translate(self.context, word)

    def __iter__(self):  # type: ignore[no-untyped-def, override]
        return (QCoreApplication.translate(self.context, w) for w in tuple.__iter__(self))


def effective_language(setting: str, system: QLocale | None = None) -> str:
    """The language to show: VONAPP_LANGUAGE (for IT's deployment), Visa → Språk, or Swedish on a
    Swedish system and English elsewhere."""
    forced = os.environ.get("VONAPP_LANGUAGE", "")
    if forced in LANGUAGES:
        return forced
    if setting in LANGUAGES:
        return setting
    locale = system or QLocale.system()
    return "sv" if locale.language() == QLocale.Language.Swedish else "en"


class CatalogueTranslator(QTranslator):
    """A QTranslator over a .ts catalogue, matching by context and then by the source text."""

    def __init__(self, path: Path, *, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.exact = read_catalogue(path)
        self.by_source = {source: text for (_ctx, source), text in self.exact.items()}

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str | None:
        # None (a null QString) lets Qt fall back to the source text; "" would show nothing.
        return self.exact.get((context, source)) or self.by_source.get(source) or None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.exact


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language` ("sv" needs none) and return them."""
    if language != "en":
        return []
    installed: list[QTranslator] = []
    compiled = resource("translations", "vonapp_en.qm")
    if compiled.is_file():
        qm = QTranslator(app)
        if qm.load(str(compiled)):
            installed.append(qm)
    catalogue = resource("translations", "vonapp_en.ts")
    if catalogue.is_file():
        installed.append(CatalogueTranslator(catalogue, parent=app))
    for translator in installed:
        app.installTranslator(translator)
    return installed
