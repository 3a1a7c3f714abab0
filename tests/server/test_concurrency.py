"""Many at once on the server: short transactions, no blocking across units, a lost server in Swedish."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from tests.backends import Server
from tests.server.helpers import ANNA, BO, cli
from vonapp.store.database import open_database
from vonapp.store.models import TimeEntry, Unit
from vonapp.store.server.errors import ServerGone


def test_two_managers_editing_different_units_do_not_block(shared: dict[str, str]) -> None:
    anna = create_engine(shared[ANNA], poolclass=NullPool).connect()
    bo = create_engine(shared[BO], poolclass=NullPool).connect()
    try:
        # Anna is in the middle of an edit of Stortorp (its budget rows, its unit row, new time rows) …
        anna.execute(text("UPDATE budget_year SET action_requirement_tkr = 1 WHERE year = 2023"))
        anna.execute(text("UPDATE unit SET places = places"))
        anna.execute(text("INSERT INTO time_entry (unit_id, date, category, hours) "
                          "SELECT id, '2024-09-02', 'ordinarie', 8 FROM unit"))
        # … and Bo edits Hemtjänst Centrum at the same moment: no wait (a wait would hit this timeout).
        bo.exec_driver_sql("SET lock_timeout = '500ms'")
        assert bo.execute(text("UPDATE budget_year SET action_requirement_tkr = 2 WHERE year = 2023")).rowcount == 1
        bo.execute(text("UPDATE unit SET places = places"))
        bo.execute(text("INSERT INTO time_entry (unit_id, date, category, hours) "
                        "SELECT id, '2024-09-02', 'ordinarie', 8 FROM unit"))
        bo.commit()
        anna.commit()
    finally:
        anna.close()
        bo.close()


def test_an_import_holds_no_lock_after_its_transaction(shared: dict[str, str], capsys, tmp_path) -> None:
    from vonapp.assets import resource

    code, _, err = cli(capsys, "import", "ekonomi", str(resource("templates", "ekonomi.csv")), "--unit", "Stortorp",
                       "--replace", "--db", shared[ANNA])
    assert code == 0, err
    admin = create_engine(shared["admin"], poolclass=NullPool)
    with admin.connect() as conn:
        held = conn.execute(text(
            "SELECT COUNT(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
            "WHERE d.datname = current_database() AND l.pid <> pg_backend_pid()")).scalar()
        lock_rows = conn.execute(text("SELECT COUNT(*) FROM server_lock")).scalar()
    assert held == 0 and lock_rows == 0


def test_a_server_gone_mid_edit_writes_nothing_and_says_so_in_swedish(pg_server: Server) -> None:
    url = pg_server.new_database()
    db = open_database(url)
    try:
        with pytest.raises(ServerGone, match="Förbindelsen med databasservern bröts; ändringen sparades inte"):
            with db.session() as s:
                s.add(Unit(name="Halvskriven", kind="hemtjänst"))
                s.flush()
                pid = s.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
                pg_server.run(f"SELECT pg_terminate_backend({pid})")  # the server goes away mid-edit
                s.add(TimeEntry(unit_id=1, date=date(2024, 1, 2), category="ordinarie", hours=8))
        # The next edit reconnects by itself (pool_pre_ping) and finds nothing half-written.
        with db.session() as s:
            assert s.query(Unit).count() == 0
    finally:
        db.close()


def test_two_edits_of_the_same_value_end_with_the_later_and_both_logged(pg_server: Server) -> None:
    import threading

    from vonapp.store.changelog import log_change, read_change_log
    from vonapp.store.edits_budget import budget_years_frame, set_budget_year_values
    from vonapp.store.models import BudgetYear

    url = pg_server.new_database(template=pg_server.demo_template())
    first, second = open_database(url), open_database(url)
    try:
        frame = budget_years_frame(first, "Stortorp")
        bid = int(frame.loc[frame["year"] == 2023, "id"].iloc[0])
        done: dict[str, object] = {}
        with first.session() as s:  # the first edit is under way: its row lock is held until commit
            row = s.get(BudgetYear, bid)
            log_change(s, table="budget_year", key="Stortorp 2023", column="hourly_cost", old=row.hourly_cost,
                       new=380.0, unit_id=row.unit_id)
            row.hourly_cost = 380.0
            s.flush()
            later = threading.Thread(target=lambda: done.update(
                reverse=set_budget_year_values(second, [(bid, "hourly_cost", 385.0)])))
            later.start()
            later.join(0.5)
            assert later.is_alive()  # the second edit waits for the first's row lock …
        later.join()  # … and runs once the first is committed
        assert budget_years_frame(first, "Stortorp").set_index("year").loc[2023, "hourly_cost"] == 385.0
        log = read_change_log(first, table="budget_year")
        assert list(log["new_value"][:2]) == ["385", "380"]  # newest first: both edits are in the log
    finally:
        first.close()
        second.close()
