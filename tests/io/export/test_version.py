"""Every follow-up file says which vonapp version wrote it (a controller tracing a figure asks)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest

from tests.io.export.helpers import csv_rows, export
from vonapp import __version__


def test_xlsx_csv_and_pdf_name_the_version(capsys: pytest.CaptureFixture[str], small_path: Path,
                                           tmp_path: Path) -> None:
    export(capsys, small_path, "uppfoljning", "Stortorp", "2023-Q1", tmp_path / "u.xlsx")
    book = openpyxl.load_workbook(tmp_path / "u.xlsx")
    facts = {r[0]: r[1] for r in book["Sammanfattning"].iter_rows(values_only=True) if r and r[0]}
    assert facts["Skapad av"] == f"vonapp {__version__}"

    export(capsys, small_path, "csv", "Stortorp", "2023-Q1", tmp_path / "u.csv")
    last = csv_rows(tmp_path / "u.csv")[-1]
    assert last[:4] == ["Stortorp", "4110", "51020", "2023-Q1"]
    assert last[4].startswith(f"Skapad av vonapp {__version__} ") and last[5] == ""

    export(capsys, small_path, "pdf", "Stortorp", "2023-Q1", tmp_path / "u.pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / "u.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert f"vonapp {__version__}" in text
