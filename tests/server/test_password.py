"""The password: never in the address; from PGPASSFILE (~/.pgpass) or asked for, kept in memory only.

`.ci/run` makes the login `vonapp_test_pw` give a scram password (pg_hba.conf); every other test
login is trusted on the private socket.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.backends import REQUIRE_ENV, Server, with_database
from vonapp.store.errors import StoreError
from vonapp.store.server import connect

ROLE, SECRET = "vonapp_test_pw", "rätt-hemligt-42"


@pytest.fixture
def pw_url(pg_server: Server) -> str:
    pg_server.login_role(ROLE)
    pg_server.run(f"ALTER ROLE {ROLE} PASSWORD '{SECRET}'")
    url = pg_server.new_database()
    pg_server.run(f"GRANT CONNECT ON DATABASE {make_url(url).database} TO {ROLE}")
    return with_database(url, make_url(url).database, user=ROLE)


def _needs_password(url: str, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "ingen"))
    monkeypatch.setattr(connect, "password_prompt", None)
    try:
        connect.server_engine(url).dispose()
    except StoreError:
        return
    reason = "pg_hba.conf ber inte vonapp_test_pw om lösenord (se .ci/run)"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def test_without_a_password_the_message_is_swedish(pw_url: str, monkeypatch, tmp_path: Path) -> None:
    _needs_password(pw_url, monkeypatch, tmp_path)
    with pytest.raises(StoreError, match="Kan inte ansluta till databasservern") as info:
        connect.server_engine(pw_url)
    assert SECRET not in str(info.value)


def test_the_password_comes_from_pgpassfile(pw_url: str, monkeypatch, tmp_path: Path) -> None:
    _needs_password(pw_url, monkeypatch, tmp_path)
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:{ROLE}:{SECRET}\n", encoding="utf-8")
    passfile.chmod(0o600)  # libpq ignores a pgpass file others can read
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    engine = connect.server_engine(pw_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT current_user").scalar() == ROLE
    engine.dispose()


def test_or_from_the_prompt(pw_url: str, monkeypatch, tmp_path: Path) -> None:
    _needs_password(pw_url, monkeypatch, tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(connect, "password_prompt", lambda q: asked.append(q) or SECRET)
    engine = connect.server_engine(pw_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT current_user").scalar() == ROLE
    engine.dispose()
    assert len(asked) == 1 and asked[0].startswith("Lösenord för vonapp_test_pw")
