"""Schedule reads and the live figures over them (tests/store/schema_data.py has the hand-made schedule)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest

from tests.store.schema_data import build
from vonapp.domain import roster
from vonapp.domain.periods import month
from vonapp.domain.schedule_cost import total
from vonapp.store import schedule_reads as reads
from vonapp.store.database import Database
from vonapp.store.errors import StoreError


@pytest.fixture
def small(db_path: Path) -> Database:
    db = build(db_path)
    yield db
    db.close()


def _unit(db: Database) -> int:
    from sqlalchemy import select

    from vonapp.store.models import Unit
    with db.session() as s:
        return s.scalar(select(Unit.id).where(Unit.name == "Solbacken"))


def test_schedules_hold_until_the_next_one_starts(small: Database) -> None:
    unit = _unit(small)
    with small.session() as s:
        schedules = reads.list_schedules(s, unit)
        assert [(x.name, x.start_date, x.end_date) for x in schedules] == [
            ("Vår 2024", date(2024, 1, 1), date(2024, 3, 3)), ("Mars 2024", date(2024, 3, 4), None)]
        assert reads.schedule_in_force(s, unit, date(2024, 3, 3)).name == "Vår 2024"
        assert reads.schedule_in_force(s, unit, date(2024, 3, 4)).name == "Mars 2024"
        assert reads.schedule_in_force(s, unit, date(2023, 12, 31)) is None
        with pytest.raises(StoreError, match="Solbacken har inget schema som gäller 2023-12-31"):
            reads.require_schedule(s, unit, "Solbacken", date(2023, 12, 31))


def test_load_schedule_and_its_live_figures(small: Database) -> None:
    with small.session() as s:
        data = reads.load_schedule(s, reads.schedule_in_force(s, _unit(small), date(2024, 1, 1)).id)
    assert data.employees["name"].tolist() == ["Person A", "Person B", "Person C"]
    assert data.grid.shape == (3, 14) and data.full_time_hours == 40.0
    code = {c: i for i, c in data.code_text().items()}
    assert data.grid[1, 0] == code["K"] and data.grid[2, 12] == code["N"] and data.grid[2, 0] == 0
    # Week hours: A 40/40, B 23,5/32, C 0/20; targets 40, 30, 20.
    assert roster.week_hours(data).tolist() == [[40, 40], [23.5, 32], [0, 20]]
    assert roster.target_hours(data).tolist() == [40, 30, 20]
    assert roster.resurspass_week_hours(data).tolist() == [0, 8]  # B's R on Thursday of week 2
    found = [(f.employee_id, f.rule, f.cycle_day, f.hours, f.limit) for f in roster.findings(data)]
    ids = data.employees["employee_id"].tolist()
    assert found == [(ids[1], "dygnsvila", 2, 9.0, 11.0), (ids[1], "sysselsättning", None, 27.75, 30.0),
                     (ids[2], "sysselsättning", None, 10.0, 20.0)]
    marks = roster.finding_cells(data, roster.findings(data))
    assert [f.rule for f in marks[(1, 1)]] == ["dygnsvila", "sysselsättning"]  # B's Tuesday of week 1
    assert (0, 0) not in marks


def test_staffing_curve_of_the_cycle(small: Database) -> None:
    with small.session() as s:
        data = reads.load_schedule(s, reads.schedule_in_force(s, _unit(small), date(2024, 1, 1)).id)
    curve = roster.staffing_curve(data).set_index(["weekday", "hour"])["staff"]
    # Monday 10–11: A both weeks, B's D in week 2 → (1 + 2) ÷ 2 weeks = 1,5; Monday 15–16: A's D ends 15:30
    # (½ h in each week), B's K (week 1, the whole hour) and B's D (week 2, ½ h) → (0,5 + 0,5 + 1 + 0,5) ÷ 2 = 1,25.
    assert curve[(0, 10)] == 1.5
    assert curve[(0, 15)] == 1.25
    # Monday 03–04: C's Sunday night of week 2 runs into Monday (1 ÷ 2 = 0,5).
    assert curve[(0, 3)] == 0.5


def test_schedule_cost_of_january(small: Database) -> None:
    # Cycle week 1 = 40 + 23,5 + 0 = 63,5 h, week 2 = 40 + 32 + 20 = 92 h. January 2024 = weeks 1, 2, 1, 2 and
    # Mon–Wed of week 1 (A 24 h + B 23,5 h = 47,5 h): 63,5 + 92 + 63,5 + 92 + 47,5 = 358,5 h, × 400 = 143 400 kr.
    # Budget: 31 days × 25 h = 775 h, 310 000 kr. Deviation 416,5 h, 166 600 kr.
    with small.session() as s:
        rows = reads.schedule_cost(s, _unit(small), month(2024, 1), "week")
    assert [r.planned_hours for r in rows] == [63.5, 92, 63.5, 92, 47.5]
    whole = total(rows)
    assert whole.planned_hours == 358.5 and whole.planned_kr == 143_400
    assert np.isclose(whole.budget_hours, 775) and np.isclose(whole.deviation_kr, 166_600)


def test_substitute_hours_and_full_time(small: Database) -> None:
    from vonapp.domain.scenarios import last_year_span
    with small.session() as s:
        unit = _unit(small)
        assert reads.substitute_hours(s, unit, last_year_span(date(2024, 1, 8))) == 12.0
        assert reads.substitute_hours(s, unit, last_year_span(date(2026, 1, 5))) is None
        assert reads.full_time_hours(s, unit, 2030) == 40.0


def test_an_imported_schedule_lands_in_the_same_grid_and_is_checked(small: Database) -> None:
    from vonapp.assets import resource
    from vonapp.io.imports.runner import import_file

    import_file(small, "schema", resource("templates", "schema.xlsx"), unit="Tomma", start=date(2024, 1, 1))
    with small.session() as s:
        from sqlalchemy import select

        from vonapp.store.models import Unit
        tomma = s.scalar(select(Unit.id).where(Unit.name == "Tomma"))
        info = reads.schedule_in_force(s, tomma, date(2024, 1, 1))
        data = reads.load_schedule(s, info.id)
    # The template's two rows, every cell a code of its passkoder sheet; the rules run on it as on any schedule.
    assert len(data.employees) == 2 and data.grid.shape[1] == data.cycle_days
    assert set(data.code_text()) >= {int(c) for c in np.unique(data.grid) if c}
    assert all(f.rule in ("dygnsvila", "veckovila", "veckoarbetstid", "sysselsättning") for f in roster.findings(data))
