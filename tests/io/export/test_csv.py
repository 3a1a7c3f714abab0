"""The long CSV for finance systems: layout, decimal comma, empty for no data, blocks per unit, safe text."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tests.io.export.build import EVIL_NAME, EVIL_NUMBER
from tests.io.export.helpers import LABELS, csv_rows, export, get, summary_json


def _number(text: str) -> float | None:
    return None if text == "" else float(text.replace(",", "."))


def test_layout_numbers_and_no_data(capsys: pytest.CaptureFixture[str], small_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "u.csv"
    export(capsys, small_path, "csv", "Stortorp", "2023-Q1", out)
    rows = csv_rows(out)
    assert rows[0] == ["enhet", "ansvar", "verksamhetskod", "period", "mått", "värde"]
    assert all(len(r) == 6 for r in rows)
    assert all(r[:3] == ["Stortorp", "4110", "51020"] for r in rows[1:])
    by = {r[4]: r[5] for r in rows[1:] if r[3] == "2023-Q1"}
    s = summary_json(capsys, small_path, "Stortorp", "2023-Q1")
    assert by["Arbetade timmar (utfall) (timmar)"] == "837,5"  # 520 + 168 + 149.5
    # at most two decimals (finance systems read them as kr and hours): the summary's figure rounded
    assert _number(by["Budget i timmar (timmar)"]) == round(s["budget_hours"], 2)
    assert _number(by["Beläggning (%)"]) == pytest.approx(s["occupancy_pct"])  # percent numbers, not fractions
    assert by["Utförandegrad (%)"] == ""  # no breakdown recorded: empty, never 0
    assert by["Ekonomi Personalkostnader prognos helår (ekonomi) (kr)"] == "-21615000"
    monthly = [r for r in rows if r[4] == "Arbetade timmar per månad (timmar)"]
    assert [r[3] for r in monthly] == ["2023-01", "2023-02", "2023-03"]
    assert sum(_number(r[5]) for r in monthly) == pytest.approx(837.5)


def test_formula_looking_text_is_prefixed_and_pseudonymized(capsys: pytest.CaptureFixture[str], small_path: Path,
                                                            tmp_path: Path) -> None:
    out = tmp_path / "u.csv"
    export(capsys, small_path, "csv", "Stortorp", "2023-Q1", out)
    measures = [r[4] for r in csv_rows(out)]
    evil = [m for m in measures if "HYPERLINK" in m]
    assert evil == [f"Vikarietimmar {EVIL_NUMBER} {EVIL_NAME} (timmar)"]  # the name is inside, not at the start
    assert not any(m.startswith(("=", "+", "-", "@")) for m in measures)

    named = tmp_path / "pseudo.csv"
    export(capsys, small_path, "csv", "Stortorp", "2023-Q1", named, "--pseudonymize")
    text = named.read_text(encoding="utf-8-sig")
    assert "HYPERLINK" not in text and "Cilla" not in text
    assert "Vikarietimmar Anställd 1 (timmar);97,5" in text  # 2001 → Anställd 1: no name, no number
    assert f"Vikarietimmar {EVIL_NUMBER}" not in text and "2002" not in text


def test_a_text_cell_starting_like_a_formula_gets_a_quote(capsys: pytest.CaptureFixture[str], small_path: Path,
                                                          tmp_path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(small_path)
    conn.execute("UPDATE unit SET ansvar = '=1+1', activity_code = '@SUM(A1)' WHERE name = 'Stortorp'")
    conn.commit()
    conn.close()
    out = tmp_path / "u.csv"
    export(capsys, small_path, "csv", "Stortorp", "2023-Q1", out)
    assert csv_rows(out)[1][1:3] == ["'=1+1", "'@SUM(A1)"]


def test_all_units_blocks_and_total(capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "alla.csv"
    export(capsys, demo_path, "csv", "all", "2023-Q1", out)
    rows = csv_rows(out)[1:]
    units = list(dict.fromkeys(r[0] for r in rows))
    assert units[-1] == "Alla enheter" and len(units) == 8
    assert all(r[1] == r[2] == "" for r in rows if r[0] == "Alla enheter")
    label = "Arbetade timmar (utfall) (timmar)"
    per_unit = [_number(r[5]) or 0.0 for r in rows if r[4] == label and r[0] != "Alla enheter"]
    total = next(_number(r[5]) for r in rows if r[4] == label and r[0] == "Alla enheter")
    assert total == pytest.approx(sum(per_unit))
    s = summary_json(capsys, demo_path, "all", "2023-Q1")
    assert total == pytest.approx(s["worked_hours"])


@pytest.mark.parametrize(("unit", "period"), [("Stortorp", "2023"), ("Boendestöd Norr", "2023-Q1"),
                                              ("all", "2023-01-01..2023-04-30")])
def test_every_summary_row_equals_summary_json(capsys: pytest.CaptureFixture[str], demo_path: Path,
                                               tmp_path: Path, unit: str, period: str) -> None:
    out = tmp_path / "u.csv"
    export(capsys, demo_path, "csv", unit, period, out)
    expected = summary_json(capsys, demo_path, unit, period)
    name = "Alla enheter" if unit == "all" else unit
    rows = {r[4]: r[5] for r in csv_rows(out)[1:] if r[0] == name and r[3] == period}
    checked = 0
    for label, key in LABELS.items():
        kind = "%" if key.endswith(("_pct", "_rate", "_share")) else "tkr" if key.endswith("_tkr") else (
            "kr" if key.endswith(("_kr", "_kr_period")) else "timmar")
        got, want = _number(rows[f"{label.strip()} ({kind})"]), get(expected, key)
        if want is None:
            assert got is None, label  # no data: an empty value, never 0
        else:  # the CSV keeps two decimals
            assert got is not None and math.isclose(got, want, rel_tol=1e-9, abs_tol=0.005), (label, got, want)
        checked += 1
    assert checked == len(LABELS)
