"""The uppföljningsfil read back with openpyxl: the same figures as `vonapp summary --json`, honest totals."""

from __future__ import annotations

import math
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.io.export.build import EVIL_NAME, EVIL_NUMBER
from tests.io.export.helpers import (
    LABELS,
    base_label,
    block,
    close,
    export,
    get,
    sheet_rows,
    summary_json,
    table,
)


@pytest.mark.parametrize(("unit", "period"), [
    ("Stortorp", "2023"),
    ("Hemtjänst Centrum", "2023-Q1"),
    ("Korttidsboende Stortorp", "2023-02-15..2023-06-30"),
    ("all", "2023-03"),
])
def test_every_summary_figure_equals_summary_json(capsys: pytest.CaptureFixture[str], demo_path: Path,
                                                  tmp_path: Path, unit: str, period: str) -> None:
    expected = summary_json(capsys, demo_path, unit, period)
    out = tmp_path / "uppfoljning.xlsx"
    export(capsys, demo_path, "uppfoljning", unit, period, out)
    rows = sheet_rows(out, "Sammanfattning")
    facts = {r[0]: r[1] for r in rows[:12] if r[0]}
    assert facts["Enhet"] == ("Alla enheter" if unit == "all" else unit)
    assert facts["Period"] == period
    _, body = table(rows, "Mått")
    seen = set()
    for label, value, unit_word in body:
        key = LABELS[base_label(label)]
        want = get(expected, key)
        got = None if value is None else (value * 100.0 if unit_word == "%" else value)
        assert close(got, want), (label, got, want)
        seen.add(base_label(label))
    assert seen == set(LABELS)


def test_totals_equal_the_sums_of_their_rows(capsys: pytest.CaptureFixture[str], demo_path: Path,
                                             tmp_path: Path) -> None:
    out = tmp_path / "u.xlsx"
    export(capsys, demo_path, "uppfoljning", "Stortorp", "2023", out)
    s = summary_json(capsys, demo_path, "Stortorp", "2023")
    budget = sheet_rows(out, "Budget i timmar")
    for name in ("Per månad", "Per vecka"):
        header, body = block(budget, name)
        rows, total = body[:-1], body[-1]
        assert total[0] == "Summa"
        for name in ("Budget timmar", "Arbetade timmar", "Avvikelse timmar", "Avvikelse kr", "Vikarie timmar"):
            i = header.index(name)
            assert math.isclose(total[i], sum(r[i] for r in rows), rel_tol=1e-9)
        assert math.isclose(total[header.index("Budget timmar")], s["budget_hours"], rel_tol=1e-9)
        assert math.isclose(total[header.index("Arbetade timmar")], s["worked_hours"], rel_tol=1e-9)
        assert math.isclose(total[header.index("Ackumulerad avvikelse timmar")], s["deviation_hours"], rel_tol=1e-9)

    header, body = table(sheet_rows(out, "Resurspass"), "Vecka")
    rows, total = body[:-1], body[-1]
    for name, key in (("Planerade timmar", "planned_hours"), ("Använda totalt", "used_hours"),
                      ("Missade timmar", "missed_hours"), ("Missade kr", "missed_kr")):
        i = header.index(name)
        assert math.isclose(total[i], sum(r[i] for r in rows), rel_tol=1e-9, abs_tol=1e-9)
        assert math.isclose(total[i], s["resurspass"][key], rel_tol=1e-9, abs_tol=1e-9)
    i_own, i_other, i_used = (header.index(n) for n in ("Använda i egen enhet", "Använda i annan enhet",
                                                         "Använda totalt"))
    assert all(math.isclose(r[i_own] + r[i_other], r[i_used], abs_tol=1e-9) for r in rows)

    header, body = block(sheet_rows(out, "Beläggning"), "Per månad")
    rows, total = body[:-1], body[-1]
    assert total[1] == sum(r[1] for r in rows) and total[2] == sum(r[2] for r in rows)
    assert math.isclose(total[3] * 100, s["occupancy_pct"], rel_tol=1e-9)  # a ratio of sums
    _, days = block(sheet_rows(out, "Beläggning"), "Per dag")
    assert len(days) == 365 + 1 and days[-1][1:3] == total[1:3]  # 2023 day by day adds up to the months


def test_all_units_sheet_compares_units_and_sums_to_all(capsys: pytest.CaptureFixture[str], demo_path: Path,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "alla.xlsx"
    export(capsys, demo_path, "uppfoljning", "all", "2023-Q1", out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Sammanfattning", "Enheter", "Budget i timmar", "Resurspass", "Beläggning", "Åtgärder",
                             "Nyckeltal", "Ekonomi", "Timavlönade", "Åtgärdsplan", "Nyckeltal per månad",
                             "Prognos ekonomi"]
    header, body = table(sheet_rows(out, "Enheter"), "Enhet")
    rows, total = body[:-1], body[-1]
    assert [r[0] for r in rows] == ["Boendestöd Norr", "Daglig verksamhet Verkstan", "Dagverksamhet Ekbacken",
                                    "Hemtjänst Centrum", "Korttidsboende Stortorp", "Personlig assistans", "Stortorp"]
    assert total[0] == "Alla enheter"
    for name in ("Budget i timmar", "Arbetade timmar (utfall)", "Avvikelse kr (budget − utfall)",
                 "Missade resurspass kr", "Åtgärdskrav tkr", "Kvar till åtgärdskrav tkr"):
        i = header.index(name)
        assert math.isclose(total[i], sum(r[i] or 0.0 for r in rows), rel_tol=1e-9), name


def test_action_plan_has_the_seed_layout_and_totals(capsys: pytest.CaptureFixture[str], demo_path: Path,
                                                    tmp_path: Path) -> None:
    # Seed 000: hemtjänst 2 750 / 2 750 tkr, personlig assistans 1 239 / 2 163, daglig verksamhet 781 / 1 297.
    for unit, effect, full in (("Hemtjänst Centrum", 2750, 2750), ("Personlig assistans", 1239, 2163),
                               ("Daglig verksamhet Verkstan", 781, 1297)):
        out = tmp_path / f"{unit}.xlsx"
        export(capsys, demo_path, "uppfoljning", unit, "2023", out)
        rows = sheet_rows(out, "Åtgärder")
        header, body = table(rows, "Åtgärd")
        assert header == ["Åtgärd", "Beskrivning", "Effekt 2023", "Helårseffekt", "Status"]
        total = body[-1]
        assert total[0] == "Totalt"
        assert math.isclose(total[2], effect, abs_tol=0.5) and math.isclose(total[3], full, abs_tol=0.5)
        assert math.isclose(total[2], sum(r[2] for r in body[:-1]), abs_tol=1e-9)
        labels = {r[0]: r[2] for r in rows if r and r[0] in ("Åtgärdskrav", "Kvar att hitta (åtgärdskrav − effekt i år)")}
        s = summary_json(capsys, demo_path, unit, "2023")
        assert labels["Åtgärdskrav"] == pytest.approx(s["measures"]["requirement_tkr"])
        assert labels["Kvar att hitta (åtgärdskrav − effekt i år)"] == pytest.approx(s["measures"]["gap_tkr"])


def test_finance_in_seed_order_with_forecast(capsys: pytest.CaptureFixture[str], small_path: Path,
                                             tmp_path: Path) -> None:
    out = tmp_path / "u.xlsx"
    export(capsys, small_path, "uppfoljning", "Stortorp", "2023-Q1", out)
    header, body = table(sheet_rows(out, "Ekonomi"), "Kategori")
    assert [r[0] for r in body] == ["Verksamhetens intäkter", "Personalkostnader", "Lokalhyror", "Köp av tjänster",
                                    "Övriga kostnader", "Verksamhetens kostnader", "Verksamhetens nettokostnader"]
    by = {r[0]: dict(zip(header, r, strict=True)) for r in body}
    pers = by["Personalkostnader"]
    # Budget −1 790 000 a month; outcome −1 835 000 in Jan–Mar.
    assert pers["Budget perioden"] == -5_370_000  # 3 × −1 790 000
    assert pers["Utfall perioden"] == -5_505_000  # 3 × −1 835 000
    assert pers["Avvikelse perioden"] == -135_000  # utfall − budget
    assert pers["Prognos helår (ekonomi)"] == -21_615_000  # −5 505 000 + 9 × −1 790 000
    assert pers["Budget helår"] == -21_480_000  # 12 × −1 790 000
    costs = by["Verksamhetens kostnader"]
    # −1 835 000 − 200 000 − 45 000 − 32 000 = −2 112 000 a month, × 3
    assert costs["Utfall perioden"] == -6_336_000
    net = by["Verksamhetens nettokostnader"]
    assert net["Utfall perioden"] == -6_336_000 + 444_000  # + intäkter 3 × 148 000


def test_formats_frozen_headers_and_properties(capsys: pytest.CaptureFixture[str], small_path: Path,
                                               tmp_path: Path) -> None:
    out = tmp_path / "u.xlsx"
    export(capsys, small_path, "uppfoljning", "Stortorp", "2023-Q1", out)
    wb = openpyxl.load_workbook(out)
    assert wb.properties.creator == "vonapp"
    assert wb.properties.title == "Uppföljning Stortorp 2023-Q1"
    assert wb.properties.created is not None
    for ws in wb:
        assert ws.freeze_panes is not None, ws.title
        assert ws.page_setup.orientation == "landscape"
        # One page wide (fitToWidth 1 is the OOXML default, so it may be omitted), any number long.
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0
    ws = wb["Sammanfattning"]
    cells = {ws.cell(r, 1).value: ws.cell(r, 2) for r in range(1, ws.max_row + 1)}
    assert cells["Beläggning"].number_format == "0.0%"
    assert cells["Beläggning"].value == pytest.approx(0.975)  # (38 + 39 + 40) / 3 / 40 over whole cycles
    assert cells["Budget i timmar"].number_format == "#,##0"
    assert isinstance(cells["Budget i timmar"].value, float)
    assert cells["Utförandegrad"].value is None  # no breakdown for a boende: empty, never 0


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_formula_looking_text_stays_text(capsys: pytest.CaptureFixture[str], small_path: Path,
                                         tmp_path: Path) -> None:
    out = tmp_path / "u.xlsx"
    export(capsys, small_path, "uppfoljning", "Stortorp", "2023-Q1", out)
    wb = openpyxl.load_workbook(out)
    ws = wb["Timavlönade"]
    names = {ws.cell(r, 1).value: ws.cell(r, 2) for r in range(4, ws.max_row + 1)}
    assert names[EVIL_NUMBER].value == EVIL_NAME and names[EVIL_NUMBER].data_type == "s"
    # 13 Wednesdays × 7.5 h + 13 Mondays × 4 h = 149.5 h, the summary's vikarie hours
    assert names["Summa"].value is None and ws.cell(ws.max_row, 3).value == 149.5
    measures = [c.value for c in wb["Åtgärder"]["A"] + wb["Åtgärder"]["B"]]
    assert "-Minus i namnet" in measures and "@ett snabel-a först" in measures
    assert "<f>" not in _sheet_xml(out)  # not a single formula anywhere


def test_pseudonymize_replaces_names_and_numbers(capsys: pytest.CaptureFixture[str], small_path: Path,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "u.xlsx"
    export(capsys, small_path, "uppfoljning", "Stortorp", "2023-Q1", out, "--pseudonymize")
    with zipfile.ZipFile(out) as z:
        everything = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    assert "HYPERLINK" not in everything and "Cilla" not in everything
    ws = openpyxl.load_workbook(out)["Timavlönade"]
    rows = [(ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 3).value) for r in range(4, 6)]
    # 13 Wednesdays × 7.5 h; 13 Mondays × 4 h (2023-01-02 .. 2023-03-27)
    assert rows == [("Anställd 1", "Anställd 1", 97.5), ("Anställd 2", "Anställd 2", 52.0)]  # 2001, 2002


def test_a_unit_without_places_has_empty_occupancy_not_zero(capsys: pytest.CaptureFixture[str], demo_path: Path,
                                                            tmp_path: Path) -> None:
    out = tmp_path / "hemtjanst.xlsx"
    export(capsys, demo_path, "uppfoljning", "Hemtjänst Centrum", "2023-Q1", out)
    header, body = block(sheet_rows(out, "Beläggning"), "Per månad")
    assert [r[0] for r in body] == ["2023-01", "2023-02", "2023-03", "Summa"]
    assert all(v is None for r in body for v in r[1:])


def test_each_unit_row_equals_that_units_summary(capsys: pytest.CaptureFixture[str], demo_path: Path,
                                                 tmp_path: Path) -> None:
    out = tmp_path / "alla.xlsx"
    export(capsys, demo_path, "uppfoljning", "all", "2023-Q2", out)
    header, body = table(sheet_rows(out, "Enheter"), "Enhet")
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in body}
    for unit in ("Stortorp", "Hemtjänst Centrum", "Personlig assistans", "Alla enheter"):
        s = summary_json(capsys, demo_path, "all" if unit == "Alla enheter" else unit, "2023-Q2")
        row = rows[unit]
        for label in header[4:]:
            key = LABELS[base_label(label)]
            value = row[label]
            got = None if value is None else (value * 100.0 if key.endswith(("_pct", "_rate", "_share")) else value)
            assert close(got, get(s, key)), (unit, label, got, get(s, key))
