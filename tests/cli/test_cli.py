"""The command line contract: summary JSON keys and nulls, units, backup/restore/check, bad input."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from vonapp.cli import main
from vonapp.store.database import open_database
from vonapp.store.models import BudgetYear, OccupancyDay, TimeEntry, Unit

SUMMARY_KEYS = {
    "unit", "period", "budget_hours", "worked_hours", "deviation_hours", "deviation_kr", "forecast_year_kr",
    "budget_year_kr", "occupancy_pct", "occupancy_budget_pct", "resurspass", "measures", "kpi",
    "through", "budget_hours_period", "budget_kr_period",
}


@pytest.fixture
def small_db(db_path: Path) -> Path:
    """Two units: Solgården with budget, hours and occupancy in March 2023; Tomma with nothing."""
    db = open_database(db_path)
    with db.session() as s:
        u = Unit(name="Solgården", kind="särskilt boende", ansvar="4110", activity_code="51020", places=20)
        s.add_all([u, Unit(name="Tomma", kind="hemtjänst")])
        s.flush()
        # 3 650 000 kr ÷ 500 kr/h = 7 300 h a year = 20 h a day
        s.add(BudgetYear(unit_id=u.id, year=2023, personnel_budget_kr=3_650_000, hourly_cost=500,
                         occupancy_budget_pct=98, action_requirement_tkr=800))
        s.add_all(TimeEntry(unit_id=u.id, date=date(2023, 3, day), category="ordinarie", hours=16) for day in (1, 2))
        s.add(TimeEntry(unit_id=u.id, date=date(2023, 3, 2), category="vikarie", hours=8))
        s.add_all(OccupancyDay(unit_id=u.id, date=date(2023, 3, day), places=20, occupied=19) for day in (1, 2))
    db.close()
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_summary_json_has_the_contract_keys_and_unrounded_numbers(small_db: Path, capsys) -> None:
    code, out, _ = run(capsys, "summary", "--unit", "Solgården", "--period", "2023-03", "--json", "--db",
                       str(small_db))
    assert code == 0
    s = json.loads(out)
    assert SUMMARY_KEYS <= s.keys()
    assert set(s["resurspass"]) >= {"planned_hours", "used_hours", "usage_pct", "missed_hours", "missed_kr"}
    assert set(s["measures"]) >= {"requirement_tkr", "effect_year_tkr", "full_year_effect_tkr", "gap_tkr"}
    assert set(s["kpi"]) >= {"execution_rate", "idle_rate", "declined_rate", "sick_rate", "hourly_paid_share"}
    # March is under way: time is recorded 1–2 March and Solgården has no schedule, so it is compared
    # through 2 March (finance's periodiserad budget): budget 7 300 × 2/365 = 40 h; worked 16 + 16 + 8 =
    # 40 h; deviation 0 h. The whole month's budget 7 300 × 31/365 = 620 h stands beside it.
    assert s["through"] == "2023-03-02"
    assert s["budget_hours"] == pytest.approx(40.0)
    assert s["budget_hours_period"] == pytest.approx(620.0)
    assert s["budget_kr_period"] == pytest.approx(310_000.0)
    assert s["worked_hours"] == 40.0
    assert s["deviation_hours"] == pytest.approx(0.0)
    # occupancy 38 / 40 = 95 % in percent units; vikarie 8 / 40 = 20 %
    assert s["occupancy_pct"] == pytest.approx(95.0)
    assert s["kpi"]["hourly_paid_share"] == pytest.approx(20.0)
    # no time breakdown, no measures recorded: null, never 0
    assert s["kpi"]["execution_rate"] is None
    assert s["measures"]["effect_year_tkr"] is None
    assert s["measures"]["gap_tkr"] == 800  # the whole requirement is still open


def test_a_unit_without_data_gets_nulls(small_db: Path, capsys) -> None:
    code, out, _ = run(capsys, "summary", "--unit", "Tomma", "--period", "2023", "--json", "--db", str(small_db))
    assert code == 0
    s = json.loads(out)
    for key in ("budget_hours", "worked_hours", "deviation_hours", "deviation_kr", "forecast_year_kr",
                "budget_year_kr", "occupancy_pct", "occupancy_budget_pct"):
        assert s[key] is None, key
    assert all(v is None for v in s["kpi"].values())


def test_summary_for_all_units_sums_them(small_db: Path, capsys) -> None:
    _, out, _ = run(capsys, "summary", "--unit", "all", "--period", "2023-03", "--json", "--db", str(small_db))
    s = json.loads(out)
    assert s["unit"] == "Alla enheter"
    assert s["worked_hours"] == 40.0


def test_human_summary_uses_swedish_number_formats(small_db: Path, capsys) -> None:
    code, out, _ = run(capsys, "summary", "--unit", "solgården", "--period", "2023-03", "--db", str(small_db))
    assert code == 0
    assert "95,0\u00a0%" in out  # occupancy
    assert "utfall t.o.m. 2 mar" in out.splitlines()[0]  # March is under way
    assert "Budget i timmar t.o.m. 2 mar" in out and "40\u00a0h" in out  # budget hours through 2 March
    assert "620\u00a0h" in out  # the whole month's budget
    assert "800\u00a0tkr" in out  # åtgärdskrav
    assert "Beläggning" in out and "Budget i timmar" in out


def test_units_lists_kind_and_codes(small_db: Path, capsys) -> None:
    code, out, _ = run(capsys, "units", "--json", "--db", str(small_db))
    assert code == 0
    units = json.loads(out)
    assert units[0] == {"name": "Solgården", "kind": "särskilt boende", "ansvar": "4110",
                        "activity_code": "51020", "places": 20}
    code, out, _ = run(capsys, "units", "--db", str(small_db))
    assert "Solgården" in out and "4110" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["summary", "--unit", "Finns inte", "--period", "2023"], "Enheten 'Finns inte' finns inte"),
        (["summary", "--unit", "Solgården", "--period", "2023-13"], "ingen månad 13"),
        (["summary", "--unit", "Solgården", "--period", "i fjol"], "känns inte igen"),
        (["summary", "--unit", "Solgården"], "--period"),
    ],
)
def test_bad_input_gives_exit_2_and_one_clear_line(small_db: Path, capsys, args: list[str], message: str) -> None:
    before = small_db.read_bytes()
    with pytest.raises(SystemExit) if "--period" not in args else _no_raise():
        code, _, err = run(capsys, *args, "--db", str(small_db))
        assert code == 2
        assert message in err
        assert len(err.strip().splitlines()) == 1
    assert small_db.read_bytes() == before


class _no_raise:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return False


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vonapp", *args], capture_output=True, text=True, timeout=120)


def test_bad_database_paths_never_give_a_traceback(tmp_path: Path) -> None:
    not_db = tmp_path / "anteckningar.txt"
    not_db.write_text("inte en databas")
    newer = tmp_path / "newer.sqlite"
    open_database(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zz_future'")
    conn.close()
    cases = [
        (["units", "--db", str(tmp_path / "saknas" / "x.sqlite")], "Mappen"),
        (["units", "--db", str(not_db)], "ingen vonapp-databas"),
        (["units", "--db", str(newer)], "nyare version"),
        (["summary", "--unit", "x", "--period", "2023", "--db", str(tmp_path / "ny.sqlite")], "finns inte"),
        (["summary", "--unit", "x", "--period", "2023", "--db", "sqlite+nodriver://"], "Databasadressen"),
    ]
    for args, message in cases:
        r = _cli(*args)
        assert r.returncode == 2, (args, r.stderr)
        assert message in r.stderr, (args, r.stderr)
        assert "Traceback" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert not_db.read_text() == "inte en databas"
    assert not (tmp_path / "ny.sqlite").exists()


def test_backup_restore_and_check_from_the_command_line(small_db: Path, capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "backup", "--db", str(small_db))
    assert code == 0
    saved = Path(out.strip().split(": ", 1)[1])
    assert saved.exists()
    db = open_database(small_db)
    with db.session() as s:
        s.add(Unit(name="Tillagd efter kopian", kind="hemtjänst"))
    db.close()
    code, out, _ = run(capsys, "restore", str(saved), "--db", str(small_db))
    assert code == 0
    _, out, _ = run(capsys, "units", "--json", "--db", str(small_db))
    assert [u["name"] for u in json.loads(out)] == ["Solgården", "Tomma"]
    code, out, _ = run(capsys, "check", "--db", str(small_db))
    assert code == 0 and "är hel" in out


def test_check_reports_a_damaged_database(small_db: Path, capsys) -> None:
    data = bytearray(small_db.read_bytes())
    for p in range(1, len(data) // 4096):  # scribble over every page after the first
        data[p * 4096 + 8 : p * 4096 + 400] = b"\xee" * 392
    small_db.write_bytes(bytes(data))
    code, out, _ = run(capsys, "check", "--db", str(small_db))
    assert code == 1
    assert "skadad" in out and "vonapp restore" in out


def test_the_installed_package_creates_and_migrates_a_database_outside_the_source_tree(tmp_path: Path) -> None:
    # Run from an empty folder so that the installed vonapp (not the checkout) is imported.
    target = tmp_path / "ny.sqlite"
    from vonapp.store.database import open_database as open_db
    from vonapp.store.migrate import current_revision, head_revision

    r = subprocess.run(
        [sys.executable, "-c",
         f"from vonapp.store.database import open_database; open_database({str(target)!r}).close()"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )
    assert r.returncode == 0, r.stderr
    db = open_db(target)
    assert current_revision(db) == head_revision()
    db.close()


def test_the_default_database_folder_is_made_on_first_use_and_kept_private(tmp_path: Path) -> None:
    # A new user: no ~/.local/share/vonapp yet. Reading says there is no database; the first import makes
    # the folder (owner only) and the database in it.
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-m", "vonapp", "units"], env=env, capture_output=True, text=True,
                           timeout=120)
    assert first.returncode == 2
    assert "ingen databas ännu" in first.stderr and "Traceback" not in first.stderr
    template = Path(__file__).resolve().parents[2] / "resources" / "templates" / "budget.csv"
    made = subprocess.run([sys.executable, "-m", "vonapp", "import", "budget", str(template)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    folder = tmp_path / ".local" / "share" / "vonapp"
    assert (folder / "vonapp.sqlite").is_file()
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / "vonapp.sqlite").stat().st_mode & 0o777 == 0o600
