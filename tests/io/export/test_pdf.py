"""The PDF report: a real PDF of 3–4 A4 pages, rendered to PNG for a person to look at."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.io.export.helpers import export
from tests.shots import SHOTS


def _pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))


def _render(pdf: Path, name: str) -> list[Path]:
    """PNG pages in the screenshot folder (tests/shots.py) when poppler's pdftoppm is installed (the files are looked at, not compared)."""
    if shutil.which("pdftoppm") is None:
        return []
    SHOTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(SHOTS / name)], check=True)
    return sorted(SHOTS.glob(f"{name}-*.png"))


# The last page is the plan areas' (åtgärder with follow-up, key figures against targets, prognos).
@pytest.mark.parametrize(("unit", "period", "pages"), [("Stortorp", "2023", 4), ("all", "2023-Q1", 5),
                                                       ("Hemtjänst Centrum", "2023-03", 4)])
def test_pdf_report(capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path, unit: str, period: str,
                   pages: int) -> None:
    out = tmp_path / "rapport.pdf"
    export(capsys, demo_path, "pdf", unit, period, out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert _pages(out) == pages
    name = f"export-{'alla' if unit == 'all' else unit.split()[0].lower()}-{period}"
    for png in _render(out, name):
        assert png.stat().st_size > 10_000  # a drawn page, not a blank one


def test_pdf_with_no_data_for_the_period_still_draws(capsys: pytest.CaptureFixture[str], small_path: Path,
                                                     tmp_path: Path) -> None:
    out = tmp_path / "tom.pdf"
    # No budget, no time, nothing in 2021: `vonapp export` says so and writes nothing (issue 10 item 7),
    # but the writer itself must still draw every page (the window's Exportera… calls it).
    from vonapp.domain.periods import parse_period
    from vonapp.io.export import export as write_export
    from vonapp.store.database import open_database

    db = open_database(small_path)
    try:
        write_export(db, "pdf", "Hemtjänst Norr", parse_period("2021"), out)
    finally:
        db.close()
    assert out.read_bytes().startswith(b"%PDF-") and _pages(out) == 4
    _render(out, "export-tom-2021")


def test_pdf_text_is_swedish_with_swedish_numbers(capsys: pytest.CaptureFixture[str], demo_path: Path,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    export(capsys, demo_path, "pdf", "Stortorp", "2023", out)
    if shutil.which("pdftotext") is None:  # poppler missing: the byte checks above still ran
        return
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    for words in ("Uppföljning – Stortorp", "År 2023 (2023-01-01 – 2023-12-31)", "Budget i timmar per månad",
                  "Beläggning per månad", "Resurspass per vecka", "Åtgärdsplan (tkr)", "Sida 4 av 4",
                  "Verksamhetens nettokostnader", "Föregående år"):
        assert words in text, words
    assert re.search(r"Beläggning\s+\d{2},\d\s%", text)  # decimal comma, a space before %
    assert re.search(r"Budget i timmar\s+\d{1,3}\s\d{3}\sh", text)  # thousands grouped with a space
