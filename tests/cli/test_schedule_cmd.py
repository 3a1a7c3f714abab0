"""`vonapp schedule check|cost` and `vonapp scenario heltid`: DESIGN's JSON keys, hand-worked figures, exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.backends import Backend
from tests.store.schema_data import build
from vonapp.cli import main

FINDING_KEYS = {"employee", "name", "rule", "cycle_day", "week", "hours", "limit"}
COST_KEYS = {"start", "end", "planned_hours", "planned_kr", "budget_hours", "budget_kr", "deviation_hours",
             "deviation_kr"}


@pytest.fixture
def small(backend: Backend) -> str:
    """Solbacken in a SQLite file or a PostgreSQL database (the `backend` fixture: each test runs on both)."""
    target = backend.target()
    build(target).close()
    return target


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_schedule_check_json(small: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schedule", "check", "--unit", "Solbacken", "--date", "2024-02-01", "--json",
                       "--db", str(small))
    assert code == 0
    got = json.loads(out)
    assert set(got) == {"unit", "schedule", "cycle_weeks", "findings"}
    assert (got["unit"], got["schedule"], got["cycle_weeks"]) == ("Solbacken", "Vår 2024", 2)
    assert all(set(f) == FINDING_KEYS for f in got["findings"])
    # See tests/store/schema_data.py: B's 9 h rest before Tuesday of week 1, B 27,75 h vs 30 h, C 10 h vs 20 h.
    assert [(f["employee"], f["rule"], f["cycle_day"], f["week"], f["hours"], f["limit"]) for f in got["findings"]] == [
        ("9002", "dygnsvila", 2, None, 9.0, 11.0), ("9002", "sysselsättning", None, None, 27.75, 30.0),
        ("9003", "sysselsättning", None, None, 10.0, 20.0)]


def test_schedule_check_text(small: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schedule", "check", "--unit", "Solbacken", "--date", "2024-03-04", "--db", str(small))
    assert code == 0 and "Mars 2024" in out and "Inga avvikelser" in out
    code, out, _ = run(capsys, "schedule", "check", "--unit", "solbacken", "--date", "2024-01-01", "--db", str(small))
    assert code == 0 and "dag 2 (tisdag v. 1)" in out and "vila 9,5" not in out and "vila 9,0 h" in out


def test_schedule_cost_json(small: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schedule", "cost", "--unit", "Solbacken", "--period", "2024-01", "--by", "week",
                       "--json", "--db", str(small))
    assert code == 0
    got = json.loads(out)
    assert set(got) == {"unit", "period", "by", "rows", "total"}
    assert (got["unit"], got["period"], got["by"]) == ("Solbacken", "2024-01", "week")
    assert all(set(r) == COST_KEYS for r in got["rows"])
    assert set(got["total"]) == COST_KEYS - {"start", "end"}
    # 358,5 h × 400 kr = 143 400 kr against 775 h / 310 000 kr (test_schedule_reads).
    assert [r["planned_hours"] for r in got["rows"]] == [63.5, 92, 63.5, 92, 47.5]
    assert got["rows"][0]["start"] == "2024-01-01" and got["rows"][-1]["end"] == "2024-01-31"
    assert got["total"]["planned_kr"] == 143_400
    assert got["total"]["deviation_hours"] == pytest.approx(416.5)
    # A year with no budget: null, never 0.
    code, out, _ = run(capsys, "schedule", "cost", "--unit", "Solbacken", "--period", "2025-01", "--json",
                       "--db", str(small))
    row = json.loads(out)["rows"][0]
    assert row["budget_hours"] is None and row["planned_kr"] is None and row["planned_hours"] > 0


def test_scenario_heltid_json(small: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "scenario", "heltid", "--unit", "Solbacken", "--from", "2024-01-08", "--json",
                       "--db", str(small))
    assert code == 0
    got = json.loads(out)
    assert set(got) == {"unit", "from", "rate", "employees_raised", "added_hours_week", "added_hours_year",
                        "added_kr_year", "substitute_hours_last_year"}
    # B 75 % and C 50 % raised to 100 % × 40 h: 10 + 20 = 30 h a week; 2024-01-08..12-31 = 366 − 7 = 359 days:
    # 30 × 359 ÷ 7 = 1 538,57 h × 400 kr = 615 428,57 kr. Substitutes 2023-01-08..12-31: 8 + 4 = 12 h.
    assert (got["from"], got["rate"], got["employees_raised"], got["added_hours_week"]) == ("2024-01-08", 100.0, 2, 30)
    assert got["added_hours_year"] == pytest.approx(30 * 359 / 7)
    assert got["added_kr_year"] == pytest.approx(30 * 359 / 7 * 400)
    assert got["substitute_hours_last_year"] == 12.0
    code, out, _ = run(capsys, "scenario", "heltid", "--unit", "Solbacken", "--from", "2024-01-08", "--rate", "60",
                       "--db", str(small))
    assert code == 0 and "Anställda som höjs" in out  # only C (50 % → 60 %: 4 h a week)
    assert "4\u00a0h\n" in out  # fmt_hours: non-breaking space


@pytest.mark.parametrize("argv, message", [
    (["schedule", "check", "--unit", "Tomma"], "Tomma har inget schema som gäller"),
    (["schedule", "check", "--unit", "Solbacken", "--date", "2023-12-31"], "Första schemat börjar 2024-01-01"),
    (["schedule", "check", "--unit", "Solbacken", "--date", "2024-13-01"], "inget datum"),
    (["schedule", "cost", "--unit", "Tomma", "--period", "2024"], "Tomma har inget schema"),
    (["schedule", "cost", "--unit", "Solbacken", "--period", "2024-14"], "ingen månad 14"),
    (["scenario", "heltid", "--unit", "Solbacken", "--from", "2024-01-09"], "är en tisdag"),
    (["scenario", "heltid", "--unit", "Solbacken", "--from", "9 jan"], "inget datum"),
    (["scenario", "heltid", "--unit", "Tomma", "--from", "2024-01-08"], "Tomma har inget schema"),
    (["scenario", "heltid", "--unit", "Solbacken", "--from", "2024-01-08", "--rate", "120"], "1–100"),
    (["schedule", "check", "--unit", "Okänd"], "finns inte"),
])
def test_bad_input_exits_2_with_one_swedish_line(small: Path, capsys: pytest.CaptureFixture[str],
                                                 argv: list[str], message: str) -> None:
    code, out, err = run(capsys, *argv, "--db", str(small))
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1
