"""`measure set`, `compensation` and the atgarder / indikatorer imports, through the command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.backends import Backend
from vonapp.cli import main
from vonapp.store.database import open_database


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.fixture
def demo_target(backend: Backend) -> str:
    """A demo copy in a SQLite file or a PostgreSQL database (the `backend` fixture: each test runs on both)."""
    return backend.demo()


def _rows(target: Path | str, sql: str, params: dict[str, object]) -> list[tuple]:
    with open_database(target, lock=False) as db, db.engine.connect() as c:
        return [tuple(r) for r in c.execute(text(sql), params).all()]


def _measures(path: Path | str, unit: str) -> list[tuple]:
    return _rows(path, "SELECT m.name, m.status, m.responsible, m.effect_year_tkr, m.full_year_effect_tkr "
                       "FROM measure m JOIN unit u ON u.id = m.unit_id WHERE u.name = :u ORDER BY m.position",
                 {"u": unit})


def _notes(path: Path | str) -> int:
    return _rows(path, "SELECT COUNT(*) FROM measure_follow_up", {})[0][0]


def test_compensation_json_has_designs_keys_and_the_seeds_20_000_tkr(demo_target: str, capsys) -> None:
    rc, out, _ = _run(capsys, "compensation", "--db", demo_target, "--unit", "Boendestöd Norr", "--year", "2023",
                      "--json")
    assert rc == 0
    data = json.loads(out)
    assert {"unit", "year", "granted_hours", "hourly_cost", "models", "difference_kr", "actual"} <= set(data)
    assert [(m["name"], m["execution_share_pct"], m["client_time_share_pct"]) for m in data["models"]] == \
        [("nuvarande", 80.0, 50.0), ("föreslagen", 50.0, 50.0)]
    assert {"name", "execution_share_pct", "client_time_share_pct", "budget_kr"} <= set(data["models"][0])
    assert data["difference_kr"] == pytest.approx(20_000_000)
    assert {"execution_share_pct", "client_time_share_pct"} <= set(data["actual"])
    rc, out, _ = _run(capsys, "compensation", "--db", demo_target, "--unit", "Boendestöd Norr", "--year", "2023")
    out = out.replace("\u00a0", " ")
    assert "20 000 tkr" in out and "53 333 tkr" in out and "33 333 tkr" in out


@pytest.mark.parametrize(("argv", "message"), [
    (["--unit", "Okänd", "--year", "2023"], "Enheten 'Okänd' finns inte"),
    (["--unit", "Boendestöd Norr", "--year", "2019"], "ingen ersättningsmodell för 2019"),
    (["--unit", "Boendestöd Norr", "--year", "tjugo"], "inget år"),
])
def test_compensation_refuses_with_one_swedish_line(demo_target: str, capsys, argv: list[str], message: str) -> None:
    rc, out, err = _run(capsys, "compensation", "--db", demo_target, *argv) if "tjugo" not in argv else \
        (_exit(capsys, ["compensation", "--db", demo_target, *argv]))
    assert rc == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def _exit(capsys, argv: list[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    out = capsys.readouterr()
    return int(exc.value.code), out.out, out.err


def test_measure_set_changes_status_effect_and_adds_a_note(demo_target: str, capsys) -> None:
    notes = _notes(demo_target)
    rc, out, _ = _run(capsys, "measure", "set", "--db", demo_target, "--unit", "Hemtjänst Centrum", "--year", "2023",
                      "--name", "utförandegraden", "--status", "genomförd", "--effect-tkr", "2 000,5",
                      "--note", "Klart i maj")
    assert rc == 0
    assert "status pågår → genomförd" in out and "kvar att hitta 2 200 tkr" in out.replace("\u00a0", " ")
    assert _measures(demo_target, "Hemtjänst Centrum")[0][:4] == ("Utförandegraden", "genomförd", None, 2000.5)
    assert _notes(demo_target) == notes + 1
    rc, out, _ = _run(capsys, "summary", "--db", demo_target, "--unit", "Hemtjänst Centrum", "--period", "2023",
                      "--json")
    assert json.loads(out)["measures"]["effect_year_tkr"] == 2000.5
    rc, out, _ = _run(capsys, "measure", "set", "--db", demo_target, "--unit", "Hemtjänst Centrum", "--year", "2023",
                      "--name", "Utförandegraden", "--full-year-tkr", "3000", "--json")
    data = json.loads(out)
    assert data["changed"] == {"full_year_effect_tkr": {"old": 2750.0, "new": 3000.0}}
    assert data["latest_note"] == "Klart i maj" and data["measures"]["full_year_effect_tkr"] == 3000.0


@pytest.mark.parametrize(("argv", "message"), [
    (["--unit", "Okänd", "--year", "2023", "--name", "X", "--status", "pågår"], "Enheten 'Okänd' finns inte"),
    (["--unit", "Stortorp", "--year", "2021", "--name", "X", "--status", "pågår"], "inga åtgärder för 2021"),
    (["--unit", "Stortorp", "--year", "2023", "--name", "Finns ej", "--status", "pågår"], "Åtgärden 'Finns ej'"),
    (["--unit", "Stortorp", "--year", "2023", "--name", "Nytt schema från 1 maj 2023", "--status", "halvklar",
      "--note", "x"], "Status 'halvklar' finns inte"),
    (["--unit", "Stortorp", "--year", "2023", "--name", "Nytt schema från 1 maj 2023"], "Ange något att ändra"),
])
def test_measure_set_refuses_and_writes_nothing(demo_target: str, capsys, argv: list[str], message: str) -> None:
    before, notes = _measures(demo_target, "Stortorp"), _notes(demo_target)
    rc, out, err = _run(capsys, "measure", "set", "--db", demo_target, *argv)
    assert rc == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1
    assert _measures(demo_target, "Stortorp") == before and _notes(demo_target) == notes


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_atgarder_reimport_updates_named_measures_and_keeps_the_others_and_every_follow_up(
        demo_path: Path, tmp_path: Path, capsys) -> None:
    notes = _notes(demo_path)
    first = _csv(tmp_path / "atgarder.csv", "år;åtgärd;beskrivning;ansvarig;effekt år tkr;helårseffekt tkr;status\n"
                 "2023;Utförandegraden;;Anna Chef;2000;2750;genomförd\n2023;Ny åtgärd;Ny;;100;200;\n")
    db = ["--db", str(demo_path), "--unit", "Hemtjänst Centrum"]
    # Overwriting a measure's values is listed in the dry run and needs --replace.
    rc, _, err = _run(capsys, "import", "atgarder", str(first), *db, "--dry-run")
    assert rc == 2 and "2023 Utförandegraden: ansvarig" in err and "3 uppföljningar behålls" in err
    rc, out, _ = _run(capsys, "import", "atgarder", str(first), *db, "--replace")
    assert rc == 0 and "Åtgärder som filen inte nämner behålls" in out
    assert _measures(demo_path, "Hemtjänst Centrum") == [
        ("Utförandegraden", "genomförd", "Anna Chef", 2000.0, 2750.0),
        ("Bomtid och avböjda besök", "pågår", None, 0.0, 0.0),
        ("Schema och resurspass", "pågår", None, 0.0, 0.0),
        ("Ny åtgärd", "ej påbörjad", None, 100.0, 200.0),
    ]
    assert _notes(demo_path) == notes
    # A second file naming one measure differently cased changes only it; nothing is deleted.
    second = _csv(tmp_path / "atgarder2.csv", "år;åtgärd;effekt år tkr;helårseffekt tkr;status\n"
                  "2023;NY ÅTGÄRD;150;250;pågår\n")
    rc, _, _ = _run(capsys, "import", "atgarder", str(second), *db, "--replace")
    assert rc == 0
    assert len(_measures(demo_path, "Hemtjänst Centrum")) == 4
    assert _measures(demo_path, "Hemtjänst Centrum")[3] == ("Ny åtgärd", "pågår", None, 150.0, 250.0)
    assert _notes(demo_path) == notes
    # Undoing both imports brings back the seed's measures exactly.
    for batch in ("2", "1"):
        assert _run(capsys, "import", "undo", batch, "--db", str(demo_path))[0] == 0
    assert _measures(demo_path, "Hemtjänst Centrum")[0] == ("Utförandegraden", "pågår", None, 2750.0, 2750.0)
    assert len(_measures(demo_path, "Hemtjänst Centrum")) == 3 and _notes(demo_path) == notes


def test_atgarder_refuses_an_unknown_status_and_a_name_twice(demo_path: Path, tmp_path: Path, capsys) -> None:
    bad = _csv(tmp_path / "bad.csv", "år;åtgärd;effekt år tkr;helårseffekt tkr;status\n"
               "2023;A;1;1;halvklar\n2023;a ;1;1;pågår\n")
    rc, _, err = _run(capsys, "import", "atgarder", str(bad), "--db", str(demo_path), "--unit", "Stortorp")
    assert rc == 2
    assert "halvklar" in err and "ej påbörjad, pågår, genomförd eller avbruten" in err
    assert "finns redan på rad 2" in err


def test_indikatorer_import_matches_by_kolada_id_and_undo_removes_what_it_added(demo_path: Path, tmp_path: Path,
                                                                              capsys) -> None:
    f = _csv(tmp_path / "ind.csv", "år;målområde;indikator;kolada-id;måttenhet;målvärde;utfall;preliminärt;bedömning\n"
             "2024;Mål 2;Brukarbedömning;u23516;%;44;47;ja;I hög grad uppfyllt\n"
             "2024;Mål 9;Helt ny;;antal;3;;;ej utvärderad\n")
    db = ["--db", str(demo_path), "--unit", "Stortorp"]
    rc, _, err = _run(capsys, "import", "indikatorer", str(f), *db)
    assert rc == 2 and "utfall – → 47" in err
    rc, out, _ = _run(capsys, "import", "indikatorer", str(f), *db, "--replace")
    assert rc == 0 and "2 indikatorvärden för 2024 (1 ny indikator)" in out
    with sqlite3.connect(demo_path) as c:
        got = c.execute("SELECT v.value, v.assessment FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
                        "WHERE i.kolada_id = 'U23516' AND v.year = 2024").fetchone()
        assert got == (47.0, "I hög grad uppfyllt")
        assert c.execute("SELECT goal FROM indicator WHERE name = 'Helt ny'").fetchone() == ("Mål 9",)
    assert _run(capsys, "import", "undo", "1", "--db", str(demo_path))[0] == 0
    with sqlite3.connect(demo_path) as c:
        assert c.execute("SELECT v.value, v.assessment FROM indicator_value v JOIN indicator i "
                         "ON i.id = v.indicator_id WHERE i.kolada_id = 'U23516' AND v.year = 2024").fetchone() == \
            (None, "Ej utvärderad")
        assert c.execute("SELECT COUNT(*) FROM indicator WHERE name = 'Helt ny'").fetchone() == (0,)


def test_the_templates_import(demo_path: Path, capsys) -> None:
    from vonapp.assets import resource

    for kind in ("atgarder", "indikatorer"):
        rc, out, err = _run(capsys, "import", kind, str(resource("templates", f"{kind}.csv")), "--db", str(demo_path),
                            "--unit", "Stortorp", "--dry-run")
        assert rc == 0, err
