"""The demo database reproduces the seed reports' figures (seeds 000, 003, 004) through the CLI and store."""

from __future__ import annotations

import hashlib
import json
import random
import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from vonapp.cli import main
from vonapp.db.demo import SEED, build_demo, write_seed_text
from vonapp.db.demo.build import Writer
from vonapp.db.demo.forvaltning import GENERATED, generated_units, write_forvaltning
from vonapp.domain.compensation import compensation_budget_kr
from vonapp.domain.glossary import Assessment, UnitKind
from vonapp.domain.periods import parse_period
from vonapp.domain.series import MONTH
from vonapp.store.database import Database, open_database
from vonapp.store.errors import StoreError
from vonapp.store.figures import load_summary
from vonapp.store.models import Base, CompensationModel, Schedule, Unit
from vonapp.store.series import SeriesSpec, load_figures

SEVEN = {
    # name: (kind, åtgärdskrav 2023 in tkr from seed 000: 8,3 / 3,2 / 4,2 / 0,7 / 3,2 / 4,1 / 2,3 mkr)
    "Stortorp": (UnitKind.SARSKILT_BOENDE, 8300.0),
    "Korttidsboende Stortorp": (UnitKind.KORTTIDSBOENDE, 3200.0),
    "Hemtjänst Centrum": (UnitKind.HEMTJANST, 4200.0),
    "Boendestöd Norr": (UnitKind.BOENDESTOD, 700.0),
    "Dagverksamhet Ekbacken": (UnitKind.DAGVERKSAMHET, 3200.0),
    "Daglig verksamhet Verkstan": (UnitKind.DAGLIG_VERKSAMHET_LSS, 4100.0),
    "Personlig assistans": (UnitKind.PERSONLIG_ASSISTANS, 2300.0),
}


def summary(capsys: pytest.CaptureFixture[str], db: Path, unit: str, period: str) -> dict:
    code = main(["summary", "--unit", unit, "--period", period, "--json", "--db", str(db)])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def digest(path: Path) -> str:
    """A hash of every row of every table, in id order."""
    h = hashlib.sha256()
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for t in tables:
            h.update(t.encode())
            for row in con.execute(f'SELECT * FROM "{t}" ORDER BY rowid'):
                h.update(repr(row).encode())
    finally:
        con.close()
    return h.hexdigest()


def test_demo_is_marked_as_demo_and_has_the_seven_units(demo_db: Database) -> None:
    assert demo_db.is_demo
    with demo_db.session() as s:
        units = {u.name: u.kind for u in s.scalars(select(Unit))}
    assert units == {name: kind.value for name, (kind, _) in SEVEN.items()}


def test_stortorp_first_quarter_2023_occupancy_is_the_seeds(demo_path: Path, capsys) -> None:
    # Seed 000: "Beläggning för årets första kvartal uppgår till 96,3 %", budgeted 98 %.
    # 5 200 occupied of 60 × 90 = 5 400 place-days = 96,296 % → 96,3 %.
    s = summary(capsys, demo_path, "Stortorp", "2023-Q1")
    assert round(s["occupancy_pct"], 1) == 96.3
    assert round(s["occupancy_budget_pct"], 1) == 98.0


def test_stortorp_2022_occupancy_is_the_seeds_previous_year(demo_path: Path, capsys) -> None:
    # Seed 000: previous year 97,2 % against a budgeted 99 %. 21 287 of 60 × 365 = 21 900 → 97,20 %.
    s = summary(capsys, demo_path, "Stortorp", "2022")
    assert round(s["occupancy_pct"], 1) == 97.2
    assert round(s["occupancy_budget_pct"], 1) == 99.0


def test_hemtjanst_first_quarter_2023_breakdown_is_the_seeds(demo_path: Path, capsys) -> None:
    # Seed 000: utförandegrad 64,6 % Jan–Mar 2023, bomtid 3,5 %, avböjda besök 1,4 % (ratio of sums).
    kpi = summary(capsys, demo_path, "Hemtjänst Centrum", "2023-Q1")["kpi"]
    assert round(kpi["execution_rate"], 1) == 64.6
    assert round(kpi["idle_rate"], 1) == 3.5
    assert round(kpi["declined_rate"], 1) == 1.4


@pytest.mark.parametrize(("unit", "effect", "full_year"), [
    ("Hemtjänst Centrum", 2750.0, 2750.0),  # 2 750 + 0 + 0
    ("Personlig assistans", 1239.0, 2163.0),  # 177 + 300 + 540 + 222 + 0 ; 532 + 300 + 888 + 443 + 0
    ("Daglig verksamhet Verkstan", 781.0, 1297.0),  # 68 + 629 + 0 + 84 ; 270 + 943 + 0 + 84
])
def test_action_plan_totals_are_the_seeds(demo_path: Path, capsys, unit: str, effect: float, full_year: float) -> None:
    m = summary(capsys, demo_path, unit, "2023")["measures"]
    assert m["effect_year_tkr"] == pytest.approx(effect)
    assert m["full_year_effect_tkr"] == pytest.approx(full_year)
    assert m["gap_tkr"] == pytest.approx(SEVEN[unit][1] - effect)


def test_requirements_are_the_seeds_per_unit_and_summed(demo_path: Path, capsys) -> None:
    year = parse_period("2023")
    with open_database(demo_path) as db:
        for name, (_, requirement) in SEVEN.items():
            assert load_summary(db, name, year).measures.requirement_tkr == pytest.approx(requirement)
    # 8 300 + 3 200 + 4 200 + 700 + 3 200 + 4 100 + 2 300 = 26 000 tkr
    assert summary(capsys, demo_path, "all", "2023")["measures"]["requirement_tkr"] == pytest.approx(26_000.0)


def test_boendestod_compensation_models_differ_by_the_seeds_20_000_tkr(demo_db: Database) -> None:
    # Seed 003: the proposed model (50 % ÷ 50 %) lowers the budget by 20 000 tkr against 80 % ÷ 50 %.
    with demo_db.session() as s:
        unit_id = s.scalar(select(Unit.id).where(Unit.name == "Boendestöd Norr"))
        models = {m.name: m for m in s.scalars(select(CompensationModel).where(CompensationModel.unit_id == unit_id,
                                                                              CompensationModel.year == 2023))}
    budget = {name: compensation_budget_kr(m.granted_hours, m.execution_share_pct, m.client_time_share_pct,
                                           m.hourly_cost) for name, m in models.items()}
    assert (models["nuvarande"].execution_share_pct, models["nuvarande"].client_time_share_pct) == (80.0, 50.0)
    assert (models["föreslagen"].execution_share_pct, models["föreslagen"].client_time_share_pct) == (50.0, 50.0)
    assert (budget["nuvarande"] - budget["föreslagen"]) / 1000 == pytest.approx(20_000.0)


def test_missed_resurspass_shrink_after_the_new_schedule(demo_path: Path, capsys) -> None:
    # Seed 000: early 2023 resurspass went unused while substitutes were hired; the new schedule from
    # 1 May 2023 puts them to use, so Q3 misses far fewer kronor than Q1.
    q1 = summary(capsys, demo_path, "Stortorp", "2023-Q1")["resurspass"]
    q3 = summary(capsys, demo_path, "Stortorp", "2023-Q3")["resurspass"]
    assert q1["missed_kr"] > 2 * q3["missed_kr"] > 0
    assert q1["usage_pct"] < 50 < q3["usage_pct"]


def test_stortorp_new_schedule_starts_on_1_may_2023(demo_db: Database) -> None:
    with demo_db.session() as s:
        starts = s.scalars(select(Schedule.start_date).join(Unit, Unit.id == Schedule.unit_id)
                           .where(Unit.name == "Stortorp").order_by(Schedule.start_date)).all()
    assert starts == [date(2022, 1, 3), date(2023, 5, 1)]


def test_recorded_time_ends_in_august_2024_and_the_forecast_continues_the_schedule(demo_db: Database) -> None:
    # Forecast year = worked up to the last recorded day + planned hours after it (DESIGN.md).
    whole = load_summary(demo_db, "Stortorp", parse_period("2024"))
    done = load_summary(demo_db, "Stortorp", parse_period("2024-01-01..2024-08-31"))
    rest = load_summary(demo_db, "Stortorp", parse_period("2024-09-01..2024-12-31"))
    # Nothing is recorded after August: the rest of the year has no comparison figures (null, never 0)
    # but its forecast stands; 2024 is compared through 31 August, as the period 1 January–31 August.
    assert rest.worked_hours is None and rest.planned_hours is None and rest.resurspass.used_hours is None
    assert rest.budget_hours_period is not None and rest.forecast_year_hours == pytest.approx(whole.forecast_year_hours)
    assert whole.through == "2024-08-31" and whole.worked_hours == pytest.approx(done.worked_hours)
    autumn = load_figures(demo_db, "Stortorp", parse_period("2024"), SeriesSpec(budget=(MONTH,))).budget[MONTH]
    planned_after = autumn.loc[autumn["is_forecast"], "planned_hours_period"].sum()
    assert whole.forecast_year_hours == pytest.approx(done.worked_hours + planned_after)


def test_employees_carry_numbers_and_names_but_no_personnummer(demo_db: Database) -> None:
    with demo_db.session() as s:
        rows = s.connection().exec_driver_sql("SELECT employment_number, display_name FROM employee").all()
    assert len(rows) > 100
    assert all(re.fullmatch(r"\d{5}", number) for number, _ in rows)
    assert not any(re.search(r"\d", name) for _, name in rows)


def test_finance_lines_have_outcome_up_to_august_2024_and_signed_amounts(demo_db: Database) -> None:
    with demo_db.session() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT year, month, category, budget_kr, outcome_kr FROM finance_line").all()
    assert {(y, m) for y, m, _, _, o in rows if o is None} == {(2024, m) for m in range(9, 13)}
    assert all(b >= 0 for _, _, c, b, _ in rows if c == "intäkter")
    assert all(b <= 0 for _, _, c, b, _ in rows if c != "intäkter")


def test_key_figures_carry_the_seeds_kolada_ids_and_assessments(demo_db: Database) -> None:
    with demo_db.session() as s:
        con = s.connection()
        ids = {r[0] for r in con.exec_driver_sql("SELECT kolada_id FROM indicator WHERE kolada_id IS NOT NULL")}
        assessments = {r[0] for r in con.exec_driver_sql("SELECT assessment FROM indicator_value "
                                                         "WHERE assessment IS NOT NULL")}
        u23516 = con.exec_driver_sql(
            "SELECT v.year, v.target, v.value FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
            "WHERE i.kolada_id = 'U23516' ORDER BY v.year").all()
    assert {"U23516", "U28528", "U28535", "U28663", "U23401", "U28418"} <= ids
    assert assessments <= {a.value for a in Assessment}
    assert u23516 == [(2022, None, 46.0), (2023, None, 42.0), (2024, 44.0, None)]  # seed 004, 2024 "IU."


def test_the_schema_after_the_demo_equals_the_models(demo_db: Database) -> None:
    # The build drops and re-creates the time_entry indexes; nothing of the schema may change.
    with demo_db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_two_builds_are_identical(demo_file: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.sqlite"
    with open_database(again) as db:
        build_demo(db, scale="unit")
    assert digest(again) == digest(demo_file)


def test_vonapp_demo_refuses_a_database_with_units(demo_path: Path, capsys) -> None:
    before = digest(demo_path)
    code = main(["demo", "--db", str(demo_path)])
    _, err = capsys.readouterr()
    assert code == 2
    assert "redan enheter" in err
    assert digest(demo_path) == before


def test_build_demo_refuses_an_unknown_scale_and_writes_nothing(database: Database) -> None:
    with pytest.raises(StoreError, match="Okänd skala"):
        build_demo(database, scale="kommun")
    assert not database.is_demo


def test_forvaltning_units_cover_every_kind_with_unique_names() -> None:
    specs = generated_units(random.Random(1), GENERATED, {"Stortorp"})
    assert len(specs) + 7 >= 100
    assert {s.kind for s in specs} == set(UnitKind)
    assert len({s.name for s in specs} | {"Stortorp"}) == len(specs) + 1


def test_a_cancelled_build_leaves_the_database_empty(database: Database) -> None:
    phases: list[str] = []

    def cancel_at_the_time_rows(text: str) -> None:
        phases.append(text)
        if text == "Budget, beläggning, utförande och ekonomi":  # after every time row is written
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_demo(database, progress=cancel_at_the_time_rows)
    assert phases == ["Enheter, personal och scheman", "Tidrader", "Budget, beläggning, utförande och ekonomi"]
    with database.session() as s:
        counts = [s.connection().exec_driver_sql(f"SELECT COUNT(*) FROM {t}").scalar()
                  for t in ("unit", "employee", "schedule", "time_entry", "meta")]
    assert counts == [0, 0, 0, 0, 0]
    with database.engine.connect() as conn:  # the schema, time_entry indexes included, is whole
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_a_small_forvaltning_has_every_kind_and_keeps_the_seed_figures(database: Database) -> None:
    # The förvaltning build with 20 generated units instead of 160: same code, a fraction of the rows.
    with database.session() as s:
        built = write_forvaltning(Writer(s.connection()), SEED, generated=20)
        write_seed_text(Writer(s.connection()))
    assert built.units == 27
    with database.session() as s:
        kinds = set(s.scalars(select(Unit.kind)))
        lss_occupancy = s.connection().exec_driver_sql(
            "SELECT COUNT(*) FROM occupancy_day o JOIN unit u ON u.id = o.unit_id WHERE u.kind = 'LSS-boende'").scalar()
    assert kinds == {k.value for k in UnitKind}
    assert lss_occupancy > 0
    q1 = parse_period("2023-Q1")
    assert round(load_summary(database, "Stortorp", q1).occupancy_pct, 1) == 96.3
    assert round(load_summary(database, "Hemtjänst Centrum", q1).kpi.execution_rate, 1) == 64.6
    everything = load_summary(database, "all", parse_period("2023"))
    assert everything.worked_hours > 0 and everything.budget_kr > 0


def test_resurspass_lent_to_korttidsboendet_cover_its_absences(demo_db: Database) -> None:
    # Seed 000: the korttidsboende staffs "kostnadseffektivt" with Stortorp's planned resurspass.
    with demo_db.session() as s:
        con = s.connection()
        ids = dict(con.exec_driver_sql("SELECT name, id FROM unit").all())
        lent = con.exec_driver_sql(
            "SELECT date, placement_unit_id, COUNT(*) FROM time_entry WHERE unit_id = ? AND category = 'resurspass' "
            "AND placement = 'annan enhet' GROUP BY date, placement_unit_id", (ids["Stortorp"],)).all()
        absent = dict(con.exec_driver_sql(
            "SELECT date, COUNT(*) FROM time_entry WHERE unit_id = ? AND category = 'frånvaro' GROUP BY date",
            (ids["Korttidsboende Stortorp"],)).all())
    assert len(lent) > 50
    assert {to for _, to, _ in lent} == {ids["Korttidsboende Stortorp"]}
    assert all(n <= absent.get(day, 0) for day, _, n in lent)
