"""`utforande`: a month's worked time, time at the client, idle and declined time (hemtjänst, boendestöd)."""

from __future__ import annotations

import numpy as np

from vonapp.domain.glossary import UnitKind
from vonapp.io.imports.columns import Column
from vonapp.io.imports.kinds.base import (
    Context,
    Kind,
    Plan,
    Rows,
    duplicates,
    fmt_n,
    month_keys,
    month_overlap,
    month_span,
    replace_months,
    year_months,
)
from vonapp.io.imports.problems import ImportRefused
from vonapp.io.imports.writer import Writer
from vonapp.texts import N_

COLUMNS = (
    Column("år", ("year",)),
    Column("månad", ("mån", "period", "month")),
    Column("arbetad tid", ("arbetade timmar", "arbetad tid timmar", "arbetstid")),
    Column("tid hos kund", ("brukartid", "kundtid", "tid hos brukare", "utförd tid")),
    Column("bomtid", ("bomtid timmar", "bom")),
    Column("avböjd tid", ("avböjda besök", "avböjd", "avböjda timmar")),
)
HOURS = ("arbetad tid", "tid hos kund", "bomtid", "avböjd tid")
KINDS = (UnitKind.HEMTJANST.value, UnitKind.BOENDESTOD.value)


def plan(ctx: Context) -> Plan:
    unit = ctx.unit
    assert unit is not None
    if unit.kind not in KINDS:
        raise ImportRefused(f"{ctx.source.name}: utförandefiler gäller hemtjänst och boendestöd; "
                            f"{unit.name} är {unit.kind}.")
    rows = Rows.of(ctx, COLUMNS)
    years, months = year_months(rows)
    hours = {c: rows.floats(c, "ange timmar (0 om inga)") for c in HOURS}
    for c in HOURS:
        rows.flag(c, hours[c] < 0, "är negativt; ange timmar")
    worked = hours["arbetad tid"]
    parts = hours["tid hos kund"] + hours["bomtid"] + hours["avböjd tid"]
    rows.flag("tid hos kund", parts > worked + 0.01,
              np.array([f"+ bomtid + avböjd tid = {fmt_n(p)} timmar, mer än arbetad tid ({fmt_n(w)})"
                        for p, w in zip(parts, worked, strict=True)], dtype=object))
    duplicates(rows, "månad", [None if y is None or m is None else f"{y}-{m:02d}"
                               for y, m in zip(years, months, strict=True)], "månaden")
    rows.fail_if_problems()
    keys = month_keys(years, months)
    first, last = month_span(years, months)
    overlap = month_overlap(ctx, "time_breakdown", keys)
    rate = 100.0 * hours["tid hos kund"].sum() / worked.sum() if worked.sum() else 0.0
    report = [f"{len(rows)} månader, {first:%Y-%m} – {last:%Y-%m}: arbetad tid {fmt_n(worked.sum())} timmar, "
              f"utförandegrad {fmt_n(round(rate, 1))} %"]

    def write(w: Writer) -> None:
        if ctx.replace:
            replace_months(w, "time_breakdown", unit.id, keys)
        w.insert("time_breakdown", ("unit_id", "year", "month", "worked_hours", "client_hours", "idle_hours",
                                    "declined_hours", "batch_id"),
                 [(unit.id, int(y), int(m), *(float(hours[c][i]) for c in HOURS), w.batch_id)
                  for i, (y, m) in enumerate(zip(years, months, strict=True))])

    return Plan(len(rows), report, write, first, last, overlap, f"{unit.name}s månader {first:%Y-%m}–{last:%Y-%m}")


KIND = Kind("utforande", COLUMNS, plan, help=N_("utförandegrad: arbetad tid, tid hos kund, bomtid, avböjd tid"))
