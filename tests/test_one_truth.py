"""One truth (issue 10): the window's tiles, `summary --json`, the xlsx, the CSV and the PDF agree on every figure.

Each case reads all five for the same unit and period of the demo (time recorded through 2024-08-31):
Stortorp 2024 and Alla enheter 2024 are under way (compared t.o.m. 31 aug, which each place says),
Stortorp 2023-Q1 is finished, and 2027 lies in the future (a budget, nothing recorded: the comparison
figures are null everywhere, the forecast stands).
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tests.io.export.helpers import (
    LABELS,
    base_label,
    csv_rows,
    export,
    get,
    sheet_rows,
    summary_json,
    table,
)
from vonapp.domain.formatting import fmt_hours, fmt_kr_as_tkr, fmt_pct, fmt_tkr
from vonapp.domain.periods import parse_period
from vonapp.io.export.figures import FIGURES, show
from vonapp.store.database import open_database
from vonapp.store.models import BudgetYear, Unit
from vonapp.ui.overview.data import load_overview
from vonapp.ui.overview.page import OverviewPage
from vonapp.ui.overview.palette import Status

CASES = [("Stortorp", "2024"), ("all", "2024"), ("Stortorp", "2023-Q1"), ("Stortorp", "2027")]
UNDER_WAY = "t.o.m. 31 aug"


def _plain(text: str) -> str:
    """Text as compared: ligatures (eﬀekt) unfolded, non-breaking spaces as spaces."""
    return unicodedata.normalize("NFKC", text).replace("\u00a0", " ")


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        raise AssertionError("pdftotext (poppler-utils) is needed: apt-get install -y poppler-utils")
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return _plain(done.stdout)


def _with_a_2027_budget(path: Path) -> None:
    """Stortorp's 2024 budget again for 2027: a future year with a budget and a schedule but no time."""
    db = open_database(path)
    try:
        with db.session() as s:
            unit = s.query(Unit).filter_by(name="Stortorp").one()
            y = s.query(BudgetYear).filter_by(unit_id=unit.id, year=2024).one()
            s.add(BudgetYear(unit_id=unit.id, year=2027, personnel_budget_kr=y.personnel_budget_kr,
                             hourly_cost=y.hourly_cost, occupancy_budget_pct=y.occupancy_budget_pct,
                             action_requirement_tkr=y.action_requirement_tkr))
    finally:
        db.close()


def _tiles(qtbot, path: Path, unit: str, period: str) -> dict[str, tuple[str, str, Status]]:
    """The real overview page offscreen: each tile's (value, caption, status) as the user sees them."""
    db = open_database(path)
    try:
        data = load_overview(db, unit, parse_period(period))
    finally:
        db.close()
    page = OverviewPage()
    qtbot.addWidget(page)
    page.show_data(data)
    return {t.content.key: (t.value.text(), t.caption.text(), t.content.status) for t in page.tiles}


@pytest.mark.parametrize(("unit", "period"), CASES)
def test_tiles_summary_xlsx_csv_and_pdf_agree(qtbot, capsys: pytest.CaptureFixture[str], demo_path: Path,
                                              tmp_path: Path, unit: str, period: str) -> None:
    if period == "2027":
        _with_a_2027_budget(demo_path)
    s = summary_json(capsys, demo_path, unit, period)
    under_way = s["through"] is not None
    if period == "2024":
        assert s["through"] == "2024-08-31"
        assert s["budget_hours"] < s["budget_hours_period"]
    elif period == "2027":  # nothing recorded: null comparison figures, the budget and forecast stand
        assert s["through"] is None and s["worked_hours"] is None and s["deviation_kr"] is None
        assert s["resurspass"]["used_hours"] is None and s["resurspass"]["usage_pct"] is None
        assert s["budget_hours_period"] > 0 and s["forecast_year_kr"] > 0
    else:
        assert s["through"] is None and s["budget_hours"] == pytest.approx(s["budget_hours_period"])

    # 1. The tiles of the window.
    tiles = _tiles(qtbot, demo_path, unit, period)
    r, k = s["resurspass"], s["kpi"]
    expected_tiles = {
        "budget": None if s["deviation_hours"] is None else fmt_hours(s["deviation_hours"]),
        "forecast": None if s["forecast_year_kr"] is None else fmt_kr_as_tkr(s["forecast_year_kr"]),
        "occupancy": None if s["occupancy_pct"] is None else fmt_pct(s["occupancy_pct"]),
        "resurspass": None if r["usage_pct"] is None else fmt_pct(r["usage_pct"]),
        "sick": None if k["sick_rate"] is None else fmt_pct(k["sick_rate"]),
        "hourly": None if k["hourly_paid_share"] is None else fmt_pct(k["hourly_paid_share"]),
        "measures": None if s["measures"]["gap_tkr"] is None else fmt_tkr(s["measures"]["gap_tkr"]),
    }
    for key, want in expected_tiles.items():
        value, caption, status = tiles[key]
        if want is None:
            assert value == "–" and status is Status.NONE, key  # no data: never a figure, never red
        else:
            assert value == want, key
    for key in ("budget", "resurspass", "sick", "hourly"):
        if expected_tiles[key] is not None:
            assert (UNDER_WAY in tiles[key][1]) == under_way, (key, tiles[key][1])

    # 2. The xlsx: every figure of Sammanfattning, compared figures labelled t.o.m. 31 aug.
    xlsx = tmp_path / "u.xlsx"
    export(capsys, demo_path, "uppfoljning", unit, period, xlsx)
    rows = sheet_rows(xlsx, "Sammanfattning")
    assert (UNDER_WAY in rows[0][0]) == under_way
    _, body = table(rows, "Mått")
    seen = set()
    for label, value, unit_word in body:
        key = LABELS[base_label(label)]
        want = get(s, key)
        got = None if value is None else (value * 100.0 if unit_word == "%" else value)
        assert (want is None and got is None) or math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-6), (label, got, want)
        compared = next(f for f in FIGURES if f.key == key).compared
        assert (label.endswith(UNDER_WAY)) == (compared and under_way), label
        seen.add(key)
    assert seen == set(LABELS.values())

    # 3. The CSV: every summary row (two decimals), with the same labels.
    csv_path = tmp_path / "u.csv"
    export(capsys, demo_path, "csv", unit, period, csv_path)
    name = "Alla enheter" if unit == "all" else unit
    by = {r[4]: r[5] for r in csv_rows(csv_path)[1:] if r[0] == name and r[3] == period}
    for f in FIGURES:
        label = f.label.strip() + (f" {UNDER_WAY}" if f.compared and under_way else "")
        words = {"h": "timmar", "kr": "kr", "%": "%", "tkr": "tkr"}[f.kind]
        text, want = by[f"{label} ({words})"], get(s, f.key)
        got = None if text == "" else float(text.replace(",", "."))
        assert (want is None and got is None) or math.isclose(got, want, abs_tol=0.005), (label, got, want)

    # 4. The PDF: each figure's label followed by the value as shown, in pdftotext's text.
    pdf = tmp_path / "u.pdf"
    export(capsys, demo_path, "pdf", unit, period, pdf)
    text = _pdf_text(pdf)
    assert (f"utfall {UNDER_WAY}" in text) == under_way
    assert (f"Budget och utfall {UNDER_WAY}" in text) == under_way
    for f in FIGURES:
        shown = _plain(show(f.kind, get(s, f.key)))
        pattern = re.escape(_plain(f.label.strip())) + r" +" + re.escape(shown) + r"(?: |$)"
        assert re.search(pattern, text, flags=re.MULTILINE), (f.label, shown)

    # 5. `summary` as text: the same labels and values as the PDF.
    from tests.io.export.helpers import run

    code, out, _ = run(capsys, "summary", "--unit", unit, "--period", period, "--db", demo_path)
    assert code == 0
    assert (f"utfall {UNDER_WAY}" in out.splitlines()[0]) == under_way
    for f in FIGURES:
        label = f.label.strip() + (f" {UNDER_WAY}" if f.compared and under_way else "")
        shown = _plain(show(f.kind, get(s, f.key)))
        assert re.search(re.escape(label) + r" +" + re.escape(shown) + "$", _plain(out), flags=re.MULTILINE), label


@pytest.mark.parametrize(("unit", "period"), [("Stortorp", "2023-Q1"), ("Stortorp", "2024"), ("all", "2024")])
def test_xlsx_and_csv_series_rows_add_up_to_their_totals(capsys: pytest.CaptureFixture[str], demo_path: Path,
                                                         tmp_path: Path, unit: str, period: str) -> None:
    # Stortorp 2023-Q1 (issue 10): the total Avvikelse kr was −95 139 kr and the monthly rows summed to
    # −53 133 kr, a row's kr being its hours × the hourly cost without the cost factors. Now every row is
    # budget kr − outcome kr with the factors, so the rows add up to the total, whatever the demo holds.
    s = summary_json(capsys, demo_path, unit, period)
    xlsx = tmp_path / "u.xlsx"
    export(capsys, demo_path, "uppfoljning", unit, period, xlsx)
    budget = sheet_rows(xlsx, "Budget i timmar")
    header = list(budget[2])
    for block in ("Per månad", "Per vecka"):
        start = next(i for i, row in enumerate(budget) if row[0] == block)
        end = next(i for i in range(start, len(budget)) if str(budget[i][0]).startswith("Summa"))
        rows, total = budget[start + 1:end], budget[end]
        assert (UNDER_WAY in total[0]) == (s["through"] is not None)
        for name, key in (("Budget timmar", "budget_hours"), ("Arbetade timmar", "worked_hours"),
                          ("Avvikelse timmar", "deviation_hours"), ("Budget kr", "budget_kr"),
                          ("Utfall kr", "outcome_kr"), ("Avvikelse kr", "deviation_kr"),
                          ("Budget timmar hela perioden", "budget_hours_period"),
                          ("Planerade timmar (schema)", "planned_hours")):
            i = header.index(name)
            assert math.isclose(sum(r[i] or 0.0 for r in rows), total[i], rel_tol=1e-9, abs_tol=1e-6), (block, name)
            assert math.isclose(total[i], s[key], rel_tol=1e-9, abs_tol=1e-6), (block, name)
        kind, worked = header.index("Typ"), header.index("Arbetade timmar")
        for r in rows:  # after the last recorded day: forecast rows without outcome, never 0 h worked
            assert (r[kind] == "prognos (schema)") == (r[worked] is None), r
    csv_path = tmp_path / "u.csv"
    export(capsys, demo_path, "csv", unit, period, csv_path)
    name = "Alla enheter" if unit == "all" else unit
    rows = [r for r in csv_rows(csv_path)[1:] if r[0] == name]
    for measure, key in (("Avvikelse kr", "deviation_kr"), ("Avvikelse timmar", "deviation_hours"),
                         ("Budget timmar", "budget_hours"), ("Arbetade timmar", "worked_hours")):
        monthly = [float(r[5].replace(",", ".")) for r in rows
                   if r[4].startswith(f"{measure} ") and "per månad" in r[4] and r[5]]
        assert sum(monthly) == pytest.approx(s[key], abs=0.01 * len(monthly)), measure
