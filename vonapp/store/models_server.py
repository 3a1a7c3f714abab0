"""Tables of the shared department database: avdelningar, who may see which units, the lock row.

They exist in every database (a laptop's SQLite copy too, so that one schema serves both), but only
a PostgreSQL server reads `access_grant` (row-level security, vonapp.store.server.security) and
`server_lock` (vonapp.store.server.lock).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from vonapp.store.models import Base

ROLE_KINDS = ("enhetschef", "avdelningschef", "controller")


class Avdelning(Base):
    """A group of units led by an avdelningschef (the seeds' "avdelning hemtjänst" …)."""

    __tablename__ = "avdelning"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class AccessGrant(Base):
    """A database role's right to a unit (enhetschef), an avdelning (avdelningschef) or all (controller)."""

    __tablename__ = "access_grant"
    __table_args__ = (
        CheckConstraint("kind IN ('enhetschef', 'avdelningschef', 'controller')", name="kind_known"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    role_name: Mapped[str] = mapped_column(String(63), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    avdelning_id: Mapped[int | None] = mapped_column(ForeignKey("avdelning.id", ondelete="CASCADE"))


class ServerLock(Base):
    """Who has the database open on a server (one row per database role): replaces the lock file."""

    __tablename__ = "server_lock"
    who: Mapped[str] = mapped_column(String(63), primary_key=True)
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    since: Mapped[datetime] = mapped_column(DateTime)
