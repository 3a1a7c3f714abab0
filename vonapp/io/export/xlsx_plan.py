"""The table sheets of the follow-up file: Åtgärder, Nyckeltal, Ekonomi, Timavlönade, Enheter."""

from __future__ import annotations

import pandas as pd

from vonapp.io.export.data import Report
from vonapp.io.export.figures import HOURS, KR, TKR, UNIT_COLUMNS, figure, value_of
from vonapp.io.export.finance import FORECAST_LABEL, NOTE, finance_table, last_outcome_month
from vonapp.io.export.xlsx_book import NUM1, TEXT, Book
from vonapp.io.export.xlsx_sheets import HEADER_ROW, title

SWEDISH_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                  "oktober", "november", "december"]


def write_measures(book: Book, report: Report) -> None:
    """The seed's action-plan table: Åtgärd, Beskrivning, Effekt (year), Helårseffekt, Status; tkr."""
    s = book.sheet("Åtgärder")
    title(s, report, "Åtgärder (tkr)")
    lead = ["Enhet"] if report.all_units else []
    s.header(HEADER_ROW, 0, [*lead, "Åtgärd", "Beskrivning", f"Effekt {report.year}", "Helårseffekt", "Status"])
    s.wrap(1 + len(lead), 50)
    m = report.measures
    row = HEADER_ROW + 1
    for rec in m.itertuples(index=False):
        cells = [(rec.unit, TEXT)] if report.all_units else []
        cells += [(rec.name, TEXT), (rec.description, TEXT), (rec.effect_year_tkr, TKR),
                  (rec.full_year_effect_tkr, TKR), (rec.status, TEXT)]
        s.row(row, 0, cells)
        row += 1
    pad = [(None, TEXT)] * len(lead)
    s.row(row, 0, [("Totalt", TEXT), *pad, (None, TEXT), (m["effect_year_tkr"].sum(min_count=1), TKR),
                   (m["full_year_effect_tkr"].sum(min_count=1), TKR), (None, TEXT)], total=True)
    ms = report.summary.measures
    label_col, value_col = 0, 2 + len(lead)
    for i, (label, value) in enumerate([("Åtgärdskrav", ms.requirement_tkr),
                                        ("Kvar att hitta (åtgärdskrav − effekt i år)", ms.gap_tkr)], start=row + 2):
        s.text(i, label_col, label, book.label, fit=False)
        s.cell(i, value_col, value, TKR)
    s.finish(freeze_row=HEADER_ROW + 1, header_row=HEADER_ROW)


def write_indicators(book: Book, report: Report) -> None:
    s = book.sheet("Nyckeltal")
    title(s, report, "Nyckeltal")
    y = report.year
    earlier = [y - 1, y - 2, y - 3]
    lead = ["Enhet"] if report.all_units else []
    s.header(HEADER_ROW, 0, [*lead, "Nyckeltal", "Kolada-id", "Måttenhet", f"Mål {y}", f"Utfall {y}",
                             *[f"Utfall {e}" for e in earlier], "Bedömning", "Preliminärt"])
    s.wrap(len(lead), 50)
    row = HEADER_ROW + 1
    for _, rows in report.indicators.groupby("indicator_id", sort=False):
        first = rows.iloc[0]
        by_year = {int(r.year): r for r in rows.itertuples(index=False) if not pd.isna(r.year)}
        now = by_year.get(y)
        cells = [(first["unit"], TEXT)] if report.all_units else []
        cells += [(first["name"], TEXT), (first["kolada_id"], TEXT), (first["measure_unit"], TEXT),
                  (None if now is None else now.target, NUM1), (None if now is None else now.value, NUM1)]
        cells += [(by_year[e].value if e in by_year else None, NUM1) for e in earlier]
        cells += [(None if now is None else now.assessment, TEXT),
                  ("ja" if now is not None and now.preliminary else "", TEXT)]
        s.row(row, 0, cells)
        row += 1
    if row == HEADER_ROW + 1:
        s.note(row, 0, "Inga nyckeltal registrerade.")
    s.finish(freeze_row=HEADER_ROW + 1, header_row=HEADER_ROW)


def write_finance(book: Book, report: Report) -> None:
    s = book.sheet("Ekonomi")
    title(s, report, f"Ekonomi {report.year} (kr)")
    s.header(HEADER_ROW, 0, ["Kategori", "Budget helår", "Budget perioden", "Utfall perioden",
                             "Avvikelse perioden", FORECAST_LABEL, "Avvikelse helår (ekonomi)"])
    table = finance_table(report.finance, report.period)
    row = HEADER_ROW + 1
    for rec in table.itertuples(index=False):
        s.row(row, 0, [(rec.label, TEXT), (rec.budget_year_kr, KR), (rec.budget_kr, KR), (rec.outcome_kr, KR),
                       (rec.deviation_kr, KR), (rec.forecast_kr, KR), (rec.forecast_deviation_kr, KR)],
              total=bool(rec.is_total))
        row += 1
    if table.empty:
        s.note(row, 0, f"Inga ekonomirader för {report.year}.")
    last = last_outcome_month(report.finance, report.period) if not report.finance.empty else None
    month = f"{SWEDISH_MONTHS[last - 1]} {report.year}" if last else "ingen månad ännu"
    s.note(row + 1, 0, NOTE.format(month=month))
    s.finish(freeze_row=HEADER_ROW + 1, freeze_col=1, header_row=HEADER_ROW)


def write_hourly(book: Book, report: Report) -> None:
    """Vikarie hours per employee: what the hourly-paid share is made of (the only sheet with names)."""
    s = book.sheet("Timavlönade")
    title(s, report, "Timavlönade (vikarietimmar)")
    lead = ["Enhet"] if report.all_units else []
    s.header(HEADER_ROW, 0, [*lead, "Anställningsnummer", "Namn", "Vikarietimmar"])
    h = report.hourly
    row = HEADER_ROW + 1
    for rec in h.itertuples(index=False):
        cells = [(rec.unit, TEXT)] if report.all_units else []
        s.row(row, 0, [*cells, (rec.employment_number, TEXT), (rec.name, TEXT), (rec.hours, HOURS)])
        row += 1
    pad = [(None, TEXT)] * len(lead)
    s.row(row, 0, [("Summa", TEXT), *pad, (None, TEXT), (h["hours"].sum(min_count=1), HOURS)], total=True)
    if report.pseudonymized:
        s.note(row + 2, 0, "Namn och anställningsnummer är ersatta med pseudonymer (Anställd 1, 2 …).")
    s.finish(freeze_row=HEADER_ROW + 1, header_row=HEADER_ROW)


def write_units(book: Book, report: Report) -> None:
    """All units side by side: one row per unit with the main figures, and the total of all."""
    s = book.sheet("Enheter")
    title(s, report, "Enheterna jämförda")
    figs = [figure(k) for k in UNIT_COLUMNS]
    total = report.summary.to_json_dict()
    s.header(HEADER_ROW, 0, ["Enhet", "Verksamhet", "Ansvar", "Verksamhetskod", *[f.label_for(total) for f in figs]])
    info = {u.name: u for u in report.units}
    row = HEADER_ROW + 1
    for summary in report.unit_rows:
        u = info[summary.unit]
        data = summary.to_json_dict()
        s.row(row, 0, [(u.name, TEXT), (u.kind, TEXT), (u.ansvar, TEXT), (u.activity_code, TEXT),
                       *[(value_of(data, f.key), f.kind) for f in figs]])
        row += 1
    s.row(row, 0, [("Alla enheter", TEXT), (None, TEXT), (None, TEXT), (None, TEXT),
                   *[(value_of(total, f.key), f.kind) for f in figs]], total=True)
    s.note(row + 2, 0, "Procentsatser för alla enheter är kvoter av summor, inte medelvärden av enheternas procent.")
    if report.summary.through:
        s.note(row + 3, 0, "Budget, utfall, avvikelse, resurspass, sjukfrånvaro och andel timavlönade gäller "
                           "varje enhet t.o.m. dess sista registrerade dag; summan är summan av enheterna.")
    s.finish(freeze_row=HEADER_ROW + 1, freeze_col=1, header_row=HEADER_ROW)

