"""A matrix of bad files: each names exactly the rows, columns, values and reasons, and writes nothing."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from tests.io.helpers import snapshot, units_db, write_text, xlsx
from vonapp.io.imports import ImportFailed, ImportRefused, import_file
from vonapp.io.imports.kinds import tid
from vonapp.io.imports.templates import TEMPLATE_DIR
from vonapp.io.imports.values import DATE_HINT

TID = "datum;anställningsnummer;namn;kategori;frånvarotyp;placering;timmar\n"
HOURS = "är inte ett giltigt antal timmar (0–24)"
FIELDS = "kontrollera avgränsare och citattecken"

# (id, kind, unit, file text, [(row, column, value, reason)])
CASES = [
    ("date-does-not-exist", "tid", TID + "2023-02-29;1001;A;ordinarie;;;8\n",
     [(2, "datum", "2023-02-29", "är ett datum som inte finns")]),
    ("date-is-text", "tid", TID + "2023-03-01;1001;A;ordinarie;;;8\nigår;1001;A;ordinarie;;;8\n",
     [(3, "datum", "igår", DATE_HINT)]),
    ("date-empty", "tid", TID + ";1001;A;ordinarie;;;8\n",
     [(2, "datum", None, "är tom; ange ett datum (ÅÅÅÅ-MM-DD)")]),
    ("hours-negative", "tid", TID + "".join(f"2023-03-{d:02d};1001;A;ordinarie;;;8\n" for d in range(1, 11))
     + "2023-03-11;1001;A;ordinarie;;;-3\n",
     [(12, "timmar", "-3", HOURS)]),
    ("hours-zero", "tid", TID + "2023-03-01;1001;A;ordinarie;;;0\n", [(2, "timmar", "0", HOURS)]),
    ("hours-above-24", "tid", TID + "2023-03-01;1001;A;ordinarie;;;24,5\n", [(2, "timmar", "24,5", HOURS)]),
    ("hours-text", "tid", TID + "2023-03-01;1001;A;ordinarie;;;åtta\n", [(2, "timmar", "åtta", "är inte ett tal")]),
    ("hours-empty", "tid", TID + "2023-03-01;1001;A;ordinarie;;;\n",
     [(2, "timmar", None, "är tom; ange antal timmar")]),
    ("day-over-24-hours", "tid",
     TID + "2023-03-05;1006;F;ordinarie;;;16\n2023-03-05;1007;G;ordinarie;;;16\n2023-03-05;1006;F;övertid;;;9\n",
     [(2, "timmar", "16", "ger 25 timmar för anställd 1006 2023-03-05 (högst 24 per dag)"),
      (4, "timmar", "9", "ger 25 timmar för anställd 1006 2023-03-05 (högst 24 per dag)")]),
    ("unknown-category", "tid", TID + "2023-03-01;1001;A;vikare;;;8\n",
     [(2, "kategori", "vikare", f"är ingen känd kategori; {tid.CATEGORY_HINT}")]),
    ("empty-category", "tid", TID + "2023-03-01;1001;A;;;;8\n",
     [(2, "kategori", None, f"är tom; {tid.CATEGORY_HINT}")]),
    ("unknown-absence", "tid", TID + "2023-03-01;1001;A;frånvaro;influensa;;8\n",
     [(2, "frånvarotyp", "influensa", f"är ingen känd frånvarotyp; {tid.ABSENCE_HINT}")]),
    ("absence-without-type", "tid", TID + "2023-03-01;1001;A;frånvaro;;;8\n",
     [(2, "frånvarotyp", None, f"är tom; en frånvarorad behöver frånvarotyp ({tid.ABSENCE_HINT})")]),
    ("placement-unknown-unit", "tid", TID + "2023-03-01;1001;A;resurspass;;Solgården;8\n",
     [(2, "placering", "Solgården", f"är ingen enhet i databasen; {tid.PLACEMENT_HINT}")]),
    ("placement-empty", "tid", TID + "2023-03-01;1001;A;resurspass;;;8\n",
     [(2, "placering", None, f"är tom; en resurspassrad behöver placering ({tid.PLACEMENT_HINT})")]),
    ("placement-other-without-name", "tid", TID + "2023-03-01;1001;A;resurspass;;annan enhet;8\n",
     [(2, "placering", "annan enhet", "säger inte vilken enhet; skriv den andra enhetens namn")]),
    ("employee-number-empty", "tid", TID + "2023-03-01;;A;vikarie;;;8\n2023-03-01;;Bemanning AB;inhyrd;;;8\n",
     [(2, "anställningsnummer", None, "är tom; anställningsnummer behövs utom på rader med kategori inhyrd")]),
    ("too-few-fields", "tid", TID + "2023-03-01;1001;A;ordinarie;;;8\n2023-03-01;1002;B;ordinarie;8\n",
     [(3, None, None, f"raden har 5 fält men rubrikraden har 7; {FIELDS}"),
      (3, "timmar", None, "är tom; ange antal timmar")]),
    ("too-many-fields", "tid", TID + "2023-03-01;1001;A;ordinarie;;;7;5\n",
     [(2, None, None, f"raden har 8 fält men rubrikraden har 7; {FIELDS}")]),
    ("every-bad-row-listed", "tid", TID + "".join(f"x;100{i};A;ordinarie;;;8\n" for i in (1, 2, 3)) + "2023-03-01;1001;A;ordinarie;;;99\n",
     [(2, "datum", "x", DATE_HINT), (3, "datum", "x", DATE_HINT), (4, "datum", "x", DATE_HINT),
      (5, "timmar", "99", HOURS)]),
    ("occupied-above-places", "belaggning", "datum;platser;belagda\n2023-03-01;40;39\n2023-03-02;40;41\n",
     [(3, "belagda", "41", "är fler än platserna (40)")]),
    ("occupancy-day-twice", "belaggning", "datum;platser;belagda\n2023-03-01;40;39\n2023-03-01;40;38\n",
     [(3, "datum", "2023-03-01", "finns redan på rad 2")]),
    ("occupancy-text", "belaggning", "datum;platser;belagda\n2023-03-01;40;trettio\n",
     [(2, "belagda", "trettio", "är inte ett tal")]),
    ("move-unknown-event", "belaggning", "datum;lägenhet;händelse\n2023-03-01;12;flytt\n",
     [(2, "händelse", "flytt", "är ingen känd händelse; tillåtna: inflytt eller utflytt")]),
    ("move-in-twice", "belaggning", "datum;lägenhet;händelse\n2023-03-01;12;inflytt\n2023-03-09;12;inflytt\n",
     [(3, "händelse", "inflytt", "lägenhet 12 har redan inflytt (rad 2) utan utflytt emellan")]),
    ("month-13", "utforande", "år;månad;arbetad tid;tid hos kund;bomtid;avböjd tid\n2023;13;100;60;3;1\n",
     [(2, "månad", "13", "är ingen månad; skriv 1–12 eller månadens namn")]),
    ("client-time-above-worked", "utforande",
     "år;månad;arbetad tid;tid hos kund;bomtid;avböjd tid\n2023;1;100;60;3;1\n2023;2;100;99;3;1\n",
     [(3, "tid hos kund", "99", "+ bomtid + avböjd tid = 103 timmar, mer än arbetad tid (100)")]),
    ("finance-unknown-category", "ekonomi", "år;månad;kategori;budget kr;utfall kr\n2023;1;fika;1 000;900\n",
     [(2, "kategori", "fika", "är ingen känd kategori; tillåtna: intäkter, personalkostnader, lokalhyror, "
                              "köp av tjänster eller övriga kostnader")]),
    ("finance-line-twice", "ekonomi",
     "år;månad;kategori;budget kr;utfall kr\n2023;1;lokalhyror;1 000;900\n2023;jan;Lokalhyror;1 000;900\n",
     [(3, "kategori", None, "kategorin och månaden lokalhyror 2023-01 finns redan på rad 2")]),
    ("measure-effect-text", "atgarder",
     "år;åtgärd;beskrivning;effekt år tkr;helårseffekt tkr;status\n2023;Schema;;mycket;100;\n2023;;;1;1;\n",
     [(2, "effekt år tkr", "mycket", "är inte ett tal"), (3, "åtgärd", None, "är tom; ange åtgärdens namn")]),
    ("budget-bad-cost-and-kind", "budget",
     "enhet;verksamhet;år;personalbudget kr;timkostnad kr\nNya hemmet;hotell;2023;1 000 000;0\n",
     [(2, "timkostnad kr", "0", "måste vara större än 0 kr"),
      (2, "verksamhet", "hotell", "är ingen känd verksamhet; tillåtna: särskilt boende, korttidsboende, "
                                  "hemtjänst, boendestöd, dagverksamhet, daglig verksamhet LSS, personlig assistans "
                                  "eller LSS-boende")]),
    ("budget-year-twice", "budget",
     "enhet;år;personalbudget kr;timkostnad kr\nStortorp;2024;1000;500\nstortorp;2024;2000;500\n",
     [(3, "enhet", "stortorp", "har år 2024 redan på rad 2")]),
]


@pytest.mark.parametrize(("kind", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_file_lists_every_problem_and_writes_nothing(tmp_path: Path, kind: str, text: str,
                                                         expected: list[tuple]) -> None:
    db = units_db(tmp_path / "t.sqlite")
    unit = "Hemtjänst Norr" if kind == "utforande" else "Stortorp"
    path = write_text(tmp_path / f"{kind}.csv", text)
    before = snapshot(tmp_path / "t.sqlite")
    with pytest.raises(ImportFailed) as info:
        import_file(db, kind, path, unit=unit)
    db.close()
    got = [(p.row, p.column, p.value, p.reason) for p in info.value.problems]
    assert sorted(got, key=str) == sorted(expected, key=str)
    assert snapshot(tmp_path / "t.sqlite") == before


def test_message_reads_as_the_contract_example(tmp_path: Path) -> None:
    db = units_db(tmp_path / "t.sqlite")
    path = write_text(tmp_path / "tid.csv", CASES[3][2])
    with pytest.raises(ImportFailed) as info:
        import_file(db, "tid", path, unit="Stortorp")
    db.close()
    assert 'tid.csv rad 12, kolumn "timmar": "-3" är inte ett giltigt antal timmar (0–24)' in str(info.value)


SHIFTS = ("passkoder", [("passkod", "start", "slut", "rast min", "resurspass"),
                        ("D", time(7), time(15, 30), 30, "nej"), ("K", "13:30", "21:30", 30, "nej")])


def test_schedule_cell_with_undefined_shift_code(tmp_path: Path) -> None:
    db = units_db(tmp_path / "t.sqlite")
    path = xlsx(tmp_path / "schema.xlsx", [SHIFTS, ("schema", [
        ("anställningsnummer", "namn", "sysselsättningsgrad", 1, 2, 3, 4, 5, 6, 7),
        ("1001", "A", 75, "D", "D", "X", None, None, None, "K"),
        ("1002", "B", 100, "N", None, None, None, None, None, None)])])
    with pytest.raises(ImportFailed) as info:
        import_file(db, "schema", path, unit="Stortorp", start=date(2023, 5, 1))
    db.close()
    reason = "är ingen definierad passkod; definierade: D, K"
    assert [(p.row, p.column, p.value, p.reason) for p in info.value.problems] == [
        (2, "3", "X", reason), (3, "1", "N", reason)]
    assert info.value.file_name == "schema.xlsx blad schema"


def test_schedule_cycle_not_a_multiple_of_seven(tmp_path: Path) -> None:
    db = units_db(tmp_path / "t.sqlite")
    path = xlsx(tmp_path / "schema.xlsx", [SHIFTS, ("schema", [
        ("anställningsnummer", "namn", "sysselsättningsgrad", *range(1, 11)), ("1001", "A", 75, *["D"] * 10)])])
    with pytest.raises(ImportFailed) as info:
        import_file(db, "schema", path, unit="Stortorp", start=date(2023, 5, 1))
    db.close()
    assert [(p.row, p.reason) for p in info.value.problems] == [
        (1, "cykeln är 10 dagar; den måste vara en multipel av 7 (7, 14, 21 …)")]


def test_shift_break_longer_than_shift(tmp_path: Path) -> None:
    db = units_db(tmp_path / "t.sqlite")
    path = xlsx(tmp_path / "schema.xlsx", [
        ("passkoder", [("passkod", "start", "slut", "rast min"), ("D", "07:00", "08:00", 90),
                       ("E", "25:00", "08:00", 0)]),
        ("schema", [("anställningsnummer", *range(1, 8)), ("1001", *["D"] * 7)])])
    with pytest.raises(ImportFailed) as info:
        import_file(db, "schema", path, unit="Stortorp", start=date(2023, 5, 1))
    db.close()
    assert [(p.row, p.column, p.value, p.reason) for p in info.value.problems] == [
        (2, "rast min", "90", "är ingen möjlig rast för ett pass på 60 minuter"),
        (3, "start", "25:00", "är inte en tid; skriv TT:MM")]


@pytest.mark.parametrize(("start", "message"), [
    (None, "Ett schema behöver --from DATUM: måndagen då cykeln börjar."),
    (date(2023, 5, 2), "--from 2023-05-02: cykeln ska börja en måndag, inte en tisdag."),
])
def test_schedule_start_must_be_a_monday(tmp_path: Path, start: date | None, message: str) -> None:
    db = units_db(tmp_path / "t.sqlite")
    with pytest.raises(ImportRefused, match="^" + message.replace(".", r"\.") + "$"):
        import_file(db, "schema", TEMPLATE_DIR / "schema.xlsx",
                    unit="Stortorp", start=start)
    db.close()


@pytest.mark.parametrize(("content", "message"), [
    (None, "finns inte"),
    (b"", "är tom."),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "gammal Excel-fil"),
    (b"PK\x03\x04broken", "går inte att öppna som xlsx-fil"),
    (b"\x00\x01\x02binary", "varken en textfil"),
    (b"datum;platser;belagda\n", "har inga datarader"),
])
def test_unreadable_files_get_one_clear_line(tmp_path: Path, content: bytes | None, message: str) -> None:
    db = units_db(tmp_path / "t.sqlite")
    path = tmp_path / "fil.csv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ImportRefused, match=message):
        import_file(db, "belaggning", path, unit="Stortorp")
    db.close()


def test_wrong_kind_names_the_missing_columns_and_guesses_the_kind(tmp_path: Path) -> None:
    db = units_db(tmp_path / "t.sqlite")
    path = write_text(tmp_path / "b.csv", "datum;platser;belagda\n2023-03-01;40;39\n")
    with pytest.raises(ImportRefused) as info:
        import_file(db, "tid", path, unit="Stortorp")
    db.close()
    assert 'kolumnerna "anställningsnummer", "kategori", "timmar" saknas' in str(info.value)
    assert "typen belaggning" in str(info.value)
