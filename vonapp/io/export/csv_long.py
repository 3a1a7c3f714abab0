"""The CSV for finance systems: one long table `enhet;ansvar;verksamhetskod;period;mått;värde`.

Semicolons, decimal comma, at most two decimals, UTF-8 with BOM (Swedish Excel opens it as is). A figure with
no data has an empty value, never 0. Percent figures are percent numbers (96,3) and their mått says "(%)".
A period under way: the compared figures' mått ends in "t.o.m. 31 aug" (as in the xlsx, the PDF and the
window), and a month after the last recorded day carries only its budget and the schedule's forecast
("prognos (schema)"), never 0 hours worked. The monthly rows add up to the summary's figures.

Rows: the summary figures (period = the period asked for), budget i timmar per month (period = the month),
the finance table and the vikarie hours per employee. For all units: one block per unit (summary, finance,
hourly staff) and then the block of "Alla enheter" with the monthly rows too.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Iterator
from datetime import date
from itertools import chain
from pathlib import Path

import pandas as pd

from vonapp import __version__
from vonapp.domain.formatting import fmt_through
from vonapp.domain.summary import Summary
from vonapp.io.export.data import ALL_LABEL, Report
from vonapp.io.export.figures import FIGURES, value_of
from vonapp.io.export.finance import finance_table
from vonapp.io.export.plan_sheets import plan_csv_rows
from vonapp.io.export.safe import csv_text
from vonapp.io.export.xlsx_sheets import UNIT_WORDS

HEADER = ["enhet", "ansvar", "verksamhetskod", "period", "mått", "värde"]
MONTHLY = [("budget_hours", "Budget timmar", "timmar"), ("worked_hours", "Arbetade timmar", "timmar"),
           ("deviation_hours", "Avvikelse timmar", "timmar"), ("budget_kr", "Budget kr", "kr"),
           ("outcome_kr", "Utfall kr", "kr"), ("deviation_kr", "Avvikelse kr", "kr")]
MONTHLY_ALWAYS = [("budget_hours_period", "Budget timmar hela månaden (timmar)"),
                  ("planned_hours_period", "Planerade timmar (schema) hela månaden (timmar)"),
                  ("forecast_hours", "Prognos timmar per månad, utfall sedan schema (timmar)")]
FINANCE = [("budget_kr", "budget perioden"), ("outcome_kr", "utfall perioden"), ("deviation_kr", "avvikelse perioden"),
           ("budget_year_kr", "budget helår"), ("forecast_kr", "prognos helår (ekonomi)")]


def number(value: object) -> str:
    """Decimal comma, at most two decimals, no thousands separator, no exponent; empty for no data."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")  # type: ignore[arg-type]
    return "0" if text in ("-0", "") else text.replace(".", ",")


def _summary_rows(s: Summary) -> Iterator[tuple[str, object]]:
    data = s.to_json_dict()
    for f in FIGURES:
        yield f"{f.label_for(data).strip()} ({UNIT_WORDS[f.kind]})", value_of(data, f.key)


def _block(report: Report, unit: str, ansvar: str, code: str, summary: Summary, finance: pd.DataFrame,
           hourly: pd.DataFrame, monthly: pd.DataFrame | None) -> Iterator[list[str]]:
    period = report.period.label

    def row(measure: str, value: object, when: str = period) -> list[str]:
        return [csv_text(unit), csv_text(ansvar), csv_text(code), csv_text(when), csv_text(measure), number(value)]

    for measure, value in _summary_rows(summary):
        yield row(measure, value)
    if monthly is not None:
        through = summary.through
        for rec in monthly.itertuples(index=False):
            when = f"{rec.start.year}-{rec.start.month:02d}"
            if rec.is_forecast:
                when += " prognos (schema)"
            else:  # the month holding the last recorded day: compared up to it
                until = f" {fmt_through(through)}" if through and rec.end > date.fromisoformat(through) else ""
                for col, label, word in MONTHLY:
                    yield row(f"{label}{until} per månad ({word})", getattr(rec, col), when)
            for col, label in MONTHLY_ALWAYS:
                yield row(label, getattr(rec, col), when)
    for rec in finance_table(finance, report.period).itertuples(index=False):
        for col, label in FINANCE:
            yield row(f"Ekonomi {rec.label} {label} (kr)", getattr(rec, col))
    for rec in hourly.itertuples(index=False):
        who = rec.employment_number if report.pseudonymized else f"{rec.employment_number} {rec.name}"
        yield row(f"Vikarietimmar {who} (timmar)", rec.hours)


def rows(report: Report) -> Iterator[list[str]]:
    """The table's rows after the header: one block per unit, then the total block when all units."""
    yield HEADER
    if not report.all_units:
        u = report.units[0]
        yield from _block(report, u.name, u.ansvar or "", u.activity_code or "", report.summary, report.finance,
                          report.hourly, report.budget_month)
        return
    by_name = {u.name: u for u in report.units}
    finance, hourly = _by_unit(report.finance), _by_unit(report.hourly)
    for s in report.unit_rows:
        u = by_name[s.unit]
        yield from _block(report, u.name, u.ansvar or "", u.activity_code or "", s,
                          finance.get(u.id, report.finance.iloc[:0]), hourly.get(u.id, report.hourly.iloc[:0]), None)
    yield from _block(report, ALL_LABEL, "", "", report.summary, report.finance, report.hourly, report.budget_month)


def _by_unit(frame: pd.DataFrame) -> dict[int, pd.DataFrame]:
    return dict(tuple(frame.groupby("unit_id"))) if not frame.empty else {}


def made_by(report: Report) -> list[str]:
    """The last row: which program and version wrote the file, and when (no value: it is no figure)."""
    unit = report.units[0] if not report.all_units else None
    who = [unit.name, unit.ansvar or "", unit.activity_code or ""] if unit is not None else [ALL_LABEL, "", ""]
    return [*who, report.period.label, f"Skapad av vonapp {__version__} {report.created.date().isoformat()}", ""]


def write_csv(report: Report, path: Path, *, step: Callable[[str], None] | None = None) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(
            chain(rows(report), plan_csv_rows(report, number), [made_by(report)]))
    if step is not None:
        step("CSV skriven")
