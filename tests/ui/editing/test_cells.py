"""Swedish number text both ways, and clipboard text as Excel writes it."""

from __future__ import annotations

from datetime import date

import pytest

from vonapp.ui.editing import (
    CellError,
    Column,
    display_text,
    edit_text,
    parse_cell,
    parse_number,
    parse_tsv,
    to_tsv,
)

NUMBER = Column("x", "Tal", "number", editable=True)


@pytest.mark.parametrize(("text", "value"), [
    ("1 234,5", 1234.5), ("1234.5", 1234.5), ("12,5 %", 12.5), ("1\u00a0234\u00a0567", 1234567.0),
    ("1\u202f234,25", 1234.25), ("−3,5", -3.5), ("-3", -3.0), ("1.234,5", 1234.5), ("1,234.5", 1234.5),
    ("1.234.567", 1234567.0), ("7,5 h", 7.5), ("2 750 tkr", 2750.0), ("  42 ", 42.0), ("+4", 4.0),
])
def test_swedish_and_english_numbers_are_read(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["tolv", "1,2,3", "12 ab", "nan", "inf"])
def test_text_that_is_no_number_is_refused_in_swedish(text: str) -> None:
    with pytest.raises(CellError, match="är inget tal"):
        parse_number(text)


def test_kinds_parse_and_format() -> None:
    assert parse_cell("", NUMBER) is None
    with pytest.raises(CellError, match="måste ha ett värde"):
        parse_cell(" ", Column("x", "Timkostnad", "kr", required=True))
    assert parse_cell("12", Column("p", "Platser", "int")) == 12
    with pytest.raises(CellError, match="heltal"):
        parse_cell("12,5", Column("p", "Platser", "int"))
    assert parse_cell("2024-05-01", Column("d", "Datum", "date")) == date(2024, 5, 1)
    code = Column("c", "Pass", "choice", choices=("D1", "K1", "N3x"), unknown_choice="Passkoden {value} finns inte")
    assert parse_cell("d1", code) == "D1"
    with pytest.raises(CellError, match="Passkoden N3 finns inte"):
        parse_cell("N3", code)
    # Shown: nbsp thousands, decimal comma; edited and copied: no grouping, decimal comma.
    assert display_text(1234567.5, Column("k", "Kr", "kr")) == "1\u00a0234\u00a0568"
    assert display_text(96.296, Column("p", "Beläggning", "pct")) == "96,3\u00a0%"
    assert display_text(7.5, Column("h", "Timmar", "hours")) == "7,5"
    assert display_text(8.0, Column("h", "Timmar", "hours")) == "8"
    assert display_text(None, NUMBER) == ""
    assert display_text(2024, Column("y", "År", "int", grouping=False)) == "2024"
    assert display_text(12345.5, Column("n", "Tal", "number", grouping=False)) == "12345,5"
    assert edit_text(1234.5, NUMBER) == "1234,5"
    assert edit_text(0.1 + 0.2, NUMBER) == "0,3"
    assert edit_text(-2.0, NUMBER) == "-2"


def test_tsv_as_excel_puts_it_on_the_clipboard() -> None:
    # Excel: cells separated by tabs, every row ended by \r\n (the last too); a cell with a newline quoted.
    text = 'a\t1,5\r\n"två\r\nrader"\t"sa ""hej"""\r\n'
    assert parse_tsv(text) == [["a", "1,5"], ["två\r\nrader", 'sa "hej"']]
    assert parse_tsv("12,5\r\n") == [["12,5"]]
    assert parse_tsv("1\n2\n3") == [["1"], ["2"], ["3"]]
    assert parse_tsv("a\t\tc\r\n\r\nd\r\n") == [["a", "", "c"], ["", "", ""], ["d", "", ""]]
    grid = [["a", "1,5"], ["två\r\nrader", 'sa "hej"']]
    assert parse_tsv(to_tsv(grid)) == grid
