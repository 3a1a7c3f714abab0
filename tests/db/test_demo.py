"""The demo database reproduces the seed reports' figures through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vonapp.cli import main
from vonapp.store.database import Database


def summary(capsys: pytest.CaptureFixture[str], db: Path, unit: str, period: str) -> dict:
    code = main(["summary", "--unit", unit, "--period", period, "--json", "--db", str(db)])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_demo_is_marked_as_demo(demo_db: Database) -> None:
    assert demo_db.is_demo


def test_stortorp_first_quarter_2023_occupancy_is_the_seeds(demo_path: Path, capsys) -> None:
    # Seed 000: "Beläggning för årets första kvartal uppgår till 96,3 %", budget 98 %.
    s = summary(capsys, demo_path, "Stortorp", "2023-Q1")
    assert round(s["occupancy_pct"], 1) == 96.3
    assert round(s["occupancy_budget_pct"], 1) == 98.0
