"""`ekonomi`: budget and outcome in kr per month and finance category; revenue positive, costs negative."""

from __future__ import annotations

import numpy as np

from vonapp.domain.glossary import FinanceCategory
from vonapp.io.imports.columns import Column
from vonapp.io.imports.kinds.base import (
    Context,
    Kind,
    Plan,
    Rows,
    duplicates,
    fmt_n,
    lookup,
    month_keys,
    month_overlap,
    month_span,
    replace_months,
    year_months,
)
from vonapp.io.imports.text import fold, swedish_list
from vonapp.io.imports.writer import Writer
from vonapp.texts import N_

COLUMNS = (
    Column("år", ("year",)),
    Column("månad", ("mån", "period", "month")),
    Column("kategori", ("kostnadsslag", "post", "category")),
    Column("budget kr", ("budget", "budget i kr", "budgeterat")),
    Column("utfall kr", ("utfall", "utfall i kr", "bokfört"), required=False),
)
CATEGORIES = {fold(c.value): c.value for c in FinanceCategory} | {
    "intakt": FinanceCategory.INTAKTER.value, "personal": FinanceCategory.PERSONALKOSTNADER.value,
    "personalkostnad": FinanceCategory.PERSONALKOSTNADER.value, "lokalhyra": FinanceCategory.LOKALHYROR.value,
    "lokaler": FinanceCategory.LOKALHYROR.value, "kop av tjanst": FinanceCategory.KOP_AV_TJANSTER.value,
    "ovriga": FinanceCategory.OVRIGA_KOSTNADER.value, "ovrig kostnad": FinanceCategory.OVRIGA_KOSTNADER.value,
}
HINT = "tillåtna: " + swedish_list([c.value for c in FinanceCategory])


def plan(ctx: Context) -> Plan:
    unit = ctx.unit
    assert unit is not None
    rows = Rows.of(ctx, COLUMNS)
    years, months = year_months(rows)
    cells = rows.text("kategori")
    rows.require("kategori", HINT)
    cats, ok = lookup(cells, CATEGORIES)
    rows.flag("kategori", (cells != "") & ~ok, f"är ingen känd kategori; {HINT}")
    budget = rows.floats("budget kr", "ange budget i kr (0 om ingen)")
    outcome = rows.floats("utfall kr", required=False)
    duplicates(rows, "kategori", [None if y is None or m is None or c is None else f"{c} {y}-{m:02d}"
                                  for y, m, c in zip(years, months, cats, strict=True)], "kategorin och månaden")
    rows.fail_if_problems()
    # Whatever sign the file uses: revenue is stored positive and costs negative.
    sign = np.where(cats == FinanceCategory.INTAKTER.value, 1.0, -1.0)
    budget, outcome = sign * np.abs(budget), sign * np.abs(outcome)
    keys = month_keys(years, months)
    first, last = month_span(years, months)
    overlap = month_overlap(ctx, "finance_line", keys)
    report = [f"{len(rows)} rader, {first:%Y-%m} – {last:%Y-%m}: budget netto {fmt_n(round(budget.sum()))} kr, "
              f"utfall netto {fmt_n(round(np.nansum(outcome)))} kr"]

    def write(w: Writer) -> None:
        if ctx.replace:
            replace_months(w, "finance_line", unit.id, keys)
        w.insert("finance_line", ("unit_id", "year", "month", "category", "budget_kr", "outcome_kr", "batch_id"),
                 [(unit.id, int(years[i]), int(months[i]), cats[i], float(budget[i]),
                   None if np.isnan(outcome[i]) else float(outcome[i]), w.batch_id) for i in range(len(rows))])

    return Plan(len(rows), report, write, first, last, overlap,
                f"{unit.name}s ekonomirader {first:%Y-%m}–{last:%Y-%m}")


KIND = Kind("ekonomi", COLUMNS, plan, help=N_("budget och utfall i kr per månad och kategori"))
