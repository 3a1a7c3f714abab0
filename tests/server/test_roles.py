"""Row-level security on the server: two managers, an avdelningschef and a controller.

The server enforces it (policies on every table carrying a unit), so the proof goes through the
command line and through raw SQL on the managers' own logins.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from tests.server.helpers import ANNA, BO, CARL, DORA, cli
from vonapp.store.database import open_database
from vonapp.store.models import TimeEntry
from vonapp.store.server.errors import NotPermitted


def _units(capsys, url: str) -> list[str]:
    code, out, err = cli(capsys, "units", "--json", "--db", url)
    assert code == 0, err
    return [u["name"] for u in json.loads(out)]


def test_each_login_sees_only_its_units_through_the_command_line(shared: dict[str, str], capsys) -> None:
    assert _units(capsys, shared[ANNA]) == ["Stortorp"]
    assert _units(capsys, shared[BO]) == ["Hemtjänst Centrum"]
    assert _units(capsys, shared[CARL]) == ["Hemtjänst Centrum"]  # the demo's avdelning Hemtjänst has one unit
    assert len(_units(capsys, shared[DORA])) == 7
    code, _, err = cli(capsys, "summary", "--unit", "Hemtjänst Centrum", "--period", "2023", "--db", shared[ANNA])
    assert code == 2 and "finns inte" in err
    # Anna's "all" is her one unit: the same figures as the admin's Stortorp.
    _, mine, _ = cli(capsys, "summary", "--unit", "all", "--period", "2023", "--json", "--db", shared[ANNA])
    _, admins, _ = cli(capsys, "summary", "--unit", "Stortorp", "--period", "2023", "--json", "--db", shared["admin"])
    mine_d, admins_d = json.loads(mine), json.loads(admins)
    assert mine_d["worked_hours"] == admins_d["worked_hours"] and mine_d["budget_kr"] == admins_d["budget_kr"]


def _ids(url: str) -> dict[str, int]:
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as conn:
        return dict(conn.exec_driver_sql("SELECT name, id FROM unit").all())


def test_neither_manager_reads_nor_writes_the_others_units_in_raw_sql(shared: dict[str, str]) -> None:
    ids = _ids(shared["admin"])
    stortorp, centrum = ids["Stortorp"], ids["Hemtjänst Centrum"]
    admin = create_engine(shared["admin"], poolclass=NullPool)
    with admin.connect() as conn:
        before = conn.execute(text("SELECT unit_id, COUNT(*), SUM(hours) FROM time_entry GROUP BY unit_id "
                                   "ORDER BY unit_id")).all()
    for me, mine, theirs in ((ANNA, stortorp, centrum), (BO, centrum, stortorp)):
        engine = create_engine(shared[me], poolclass=NullPool)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM time_entry WHERE unit_id = :u"), {"u": theirs}).scalar() == 0
            assert conn.execute(text("SELECT COUNT(*) FROM time_entry WHERE unit_id = :u"), {"u": mine}).scalar() > 0
            assert conn.execute(text("SELECT COUNT(DISTINCT unit_id) FROM budget_year")).scalar() == 1
            assert conn.execute(text("SELECT COUNT(*) FROM schedule_cell c JOIN schedule s ON s.id = c.schedule_id "
                                     "WHERE s.unit_id = :u"), {"u": theirs}).scalar() == 0
            # Updates and deletes of the other's rows find nothing to change …
            assert conn.execute(text("UPDATE budget_year SET hourly_cost = 1 WHERE unit_id = :u"),
                                {"u": theirs}).rowcount == 0
            assert conn.execute(text("DELETE FROM time_entry WHERE unit_id = :u"), {"u": theirs}).rowcount == 0
            # … moving one's own rows over to the other's unit is refused …
            with pytest.raises(DBAPIError, match="row-level security"):
                conn.execute(text("UPDATE time_entry SET unit_id = :t WHERE unit_id = :m"), {"t": theirs, "m": mine})
            conn.rollback()
            # … and so is a new row on the other's unit.
            with pytest.raises(DBAPIError, match="row-level security"):
                conn.execute(text("INSERT INTO time_entry (unit_id, date, category, hours) "
                                  "VALUES (:u, '2024-01-02', 'ordinarie', 8)"), {"u": theirs})
            conn.rollback()
            # Her own unit she edits as usual.
            assert conn.execute(text("UPDATE budget_year SET action_requirement_tkr = action_requirement_tkr "
                                     "WHERE unit_id = :u"), {"u": mine}).rowcount == 3
            conn.rollback()
    with admin.connect() as conn:
        after = conn.execute(text("SELECT unit_id, COUNT(*), SUM(hours) FROM time_entry GROUP BY unit_id "
                                  "ORDER BY unit_id")).all()
    assert after == before


def test_a_refused_write_through_the_store_says_so_in_swedish(shared: dict[str, str]) -> None:
    centrum = _ids(shared["admin"])["Hemtjänst Centrum"]
    db = open_database(shared[ANNA])
    try:
        with pytest.raises(NotPermitted, match="behörighet"), db.session() as s:
            s.add(TimeEntry(unit_id=centrum, date=__import__("datetime").date(2024, 1, 2), category="ordinarie",
                            hours=8))
    finally:
        db.close()


def test_the_controller_reads_everything_and_writes_nothing(shared: dict[str, str]) -> None:
    engine = create_engine(shared[DORA], poolclass=NullPool)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(DISTINCT unit_id) FROM time_entry")).scalar() == 7
        with pytest.raises(DBAPIError, match="permission denied"):
            conn.execute(text("UPDATE budget_year SET hourly_cost = 1"))
        conn.rollback()
        with pytest.raises(DBAPIError, match="permission denied"):
            conn.execute(text("SELECT * FROM access_grant"))


def test_a_password_in_the_address_is_refused_without_echoing_it() -> None:
    from vonapp.store.errors import StoreError
    from vonapp.store.server.connect import server_engine

    with pytest.raises(StoreError, match="pgpass") as info:
        server_engine("postgresql+psycopg://anna:hemligt@localhost/vonapp")
    assert "hemligt" not in str(info.value)


def test_an_owner_without_superuser_sets_it_all_up(pg_server, capsys, tmp_path) -> None:  # noqa: ANN001
    """The IT department's set-up: a database owned by a role with CREATEROLE only; no superuser anywhere."""
    import uuid

    from sqlalchemy.engine import make_url

    from tests.backends import with_database

    owner = pg_server.login_role("vonapp_test_owner")
    pg_server.run(f"ALTER ROLE {owner} NOSUPERUSER CREATEROLE")
    name = f"vt_{uuid.uuid4().hex[:12]}"
    pg_server.run(f"CREATE DATABASE {name} OWNER {owner}")
    pg_server.made.append(name)
    url = with_database(pg_server.url, name, user=owner)
    for args in (["admin", "migrate"], ["demo"], ["admin", "grant", pg_server.login_role(ANNA), "--unit", "Stortorp"]):
        code, _, err = cli(capsys, *args, "--db", url)
        assert code == 0, (args, err)
    code, out, _ = cli(capsys, "units", "--json", "--db", with_database(url, name, user=ANNA))
    assert code == 0 and [u["name"] for u in json.loads(out)] == ["Stortorp"]
    assert make_url(url).username == owner


def test_an_import_she_may_not_write_is_refused_in_one_swedish_line(shared: dict[str, str], capsys) -> None:
    from vonapp.assets import resource

    # The budget template creates units (Stortorp exists; Hemtjänst Norr is new): a manager may not add units.
    code, _, err = cli(capsys, "import", "budget", str(resource("templates", "budget.csv")), "--db", shared[ANNA])
    assert code == 2, err
    assert "behörighet" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _units(capsys, shared["admin"]).count("Hemtjänst Norr") == 0


def test_nobody_learns_another_logins_units(shared: dict[str, str]) -> None:
    engine = create_engine(shared[ANNA], poolclass=NullPool)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT vonapp_units(:w)"), {"w": BO}).scalar() == []
        assert conn.execute(text("SELECT vonapp_sees_all(:w)"), {"w": DORA}).scalar() is False
        assert len(conn.execute(text("SELECT vonapp_units(current_user::text)")).scalar()) == 1


def test_admin_moves_a_unit_to_an_avdelning_lists_and_revokes(shared: dict[str, str], capsys) -> None:
    code, out, err = cli(capsys, "admin", "avdelning", "Hemtjänst", "--unit", "Boendestöd Norr", "--db", shared["admin"])
    assert code == 0, err
    assert _units(capsys, shared[CARL]) == ["Boendestöd Norr", "Hemtjänst Centrum"]  # Carl leads the avdelning
    code, out, _ = cli(capsys, "admin", "grants", "--db", shared["admin"])
    assert f"{ANNA}\tenhetschef\tStortorp" in out and f"{DORA}\tcontroller\talla" in out
    code, out, _ = cli(capsys, "admin", "revoke", ANNA, "--db", shared["admin"])
    assert code == 0 and "inte längre" in out
    code, _, err = cli(capsys, "units", "--db", shared[ANNA])  # without a vonapp role she reads nothing at all
    assert code == 2 and "behörighet" in err
    code, _, err = cli(capsys, "admin", "grant", "finns_inte_alls", "--unit", "Stortorp", "--db", shared["admin"])
    assert code == 2 and "finns inte på servern" in err


def test_rows_without_a_unit_follow_the_row_they_belong_to(shared: dict[str, str]) -> None:
    # schedule_cell → schedule, indicator_value → indicator (not the import batch), as the admin counts them.
    queries = {
        "schedule_cell": "SELECT COUNT(*) FROM schedule_cell c JOIN schedule s ON s.id = c.schedule_id "
                         "JOIN unit u ON u.id = s.unit_id WHERE u.name = 'Stortorp'",
        "indicator_value": "SELECT COUNT(*) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
                           "LEFT JOIN unit u ON u.id = i.unit_id WHERE u.name = 'Stortorp' OR i.unit_id IS NULL",
        "measure_follow_up": "SELECT COUNT(*) FROM measure_follow_up f JOIN measure m ON m.id = f.measure_id "
                             "JOIN unit u ON u.id = m.unit_id WHERE u.name = 'Stortorp'",
    }
    admin = create_engine(shared["admin"], poolclass=NullPool)
    anna = create_engine(shared[ANNA], poolclass=NullPool)
    with admin.connect() as a, anna.connect() as b:
        for table, sql in queries.items():
            expected = a.execute(text(sql)).scalar()
            assert b.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() == expected, table
        assert a.execute(text(queries["indicator_value"])).scalar() > 0
