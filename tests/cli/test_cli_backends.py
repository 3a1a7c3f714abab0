"""The command line on SQLite and on PostgreSQL: the `backend` fixture runs each test on both.

On PostgreSQL the database is a fresh one migrated by `vonapp admin migrate` (tests/backends.py);
the address carries no password (the test cluster trusts its local socket).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.backends import Backend
from vonapp.assets import resource
from vonapp.cli import main
from vonapp.store.database import open_database
from vonapp.store.models import BudgetYear, OccupancyDay, TimeEntry, Unit


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def small(backend: Backend) -> str:
    """Solgården with budget, hours and occupancy in March 2023, and Tomma with nothing (as test_cli.py)."""
    target = backend.target()
    db = open_database(target)
    with db.session() as s:
        u = Unit(name="Solgården", kind="särskilt boende", ansvar="4110", activity_code="51020", places=20)
        s.add_all([u, Unit(name="Tomma", kind="hemtjänst")])
        s.flush()
        s.add(BudgetYear(unit_id=u.id, year=2023, personnel_budget_kr=3_650_000, hourly_cost=500,
                         occupancy_budget_pct=98, action_requirement_tkr=800))
        s.add_all(TimeEntry(unit_id=u.id, date=date(2023, 3, day), category="ordinarie", hours=16) for day in (1, 2))
        s.add(TimeEntry(unit_id=u.id, date=date(2023, 3, 2), category="vikarie", hours=8))
        s.add_all(OccupancyDay(unit_id=u.id, date=date(2023, 3, day), places=20, occupied=19) for day in (1, 2))
    db.close()
    return target


def test_summary_json(small: str, capsys) -> None:
    code, out, _ = run(capsys, "summary", "--unit", "Solgården", "--period", "2023-03", "--json", "--db", small)
    assert code == 0
    s = json.loads(out)
    # budget March = 3 650 000 / 500 = 7 300 h × 31/365 = 620 h; worked 16 + 16 + 8 = 40 h. March is under
    # way (time recorded 1–2 March, no schedule), so it is compared through 2 March: 7 300 × 2/365 = 40 h.
    assert s["budget_hours_period"] == pytest.approx(620.0)
    assert s["through"] == "2023-03-02" and s["budget_hours"] == pytest.approx(40.0)
    assert s["worked_hours"] == 40.0
    assert s["occupancy_pct"] == pytest.approx(95.0)  # 38 / 40 occupied place-days
    assert s["kpi"]["hourly_paid_share"] == pytest.approx(20.0)  # vikarie 8 of 40 h
    assert s["measures"]["gap_tkr"] == 800


def test_units_and_a_bad_unit(small: str, capsys) -> None:
    code, out, _ = run(capsys, "units", "--json", "--db", small)
    assert code == 0
    assert [u["name"] for u in json.loads(out)] == ["Solgården", "Tomma"]
    code, _, err = run(capsys, "summary", "--unit", "Finns inte", "--period", "2023", "--db", small)
    assert code == 2 and "Enheten 'Finns inte' finns inte" in err and len(err.strip().splitlines()) == 1


def test_demo_summary_and_csv_equal_sqlite(backend: Backend, demo_file: Path, tmp_path: Path, capsys) -> None:
    target = backend.target()
    code, out, _ = run(capsys, "demo", "--db", target)
    assert code == 0 and "7 enheter" in out
    args = ["summary", "--unit", "all", "--period", "2023", "--json"]
    _, here, _ = run(capsys, *args, "--db", target)
    _, reference, _ = run(capsys, *args, "--db", str(demo_file))
    assert json.loads(here) == json.loads(reference)
    run(capsys, "export", "csv", "--unit", "Stortorp", "--period", "2023", "--out", str(tmp_path / "a.csv"),
        "--db", target)
    run(capsys, "export", "csv", "--unit", "Stortorp", "--period", "2023", "--out", str(tmp_path / "b.csv"),
        "--db", str(demo_file))
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_import_and_undo(backend: Backend, capsys) -> None:
    target = backend.target()
    code, out, err = run(capsys, "import", "budget", str(resource("templates", "budget.csv")), "--db", target)
    assert code == 0, err
    code, out, err = run(capsys, "import", "tid", str(resource("templates", "tid.csv")), "--unit", "Stortorp",
                         "--db", target)
    assert code == 0, err
    _, out, _ = run(capsys, "summary", "--unit", "Stortorp", "--period", "2025-03", "--json", "--db", target)
    assert json.loads(out)["worked_hours"] == 15.5  # 8 h ordinarie + 7,5 h resurspass (the template)
    code, out, _ = run(capsys, "import", "undo", "2", "--db", target)
    assert code == 0 and "ångrad" in out
    _, out, _ = run(capsys, "summary", "--unit", "Stortorp", "--period", "2025-03", "--json", "--db", target)
    assert json.loads(out)["worked_hours"] in (None, 0.0)


def test_check_and_backup(small: str, backend: Backend, tmp_path: Path, capsys, monkeypatch) -> None:
    import vonapp.store.paths as paths

    monkeypatch.setattr(paths, "default_db_path", lambda: tmp_path / "lokal" / "vonapp.sqlite")
    code, out, _ = run(capsys, "check", "--db", small)
    assert code == 0 and "är hel" in out
    code, out, err = run(capsys, "backup", "--db", small)
    assert code == 0, err
    saved = Path(out.strip().split(": ", 1)[1])
    assert saved.exists() and saved.suffix == ".sqlite"
    # The backup is a SQLite file (on a server: a copy of the units the user may see) that opens offline.
    _, out, _ = run(capsys, "units", "--json", "--db", str(saved))
    assert [u["name"] for u in json.loads(out)] == ["Solgården", "Tomma"]
    _, out, _ = run(capsys, "summary", "--unit", "Solgården", "--period", "2023-03", "--json", "--db", str(saved))
    assert json.loads(out)["worked_hours"] == 40.0
