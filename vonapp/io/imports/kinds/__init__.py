"""The import kinds of DESIGN.md's table, by the name `vonapp import KIND` takes."""

from __future__ import annotations

from vonapp.io.imports.kinds import (
    atgarder,
    belaggning,
    budget,
    ekonomi,
    indikatorer,
    schema,
    tid,
    utforande,
)
from vonapp.io.imports.kinds.base import Kind

KINDS: dict[str, Kind] = {
    m.KIND.name: m.KIND for m in (budget, schema, tid, belaggning, utforande, atgarder, ekonomi, indikatorer)
}
