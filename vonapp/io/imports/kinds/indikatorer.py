"""`indikatorer`: key figures (nyckeltal, indikatorer) with Kolada id, target, outcome and assessment per year.

An indicator is matched within the unit by its Kolada id, else by its name (without regard to case
and spacing); a new one is added. A year's values that differ from what is stored are listed in the
dry run and need --replace; the undo of the import puts them back and removes what it added.
"""

from __future__ import annotations

import numpy as np
from sqlalchemy import text as sql

from vonapp.domain.glossary import Assessment
from vonapp.io.imports.columns import Column
from vonapp.io.imports.kinds.base import Context, Kind, Plan, Rows, duplicates, fmt_n
from vonapp.io.imports.text import fold, swedish_list
from vonapp.io.imports.values import CellError, year, yes_no
from vonapp.io.imports.writer import Writer
from vonapp.texts import N_

COLUMNS = (
    Column("år", ("year", "budgetår")),
    Column("indikator", ("nyckeltal", "indikatorns namn", "namn")),
    Column("målområde", ("nämndens mål", "målet", "mål för nämnden"), required=False),
    Column("kolada-id", ("kolada", "koladaid", "nyckeltals-id", "id"), required=False),
    Column("måttenhet", ("enhet för måttet", "mått"), required=False),
    Column("målvärde", ("mål", "mål år", "målnivå"), required=False),
    Column("utfall", ("utfall år", "preliminärt utfall", "värde"), required=False),
    Column("preliminärt", ("preliminär",), required=False),
    Column("bedömning", ("måluppfyllelse", "signal"), required=False),
)
ASSESSMENTS = {fold(a.value): a.value for a in Assessment}
LABELS = {"target": "målvärde", "value": "utfall", "assessment": "bedömning"}


def _shown(v: object) -> str:
    if v is None:
        return "–"
    if isinstance(v, float | int):
        return fmt_n(float(v))
    return str(v)


def _kolada(value: object) -> str:
    t = str(value).strip().upper()
    if not (1 < len(t) <= 16 and t[0].isalpha() and t[1:].isdigit()):
        raise CellError("är inget Kolada-id; skriv t.ex. U23516")
    return t


def _assessment(value: object) -> str:
    found = ASSESSMENTS.get(fold(value))
    if found is None:
        raise CellError(f"är ingen bedömning; skriv {swedish_list([a.value for a in Assessment])}")
    return found


def plan(ctx: Context) -> Plan:
    unit = ctx.unit
    assert unit is not None
    rows = Rows.of(ctx, COLUMNS)
    years = rows.parsed("år", year, "ange året")
    names = np.array([" ".join(n.split()) for n in rows.text("indikator")], dtype=object)
    rows.require("indikator", "ange indikatorns namn")
    goals, units_of = rows.text("målområde"), rows.text("måttenhet")
    kolada = rows.parsed("kolada-id", _kolada, required=False)
    targets = rows.floats("målvärde", required=False)
    values = rows.floats("utfall", required=False)
    prelim = rows.parsed("preliminärt", yes_no, required=False)
    assess = rows.parsed("bedömning", _assessment, required=False)
    duplicates(rows, "indikator", [None if y is None or not n else f"{y} {n}" for y, n in
                                   zip(years, names, strict=True)], "indikatorn för året")
    rows.fail_if_problems()

    known = {}
    for r in ctx.session.execute(sql("SELECT id, name, kolada_id FROM indicator WHERE unit_id = :u"),
                                 {"u": unit.id}).mappings():
        known[("k", r["kolada_id"])] = int(r["id"]) if r["kolada_id"] else None
        known[("n", fold(r["name"]))] = int(r["id"])
    known.pop(("k", None), None)
    stored = {}
    if known:
        ids = ", ".join(str(i) for i in set(known.values()) if i is not None)
        for r in ctx.session.execute(sql(
                f"SELECT v.id, v.indicator_id, v.year, v.target, v.value, v.preliminary, v.assessment, i.name "
                f"FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id WHERE v.indicator_id IN ({ids})"
        )).mappings():
            stored[(int(r["indicator_id"]), int(r["year"]))] = dict(r)

    def which(i: int) -> int | None:
        if kolada[i] and ("k", kolada[i]) in known:
            return known[("k", kolada[i])]
        return known.get(("n", fold(names[i])))

    overlap, new_names = [], []
    for i in range(len(rows)):
        ind = which(i)
        if ind is None:
            new_names.append(names[i])
            continue
        old = stored.get((ind, int(years[i])))
        if old is None:
            continue
        new = {"target": targets[i], "value": values[i], "assessment": assess[i]}
        diff = [f"{LABELS[k]} {_shown(old[k])} → {_shown(v)}" for k, v in new.items()
                if v is not None and not (isinstance(v, float) and np.isnan(v)) and old[k] != v]
        if diff:
            overlap.append(f"{int(years[i])} {old['name']}: {', '.join(diff)}")
    n_new = len(set(new_names))
    report = [f"{len(rows)} {'indikatorvärde' if len(rows) == 1 else 'indikatorvärden'} för "
              f"{', '.join(map(str, sorted({int(y) for y in years})))} "
              f"({n_new} {'ny indikator' if n_new == 1 else 'nya indikatorer'})"]

    def num(x: object) -> float | None:
        return None if x is None or (isinstance(x, float) and np.isnan(x)) else float(x)  # type: ignore[arg-type]

    def write(w: Writer) -> None:
        added: dict[str, int] = {}
        for i in range(len(rows)):
            ind = which(i) or added.get(fold(names[i]))
            if ind is None:
                w.insert("indicator", ("unit_id", "name", "kolada_id", "measure_unit", "higher_is_better", "goal",
                                       "batch_id"),
                         [(unit.id, names[i], kolada[i], units_of[i], True, goals[i] or None, w.batch_id)])
                ind = int(w.scalar("SELECT MAX(id) FROM indicator WHERE unit_id = :u AND name = :n AND batch_id = :b",
                                   {"u": unit.id, "n": names[i], "b": w.batch_id}))  # type: ignore[arg-type]
                added[fold(names[i])] = ind
            elif goals[i]:
                w.log_update("indicator", ind)  # an undo takes the goal away again
                w.execute("UPDATE indicator SET goal = :g WHERE id = :id AND goal IS NULL", {"g": goals[i], "id": ind})
            new = {"target": num(targets[i]), "value": num(values[i]), "assessment": assess[i],
                   "preliminary": None if prelim[i] is None else bool(prelim[i])}
            old = stored.get((ind, int(years[i])))
            if old is None:
                w.insert("indicator_value", ("indicator_id", "year", "target", "value", "preliminary", "assessment",
                                             "batch_id"),
                         [(ind, int(years[i]), new["target"], new["value"], bool(new["preliminary"]),
                           new["assessment"], w.batch_id)])
                continue
            sets = {k: v for k, v in new.items() if v is not None}
            if sets:
                w.log_update("indicator_value", int(old["id"]))
                w.execute(f"UPDATE indicator_value SET {', '.join(f'{k} = :{k}' for k in sets)} WHERE id = :id",
                          {**sets, "id": int(old["id"])})

    return Plan(len(rows), report, write, None, None, overlap,
                f"{unit.name}s indikatorvärden för de år filen nämner")


KIND = Kind("indikatorer", COLUMNS, plan, help=N_("nyckeltal och indikatorer: Kolada-id, mål, utfall, bedömning"))
