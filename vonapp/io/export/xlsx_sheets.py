"""The time-series sheets of the follow-up file: Sammanfattning, Budget i timmar, Resurspass, Beläggning."""

from __future__ import annotations

from datetime import date

import pandas as pd

from vonapp import __version__
from vonapp.domain import daily as d
from vonapp.domain.formatting import fmt_through
from vonapp.domain.glossary import WORKED_CATEGORIES
from vonapp.io.export.data import Report, export_date
from vonapp.io.export.figures import FIGURES, HOURS, KR, PCT, value_of
from vonapp.io.export.xlsx_book import DATE, TEXT, Book, SheetWriter

UNIT_WORDS = {HOURS: "timmar", KR: "kr", PCT: "%", "tkr": "tkr"}
HEADER_ROW = 2  # row 1 holds the sheet's title, row 2 is empty


def title(sheet: SheetWriter, report: Report, what: str) -> None:
    through = fmt_through(report.summary.through)
    sheet.heading(0, 0, f"{what} – {report.unit_label}, {report.period.label}" + (f", utfall {through}" if through else ""))


def write_summary(book: Book, report: Report) -> None:
    s = book.sheet("Sammanfattning")
    title(s, report, "Uppföljning")
    facts: list[tuple[str, object, str]] = [
        ("Enhet", report.unit_label, TEXT),
        ("Ansvar", report.ansvar, TEXT),
        ("Verksamhetskod", report.activity_code, TEXT),
        ("Period", report.period.label, TEXT),
        ("Från", report.period.start, DATE),
        ("Till", report.period.end, DATE),
        ("Utfall t.o.m.", _through_day(report), DATE),
        ("Exportdatum", export_date(report), DATE),
        ("Skapad av", f"vonapp {__version__}", TEXT),
        ("Namn", "namn och anställningsnummer ersatta med pseudonymer" if report.pseudonymized else "visas", TEXT),
    ]
    for i, (label, value, kind) in enumerate(facts, start=HEADER_ROW):
        s.text(i, 0, label, book.label)
        s.cell(i, 1, value, kind)
    top = HEADER_ROW + len(facts) + 1
    s.header(top, 0, ["Mått", "Värde", "Enhet"])
    data = report.summary.to_json_dict()
    for i, f in enumerate(FIGURES, start=top + 1):
        s.text(i, 0, f.label_for(data))
        s.cell(i, 1, value_of(data, f.key), f.kind)
        s.text(i, 2, UNIT_WORDS[f.kind])
    s.note(top + len(FIGURES) + 2, 0, "Tomma celler: uppgift saknas. Procent visas som andel (0,0 %).")
    s.note(top + len(FIGURES) + 3, 0, UNDER_WAY_NOTE)
    s.widths[1] = 16
    s.finish(freeze_row=top + 1, header_row=top)


UNDER_WAY_NOTE = ("Pågår perioden jämförs budget, utfall, avvikelse, resurspass, sjukfrånvaro och andel timavlönade "
                  "t.o.m. sista registrerade dag (periodiserad budget); hela periodens budget står på egen rad. "
                  "Avvikelse kr = budget kr − utfall kr, där utfall kr = timmar × timkostnad × kostnadsfaktor.")
FORECAST_ROW = "prognos (schema)"


def _through_day(report: Report) -> date | None:
    """The last day the comparison figures cover: through when under way, the period's end when finished."""
    s = report.summary
    if s.worked_hours is None:
        return None
    return date.fromisoformat(s.compared_end)


def row_kind(report: Report, is_forecast: bool, end: date) -> str:
    """A series row's Typ: utfall, utfall t.o.m. the last recorded day (the row holding it), or forecast."""
    if is_forecast:
        return FORECAST_ROW
    through = report.summary.through
    if through is not None and end > date.fromisoformat(through):
        return f"utfall {fmt_through(through)}, sedan prognos"
    return "utfall"


def sum_label(report: Report) -> str:
    through = fmt_through(report.summary.through)
    return f"Summa (utfall {through})" if through else "Summa"


def _week_label(start: pd.Timestamp) -> str:
    iso = start.isocalendar()
    return f"v. {iso.week} {iso.year}"


def _month_label(start: pd.Timestamp) -> str:
    return f"{start.year}-{start.month:02d}"


BUDGET_VALUES = ["budget_hours", *d.WORKED_COLUMNS, "worked_hours", "deviation_hours", "budget_kr", "outcome_kr",
                 "deviation_kr", "cumulative_deviation_hours", "planned_hours", "forecast_hours", "budget_hours_period",
                 "planned_hours_period"]
BUDGET_HEADERS = ["Budget timmar", *[f"{c.value.capitalize()} timmar" for c in WORKED_CATEGORIES],
                  "Arbetade timmar", "Avvikelse timmar", "Budget kr", "Utfall kr", "Avvikelse kr",
                  "Ackumulerad avvikelse timmar", "Planerade timmar (schema)", "Prognos timmar",
                  "Budget timmar hela perioden", "Planerade timmar hela perioden"]
KR_COLUMNS = {"budget_kr", "outcome_kr", "deviation_kr"}


def block_heading(s: SheetWriter, row: int, text: str) -> int:
    """A block's name (Per månad, Per vecka …) in its own row under the shared header; returns the next row."""
    s.text(row, 0, text, s.book.label, fit=False)
    return row + 1


def _budget_block(s: SheetWriter, report: Report, frame: pd.DataFrame, row: int, what: str, label: object) -> int:
    """One block (per month or per week) from row; returns the row after its total.

    The rows add up to the total, which is the summary's: a row after the last recorded day is
    "prognos (schema)" with budget and planned hours but no outcome (empty, never 0 h worked).
    """
    row = block_heading(s, row, what)
    for rec in frame.itertuples(index=False):
        first = max(rec.start.date(), report.period.start)  # the first week may begin before the period
        cells = [(label(rec.start), TEXT), (first, DATE), (rec.end, DATE),
                 (row_kind(report, bool(rec.is_forecast), rec.end), TEXT)]
        cells += [(getattr(rec, c), KR if c in KR_COLUMNS else HOURS) for c in BUDGET_VALUES]
        s.row(row, 0, cells)
        row += 1
    totals: list[tuple[object, str]] = [(sum_label(report), TEXT), (None, TEXT), (None, TEXT), (None, TEXT)]
    for c in BUDGET_VALUES:
        if c == "cumulative_deviation_hours":
            known = frame[c].dropna()
            value = known.iloc[-1] if len(known) else None
        else:
            value = frame[c].sum(min_count=1)
        totals.append((value, KR if c in KR_COLUMNS else HOURS))
    s.row(row, 0, totals, total=True)
    return row + 1


def write_budget(book: Book, report: Report) -> None:
    s = book.sheet("Budget i timmar")
    title(s, report, "Budget i timmar")
    s.header(HEADER_ROW, 0, ["Period", "Från", "Till", "Typ", *BUDGET_HEADERS])
    end = _budget_block(s, report, report.budget_month, HEADER_ROW + 1, "Per månad", _month_label)
    end = _budget_block(s, report, report.budget_week, end + 1, "Per vecka", _week_label)
    sm = report.summary
    notes = [("Budget helår timmar", sm.budget_year_hours, HOURS), ("Prognos helår timmar", sm.forecast_year_hours, HOURS),
             ("Budget helår kr", sm.budget_year_kr, KR), ("Prognos helår kr", sm.forecast_year_kr, KR)]
    for i, (label, value, kind) in enumerate(notes, start=end + 1):
        s.text(i, 0, label, book.label, fit=False)
        s.cell(i, 3, value, kind)
    s.note(end + len(notes) + 2, 0, "Avvikelse = budget − arbetade timmar (positiv = under budget); Avvikelse kr = "
           "budget kr − utfall kr (timmar × timkostnad × kostnadsfaktor). Raderna summerar till totalen. Prognos per "
           "period: arbetade timmar till sista registrerade dag, därefter schemats planerade timmar.")
    s.note(end + len(notes) + 3, 0, f"Typ {FORECAST_ROW}: raden ligger efter sista registrerade dag och har budget "
           "och schemats timmar men inget utfall. Budget timmar gäller dagarna t.o.m. sista registrerade dag; "
           "Budget timmar och Planerade timmar hela perioden gäller radens alla dagar.")
    s.finish(freeze_row=HEADER_ROW + 1, freeze_col=1, header_row=HEADER_ROW)


RES_VALUES = ["planned_hours", "used_own_hours", "used_other_hours", "used_hours", "unplaced_hours",
              "missed_hours", "missed_kr", "planned_hours_period"]
RES_HEADERS = ["Planerade timmar", "Använda i egen enhet", "Använda i annan enhet", "Använda totalt",
               "Ej placerade timmar", "Missade timmar", "Missade kr", "Planerade timmar hela perioden"]


def write_resurspass(book: Book, report: Report) -> None:
    s = book.sheet("Resurspass")
    title(s, report, "Resurspass")
    s.header(HEADER_ROW, 0, ["Vecka", "Från", "Till", "Typ", *RES_HEADERS])
    frame = report.resurspass_week
    row = HEADER_ROW + 1
    for rec in frame.itertuples(index=False):
        first = max(rec.start.date(), report.period.start)  # the first week may begin before the period
        cells = [(_week_label(rec.start), TEXT), (first, DATE), (rec.end, DATE),
                 (row_kind(report, bool(rec.is_forecast), rec.end), TEXT)]
        cells += [(getattr(rec, c), KR if c == "missed_kr" else HOURS) for c in RES_VALUES]
        s.row(row, 0, cells)
        row += 1
    totals = [(sum_label(report), TEXT), (None, TEXT), (None, TEXT), (None, TEXT)]
    totals += [(frame[c].sum(min_count=1), KR if c == "missed_kr" else HOURS) for c in RES_VALUES]
    s.row(row, 0, totals, total=True)
    s.note(row + 2, 0, "Missade resurspass: planerade resurspass som inte användes en dag då vikarie, mertid, "
           "övertid eller inhyrd personal togs in (högst vikarietimmarna den dagen).")
    s.finish(freeze_row=HEADER_ROW + 1, freeze_col=1, header_row=HEADER_ROW)


OCC_HEADERS = ["Platsdagar", "Belagda platsdagar", "Beläggning", "Budgeterad beläggning",
               "Beläggning föregående år", "Budgeterad beläggning föregående år"]


def _ratio(num: pd.Series, den: pd.Series) -> float | None:
    n, p = num.sum(min_count=1), den.sum(min_count=1)
    return None if pd.isna(n) or pd.isna(p) or p <= 0 else float(n / p * 100.0)


def _occupancy_block(s: SheetWriter, current: pd.DataFrame, last: pd.DataFrame, row: int, what: str,
                     label: object, label_kind: str = TEXT) -> int:
    """One block (per month or per day) from row; returns the row after its total."""
    col = 0
    row = block_heading(s, row, what)
    earlier = last.set_index("start") if not last.empty else last
    for rec in current.itertuples(index=False):
        try:
            key = rec.start.replace(year=rec.start.year - 1)
        except ValueError:  # 29 February has no day a year earlier
            key = None
        prev = earlier.loc[key] if key is not None and len(earlier) and key in earlier.index else None
        known = rec.place_days > 0  # a day or month without any count is no data, not 0 places
        s.row(row, col, [
            (label(rec.start), label_kind), (rec.place_days if known else None, HOURS),
            (rec.occupied_days if known else None, HOURS), (rec.occupancy_pct, PCT), (rec.budget_pct, PCT),
            (None if prev is None else prev["occupancy_pct"], PCT), (None if prev is None else prev["budget_pct"], PCT),
        ])
        row += 1
    budget_days = current["budget_days"] if "budget_days" in current else current["place_days"] * float("nan")
    s.row(row, col, [
        ("Summa", TEXT), (current["place_days"].where(current["place_days"] > 0).sum(min_count=1), HOURS),
        (current["occupied_days"].where(current["place_days"] > 0).sum(min_count=1), HOURS), (_ratio(current["occupied_days"], current["place_days"]), PCT),
        (_ratio(budget_days, current["place_days"]), PCT),
        (_ratio(last["occupied_days"], last["place_days"]) if len(last) else None, PCT),
        (_ratio(last["budget_days"], last["place_days"]) if len(last) and "budget_days" in last else None, PCT),
    ], total=True)
    return row + 1


def write_occupancy(book: Book, report: Report) -> None:
    s = book.sheet("Beläggning")
    title(s, report, "Beläggning")
    s.header(HEADER_ROW, 0, ["Period", *OCC_HEADERS])
    m, dd = report.occupancy_month, report.occupancy_day
    end = _occupancy_block(s, m.current, m.last_year, HEADER_ROW + 1, "Per månad", _month_label)
    _occupancy_block(s, dd.current, dd.last_year, end + 1, "Per dag", lambda ts: ts.date(), DATE)
    s.finish(freeze_row=HEADER_ROW + 1, freeze_col=1, header_row=HEADER_ROW)
