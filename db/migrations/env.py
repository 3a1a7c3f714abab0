"""Alembic environment: migrations run on the connection vonapp hands over, in its transaction."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from vonapp.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` run by hand during development
        url = config.get_main_option("sqlalchemy.url") or "sqlite:///dev.sqlite"
        with create_engine(url).begin() as conn:
            _run(conn)
    else:
        _run(connection)


def _run(connection) -> None:  # noqa: ANN001 - SQLAlchemy Connection
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("vonapp runs its migrations online only")
run_migrations_online()
