"""`atgarder`: the action plan's measures with their effect this year and full-year effect in tkr.

Measures are matched by year and name (without regard to case and spacing): a measure the file
names is updated, a new one is added last, and every other measure and every follow-up note stay
as they are. Overwriting a measure that already has other values (e.g. typed in the window) is
listed in the dry run and needs --replace (DESIGN: a replace never deletes what the file does not
name); the undo of the import puts the old values back.
"""

from __future__ import annotations

from datetime import date

import numpy as np
from sqlalchemy import text as sql

from vonapp.domain.plan import STATUSES, normalize_status
from vonapp.io.imports.columns import Column
from vonapp.io.imports.kinds.base import Context, Kind, Plan, Rows, duplicates, fmt_n
from vonapp.io.imports.text import fold, swedish_list
from vonapp.io.imports.values import year
from vonapp.io.imports.writer import Writer
from vonapp.texts import N_

COLUMNS = (
    Column("år", ("year", "budgetår")),
    Column("åtgärd", ("åtgärdens namn", "namn", "rubrik", "åtgärder")),
    Column("beskrivning", ("beskrivning av åtgärd", "beskrivning av åtgärder", "kommentar"), required=False),
    Column("ansvarig", ("ansvarig person", "ansvar för åtgärd"), required=False),
    Column("effekt år tkr", ("effekt i år tkr", "effekt år", "effekt innevarande år tkr", "effekt tkr")),
    Column("helårseffekt tkr", ("helårseffekt", "effekt helår tkr", "helårseffekt i tkr")),
    Column("status", ("läge",), required=False),
)
FIELDS = ("description", "responsible", "effect_year_tkr", "full_year_effect_tkr", "status")
LABELS = {"description": "beskrivning", "responsible": "ansvarig", "effect_year_tkr": "effekt i år",
          "full_year_effect_tkr": "helårseffekt", "status": "status"}


def _shown(field: str, value: object) -> str:
    if field in ("effect_year_tkr", "full_year_effect_tkr"):
        return f"{fmt_n(float(value or 0))} tkr"
    return repr(value or "")


def plan(ctx: Context) -> Plan:
    unit = ctx.unit
    assert unit is not None
    rows = Rows.of(ctx, COLUMNS)
    years = rows.parsed("år", year, "ange året")
    names = np.array([" ".join(n.split()) for n in rows.text("åtgärd")], dtype=object)
    rows.require("åtgärd", "ange åtgärdens namn")
    effect = rows.floats("effekt år tkr", "ange effekten i år i tkr (0 om ingen)")
    full = rows.floats("helårseffekt tkr", "ange helårseffekten i tkr (0 om ingen)")
    desc, resp, raw_status = rows.text("beskrivning"), rows.text("ansvarig"), rows.text("status")
    status = np.array([normalize_status(s) if s else None for s in raw_status], dtype=object)
    rows.flag("status", np.array([bool(s) and st is None for s, st in zip(raw_status, status, strict=True)]),
              f"är ingen status; skriv {swedish_list(STATUSES)}")
    keys = [None if y is None or not n else (int(y), fold(n)) for y, n in zip(years, names, strict=True)]
    duplicates(rows, "åtgärd", [None if k is None else f"{k[0]} {k[1]}" for k in keys], "åtgärden")
    rows.fail_if_problems()

    year_set = sorted({int(y) for y in years})
    in_years = ", ".join(str(y) for y in year_set)
    existing = {}
    for r in ctx.session.execute(sql(
            f"SELECT m.id, m.year, m.name, m.description, m.responsible, m.effect_year_tkr, m.full_year_effect_tkr, "
            f"m.status, (SELECT COUNT(*) FROM measure_follow_up f WHERE f.measure_id = m.id) AS notes "
            f"FROM measure m WHERE m.unit_id = :u AND m.year IN ({in_years})"), {"u": unit.id}).mappings():
        existing[(int(r["year"]), fold(r["name"]))] = dict(r)

    changes: list[tuple[int, dict[str, object]]] = []  # (measure id, new values) of named measures
    overlap: list[str] = []
    new_rows: list[int] = []
    for i, key in enumerate(keys):
        new = {"description": desc[i] or None, "responsible": resp[i] or None, "effect_year_tkr": float(effect[i]),
               "full_year_effect_tkr": float(full[i]), "status": status[i]}
        old = existing.get(key)  # type: ignore[arg-type]
        if old is None:
            new_rows.append(i)
            continue
        # An empty text cell (or no such column) keeps what the measure has.
        wanted = {f: v for f, v in new.items() if v is not None}
        diff = {f: v for f, v in wanted.items() if (old[f] or None) != v}
        if diff:
            changes.append((int(old["id"]), diff))
            what = ", ".join(f"{LABELS[f]} {_shown(f, old[f])} → {_shown(f, v)}" for f, v in diff.items())
            notes = int(old["notes"])
            overlap.append(f"{key[0]} {old['name']}: {what}" + (f" ({notes} uppföljningar behålls)" if notes else ""))  # type: ignore[index]

    named = {k for k in keys}
    kept = [f"{k[0]} {v['name']}" for k, v in existing.items() if k not in named]
    report = [f"{len(rows)} åtgärder för {in_years}: effekt i år {fmt_n(effect.sum())} tkr, "
              f"helårseffekt {fmt_n(full.sum())} tkr ({len(new_rows)} nya, {len(changes)} ändrade, "
              f"{len(rows) - len(new_rows) - len(changes)} oförändrade)"]
    if kept:
        report.append(f"Åtgärder som filen inte nämner behålls: {'; '.join(kept)}.")
    if existing:
        report.append("All uppföljning av åtgärderna behålls.")

    def write(w: Writer) -> None:
        for mid, diff in changes:
            w.log_update("measure", mid)
            sets = ", ".join(f"{f} = :{f}" for f in diff)
            w.execute(f"UPDATE measure SET {sets} WHERE id = :id", {**diff, "id": mid})
        pos = {y: int(w.scalar("SELECT COALESCE(MAX(position), 0) FROM measure WHERE unit_id = :u AND year = :y",
                               {"u": unit.id, "y": y}) or 0) for y in year_set}
        data = []
        for i in new_rows:
            y = int(years[i])
            pos[y] += 1
            data.append((unit.id, y, pos[y], names[i], desc[i], resp[i] or None, float(effect[i]), float(full[i]),
                         status[i] or STATUSES[0], w.batch_id))
        w.insert("measure", ("unit_id", "year", "position", "name", "description", "responsible", "effect_year_tkr",
                             "full_year_effect_tkr", "status", "batch_id"), data)

    span = (date(year_set[0], 1, 1), date(year_set[-1], 12, 31))
    return Plan(len(rows), report, write, *span, overlap,
                "värdena i de åtgärder filen namnger (övriga åtgärder och all uppföljning behålls)")


KIND = Kind("atgarder", COLUMNS, plan, help=N_("åtgärdsplanens åtgärder"))
