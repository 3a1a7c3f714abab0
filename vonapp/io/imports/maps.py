"""Files whose columns and values are named otherwise: --map entries and saved profiles.

`--map "Anst.nr=anställningsnummer,Lönart=kategori,kategori:L110=vikarie,kategori:S01=frånvaro/sjuk"`
maps a file's header to a column of the kind (`RUBRIK=kolumn`) and a value of a column to the
value the contract uses (`kolumn:värde=nytt värde`). A profile saves these per unit and kind in
the meta table under `import_profile:<unit>:<name>`, so next month's file needs only --profile.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pandas as pd
from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.orm import Session

from vonapp.io.imports.columns import Column
from vonapp.io.imports.problems import ImportRefused
from vonapp.io.imports.text import fold, header_key
from vonapp.store.database import Database
from vonapp.store.models import Meta

PROFILE_PREFIX = "import_profile:"


@dataclass
class Maps:
    """Column map (file header → column name) and value maps (column name → {value → value})."""

    columns: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.columns or self.values)

    def merged(self, other: Maps) -> Maps:
        values = {k: dict(v) for k, v in self.values.items()}
        for col, vm in other.values.items():
            values.setdefault(col, {}).update(vm)
        return Maps({**self.columns, **other.columns}, values)

    def column_keys(self) -> dict[str, str]:
        return {header_key(src): dst for src, dst in self.columns.items()}

    def to_json(self, kind: str) -> str:
        return json.dumps({"kind": kind, "columns": self.columns, "values": self.values}, ensure_ascii=False)


def parse_maps(entries: list[str] | None, kind: str, columns: tuple[Column, ...]) -> Maps:
    """Maps from --map arguments; refuses an entry that is not RUBRIK=kolumn or kolumn:värde=värde.

    A value map may name its column by the kind's name, an alias, or the file's header mapped here.
    """
    maps = Maps()
    names = {k: c.name for c in columns for k in c.keys}
    parts = [p.strip() for e in entries or [] for p in e.replace(";", ",").split(",") if p.strip()]
    known = ", ".join(c.name for c in columns)
    for part in parts:
        if "=" not in part:
            raise ImportRefused(f'--map "{part}": skriv RUBRIK=kolumn eller kolumn:värde=nytt värde.')
        left, right = (x.strip() for x in part.split("=", 1))
        if ":" in left:
            continue
        target = names.get(header_key(right))
        if target is None or not left:
            raise ImportRefused(f'--map "{part}": "{right}" är ingen kolumn i {kind}-filer (kolumnerna är {known}).')
        maps.columns[left] = target
    sources = {header_key(src): dst for src, dst in maps.columns.items()}
    for part in parts:
        left, right = (x.strip() for x in part.split("=", 1))
        if ":" not in left:
            continue
        col, value = (x.strip() for x in left.split(":", 1))
        target_col = sources.get(header_key(col)) or names.get(header_key(col))
        if target_col is None or not value:
            raise ImportRefused(f'--map "{part}": "{col}" är ingen kolumn i {kind}-filer (kolumnerna är {known}).')
        maps.values.setdefault(target_col, {})[value] = right
    return maps


def apply_values(cells: pd.Series, value_map: dict[str, str]) -> pd.Series:
    """Cells with mapped values replaced (values compared folded: case, spaces, å/ä/ö)."""
    folded = {fold(k): v for k, v in value_map.items()}
    return cells.map(lambda v: folded.get(fold(v), v) if isinstance(v, str | int | float) else v)


def profile_key(unit: str | None, name: str) -> str:
    return f"{PROFILE_PREFIX}{unit or 'alla'}:{name.strip()}"


def load_profile(session: Session, unit: str | None, name: str, kind: str) -> Maps | None:
    raw = session.scalar(select(Meta.value).where(Meta.key == profile_key(unit, name)))
    if raw is None:
        return None
    data = json.loads(raw)
    if data.get("kind") != kind:
        raise ImportRefused(f"Profilen {name!r} gäller {data.get('kind')}-filer, inte {kind}-filer.")
    return Maps(dict(data.get("columns", {})), {k: dict(v) for k, v in data.get("values", {}).items()})


def profile_names(session: Session, unit: str | None) -> list[str]:
    prefix = f"{PROFILE_PREFIX}{unit or 'alla'}:"
    keys = session.scalars(select(Meta.key).where(Meta.key.startswith(prefix))).all()
    return sorted(k[len(prefix):] for k in keys)


def save_profile(conn: Connection, unit: str | None, name: str, kind: str, maps: Maps) -> None:
    """Save (or overwrite) a profile inside the import's own transaction."""
    key = profile_key(unit, name)
    conn.execute(delete(Meta).where(Meta.key == key))
    conn.execute(insert(Meta).values(key=key, value=maps.to_json(kind)))


def profiles_of(database: Database, unit: str | None) -> list[str]:
    """The names of the profiles saved for the unit (None: budget files, which name their units)."""
    with database.session() as s:
        return profile_names(s, unit)


def profile_columns(database: Database, unit: str | None, name: str, kind: str) -> dict[str, str]:
    """A saved profile's column map (file header → column), for the window to show as its choices."""
    with database.session() as s:
        maps = load_profile(s, unit, name, kind)
    if maps is None:
        raise ImportRefused(f"Profilen {name!r} finns inte för {unit or 'budgetfiler'}.")
    return dict(maps.columns)
