"""The shared-database fixture of the server tests (a demo with four logins and their grants)."""

from __future__ import annotations

import pytest

from tests.backends import Server, with_database
from tests.server.helpers import ANNA, BO, CARL, DORA, cli


@pytest.fixture
def shared(pg_server: Server, capsys) -> dict[str, str]:
    """A demo database with Anna on Stortorp, Bo on Hemtjänst Centrum, Carl on avdelning Hemtjänst and
    Dora as controller; the addresses of the admin and of each login."""
    admin = pg_server.new_database(template=pg_server.demo_template())
    for role in (ANNA, BO, CARL, DORA):
        pg_server.login_role(role)
    for args in ([ANNA, "--unit", "Stortorp"], [BO, "--unit", "Hemtjänst Centrum"],
                 [CARL, "--avdelning", "Hemtjänst"], [DORA, "--controller"]):
        code, _, err = cli(capsys, "admin", "grant", *args, "--db", admin)
        assert code == 0, err
    from sqlalchemy.engine import make_url

    name = make_url(admin).database
    return {"admin": admin, **{r: with_database(admin, name, user=r) for r in (ANNA, BO, CARL, DORA)}}
