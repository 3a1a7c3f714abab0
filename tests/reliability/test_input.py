"""No personnummer, ever, and bounded input: what a hostile or careless file is told."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from tests.io.helpers import TID_HEADER, snapshot, units_db, write_csv, xlsx
from vonapp.cli import main
from vonapp.domain.identity import employment_number_problem, luhn_ok, personnummer_problem
from vonapp.io.imports import ImportFailed, ImportRefused, import_file
from vonapp.io.imports.problems import MAX_LISTED
from vonapp.store.errors import StoreError

PNR = ["19800101-1234", "800101-1234", "198001011234", "800101+1234", "19800161-1234", "800161-1234",
       "811218-9876", "8112189876", "Anna 19800101-1234"]
NOT_PNR = ["1001", "2024-01-01", "20240101", "12345678", "198013011234", "8001011234", "ej placerad", "7,5",
           "A-123/4"]


@pytest.mark.parametrize("text", PNR)
def test_personnummer_and_samordningsnummer_are_recognised(text: str) -> None:
    assert personnummer_problem(text) is not None


@pytest.mark.parametrize("text", NOT_PNR)
def test_ordinary_values_are_not_taken_for_personnummer(text: str) -> None:
    assert personnummer_problem(text) is None


def test_luhn_and_samordningsnummer_details() -> None:
    assert luhn_ok("8112189876") and not luhn_ok("8112189875")
    assert "samordningsnummer" in personnummer_problem("19800161-1234")  # day 1 + 60
    assert employment_number_problem("1" * 500) is not None  # today a 500-digit number is accepted
    assert employment_number_problem("A-1001") is None


def _tid(path: Path, rows: list[tuple]) -> Path:
    return write_csv(path, [TID_HEADER, *rows])


@pytest.mark.parametrize("column", ["anställningsnummer", "namn", "placering"])
def test_import_refuses_a_personnummer_in_any_column_naming_row_and_column(tmp_path: Path, column: str) -> None:
    db = units_db(tmp_path / "t.sqlite")
    row = {"datum": "2023-03-01", "anställningsnummer": "1001", "namn": "Anna", "kategori": "resurspass",
           "frånvarotyp": None, "placering": "egen enhet", "timmar": 8}
    row[column] = "19800101-1234" if column != "namn" else "Anna 800101-1234"
    path = _tid(tmp_path / "tid.csv", [("2023-03-02", "1002", "Bo", "ordinarie", None, None, 8), tuple(row.values())])
    before = snapshot(tmp_path / "t.sqlite")
    with pytest.raises(ImportFailed) as err:
        import_file(db, "tid", path, unit="Stortorp")
    db.close()
    hit = [p for p in err.value.problems if "personnummer" in p.reason]
    assert [(p.row, p.column) for p in hit] == [(3, column)]
    assert "tid.csv rad 3" in str(err.value) and f'kolumn "{column}"' in str(err.value)
    assert snapshot(tmp_path / "t.sqlite") == before


def test_import_refuses_a_personnummer_in_an_xlsx_number_cell(tmp_path: Path) -> None:
    db = units_db(tmp_path / "t.sqlite")
    path = xlsx(tmp_path / "tid.xlsx", [("tid", [TID_HEADER, ("2023-03-01", 198001011234, "A", "ordinarie", None,
                                                               None, 8)])])
    with pytest.raises(ImportFailed, match="personnummer"):
        import_file(db, "tid", path, unit="Stortorp")
    db.close()


def test_a_500_digit_employment_number_is_refused(tmp_path: Path) -> None:
    db = units_db(tmp_path / "t.sqlite")
    path = _tid(tmp_path / "tid.csv", [("2023-03-01", "7" * 500, "A", "ordinarie", None, None, 8)])
    with pytest.raises(ImportFailed, match="för långt"):
        import_file(db, "tid", path, unit="Stortorp")
    db.close()


def test_the_store_refuses_an_employee_with_a_personnummer_whoever_writes_it(database) -> None:  # noqa: ANN001
    """The window's edit functions write through the store: the same refusal reaches them."""
    from vonapp.store.models import Employee, Unit

    with database.session() as s:
        unit = Unit(name="A", kind="hemtjänst")
        s.add(unit)
        s.flush()
        unit_id = unit.id
    for number, name in (("19800101-1234", "Anna"), ("1001", "Anna 800101-1234")):
        with pytest.raises(StoreError, match="personnummer"), database.session() as s:
            s.add(Employee(unit_id=unit_id, employment_number=number, display_name=name, employment_form="timavlönad"))
    with database.session() as s:
        s.add(Employee(unit_id=unit_id, employment_number="1001", display_name="Anna", employment_form="timavlönad"))
    with pytest.raises(StoreError, match="personnummer"), database.session() as s:
        s.query(Employee).one().display_name = "Anna 19800101-1234"
    with pytest.raises(StoreError, match="för långt"), database.session() as s:
        s.add(Employee(unit_id=unit_id, employment_number="7" * 500, display_name="B", employment_form="timavlönad"))


def test_pseudonymize_replaces_every_name_and_number_in_every_sheet(demo_path: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    import sqlite3

    conn = sqlite3.connect(demo_path)
    people = conn.execute("SELECT employment_number, display_name FROM employee").fetchall()
    with conn:  # a measure with a person responsible for it
        conn.execute("UPDATE measure SET responsible = 'Ansvariga Lundqvist-Öhrn' WHERE year = 2023")
    conn.close()
    people.append(("Ansvariga Lundqvist-Öhrn", "Ansvariga Lundqvist-Öhrn"))
    named = tmp_path / "namn.xlsx"
    assert main(["export", "uppfoljning", "--unit", "all", "--period", "2023", "--out", str(named),
                 "--db", str(demo_path)]) == 0
    with zipfile.ZipFile(named) as z:  # without --pseudonymize the names are there (the check below means something)
        plain = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    assert "Ansvariga Lundqvist-Öhrn" in plain and people[0][1] in plain
    for kind, name in (("uppfoljning", "u.xlsx"), ("csv", "u.csv")):
        out = tmp_path / name
        assert main(["export", kind, "--unit", "all", "--period", "2023", "--out", str(out), "--pseudonymize",
                     "--db", str(demo_path)]) == 0
        if kind == "csv":
            text = out.read_text(encoding="utf-8-sig")
        else:
            with zipfile.ZipFile(out) as z:
                text = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
        assert "Anställd 1" in text
        leaked = [(n, d) for n, d in people if f">{n}<" in text or f";{n};" in text or f" {n} " in text or d in text]
        assert leaked == [], leaked[:5]
    capsys.readouterr()


# -- bounded input ----------------------------------------------------------------------------------------
def _far_cell_xlsx(path: Path) -> Path:
    """A tiny workbook whose one cell is XFD1048576: 17 billion cells declared in under 2 kB."""
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="XFD1048576" t="inlineStr">'
             '<is><t>x</t></is></c></row></sheetData></worksheet>')
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
        'org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
        '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org'
        '/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
        'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="tid" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
        'org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return path


@pytest.mark.parametrize("declared", [True, False])
def test_an_xlsx_declaring_billions_of_cells_is_refused_at_once(tmp_path: Path, declared: bool) -> None:
    path = _far_cell_xlsx(tmp_path / "stor.xlsx")
    if not declared:  # no <dimension>: the cap while reading must stop it
        with zipfile.ZipFile(path) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
            b'<dimension ref="A1:XFD1048576"/>', b"")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for n, data in parts.items():
                z.writestr(n, data)
    assert path.stat().st_size < 2000
    db = units_db(tmp_path / "t.sqlite")
    with pytest.raises(ImportRefused, match="för stor"):
        import_file(db, "tid", path, unit="Stortorp")
    db.close()


def test_at_most_200_problems_are_listed_then_a_count(tmp_path: Path) -> None:
    db = units_db(tmp_path / "t.sqlite")
    path = _tid(tmp_path / "tid.csv", [("inte ett datum", str(1000 + i), "A", "ordinarie", None, None, 8)
                                       for i in range(500)])
    with pytest.raises(ImportFailed) as err:
        import_file(db, "tid", path, unit="Stortorp")
    db.close()
    lines = str(err.value).splitlines()
    assert len(lines) == 1 + MAX_LISTED + 1
    assert lines[-1].startswith("… och 300 fel till")


def test_a_field_over_the_csv_limit_is_a_row_problem(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    limit = csv.field_size_limit()
    text = ";".join(TID_HEADER) + "\n2023-03-01;1001;A;ordinarie;;;8\n" + f'2023-03-02;1002;"{"x" * (limit + 10)}'
    text += ";ordinarie;;;8\n2023-03-03;1003;C;ordinarie;;;8\n"
    path = tmp_path / "tid.csv"
    path.write_text(text, encoding="utf-8")
    db = units_db(tmp_path / "t.sqlite")
    db.close()
    code = main(["import", "tid", str(path), "--unit", "Stortorp", "--db", str(tmp_path / "t.sqlite")])
    err = capsys.readouterr().err
    assert code == 2 and "oväntat fel" not in err, err
    assert "tid.csv rad 3" in err and "längre än" in err


def test_a_file_mixing_utf8_and_windows_1252_is_refused_naming_the_line(tmp_path: Path) -> None:
    head = ";".join(TID_HEADER).encode("utf-8") + b"\n"
    good = "2023-03-01;1001;Åsa Öberg;ordinarie;;;8\n".encode()
    bad = "2023-03-02;1002;Märta Ek;ordinarie;;;8\n".encode("cp1252")
    path = tmp_path / "blandad.csv"
    path.write_bytes(head + good + good.replace(b"1001", b"1003") + bad)
    db = units_db(tmp_path / "t.sqlite")
    with pytest.raises(ImportRefused, match="rad 4 är inte UTF-8"):
        import_file(db, "tid", path, unit="Stortorp")
    db.close()


def test_identical_rows_in_one_file_are_never_counted_twice(tmp_path: Path) -> None:
    db = units_db(tmp_path / "t.sqlite")
    row = ("2023-03-01", "1001", "A", "ordinarie", None, None, 8)
    path = _tid(tmp_path / "tid.csv", [row, ("2023-03-02", "1001", "A", "ordinarie", None, None, 8), row])
    before = snapshot(tmp_path / "t.sqlite")
    with pytest.raises(ImportFailed) as err:
        import_file(db, "tid", path, unit="Stortorp", dry_run=True)
    db.close()
    assert [(p.row, "kopia av rad 2" in p.reason) for p in err.value.problems] == [(4, True)]
    assert snapshot(tmp_path / "t.sqlite") == before
