"""The plan area on SQLite and on PostgreSQL (the `backend` fixture runs each test on both)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.backends import Backend
from vonapp.cli import main
from vonapp.store import edits_plan as e
from vonapp.store.plan_queries import compensation_view, finance_view, kpi_view, plan_view


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_twins_and_imports(backend: Backend, tmp_path: Path, capsys) -> None:
    target = backend.demo()
    code, out, err = run(capsys, "compensation", "--unit", "Boendestöd Norr", "--year", "2023", "--json", "--db", target)
    assert code == 0, err
    assert json.loads(out)["difference_kr"] == pytest.approx(20_000_000)
    code, out, err = run(capsys, "measure", "set", "--unit", "Hemtjänst Centrum", "--year", "2023", "--name",
                         "Utförandegraden", "--status", "genomförd", "--note", "Klart", "--db", target)
    assert code == 0, err
    atg = tmp_path / "atgarder.csv"
    atg.write_text("år;åtgärd;effekt år tkr;helårseffekt tkr;status\n2023;Utförandegraden;2000;2750;pågår\n"
                   "2023;Ny;1;2;\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "atgarder", str(atg), "--unit", "Hemtjänst Centrum", "--replace", "--db",
                       target)
    assert code == 0, err
    ind = tmp_path / "ind.csv"
    ind.write_text("år;indikator;kolada-id;målvärde;utfall;preliminärt;bedömning\n"
                   "2024;X;U23516;44;47;ja;Helt uppfyllt\n2024;Ny indikator;;1;;nej;\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "indikatorer", str(ind), "--unit", "Stortorp", "--replace", "--db", target)
    assert code == 0, err
    db = backend.open(target)
    view = plan_view(db, "Hemtjänst Centrum", 2023)
    assert view.totals.effect_year_tkr == 2001 and len(view.notes) == 6  # the seed's five and "Klart"
    assert view.measures.iloc[0]["latest_note"] == "Klart"


def test_store_edits_and_undo(backend: Backend) -> None:
    db = backend.open(backend.demo())
    mid = e.add_measure(db, "Stortorp", 2023, "Ny åtgärd", effect_year_tkr=10)
    e.add_note(db, mid, "Första", noted_on=date(2023, 5, 2))
    snap = e.remove_measure(db, mid)
    e.restore_measure(db, snap)
    assert plan_view(db, "Stortorp", 2023).totals.effect_year_tkr == 10
    undos = e.set_breakdown_values(db, "Hemtjänst Centrum", 2024, [(12, "worked_hours", 100), (12, "client_hours", 70)])
    assert kpi_view(db, "Hemtjänst Centrum", 2024).months.iloc[11]["execution_rate"] == pytest.approx(70)
    e.undo_rows(db, undos)
    fid = e.set_forecast(db, "Stortorp", 2024, "lokalhyror", -5_000_000, made_on=date(2024, 8, 31))
    assert finance_view(db, "Stortorp", 2024).table.set_index("category").loc["lokalhyror", "forecast_kr"] == -5_000_000
    e.delete_forecasts(db, [fid])
    c = compensation_view(db, "Boendestöd Norr", 2023)
    rev = e.set_compensation_values(db, [(c.models[1].id, "execution_share_pct", 60)])
    e.set_compensation_values(db, rev)
    assert compensation_view(db, "Boendestöd Norr", 2023).difference_kr == pytest.approx(20_000_000)
