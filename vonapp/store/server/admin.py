"""What a server's administrator does: migrate the schema, grant roles their units and avdelningar."""

from __future__ import annotations

import re

from sqlalchemy import text

from vonapp.store.database import Database
from vonapp.store.errors import StoreError
from vonapp.store.migrate import require_head, upgrade_to_head

__all__ = ["grant", "list_grants", "migrate", "require_head", "revoke", "set_avdelning"]
from vonapp.store.server.security import apply_row_security

ROLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-@]{0,62}$")


def migrate(database: Database) -> list[str]:
    """Bring the server's schema to head and (re)apply roles, grants and row-level security."""
    upgrade_to_head(database, admin=True)
    with database.engine.begin() as conn:
        return apply_row_security(conn)


def _role(conn, name: str) -> str:  # noqa: ANN001 - Connection
    if not ROLE_NAME.match(name):
        raise StoreError(f"{name!r} är inget giltigt rollnamn.")
    if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}).first() is None:
        raise StoreError(f"Rollen {name} finns inte på servern. Be databasadministratören skapa inloggningen "
                         f"(CREATE ROLE \"{name}\" LOGIN) och kör sedan kommandot igen.")
    return name


def grant(database: Database, role: str, *, unit: str | None = None, avdelning: str | None = None,
          controller: bool = False) -> str:
    """Give a login role a unit (enhetschef), an avdelning (avdelningschef) or everything read-only."""
    if sum(x is not None and x is not False for x in (unit, avdelning, controller or None)) != 1:
        raise StoreError("Ange precis en av --unit, --avdelning eller --controller.")
    with database.engine.begin() as conn:
        name = _role(conn, role)
        if unit is not None:
            uid = conn.execute(text("SELECT id FROM unit WHERE lower(name) = lower(:n)"), {"n": unit}).scalar()
            if uid is None:
                raise StoreError(f"Enheten {unit!r} finns inte.")
            kind, row = "enhetschef", {"unit_id": uid, "avdelning_id": None}
        elif avdelning is not None:
            aid = conn.execute(text("SELECT id FROM avdelning WHERE lower(name) = lower(:n)"),
                               {"n": avdelning}).scalar()
            if aid is None:
                known = ", ".join(conn.execute(text("SELECT name FROM avdelning ORDER BY name")).scalars())
                raise StoreError(f"Avdelningen {avdelning!r} finns inte (kända: {known or 'inga'}).")
            kind, row = "avdelningschef", {"unit_id": None, "avdelning_id": aid}
        else:
            kind, row = "controller", {"unit_id": None, "avdelning_id": None}
        conn.exec_driver_sql(f'GRANT vonapp_{kind} TO "{name}"')
        conn.execute(text("DELETE FROM access_grant WHERE role_name = :r AND kind = :k AND unit_id IS NOT DISTINCT "
                          "FROM :u AND avdelning_id IS NOT DISTINCT FROM :a"),
                     {"r": name, "k": kind, "u": row["unit_id"], "a": row["avdelning_id"]})
        conn.execute(text("INSERT INTO access_grant (role_name, kind, unit_id, avdelning_id) "
                          "VALUES (:r, :k, :u, :a)"), {"r": name, "k": kind, "u": row["unit_id"],
                                                        "a": row["avdelning_id"]})
    what = {"enhetschef": f"enheten {unit}", "avdelningschef": f"avdelningen {avdelning}",
            "controller": "alla enheter (endast läsa)"}[kind]
    return f"{name} har nu behörighet som {kind} till {what}."


def revoke(database: Database, role: str) -> str:
    """Take every unit, avdelning and role of vonapp away from a login role."""
    with database.engine.begin() as conn:
        name = _role(conn, role)
        n = conn.execute(text("DELETE FROM access_grant WHERE role_name = :r"), {"r": name}).rowcount
        for kind in ("enhetschef", "avdelningschef", "controller"):
            conn.exec_driver_sql(f'REVOKE vonapp_{kind} FROM "{name}"')
    return f"{name} har inte längre någon behörighet i vonapp ({n} behörigheter borttagna)."


def set_avdelning(database: Database, name: str, units: list[str]) -> str:
    """Create the avdelning if needed and put the named units in it."""
    with database.engine.begin() as conn:
        aid = conn.execute(text("SELECT id FROM avdelning WHERE lower(name) = lower(:n)"), {"n": name}).scalar()
        if aid is None:
            aid = conn.execute(text("INSERT INTO avdelning (name) VALUES (:n) RETURNING id"), {"n": name}).scalar()
        for unit in units:
            if conn.execute(text("UPDATE unit SET avdelning_id = :a WHERE lower(name) = lower(:n)"),
                            {"a": aid, "n": unit}).rowcount != 1:
                raise StoreError(f"Enheten {unit!r} finns inte; inget ändrades.")
    return f"Avdelningen {name}: {len(units)} enheter tillagda."


def list_grants(database: Database) -> list[tuple[str, str, str]]:
    """(role, kind, unit or avdelning name) for every grant."""
    with database.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT g.role_name, g.kind, COALESCE(u.name, a.name, 'alla') FROM access_grant g "
            "LEFT JOIN unit u ON u.id = g.unit_id LEFT JOIN avdelning a ON a.id = g.avdelning_id "
            "ORDER BY 1, 2, 3")).all()]
