"""Finding a kind's columns in a file's header: names, aliases and the user's --map."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from vonapp.io.imports.problems import ImportRefused
from vonapp.io.imports.reading import Table
from vonapp.io.imports.text import header_key
from vonapp.texts import t


@dataclass(frozen=True)
class Column:
    """A column of an import kind: its contract name (as in DESIGN.md) and what else it is called."""

    name: str
    aliases: tuple[str, ...] = ()
    required: bool = True

    @property
    def keys(self) -> set[str]:
        return {k for k in (header_key(self.name), *(header_key(a) for a in self.aliases)) if k}


class MissingColumns(ImportRefused):
    def __init__(self, message: str, missing: list[str], header: list[str]) -> None:
        super().__init__(message)
        self.missing = missing
        self.header = header


@dataclass
class Found:
    """A matched column: the header as the file writes it, and its cells."""

    header: str
    cells: pd.Series


def known_headers(columns: tuple[Column, ...], column_map: dict[str, str]) -> set[str]:
    keys: set[str] = set(column_map)
    for c in columns:
        keys |= c.keys
    return keys


def match(table: Table, columns: tuple[Column, ...], column_map: dict[str, str]) -> dict[str, Found]:
    """Column name → Found for each column of the kind present in the table.

    `column_map` maps a header key of the file to a column name of the kind (from --map or a
    profile); it wins over the built-in aliases.
    """
    by_key: dict[str, Column] = {}
    for c in columns:
        for k in c.keys:
            by_key.setdefault(k, c)
    for source, target in column_map.items():
        col = next((c for c in columns if header_key(c.name) == header_key(target)), None)
        if col is not None:
            by_key[source] = col
    found: dict[str, Found] = {}
    for i, head in enumerate(table.header):
        k = header_key(head)
        col = by_key.get(k)
        if col is None:
            continue
        if col.name in found:
            raise ImportRefused(f'{table.file_name}: kolumnerna "{found[col.name].header}" och "{head}" '
                                f'betyder båda "{col.name}"; ta bort eller byt namn på den ena.')
        found[col.name] = Found(head, table.columns[i])
    missing = [c.name for c in columns if c.required and c.name not in found]
    if missing:
        names = ", ".join(f'"{m}"' for m in missing)
        has = ", ".join(f'"{h}"' for h in table.header if h) or t("inga rubriker")
        text = (t('{file}: kolumnen {names} saknas (rubrikraden har {has}). Byt namn på kolumnen i filen eller '
                  'använd --map "DIN RUBRIK={column}".', file=table.file_name, names=names, has=has,
                  column=missing[0]) if len(missing) == 1 else
                t('{file}: kolumnerna {names} saknas (rubrikraden har {has}). Byt namn på kolumnen i filen eller '
                  'använd --map "DIN RUBRIK={column}".', file=table.file_name, names=names, has=has,
                  column=missing[0]))
        raise MissingColumns(text, missing, table.header)
    return found


def fit(table_header: list[str], columns: tuple[Column, ...]) -> float:
    """Share of a kind's required columns that a header names: for guessing a file's kind."""
    keys = {header_key(h) for h in table_header}
    req = [c for c in columns if c.required]
    return sum(1 for c in req if c.keys & keys) / max(len(req), 1)
