"""The plan areas in the follow-up files: an edit in the window reaches the summary, the xlsx, the CSV and the PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.io.export.helpers import export, sheet_rows, summary_json
from vonapp.store import edits_plan as e
from vonapp.store.database import open_database
from vonapp.store.plan_queries import plan_view


def _pdf_text(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:  # poppler missing: the other files still checked
        return None
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout.replace("\u00a0", " ")


def _csv(path: Path) -> list[list[str]]:
    return [line.split(";") for line in path.read_text(encoding="utf-8-sig").splitlines()]


def test_an_edited_status_effect_and_note_reach_the_summary_and_every_file(capsys, demo_path: Path,
                                                                          tmp_path: Path) -> None:
    with open_database(demo_path) as db:
        mid = int(plan_view(db, "Hemtjänst Centrum", 2023).measures.iloc[0]["id"])
        e.set_measure_value(db, mid, "status", "avbruten")
        e.set_measure_value(db, mid, "effect_year_tkr", 1000)
        e.add_note(db, mid, "Avbruten efter halva året", noted_on=date(2023, 6, 30))
        e.set_forecast(db, "Hemtjänst Centrum", 2023, "lokalhyror", -700_000, made_on=date(2023, 8, 31))
    # Summary: 1 000 tkr this year; gap 4 200 − 1 000 = 3 200 tkr.
    m = summary_json(capsys, demo_path, "Hemtjänst Centrum", "2023")["measures"]
    assert (m["effect_year_tkr"], m["gap_tkr"]) == (1000.0, 3200.0)

    xlsx = tmp_path / "hemtjanst.xlsx"
    export(capsys, demo_path, "uppfoljning", "Hemtjänst Centrum", "2023", xlsx)
    plan = sheet_rows(xlsx, "Åtgärdsplan")
    row = next(r for r in plan if r[0] == "Utförandegraden")
    assert row[2:5] == (1000, 2750, "avbruten") and row[6] == "Avbruten efter halva året"
    assert next(r for r in plan if r[0] == "Kvar att hitta (åtgärdskrav − effekt i år)")[2] == 3200
    old_sheet = next(r for r in sheet_rows(xlsx, "Åtgärder") if r[0] == "Utförandegraden")
    assert 1000 in old_sheet and "avbruten" in old_sheet
    fin = next(r for r in sheet_rows(xlsx, "Prognos ekonomi") if r[0] == "Lokalhyror")
    assert fin[3] == -700_000

    csv_path = tmp_path / "hemtjanst.csv"
    export(capsys, demo_path, "csv", "Hemtjänst Centrum", "2023", csv_path)
    rows = {r[4]: r[5] for r in _csv(csv_path)}
    assert rows["Åtgärd Utförandegraden: effekt i år (tkr)"] == "1000"
    assert "Åtgärd Utförandegraden: status avbruten" in rows
    assert "Åtgärd Utförandegraden: senaste uppföljning 2023-06-30: Avbruten efter halva året" in rows
    assert rows["Åtgärdsplan kvar att hitta (tkr)"] == "3200"
    assert rows["Ekonomi Lokalhyror prognos helår (ekonomi) (kr)"] == "-700000"

    pdf = tmp_path / "hemtjanst.pdf"
    export(capsys, demo_path, "pdf", "Hemtjänst Centrum", "2023", pdf)
    text = _pdf_text(pdf)
    if text is not None:
        assert "avbruten" in text and "Avbruten efter halva året" in text
        assert "kvar att hitta 3 200 tkr" in text


def test_the_compensation_comparison_is_in_every_file(capsys, demo_path: Path, tmp_path: Path) -> None:
    xlsx = tmp_path / "bs.xlsx"
    export(capsys, demo_path, "uppfoljning", "Boendestöd Norr", "2023", xlsx)
    rows = sheet_rows(xlsx, "Ersättningsmodell")
    old, new = next(r for r in rows if r[0] == "nuvarande"), next(r for r in rows if r[0] == "föreslagen")
    assert old[5] - new[5] == pytest.approx(20_000_000) and new[6] == pytest.approx(-20_000_000)
    csv_path = tmp_path / "bs.csv"
    export(capsys, demo_path, "csv", "Boendestöd Norr", "2023", csv_path)
    assert {r[4]: r[5] for r in _csv(csv_path)}["Ersättningsmodell skillnad (kr)"] == "20000000"
    pdf = tmp_path / "bs.pdf"
    export(capsys, demo_path, "pdf", "Boendestöd Norr", "2023", pdf)
    text = _pdf_text(pdf)
    if text is not None:
        assert "Ersättningsmodell 2023" in text and "−20 000 tkr" in text and "53 333 tkr" in text
    # A unit without a model has no such sheet.
    other = tmp_path / "st.xlsx"
    export(capsys, demo_path, "uppfoljning", "Stortorp", "2023", other)
    import openpyxl

    assert "Ersättningsmodell" not in openpyxl.load_workbook(other).sheetnames


def test_all_units_files_show_every_units_plan_side_by_side(capsys, demo_path: Path, tmp_path: Path) -> None:
    xlsx = tmp_path / "alla.xlsx"
    export(capsys, demo_path, "uppfoljning", "all", "2023", xlsx)
    rows = sheet_rows(xlsx, "Åtgärdsplan")
    start = next(i for i, r in enumerate(rows) if r[0] == "Enheterna sida vid sida")
    side = {r[0]: r for r in rows[start + 2:] if r[0]}
    assert (side["Personlig assistans"][4], side["Personlig assistans"][5]) == (1239, 2163)
    assert (side["Daglig verksamhet Verkstan"][4], side["Daglig verksamhet Verkstan"][5]) == (781, 1297)
    assert side["Hemtjänst Centrum"][6] == 1450  # 4 200 − 2 750
