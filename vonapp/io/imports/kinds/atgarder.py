"""`atgarder`: the action plan's measures with their effect this year and full-year effect in tkr."""

from __future__ import annotations

from datetime import date

from vonapp.io.imports.batches import describe_sources
from vonapp.io.imports.columns import Column
from vonapp.io.imports.kinds.base import Context, Kind, Plan, Rows, fmt_n
from vonapp.io.imports.values import year
from vonapp.io.imports.writer import Writer

COLUMNS = (
    Column("år", ("year", "budgetår")),
    Column("åtgärd", ("åtgärdens namn", "namn", "rubrik")),
    Column("beskrivning", ("beskrivning av åtgärd", "kommentar"), required=False),
    Column("effekt år tkr", ("effekt i år tkr", "effekt år", "effekt innevarande år tkr", "effekt tkr")),
    Column("helårseffekt tkr", ("helårseffekt", "effekt helår tkr", "helårseffekt i tkr")),
    Column("status", ("läge",), required=False),
)


def plan(ctx: Context) -> Plan:
    unit = ctx.unit
    assert unit is not None
    rows = Rows.of(ctx, COLUMNS)
    years = rows.parsed("år", year, "ange året")
    names = rows.text("åtgärd")
    rows.require("åtgärd", "ange åtgärdens namn")
    effect = rows.floats("effekt år tkr", "ange effekten i år i tkr (0 om ingen)")
    full = rows.floats("helårseffekt tkr", "ange helårseffekten i tkr (0 om ingen)")
    desc, status = rows.text("beskrivning"), rows.text("status")
    rows.fail_if_problems()
    year_set = sorted({int(y) for y in years})
    where = f"t.year IN ({', '.join(str(y) for y in year_set)})"
    overlap = describe_sources(ctx.session, "measure", unit.id, where, {}, "MIN(t.year), MAX(t.year)")
    report = [f"{len(rows)} åtgärder för {', '.join(map(str, year_set))}: effekt i år {fmt_n(effect.sum())} tkr, "
              f"helårseffekt {fmt_n(full.sum())} tkr"]

    def write(w: Writer) -> None:
        if ctx.replace:
            w.delete_logged("measure", f"unit_id = :u AND year IN ({', '.join(map(str, year_set))})",
                            {"u": unit.id}, children=[("measure_follow_up", "measure_id")])
        pos = {y: 0 for y in year_set}
        data = []
        for i in range(len(rows)):
            y = int(years[i])
            pos[y] += 1
            data.append((unit.id, y, pos[y], names[i], desc[i], float(effect[i]), float(full[i]), status[i],
                         w.batch_id))
        w.insert("measure", ("unit_id", "year", "position", "name", "description", "effect_year_tkr",
                             "full_year_effect_tkr", "status", "batch_id"), data)

    span = (date(year_set[0], 1, 1), date(year_set[-1], 12, 31))
    return Plan(len(rows), report, write, *span, overlap,
                f"{unit.name}s åtgärder för {', '.join(map(str, year_set))} (med deras uppföljning)")


KIND = Kind("atgarder", COLUMNS, plan, help="åtgärdsplanens åtgärder")
