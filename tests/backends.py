"""The databases tests run on: SQLite files, and a PostgreSQL server when `VONAPP_TEST_PG` names one.

`VONAPP_TEST_PG` is the address of a role that may create databases and roles (the throw-away
cluster `.ci/run` starts), e.g. `postgresql+psycopg://postgres@/postgres?host=/tmp/vonapp-pg`.
Without it the PostgreSQL half of every parametrised test is skipped with the reason; with
`VONAPP_REQUIRE_PG=1` (CI) it fails instead, so a CI run cannot pass by skipping the server.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PG_ENV = "VONAPP_TEST_PG"
REQUIRE_ENV = "VONAPP_REQUIRE_PG"


def server_url_or_skip() -> str:
    """The test server's address, or skip (fail under VONAPP_REQUIRE_PG=1) saying why not."""
    url = os.environ.get(PG_ENV, "").strip()
    reason = None
    if not url:
        reason = f"PostgreSQL-testerna hoppas över: {PG_ENV} är inte satt (.ci/run startar en server och sätter den)"
    else:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            reason = "PostgreSQL-testerna hoppas över: psycopg saknas (pip install '.[server]')"
    if reason is not None:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(reason.replace("hoppas över", f"kunde inte köras trots {REQUIRE_ENV}=1"), pytrace=False)
        pytest.skip(reason)
    return url


def with_database(url: str, name: str, user: str | None = None) -> str:
    """The address `url` with another database name (and user)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url).set(database=name)
    if user is not None:
        parsed = parsed.set(username=user)
    return parsed.render_as_string(hide_password=False)


class Server:
    """Databases and roles made on the test server for one test run; dropped at the end."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine

        self.url = url
        self.engine = create_engine(url, isolation_level="AUTOCOMMIT")
        self.made: list[str] = []
        self._demo_template: str | None = None
        self._empty_template: str | None = None

    def run(self, sql: str) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql(sql)

    def new_database(self, template: str | None = None, *, migrate: bool = True) -> str:
        """A new database: empty, migrated (from a template made once) or a copy of `template`."""
        if migrate and template is None:
            if self._empty_template is None:
                self._empty_template = self._migrated()
            template = self._empty_template
        name = f"vt_{uuid.uuid4().hex[:12]}"
        self.run(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        self.made.append(name)
        return with_database(self.url, name)

    def _migrated(self) -> str:
        name = f"vt_{uuid.uuid4().hex[:12]}"
        self.run(f"CREATE DATABASE {name}")
        self.made.append(name)
        url = with_database(self.url, name)
        from vonapp.store.database import open_database
        from vonapp.store.server.admin import migrate as admin_migrate

        db = open_database(url, migrate=False, lock=False)
        try:
            admin_migrate(db)
        finally:
            db.close()
        return name

    def demo_template(self) -> str:
        """A database with the unit-scale demo, built once per run; tests get copies of it."""
        if self._demo_template is None:
            from vonapp.db.demo import build_demo
            from vonapp.store.database import open_database

            url = self.new_database()
            db = open_database(url)
            try:
                build_demo(db, scale="unit")
            finally:
                db.close()
            from sqlalchemy.engine import make_url

            self._demo_template = make_url(url).database
        return self._demo_template

    def login_role(self, name: str) -> str:
        """A login role (made once per run) on the test server."""
        with self.engine.connect() as conn:
            if conn.exec_driver_sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{name}'").first() is None:
                conn.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN')
        return name

    def close(self) -> None:
        for name in reversed(self.made):
            self.run(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.engine.dispose()


@dataclass
class Backend:
    """One database kind for a test: `target()` an empty migrated database, `demo()` a demo copy."""

    kind: str
    folder: Path
    demo_file: Path
    server: Server | None = None
    opened: list = field(default_factory=list)

    def target(self, name: str = "vonapp") -> str:
        if self.server is None:
            return str(self.folder / f"{name}.sqlite")
        return self.server.new_database()

    def demo(self) -> str:
        if self.server is None:
            target = self.folder / f"demo-{uuid.uuid4().hex[:6]}.sqlite"
            shutil.copy(self.demo_file, target)
            return str(target)
        return self.server.new_database(template=self.server.demo_template())

    def open(self, target: str, **kw: object):  # noqa: ANN201 - Database
        from vonapp.store.database import open_database

        db = open_database(target, **kw)
        self.opened.append(db)
        return db

    def close(self) -> None:
        for db in self.opened:
            db.close()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    """The test run's PostgreSQL server (skipped, or failed under VONAPP_REQUIRE_PG=1, when there is none)."""
    server = Server(server_url_or_skip())
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path, demo_file: Path) -> Iterator[Backend]:
    """THE parametrised fixture: every test using it runs on SQLite and on PostgreSQL."""
    server = request.getfixturevalue("pg_server") if request.param == "postgresql" else None
    b = Backend(request.param, tmp_path, demo_file, server)
    try:
        yield b
    finally:
        b.close()
