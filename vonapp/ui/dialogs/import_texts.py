"""The import code's messages in the window's words: no `--replace`, `--map` or `vonapp import undo`.

The import code (shared with the command line) names the command line's options in its messages.
In the window the same advice points at the dialog's own controls and menus instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vonapp.io.imports.look import ambiguous_dates, ignored_headers

if TYPE_CHECKING:
    from vonapp.io.imports.look import FileLook

REPLACE = "”Ersätt befintliga”"
IMPORTS_MENU = "Arkiv → Importer…"

_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"Lägg till --replace för att ersätta (.*?), eller ångra den tidigare importen med "
                r"`vonapp import undo`\."),
     rf"Kryssa i {REPLACE} för att ersätta \1, eller ta bort den tidigare importen under {IMPORTS_MENU}"),
    (re.compile(r"Byt namn på kolumnen i filen eller använd --map \"[^\"]*\"\."),
     "Välj under Kolumner vilken av filens kolumner det är."),
    (re.compile(r"Filen ser ut att vara av typen (\w+): `vonapp import \w+ …`\."),
     r"Filen ser ut att vara av typen \1; välj den under Filtyp."),
    (re.compile(r"Ett schema behöver --from DATUM: måndagen då cykeln börjar\."),
     "Ett schema behöver den måndag då cykeln börjar (”Schemat börjar”)."),
    (re.compile(r"--from (\S+): cykeln"), r"Schemat börjar \1: cykeln"),
    (re.compile(r"eller lägg till --replace för att ändra dem"), f"eller kryssa i {REPLACE} för att ändra dem"),
    (re.compile(r"Skapa den med --map … --profile [^.]*\."), "Välj kolumnerna och spara profilen under Kolumner."),
    (re.compile(r"nästa gång räcker --profile (.*)\."), r"nästa gång väljer du den under Kolumner → Profil."),
    (re.compile(r"Ange enheten med --unit NAMN"), "Välj enheten under Enhet"),
    (re.compile(r"ange enhetens namn med --unit, inte all"), "välj en enhet under Enhet"),
    (re.compile(r"se listan med `vonapp imports`"), f"se listan under {IMPORTS_MENU}"),
    (re.compile(r"\(--from\)"), "(före startdatumet)"),
    (re.compile(r'--map "([^"]*)"'), r'kolumnvalet "\1"'),
    # anything the rules above did not word
    (re.compile(r"--replace"), REPLACE),
    (re.compile(r"`?vonapp import undo( NR)?`?"), IMPORTS_MENU),
    (re.compile(r"--map"), "Kolumner"),
    (re.compile(r"--profile"), "Kolumner → Profil"),
    (re.compile(r"--unit"), "Enhet"),
    (re.compile(r"--from"), "”Schemat börjar”"),
]


def for_window(text: str) -> str:
    """The message with the command line's advice replaced by the window's."""
    for pattern, words in _RULES:
        text = pattern.sub(words, text)
    return text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december")


def day_month(text: str) -> str:
    """`01/03/2023` → `1 mars 2023` (day first, as the import reads it)."""
    d, m, y = (int(p) for p in text.split("/"))
    return f"{d} {MONTH_NAMES[m - 1]} {y if y >= 100 else 2000 + y}"


def warning_lines(look: FileLook | None, chosen: dict[str, str | None] | None) -> list[str]:
    """The file's columns no column is read from, and dates that a month-first file would mean otherwise.

    chosen: column → the file's header it is read from (None: a schedule, whose columns are its days).
    """
    if look is None or chosen is None:
        return []
    lines = []
    ignored = ignored_headers(look.header, chosen)
    if ignored:
        names = ", ".join(f"”{h}”" for h in ignored)
        lines.append((_tr("Kolumnen {0} används inte och hoppas över.") if len(ignored) == 1
                      else _tr("Kolumnerna {0} används inte och hoppas över.")).format(names))
    head = chosen.get("datum")
    odd = ambiguous_dates(look.cells.get(head, [])) if head else []
    if odd:
        lines.append(_tr("Datum som {0} läses som dag/månad/år ({1}); kontrollera att filen inte skriver "
                         "månaden först.").format(odd[0], day_month(odd[0])))
    return lines
