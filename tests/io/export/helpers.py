"""Running the CLI the way a user does, and reading exported files back."""

from __future__ import annotations

import csv
import io
import json
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


def csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM"
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8")), delimiter=";"))
