"""The same data as UTF-8/comma, Windows-1252/semicolon/decimal comma, BOM/semicolon, tab with Excel
serial dates, and xlsx: identical rows and identical `vonapp summary --json`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.io.helpers import TID_HEADER, snapshot, units_db, write_csv, xlsx
from vonapp.cli import main
from vonapp.io.imports import import_file
from vonapp.io.imports import values as v
from vonapp.io.imports.reading import EXCEL_1900, EXCEL_1904, decode, sniff_delimiter

TID_ROWS = [
    (date(2023, 3, 1), "1001", "Åsa Öberg", "ordinarie", None, None, 8.0),
    (date(2023, 3, 1), "1002", "Bo Ängström", "resurspass", None, "egen enhet", 7.5),
    (date(2023, 3, 2), "1002", "Bo Ängström", "resurspass", None, "Hemtjänst Norr", 7.5),
    (date(2023, 3, 2), "1003", "Cecilia Åkesson", "vikarie", None, None, 6.25),
    (date(2023, 3, 3), "1001", "Åsa Öberg", "frånvaro", "sjuk", None, 8.0),
    (date(2023, 3, 3), "1003", "Cecilia Åkesson", "övertid", None, None, 2.5),
    (date(2023, 3, 4), "", "Bemanning AB", "inhyrd", None, None, 8.0),
    (date(2023, 3, 31), "1004", "Dan Ödman", "mertid", None, None, 1234.5 / 1000),
]
OCC_ROWS = [(date(2023, 3, d), 40, 38 + d % 3) for d in range(1, 32)]


def _serial(d: date) -> str:
    return str((d - EXCEL_1900).days)


def _write(folder: Path, fmt: str) -> tuple[Path, Path]:
    folder.mkdir()
    tid, occ = [TID_HEADER, *TID_ROWS], [("datum", "platser", "belagda"), *OCC_ROWS]
    if fmt == "xlsx":
        return xlsx(folder / "tid.xlsx", [("tid", tid)]), xlsx(folder / "bel.xlsx", [("b", occ)])
    if fmt == "utf8-comma":
        kw = {"sep": ",", "encoding": "utf-8", "decimal": "."}
    elif fmt == "cp1252-semicolon":
        kw = {"sep": ";", "encoding": "cp1252", "decimal": ","}
    elif fmt == "bom-semicolon":
        kw = {"sep": ";", "encoding": "utf-8-sig", "decimal": ","}
        tid = [("Datum", "Anst.nr", "NAMN", "Kategori", "Frånvaro typ", "Placering", "Antal timmar"), *tid[1:]]
    else:  # tab-separated with Excel serial dates
        kw = {"sep": "\t", "encoding": "utf-8", "decimal": ","}
        tid = [tid[0], *((_serial(r[0]), *r[1:]) for r in tid[1:])]
        occ = [occ[0], *((_serial(r[0]), *r[1:]) for r in occ[1:])]
    return write_csv(folder / "tid.csv", tid, **kw), write_csv(folder / "bel.csv", occ, **kw)


FORMATS = ["utf8-comma", "cp1252-semicolon", "bom-semicolon", "tab-serial", "xlsx"]


def _summary(db_path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["summary", "--unit", "Stortorp", "--period", "2023-03", "--json", "--db", str(db_path)]) == 0
    return json.loads(capsys.readouterr().out)


def test_every_format_gives_the_same_rows_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    results = {}
    for fmt in FORMATS:
        db_path = tmp_path / f"{fmt}.sqlite"
        db = units_db(db_path)
        tid, occ = _write(tmp_path / fmt, fmt)
        import_file(db, "tid", tid, unit="Stortorp")
        import_file(db, "belaggning", occ, unit="Stortorp")
        db.close()
        rows = snapshot(db_path)
        data = {t: rows[t] for t in ("time_entry", "employee", "occupancy_day")}
        results[fmt] = (data, _summary(db_path, capsys))
    first_rows, first_summary = results[FORMATS[0]]
    # worked = 8 + 7,5 + 7,5 + 6,25 + 2,5 + 8 + 1,2345 h; occupancy = Σ belagda ÷ (31 × 40)
    assert first_summary["worked_hours"] == pytest.approx(40.9845)
    assert first_summary["occupancy_pct"] == pytest.approx(100 * sum(r[2] for r in OCC_ROWS) / (31 * 40))
    names = {r[2]: r[3] for r in first_rows["employee"]}
    assert names["1001"] == "Åsa Öberg" and names["1004"] == "Dan Ödman"
    for fmt in FORMATS[1:]:
        assert results[fmt][0] == first_rows, fmt
        assert results[fmt][1] == first_summary, fmt


@pytest.mark.parametrize(("text", "expected"), [
    ("7,5", 7.5), ("7.5", 7.5), ("1 234,50", 1234.5), ("1\u00a0234,50", 1234.5), ("1\u202f234", 1234.0),
    ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("−3", -3.0), ("12 kr", 12.0), ("96,3 %", 96.3), (8, 8.0),
    ("1.234.567", 1234567.0),
])
def test_numbers_as_people_write_them(text: object, expected: float) -> None:
    assert v.number(text) == pytest.approx(expected)


@pytest.mark.parametrize(("cell", "epoch", "expected"), [
    ("2023-03-01", EXCEL_1900, date(2023, 3, 1)), ("2023/3/1", EXCEL_1900, date(2023, 3, 1)),
    ("1.3.2023", EXCEL_1900, date(2023, 3, 1)), ("20230301", EXCEL_1900, date(2023, 3, 1)),
    ("2023-03-01 00:00:00", EXCEL_1900, date(2023, 3, 1)), ("44986", EXCEL_1900, date(2023, 3, 1)),
    (44986, EXCEL_1900, date(2023, 3, 1)), (44986.0, EXCEL_1900, date(2023, 3, 1)),
    (43524, EXCEL_1904, date(2023, 3, 1)),
])
def test_dates_iso_text_and_excel_serials(cell: object, epoch: date, expected: date) -> None:
    assert v.date_parser(epoch)(cell) == expected


def test_xlsx_in_the_1904_date_system(tmp_path: Path) -> None:
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.append(["datum", "platser", "belagda"])
    ws.append([43524, 40, 39])  # a serial number without date format: 2023-03-01 counted from 1904
    ws.append([date(2023, 3, 2), 40, 38])
    wb.save(tmp_path / "b.xlsx")
    db = units_db(tmp_path / "t.sqlite")
    import_file(db, "belaggning", tmp_path / "b.xlsx", unit="Stortorp")
    db.close()
    assert [r[2] for r in snapshot(tmp_path / "t.sqlite")["occupancy_day"]] == ["2023-03-01", "2023-03-02"]


def test_encodings_and_delimiters_are_told_apart() -> None:
    assert decode("Åsa;Öberg".encode("cp1252"), "x") == "Åsa;Öberg"
    assert decode("\ufeffÅsa".encode(), "x") == "Åsa"
    assert decode("Åsa".encode("utf-16"), "x") == "Åsa"
    assert sniff_delimiter(["a;b;c", "1,5;2,5;3"]) == ";"
    assert sniff_delimiter(["a,b,c", "1.5,2.5,3"]) == ","
    assert sniff_delimiter(["a\tb\tc", "1,5\t2,5\t3"]) == "\t"


def test_title_rows_above_the_header_keep_spreadsheet_row_numbers(tmp_path: Path) -> None:
    from vonapp.io.imports import ImportFailed

    db = units_db(tmp_path / "t.sqlite")
    path = tmp_path / "b.csv"
    path.write_text("Beläggning Stortorp mars\n\ndatum;platser;belagda\n2023-03-01;40;39\n2023-03-02;40;44\n",
                    encoding="utf-8")
    with pytest.raises(ImportFailed) as info:
        import_file(db, "belaggning", path, unit="Stortorp")
    db.close()
    assert [p.row for p in info.value.problems] == [5]
