"""The shipped templates import cleanly into the demo; a budget import changes a budget year only with replace."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from vonapp.assets import resource
from vonapp.io.imports import import_file
from vonapp.io.imports.runner import OverlapRefused
from vonapp.io.imports.templates import TEMPLATES
from vonapp.store.database import Database
from vonapp.store.models import BudgetYear, Unit

TEMPLATE_DIR = Path(resource("templates"))
# (kind, unit, start): the order the templates' docstring gives (budget first: it adds Hemtjänst Norr).
ORDER = [("budget", None, None), ("tid", "Stortorp", None), ("belaggning", "Stortorp", None),
         ("atgarder", "Stortorp", None), ("ekonomi", "Stortorp", None), ("schema", "Stortorp", "2025-03-03"),
         ("utforande", "Hemtjänst Centrum", None), ("indikatorer", "Stortorp", None)]


@pytest.mark.parametrize("ext", ["csv", "xlsx"])
def test_every_template_imports_cleanly_into_the_demo(demo_db: Database, ext: str) -> None:
    from datetime import date

    assert {k for k, _u, _s in ORDER} == set(TEMPLATES)
    for kind, unit, start in ORDER:
        if kind == "schema" and ext == "csv":
            continue  # a schedule needs the xlsx (two sheets)
        path = TEMPLATE_DIR / f"{kind}.{ext}"
        day = date.fromisoformat(start) if start else None
        dry = import_file(demo_db, kind, path, unit=unit, start=day, dry_run=True)
        assert dry.status == "dry-run", (kind, dry.lines)
        done = import_file(demo_db, kind, path, unit=unit, start=day)
        assert done.status == "imported" and done.batch_id, (kind, done.lines)
    with demo_db.session() as s:
        stortorp = s.scalar(select(Unit).where(Unit.name == "Stortorp"))
        # the demo's own 2023 budget is untouched; 2025 was added
        b2023 = s.scalar(select(BudgetYear).where(BudgetYear.unit_id == stortorp.id, BudgetYear.year == 2023))
        assert b2023.personnel_budget_kr == 22_291_000
        assert (stortorp.ansvar, stortorp.activity_code, stortorp.places) == ("4711", "51310", 60)


def _budget_file(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "budget_ny.csv"
    path.write_text("enhet;år;personalbudget kr;timkostnad kr;åtgärdskrav tkr\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    return path


def test_identical_budget_values_change_nothing(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        unit = s.scalar(select(Unit).where(Unit.name == "Stortorp"))
        b = s.scalar(select(BudgetYear).where(BudgetYear.unit_id == unit.id, BudgetYear.year == 2023))
        row = f"Stortorp;2023;{b.personnel_budget_kr:.0f};{b.hourly_cost:.0f};{b.action_requirement_tkr:.0f}"
    outcome = import_file(demo_db, "budget", _budget_file(tmp_path, [row]), dry_run=True)
    assert "1 enhet (0 nya), 1 budgetår (0 nya, 0 ändrade, 1 oförändrat)" in outcome.lines
    assert outcome.lines[-1] == "Provkörning: inget skrevs."


def test_a_changed_budget_year_needs_replace(demo_db: Database, tmp_path: Path) -> None:
    path = _budget_file(tmp_path, ["Stortorp;2023;21500000;520;4200"])
    with pytest.raises(OverlapRefused) as refused:
        import_file(demo_db, "budget", path, dry_run=True)
    # 22 291 000 kr and 364 kr/h are the demo's Stortorp 2023 (the seeds' budget)
    assert refused.value.overlap == [
        "Stortorp 2023: personalbudget kr 22\u00a0291\u00a0000 → 21\u00a0500\u00a0000, timkostnad kr 364 → 520, "
        "åtgärdskrav tkr 8\u00a0300 → 4\u00a0200"]
    with pytest.raises(OverlapRefused):
        import_file(demo_db, "budget", path)
    with demo_db.session() as s:
        assert s.scalar(select(BudgetYear.personnel_budget_kr).join(Unit).where(
            Unit.name == "Stortorp", BudgetYear.year == 2023)) == 22_291_000
    done = import_file(demo_db, "budget", path, replace=True)
    assert done.status == "imported"
    with demo_db.session() as s:
        assert s.scalar(select(BudgetYear.personnel_budget_kr).join(Unit).where(
            Unit.name == "Stortorp", BudgetYear.year == 2023)) == 21_500_000


def test_a_units_changed_codes_need_replace(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "budget_koder.csv"
    path.write_text("enhet;ansvar;år;personalbudget kr;timkostnad kr\nStortorp;4110;2030;1000000;500\n",
                    encoding="utf-8")
    with pytest.raises(OverlapRefused) as refused:
        import_file(demo_db, "budget", path, dry_run=True)
    assert refused.value.overlap == ["Stortorp: ansvar 4711 → 4110"]
