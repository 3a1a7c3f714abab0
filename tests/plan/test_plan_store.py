"""Åtgärder, Nyckeltal, Ekonomi and the compensation model: the seeds' figures, and every edit undone."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from alembic import command
from sqlalchemy import select, text

from vonapp.db.demo.spec import BOENDESTOD_BUDGET_2023
from vonapp.domain.periods import parse_period
from vonapp.store import edits_plan as e
from vonapp.store.database import Database
from vonapp.store.errors import StoreError
from vonapp.store.figures import load_summary
from vonapp.store.migrate import alembic_config
from vonapp.store.models import BudgetYear, Measure, MeasureFollowUp, Unit
from vonapp.store.plan_queries import (
    compensation_view,
    finance_view,
    indicators_view,
    kpi_view,
    plan_by_unit,
    plan_view,
)

SEED_PLANS = [("Hemtjänst Centrum", 2750.0, 2750.0, 4200.0), ("Personlig assistans", 1239.0, 2163.0, 2300.0),
              ("Daglig verksamhet Verkstan", 781.0, 1297.0, 4100.0)]


@pytest.mark.parametrize(("unit", "effect", "full_year", "requirement"), SEED_PLANS)
def test_the_seeds_action_plan_totals_and_gap(demo_db: Database, unit: str, effect: float, full_year: float,
                                              requirement: float) -> None:
    # Seed 000's tables: Totalt 2 750 / 2 750, 1 239 / 2 163, 781 / 1 297 tkr; gap = åtgärdskrav − effekt i år.
    view = plan_view(demo_db, unit, 2023)
    assert (view.totals.effect_year_tkr, view.totals.full_year_effect_tkr) == (effect, full_year)
    assert view.totals.gap_tkr == pytest.approx(requirement - effect)
    side = plan_by_unit(demo_db, 2023).set_index("unit")
    assert (side.loc[unit, "effect_year_tkr"], side.loc[unit, "full_year_effect_tkr"]) == (effect, full_year)
    assert side.loc[unit, "gap_tkr"] == pytest.approx(requirement - effect)


def test_all_units_side_by_side_sum_to_the_summary(demo_db: Database) -> None:
    side = plan_by_unit(demo_db, 2023)
    assert len(side) == 7
    summary = load_summary(demo_db, "all", parse_period("2023")).measures
    assert side["requirement_tkr"].sum() == pytest.approx(summary.requirement_tkr)  # 26 000 tkr
    assert side["effect_year_tkr"].sum() == pytest.approx(summary.effect_year_tkr)
    assert side["gap_tkr"].sum() == pytest.approx(summary.gap_tkr)
    # Hemtjänst: 4 200 − 2 750 = 1 450 tkr left = 34,5 % of the requirement → "act" as the tile says.
    assert side.set_index("unit").loc["Hemtjänst Centrum", "verdict"] == "act"


def test_the_seeds_status_text_is_a_follow_up_of_31_march(demo_db: Database) -> None:
    view = plan_view(demo_db, "Hemtjänst Centrum", 2023)
    first = view.measures.iloc[0]
    assert first["status"] == "pågår"
    assert first["latest_note"] == "Utförandegraden till och med mars uppgår till 64,6 %"
    assert first["latest_note_on"] == date(2023, 3, 31)
    assert len(view.notes[view.notes["measure_id"] == first["id"]]) == 3


def test_compensation_models_differ_by_20_000_tkr_and_the_budget_is_the_old_models(demo_db: Database) -> None:
    # Seed 003: 80 % ÷ 50 % against 50 % ÷ 50 %; (250 000/3) h × (1,6 − 1,0) × 400 kr = 20 000 000 kr.
    c = compensation_view(demo_db, "Boendestöd Norr", 2023)
    assert [m.name for m in c.models] == ["nuvarande", "föreslagen"]
    assert c.difference_kr == pytest.approx(20_000_000.0)
    with demo_db.session() as s:
        budget = s.scalar(select(BudgetYear.personnel_budget_kr).join(Unit, Unit.id == BudgetYear.unit_id)
                          .where(Unit.name == "Boendestöd Norr", BudgetYear.year == 2023))
    # The unit is paid by the old model: its personnel budget is that model's budget kr (53 333 tkr).
    assert budget == pytest.approx(c.models[0].budget_kr) == pytest.approx(BOENDESTOD_BUDGET_2023)
    # Seed 003: "knappt 50 procent av den beviljade tiden och endast 30 procent av den arbetade tiden".
    assert 45 < c.actual.execution_share_pct < 50
    assert 29 < c.actual.client_time_share_pct < 31
    # At its own shares the unit earns worked hours × cost (granted × (client/granted) ÷ (client/worked) × cost).
    assert c.actual_budget_kr == pytest.approx(c.actual.worked_hours * 400.0)


def test_compensation_of_a_unit_or_year_without_a_model_is_refused(demo_db: Database) -> None:
    with pytest.raises(StoreError, match="ingen ersättningsmodell för 2021"):
        compensation_view(demo_db, "Boendestöd Norr", 2021)


def test_kpi_months_are_the_summarys_figures(demo_db: Database) -> None:
    # Seed 000: Hemtjänst Jan–Mar 2023 64,6 % / 3,5 % / 1,4 %, as a ratio of the months' sums.
    view = kpi_view(demo_db, "Hemtjänst Centrum", 2023)
    q1 = view.months.iloc[:3]
    assert q1["client_hours"].sum() / q1["worked_hours"].sum() * 100 == pytest.approx(64.6)
    march = load_summary(demo_db, "Hemtjänst Centrum", parse_period("2023-03")).kpi
    row = view.months.iloc[2]
    for key in ("execution_rate", "idle_rate", "declined_rate", "sick_rate", "hourly_paid_share"):
        assert row[key] == pytest.approx(getattr(march, key))
    year = load_summary(demo_db, "Hemtjänst Centrum", parse_period("2023")).kpi
    assert view.year_row["execution_rate"] == pytest.approx(year.execution_rate)
    assert (view.targets.execution_target_pct, view.targets.idle_max_pct, view.targets.declined_max_pct) == (70, 5, 1)


def test_finance_default_prognos_is_outcome_so_far_plus_remaining_budget(demo_db: Database) -> None:
    view = finance_view(demo_db, "Stortorp", 2024)
    lines = view.lines[view.lines["category"] == "lokalhyror"]
    expected = lines.loc[lines["month"] <= 8, "outcome_kr"].sum() + lines.loc[lines["month"] > 8, "budget_kr"].sum()
    row = view.table.set_index("category").loc["lokalhyror"]
    assert row["last_month"] == 8
    assert row["forecast_kr"] == pytest.approx(expected)
    assert row["deviation_kr"] == pytest.approx(expected - lines["budget_kr"].sum())
    assert not row["is_set"]


def test_a_set_prognos_is_kept_with_its_date_and_the_change_shows(demo_db: Database) -> None:
    may = e.set_forecast(demo_db, "Stortorp", 2024, "lokalhyror", -5_100_000, made_on=date(2024, 5, 31))
    aug = e.set_forecast(demo_db, "Stortorp", 2024, "lokalhyror", "-5 300 000", made_on=date(2024, 8, 31))
    row = finance_view(demo_db, "Stortorp", 2024).table.set_index("category").loc["lokalhyror"]
    assert (row["forecast_kr"], row["previous_forecast_kr"], row["change_kr"]) == (-5_300_000, -5_100_000, -200_000)
    assert row["forecast_made_on"] == date(2024, 8, 31)
    e.delete_row(demo_db, "finance_forecast", aug)
    row = finance_view(demo_db, "Stortorp", 2024).table.set_index("category").loc["lokalhyror"]
    assert row["forecast_kr"] == -5_100_000
    e.delete_row(demo_db, "finance_forecast", may)
    assert not finance_view(demo_db, "Stortorp", 2024).table.set_index("category").loc["lokalhyror", "is_set"]


def _measure_id(db: Database, unit: str, name: str) -> int:
    view = plan_view(db, unit, 2023)
    return int(view.measures.set_index("name").loc[name, "id"])


def test_measure_edits_reach_the_summary_and_undo_restores(demo_db: Database) -> None:
    mid = _measure_id(demo_db, "Hemtjänst Centrum", "Utförandegraden")
    old = e.set_measure_value(demo_db, mid, "effect_year_tkr", "2 000")
    assert old == 2750.0
    old_status = e.set_measure_value(demo_db, mid, "status", "Genomförd")
    m = load_summary(demo_db, "Hemtjänst Centrum", parse_period("2023")).measures
    assert (m.effect_year_tkr, m.gap_tkr) == (2000.0, 2200.0)
    assert plan_view(demo_db, "Hemtjänst Centrum", 2023).measures.iloc[0]["status"] == "genomförd"
    e.set_measure_value(demo_db, mid, "status", old_status)
    e.set_measure_value(demo_db, mid, "effect_year_tkr", old)
    view = plan_view(demo_db, "Hemtjänst Centrum", 2023)
    assert (view.measures.iloc[0]["status"], view.totals.effect_year_tkr) == ("pågår", 2750.0)


@pytest.mark.parametrize(("column", "value", "message"), [
    ("status", "halvklar", "Status 'halvklar' finns inte"), ("effect_year_tkr", "mycket", "inget tal"),
    ("name", "  ", "behöver ett namn"), ("name", "bomtid och avböjda besök", "finns redan"),
])
def test_a_bad_value_is_refused_in_swedish_and_nothing_changes(demo_db: Database, column: str, value: str,
                                                               message: str) -> None:
    mid = _measure_id(demo_db, "Hemtjänst Centrum", "Utförandegraden")
    before = plan_view(demo_db, "Hemtjänst Centrum", 2023).measures
    with pytest.raises(StoreError, match=message):
        e.set_measure_value(demo_db, mid, column, value)
    assert plan_view(demo_db, "Hemtjänst Centrum", 2023).measures.equals(before)


def test_add_and_remove_a_measure_with_its_notes_and_undo_both(demo_db: Database) -> None:
    mid = e.add_measure(demo_db, "Boendestöd Norr", 2023, "Färre avbokningar", responsible="Enhetschef",
                        effect_year_tkr=150, full_year_effect_tkr=300)
    e.add_note(demo_db, mid, "Avbokningarna följs upp varje vecka", noted_on=date(2023, 6, 2), effect_tkr=40)
    e.add_note(demo_db, mid, "Effekten syns i juni", noted_on=date(2023, 6, 30))
    view = plan_view(demo_db, "Boendestöd Norr", 2023)
    assert view.totals.effect_year_tkr == 150
    assert view.measures.iloc[-1]["latest_note"] == "Effekten syns i juni"
    snap = e.remove_measure(demo_db, mid)
    assert len(snap.notes) == 2
    assert plan_view(demo_db, "Boendestöd Norr", 2023).totals.effect_year_tkr == 0
    e.restore_measure(demo_db, snap)
    restored = plan_view(demo_db, "Boendestöd Norr", 2023)
    assert restored.totals.effect_year_tkr == 150
    assert len(restored.notes[restored.notes["measure_id"] == mid]) == 2
    e.delete_row(demo_db, "measure", mid)  # undo of the add
    assert plan_view(demo_db, "Boendestöd Norr", 2023).totals.measures == 2


def test_remove_and_restore_a_note(demo_db: Database) -> None:
    mid = _measure_id(demo_db, "Personlig assistans", "Lokalhyra")
    note = e.add_note(demo_db, mid, "Hyresfritt bekräftat", noted_on=date(2023, 4, 5))
    row = e.remove_note(demo_db, note)
    assert "Hyresfritt bekräftat" not in plan_view(demo_db, "Personlig assistans", 2023).notes["comment"].tolist()
    e.restore_note(demo_db, row)
    assert "Hyresfritt bekräftat" in plan_view(demo_db, "Personlig assistans", 2023).notes["comment"].tolist()
    with pytest.raises(StoreError, match="behöver en text"):
        e.add_note(demo_db, mid, "  ")


def test_measure_set_and_its_undo(demo_db: Database) -> None:
    r = e.measure_set(demo_db, "hemtjänst centrum", 2023, "UTFÖRANDEGRADEN", status="avbruten", effect_tkr="0",
                      note="Avbruten i juni")
    assert r.old == {"status": "pågår", "effect_year_tkr": 2750.0}
    assert plan_view(demo_db, "Hemtjänst Centrum", 2023).measures.iloc[0]["latest_note"] == "Avbruten i juni"
    e.undo_measure_set(demo_db, r)
    view = plan_view(demo_db, "Hemtjänst Centrum", 2023)
    assert (view.measures.iloc[0]["status"], view.totals.effect_year_tkr) == ("pågår", 2750.0)
    assert "Avbruten i juni" not in view.notes["comment"].tolist()


def test_breakdown_target_and_finance_edits_undo_to_the_row_as_it_was(demo_db: Database) -> None:
    before = kpi_view(demo_db, "Hemtjänst Centrum", 2023).months.iloc[0].to_dict()
    u = e.set_breakdown_value(demo_db, "Hemtjänst Centrum", 2023, 1, "client_hours", before["worked_hours"] * 0.7)
    assert kpi_view(demo_db, "Hemtjänst Centrum", 2023).months.iloc[0]["execution_rate"] == pytest.approx(70.0)
    e.undo_row(demo_db, u)
    assert kpi_view(demo_db, "Hemtjänst Centrum", 2023).months.iloc[0].to_dict() == before
    # A month with nothing recorded is created by the edit and removed by its undo.
    new = e.set_breakdown_value(demo_db, "Hemtjänst Centrum", 2024, 12, "worked_hours", 100)
    assert new.old is None
    e.undo_row(demo_db, new)
    assert pd.isna(kpi_view(demo_db, "Hemtjänst Centrum", 2024).months.iloc[11]["worked_hours"])
    t = e.set_target(demo_db, "Hemtjänst Centrum", 2023, "execution_target_pct", "72,5")
    assert kpi_view(demo_db, "Hemtjänst Centrum", 2023).targets.execution_target_pct == 72.5
    e.undo_row(demo_db, t)
    assert not kpi_view(demo_db, "Hemtjänst Centrum", 2023).targets.stored
    with pytest.raises(StoreError, match="kan inte vara över 100"):
        e.set_target(demo_db, "Hemtjänst Centrum", 2023, "idle_max_pct", 120)
    f = e.set_finance_value(demo_db, "Stortorp", 2024, 9, "lokalhyror", "outcome_kr", -400_000)
    assert finance_view(demo_db, "Stortorp", 2024).table.set_index("category").loc["lokalhyror", "last_month"] == 9
    e.undo_row(demo_db, f)
    assert finance_view(demo_db, "Stortorp", 2024).table.set_index("category").loc["lokalhyror", "last_month"] == 8


def test_indicator_edits_and_undo(demo_db: Database) -> None:
    ind = indicators_view(demo_db, "Stortorp", 2024)
    row = ind[ind["kolada_id"] == "U23516"].iloc[0]
    assert row["goal"].startswith("Mål 2") and row["target"] == 44 and row["assessment"] == "Ej utvärderad"
    old = e.set_indicator_value(demo_db, int(row["id"]), 2024, "assessment", "i hög grad uppfyllt")
    assert indicators_view(demo_db, "Stortorp", 2024).set_index("id").loc[row["id"], "assessment"] == \
        "I hög grad uppfyllt"
    e.undo_indicator_value(demo_db, int(row["id"]), 2024, old)
    assert indicators_view(demo_db, "Stortorp", 2024).set_index("id").loc[row["id"], "assessment"] == "Ej utvärderad"
    with pytest.raises(StoreError, match="Bedömningen 'Bra' finns inte"):
        e.set_indicator_value(demo_db, int(row["id"]), 2024, "assessment", "Bra")
    new = e.add_indicator(demo_db, "Stortorp", "Nöjda anhöriga", goal="Mål 2", kolada_id="U23999")
    e.set_indicator_value(demo_db, new, 2024, "target", 80)
    snap = e.remove_indicator(demo_db, new)
    assert new not in indicators_view(demo_db, "Stortorp", 2024)["id"].tolist()
    e.restore_indicator(demo_db, snap)
    assert indicators_view(demo_db, "Stortorp", 2024).set_index("id").loc[new, "target"] == 80
    old_name = e.set_indicator_field(demo_db, new, "kolada_id", "U23998")
    assert old_name == "U23999"


def test_compensation_edits_and_undo(demo_db: Database) -> None:
    c = compensation_view(demo_db, "Boendestöd Norr", 2023)
    old = e.set_compensation_value(demo_db, c.models[1].id, "execution_share_pct", "60")
    assert compensation_view(demo_db, "Boendestöd Norr", 2023).difference_kr == pytest.approx(13_333_333.33, abs=1)
    e.set_compensation_value(demo_db, c.models[1].id, "execution_share_pct", old)
    added = e.add_compensation_model(demo_db, "Boendestöd Norr", 2023, "andra kommuner", granted_hours=250_000 / 3,
                                     execution_share_pct=55, client_time_share_pct=45, hourly_cost=400)
    assert len(compensation_view(demo_db, "Boendestöd Norr", 2023).models) == 3
    row = e.remove_compensation_model(demo_db, added)
    e.restore_compensation_model(demo_db, row)
    e.delete_row(demo_db, "compensation_model", added)
    assert compensation_view(demo_db, "Boendestöd Norr", 2023).difference_kr == pytest.approx(20_000_000.0)
    with pytest.raises(StoreError, match="kan inte vara under 0,1"):
        e.set_compensation_value(demo_db, c.models[0].id, "client_time_share_pct", 0)


def test_an_older_databases_free_text_status_becomes_a_follow_up_note(database: Database) -> None:
    cfg = alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")  # the revision before 0006
        conn.execute(text("INSERT INTO unit (id, name, kind) VALUES (1, 'Enheten', 'hemtjänst')"))
        conn.execute(text("INSERT INTO measure (id, unit_id, year, position, name, description, effect_year_tkr, "
                          "full_year_effect_tkr, status) VALUES (1, 1, 2023, 1, 'A', '', 1, 1, 'Genomförd'), "
                          "(2, 1, 2023, 2, 'B', '', 0, 0, 'Beslut väntas i juli')"))
        conn.execute(text("INSERT INTO measure_follow_up (measure_id, month, effect_tkr, comment) "
                          "VALUES (2, 3, 10, 'mars')"))
        command.upgrade(cfg, "head")
    with database.session() as s:
        assert dict(s.execute(select(Measure.name, Measure.status)).all()) == {"A": "genomförd", "B": "pågår"}
        notes = s.execute(select(MeasureFollowUp.comment, MeasureFollowUp.noted_on).order_by(MeasureFollowUp.id)).all()
    assert notes == [("mars", date(2023, 3, 1)), ("Beslut väntas i juli", date(2023, 12, 31))]


def test_every_plan_edit_writes_the_change_log(demo_db: Database) -> None:
    from vonapp.store.changelog import read_change_log

    mid = _measure_id(demo_db, "Hemtjänst Centrum", "Utförandegraden")
    e.set_measure_value(demo_db, mid, "status", "genomförd")
    e.set_forecast(demo_db, "Stortorp", 2024, "lokalhyror", -5_000_000, made_on=date(2024, 8, 31))
    e.set_targets(demo_db, "Hemtjänst Centrum", 2023, [(None, "execution_target_pct", 72)])
    log = read_change_log(demo_db)
    assert list(log["table_name"][:3]) == ["kpi_target", "finance_forecast", "measure"]
    row = log.iloc[2]
    assert (row["row_key"], row["column_name"], row["old_value"], row["new_value"], row["source"], row["unit"]) == \
        ("Hemtjänst Centrum 2023: Utförandegraden", "status", "pågår", "genomförd", "fönstret", "Hemtjänst Centrum")
    e.measure_set(demo_db, "Stortorp", 2023, "Nytt schema från 1 maj 2023", status="genomförd")
    assert read_change_log(demo_db).iloc[0]["source"] == "kommandoraden"


def test_finance_compares_the_outcome_with_the_same_months_last_year(demo_db: Database) -> None:
    # The seed's "Delårsbokslut 2024 / 2023 / Diff. utfall": 2024 through August against 2023 through August.
    table = finance_view(demo_db, "Stortorp", 2024).table.set_index("category")
    last = finance_view(demo_db, "Stortorp", 2023).lines
    rent = last[(last["category"] == "lokalhyror") & (last["month"] <= 8)]["outcome_kr"].sum()
    assert table.loc["lokalhyror", "outcome_last_year_kr"] == pytest.approx(rent)
    assert table.loc["lokalhyror", "outcome_change_kr"] == pytest.approx(table.loc["lokalhyror", "outcome_kr"] - rent)
