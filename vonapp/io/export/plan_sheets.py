"""The plan areas in the uppföljningsfil and the CSV: measures with status and latest follow-up, key
figures against their targets, the manager's prognos per category, and the compensation comparison."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from vonapp.domain.plan import kpi_verdicts
from vonapp.io.export.data import Report
from vonapp.io.export.figures import HOURS, KR, PCT, TKR
from vonapp.io.export.plan_data import PlanExtras
from vonapp.io.export.safe import csv_text
from vonapp.io.export.xlsx_book import DATE, NUM1, TEXT, Book
from vonapp.io.export.xlsx_sheets import HEADER_ROW, title

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
CATEGORY_LABELS = {"intäkter": "Verksamhetens intäkter", "personalkostnader": "Personalkostnader",
                   "lokalhyror": "Lokalhyror", "köp av tjänster": "Köp av tjänster",
                   "övriga kostnader": "Övriga kostnader"}
KPI = [("execution_rate", "Utförandegrad"), ("idle_rate", "Bomtid"), ("declined_rate", "Avböjda besök"),
       ("sick_rate", "Sjukfrånvaro"), ("hourly_paid_share", "Andel timavlönade")]


def _v(x: object) -> object:
    return None if x is None or (isinstance(x, float) and pd.isna(x)) else x


def verdict_word(ok: bool | None) -> str:
    return "" if ok is None else ("uppfyllt" if ok else "ej uppfyllt")


def write_plan_sheets(book: Book, report: Report) -> None:
    """Åtgärdsplan, Nyckeltal per månad, Prognos ekonomi and (when the unit has one) Ersättningsmodell."""
    extras: PlanExtras | None = getattr(report, "plan", None)
    if extras is None:
        return
    _measures(book, report, extras)
    _kpi(book, report, extras)
    _finance(book, report, extras)
    if extras.compensation is not None:
        _compensation(book, report, extras)


def _measures(book: Book, report: Report, x: PlanExtras) -> None:
    s = book.sheet("Åtgärdsplan")
    title(s, report, f"Åtgärdsplan {x.year} med uppföljning (tkr)")
    lead = ["Enhet"] if report.all_units else []
    s.header(HEADER_ROW, 0, [*lead, "Åtgärd", "Ansvarig", f"Effekt {x.year}", "Helårseffekt", "Status",
                             "Senaste uppföljning", "Uppföljningens text"])
    s.wrap(len(lead) + 6, 60)
    row = HEADER_ROW + 1
    for r in x.plan.measures.itertuples(index=False):
        cells = [(r.unit, TEXT)] if report.all_units else []
        s.row(row, 0, [*cells, (r.name, TEXT), (_v(r.responsible), TEXT), (r.effect_year_tkr, TKR),
                       (r.full_year_effect_tkr, TKR), (r.status, TEXT), (_v(r.latest_note_on), DATE),
                       (_v(r.latest_note), TEXT)])
        row += 1
    t = x.plan.totals
    pad = [(None, TEXT)] * len(lead)
    s.row(row, 0, [("Totalt", TEXT), *pad, (None, TEXT), (t.effect_year_tkr, TKR), (t.full_year_effect_tkr, TKR),
                   (None, TEXT), (None, TEXT), (None, TEXT)], total=True)
    for i, (label, value) in enumerate([("Åtgärdskrav", t.requirement_tkr),
                                        ("Kvar att hitta (åtgärdskrav − effekt i år)", t.gap_tkr)], start=row + 2):
        s.text(i, 0, label, book.label, fit=False)
        s.cell(i, 2 + len(lead), value, TKR)
    row += 5
    if x.by_unit is not None:
        s.text(row, 0, "Enheterna sida vid sida", book.label, fit=False)
        s.header(row + 1, 0, ["Enhet", "Verksamhet", "Åtgärder", "Åtgärdskrav", f"Effekt {x.year}", "Helårseffekt",
                              "Kvar att hitta"])
        row += 2
        for r in x.by_unit.itertuples(index=False):
            s.row(row, 0, [(r.unit, TEXT), (r.kind, TEXT), (r.measures, NUM1), (_v(r.requirement_tkr), TKR),
                           (r.effect_year_tkr, TKR), (r.full_year_effect_tkr, TKR), (_v(r.gap_tkr), TKR)])
            row += 1
    s.finish(freeze_row=HEADER_ROW + 1, header_row=HEADER_ROW)


def _kpi(book: Book, report: Report, x: PlanExtras) -> None:
    s = book.sheet("Nyckeltal per månad")
    t = x.kpi.targets
    title(s, report, f"Nyckeltal per månad {x.year}")
    s.header(HEADER_ROW, 0, ["Månad", "Arbetad tid", "Tid hos kund", "Bomtid h", "Avböjd tid",
                             *[label for _, label in KPI], "Utförandegrad mot mål", "Bomtid mot mål",
                             "Avböjda mot mål"])
    rows = [(MONTHS[int(r["month"]) - 1], r) for _, r in x.kpi.months.iterrows()]
    rows.append((f"Helår {x.year}", pd.Series(x.kpi.year_row)))
    row = HEADER_ROW + 1
    for label, r in rows:
        ok = kpi_verdicts(_v(r["execution_rate"]), _v(r["idle_rate"]), _v(r["declined_rate"]), t)
        s.row(row, 0, [(label, TEXT), *[(_v(r[c]), HOURS) for c in ("worked_hours", "client_hours", "idle_hours",
                                                                     "declined_hours")],
                       *[(_v(r[k]), PCT) for k, _ in KPI],
                       *[(verdict_word(ok[k]), TEXT) for k in ("execution_rate", "idle_rate", "declined_rate")]],
              total=label.startswith("Helår"))
        row += 1
    s.note(row + 1, 0, f"Mål {x.year}: utförandegrad minst {t.execution_target_pct:g} %, bomtid under "
                       f"{t.idle_max_pct:g} %, avböjda under {t.declined_max_pct:g} % av arbetad tid"
                       + ("" if t.stored else " (standardmål)") + ". Helåret är en kvot av summor.")
    row += 3
    ind = x.indicators
    s.text(row, 0, "Indikatorer", book.label, fit=False)
    s.header(row + 1, 0, ["Mål", "Indikator", "Kolada-id", "Måttenhet", f"Mål {x.year}", f"Utfall {x.year}",
                          f"Utfall {x.year - 1}", f"Utfall {x.year - 2}", "Bedömning", "Preliminärt"])
    row += 2
    for r in ind.itertuples(index=False):
        s.row(row, 0, [(r.goal, TEXT), (r.name, TEXT), (r.kolada_id, TEXT), (r.measure_unit, TEXT),
                       (_v(r.target), NUM1), (_v(r.value), NUM1), (_v(r.previous_value), NUM1),
                       (_v(r.previous2_value), NUM1), (r.assessment, TEXT),
                       ("ja" if r.preliminary else "", TEXT)])
        row += 1
    s.finish(freeze_row=HEADER_ROW + 1, freeze_col=1, header_row=HEADER_ROW)


def _finance(book: Book, report: Report, x: PlanExtras) -> None:
    s = book.sheet("Prognos ekonomi")
    title(s, report, f"Prognos helår (ekonomi) {x.year} (kr)")
    s.header(HEADER_ROW, 0, ["Kategori", "Budget helår", "Utfall hittills", "Prognos helår (ekonomi)",
                             "Prognosens datum", "Föregående prognos", "Förändring sedan förra prognosen",
                             "Avvikelse prognos/budget", "Utfall samma period i fjol", "Diff. utfall mot i fjol"])
    row = HEADER_ROW + 1
    for r in x.finance.table.itertuples(index=False):
        s.row(row, 0, [(CATEGORY_LABELS.get(r.category, r.category), TEXT), (_v(r.budget_year_kr), KR),
                       (_v(r.outcome_kr), KR), (_v(r.forecast_kr), KR), (_v(r.forecast_made_on), DATE),
                       (_v(r.previous_forecast_kr), KR), (_v(r.change_kr), KR), (_v(r.deviation_kr), KR),
                       (_v(r.outcome_last_year_kr), KR), (_v(r.outcome_change_kr), KR)])
        row += 1
    last = int(x.finance.table["last_month"].max()) if not x.finance.table.empty else 0
    through = f"till och med {MONTHS[last - 1]}" if last else "inget utfall ännu"
    s.note(row + 1, 0, f"Utfall {through}. Där chefen inte satt en prognos är den utfall hittills + budget för "
                       "resterande månader. Kostnader är negativa; avvikelse = prognos − budget (positiv är bättre).")
    s.finish(freeze_row=HEADER_ROW + 1, freeze_col=1, header_row=HEADER_ROW)


def _compensation(book: Book, report: Report, x: PlanExtras) -> None:
    c = x.compensation
    assert c is not None
    s = book.sheet("Ersättningsmodell")
    title(s, report, f"Ersättningsmodell {x.year}")
    s.header(HEADER_ROW, 0, ["Modell", "Beviljad tid (h)", "Budgeterad utförandegrad", "Brukartid av arbetad tid",
                             "Timkostnad (kr)", "Budget (kr)", f"Skillnad mot {c.models[0].name} (kr)"])
    row = HEADER_ROW + 1
    for i, m in enumerate(c.models):
        s.row(row, 0, [(m.name, TEXT), (m.granted_hours, HOURS), (m.execution_share_pct, PCT),
                       (m.client_time_share_pct, PCT), (m.hourly_cost, KR), (m.budget_kr, KR),
                       (c.difference_from_first(i), KR)])
        row += 1
    a = c.actual
    if a is not None:
        s.row(row, 0, [(f"Enhetens egna andelar ({a.months} mån)", TEXT), (c.models[0].granted_hours, HOURS),
                       (a.execution_share_pct, PCT), (a.client_time_share_pct, PCT), (c.models[0].hourly_cost, KR),
                       (c.actual_budget_kr, KR), (None if c.actual_budget_kr is None
                                                  else c.actual_budget_kr - c.models[0].budget_kr, KR)], total=True)
    s.note(row + 2, 0, "Budget = beviljad tid × budgeterad utförandegrad ÷ brukartid av arbetad tid × timkostnad.")
    s.finish(freeze_row=HEADER_ROW + 1, header_row=HEADER_ROW)


def plan_csv_rows(report: Report, number) -> Iterator[list[str]]:  # noqa: ANN001 - csv_long.number
    """Long-table rows of the plan areas (enhet; ansvar; verksamhetskod; period; mått; värde)."""
    x: PlanExtras | None = getattr(report, "plan", None)
    if x is None:
        return
    unit = report.unit_label
    year = str(x.year)

    def row(measure: str, value: object, when: str = year, who: str = unit) -> list[str]:
        return [csv_text(who), csv_text(report.ansvar), csv_text(report.activity_code), csv_text(when),
                csv_text(measure), number(_v(value))]

    for r in x.plan.measures.itertuples(index=False):
        who = r.unit if report.all_units else unit
        yield row(f"Åtgärd {r.name}: effekt i år (tkr)", r.effect_year_tkr, who=who)
        yield row(f"Åtgärd {r.name}: helårseffekt (tkr)", r.full_year_effect_tkr, who=who)
        yield row(f"Åtgärd {r.name}: status {r.status}", None, who=who)
        if _v(r.latest_note):
            yield row(f"Åtgärd {r.name}: senaste uppföljning {r.latest_note_on}: {r.latest_note}", None, who=who)
    t = x.plan.totals
    yield row("Åtgärdsplan effekt i år totalt (tkr)", t.effect_year_tkr)
    yield row("Åtgärdsplan helårseffekt totalt (tkr)", t.full_year_effect_tkr)
    yield row("Åtgärdsplan kvar att hitta (tkr)", t.gap_tkr)
    targets = x.kpi.targets
    yield row("Mål utförandegrad (%)", targets.execution_target_pct)
    yield row("Mål bomtid under (%)", targets.idle_max_pct)
    yield row("Mål avböjda under (%)", targets.declined_max_pct)
    for _, r in x.kpi.months.iterrows():
        when = f"{x.year}-{int(r['month']):02d}"
        for key, label in KPI:
            if _v(r[key]) is not None:
                yield row(f"{label} per månad (%)", r[key], when)
    for r in x.indicators.itertuples(index=False):
        name = f"Indikator {r.name}" + (f" ({r.kolada_id})" if r.kolada_id else "")
        yield row(f"{name} mål", r.target)
        yield row(f"{name} utfall", r.value)
        if r.assessment:
            yield row(f"{name} bedömning {r.assessment}", None)
    for r in x.finance.table.itertuples(index=False):
        label = CATEGORY_LABELS.get(r.category, r.category)
        yield row(f"Ekonomi {label} prognos helår (ekonomi) (kr)", r.forecast_kr)
        yield row(f"Ekonomi {label} förändring sedan förra prognosen (kr)", r.change_kr)
        yield row(f"Ekonomi {label} avvikelse prognos/budget (kr)", r.deviation_kr)
    c = x.compensation
    if c is not None:
        for m in c.models:
            yield row(f"Ersättningsmodell {m.name}: budget (kr)", m.budget_kr)
        yield row("Ersättningsmodell skillnad (kr)", c.difference_kr)
        if c.actual is not None:
            yield row("Ersättningsmodell egen utförandegrad av beviljad tid (%)", c.actual.execution_share_pct)
            yield row("Ersättningsmodell egen brukartid av arbetad tid (%)", c.actual.client_time_share_pct)
