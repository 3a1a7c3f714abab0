"""Running the CLI the way a user does, and reading exported files back."""

from __future__ import annotations

import csv
import io
import json
import math
import re
from pathlib import Path

import openpyxl
import pytest

from vonapp.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def summary_json(capsys: pytest.CaptureFixture[str], db: Path, unit: str, period: str) -> dict:
    code, out, err = run(capsys, "summary", "--unit", unit, "--period", period, "--json", "--db", db)
    assert code == 0, err
    return json.loads(out)


def export(capsys: pytest.CaptureFixture[str], db: Path, kind: str, unit: str, period: str, out: Path,
           *extra: str) -> str:
    code, stdout, err = run(capsys, "export", kind, "--unit", unit, "--period", period, "--out", out, "--db", db,
                            *extra)
    assert code == 0, err
    return stdout


def sheet_rows(path: Path, sheet: str) -> list[tuple]:
    wb = openpyxl.load_workbook(path)
    return [tuple(r) for r in wb[sheet].iter_rows(values_only=True)]


def table(rows: list[tuple], first_header: str, col: int = 0) -> tuple[list[str], list[tuple]]:
    """The header and data rows of the table whose header row has `first_header` in column col."""
    start = next(i for i, r in enumerate(rows) if len(r) > col and r[col] == first_header)
    header = list(rows[start][col:])
    width = next((i for i, h in enumerate(header) if h is None), len(header))
    body = []
    for r in rows[start + 1:]:
        cells = r[col:col + width]
        if all(c is None for c in cells):
            break
        body.append(cells)
    return header[:width], body


def block(rows: list[tuple], name: str) -> tuple[list[str], list[tuple]]:
    """The shared header (row 3) and the rows of one block (Per månad, Per vecka …) up to its Summa row."""
    header = list(rows[2])
    width = next((i for i, h in enumerate(header) if h is None), len(header))
    start = next(i for i, r in enumerate(rows) if r[0] == name)
    end = next(i for i in range(start, len(rows)) if str(rows[i][0]).startswith("Summa"))
    return header[:width], [r[:width] for r in rows[start + 1:end + 1]]


def csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM"
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8")), delimiter=";"))


# The label finance reads in Sammanfattning → the key of `summary --json`; percent cells hold fractions.
LABELS = {
    "Budget i timmar": "budget_hours", "Budget i timmar hela perioden": "budget_hours_period",
    "Budget kr hela perioden": "budget_kr_period", "Arbetade timmar (utfall)": "worked_hours",
    "Avvikelse timmar (budget − utfall)": "deviation_hours", "Planerade timmar (schema)": "planned_hours",
    "Frånvarotimmar": "absence_hours", "Budget kr": "budget_kr", "Utfall kr": "outcome_kr",
    "Avvikelse kr (budget − utfall)": "deviation_kr", "Budget helår timmar": "budget_year_hours",
    "Prognos helår timmar": "forecast_year_hours", "Budget helår kr": "budget_year_kr",
    "Prognos helår kr": "forecast_year_kr", "Beläggning": "occupancy_pct",
    "Budgeterad beläggning": "occupancy_budget_pct",
    "Resurspass planerade timmar": "resurspass.planned_hours", "Resurspass använda timmar": "resurspass.used_hours",
    "Resurspass nyttjandegrad": "resurspass.usage_pct", "Missade resurspass timmar": "resurspass.missed_hours",
    "Missade resurspass kr": "resurspass.missed_kr", "Åtgärdskrav tkr": "measures.requirement_tkr",
    "Åtgärder effekt i år tkr": "measures.effect_year_tkr",
    "Åtgärder helårseffekt tkr": "measures.full_year_effect_tkr", "Kvar till åtgärdskrav tkr": "measures.gap_tkr",
    "Utförandegrad": "kpi.execution_rate", "Bomtid": "kpi.idle_rate", "Avböjda besök": "kpi.declined_rate",
    "Sjukfrånvaro": "kpi.sick_rate", "Andel timavlönade": "kpi.hourly_paid_share",
    **{f"  varav {c}": f"worked_by_category.{c}"
       for c in ("ordinarie", "resurspass", "vikarie", "mertid", "övertid", "inhyrd")},
}


def base_label(label: str) -> str:
    """A figure's label without the " t.o.m. 31 aug" of a period under way."""
    return re.sub(r" t\.o\.m\. \d{1,2} \w+$", "", label)


def get(data: dict, key: str) -> float | None:
    for part in key.split("."):
        data = data.get(part) if isinstance(data, dict) else None  # type: ignore[assignment]
    return data  # type: ignore[return-value]


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)
