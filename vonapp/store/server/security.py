"""Row-level security on the server: each role sees and writes only the units granted to it.

Group roles (NOLOGIN, made by `vonapp admin migrate`): `vonapp_enhetschef` and `vonapp_avdelningschef`
read and write, `vonapp_controller` only reads. What a login role may see comes from `access_grant`
(unit, avdelning, or all for a controller) through two SECURITY DEFINER functions that the policies
call once per statement (as InitPlans, not per row). The policies are made from the models:
- a table with `unit_id` shows a row when its unit is visible (a NULL unit: visible to all);
- a table without one follows its parent through its CASCADE foreign key (schedule_cell → schedule);
- `unit` itself by its id. Tables added later get theirs at the next `vonapp admin migrate`.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table

from vonapp.store.models import Base

WRITERS = ("vonapp_enhetschef", "vonapp_avdelningschef")
READERS = ("vonapp_controller",)
GROUP_ROLES = WRITERS + READERS
# Tables a manager never reads directly (the functions read them as their owner).
PRIVATE = {"access_grant"}
# Tables everyone reads; only the lock row is written, and only one's own.
SHARED = {"alembic_version", "avdelning", "meta", "server_lock"}
POLICY = "vonapp_rows"

VISIBLE = "((SELECT vonapp_sees_all(current_user::text)) OR {col} = ANY ((SELECT vonapp_units(current_user::text))::integer[]))"


# Only about oneself (or a role one has SET ROLE to): nobody learns another login's units by calling these.
_ASKER = "(who = session_user::text OR pg_has_role(session_user, who, 'MEMBER'))"


def _functions(schema: str) -> list[str]:
    path = f"SET search_path = {schema}, pg_temp"
    return [
        f"""CREATE OR REPLACE FUNCTION vonapp_units(who text) RETURNS integer[]
        LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
          SELECT COALESCE(array_agg(DISTINCT u.id), '{{}}') FROM unit u JOIN access_grant g
            ON g.role_name = who AND (g.unit_id = u.id OR (g.avdelning_id IS NOT NULL AND g.avdelning_id = u.avdelning_id))
          WHERE {_ASKER}
        $$""",
        f"""CREATE OR REPLACE FUNCTION vonapp_sees_all(who text) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
          SELECT EXISTS (SELECT 1 FROM access_grant g WHERE g.role_name = who AND g.kind = 'controller')
            AND {_ASKER}
        $$""",
        "REVOKE ALL ON FUNCTION vonapp_units(text) FROM PUBLIC",
        "REVOKE ALL ON FUNCTION vonapp_sees_all(text) FROM PUBLIC",
    ]


def unit_condition(table: Table) -> str | None:
    """The SQL condition that shows a row of `table` to the current role, or None (no policy)."""
    if table.name == "unit":
        return VISIBLE.format(col="id")
    if "unit_id" in table.c:
        visible = VISIBLE.format(col="unit_id")
        return f"(unit_id IS NULL OR {visible})" if table.c.unit_id.nullable else visible
    fk = owning_key(table)
    if fk is None:
        return None
    return f"EXISTS (SELECT 1 FROM {fk.column.table.name} p WHERE p.{fk.column.name} = {table.name}.{fk.parent.name})"


def owning_key(table: Table):  # noqa: ANN201 - ForeignKey | None
    """The foreign key naming the row a unit-less table belongs to (schedule_cell → schedule): a CASCADE key
    to a table carrying a unit, required before optional, never the import batch (bookkeeping) and an
    employee only when nothing else fits (a cell belongs to its schedule, not to whoever works it)."""
    keys = [fk for fk in table.foreign_keys
            if fk.ondelete == "CASCADE" and fk.column.table.name != "import_batch"
            and ("unit_id" in fk.column.table.c or fk.column.table.name == "unit")]
    keys.sort(key=lambda fk: (fk.parent.nullable, fk.column.table.name == "employee", fk.parent.name))
    return keys[0] if keys else None


def apply_row_security(conn: Connection) -> list[str]:
    """Make the group roles, grants, functions and policies (idempotent); returns the guarded tables."""
    run = conn.exec_driver_sql
    schema = run("SELECT current_schema()").scalar()
    for role in GROUP_ROLES:
        exists = run(f"SELECT 1 FROM pg_roles WHERE rolname = '{role}'").first()
        if exists is None:
            run(f"CREATE ROLE {role} NOLOGIN")
    for statement in _functions(schema):
        run(statement)
    groups = ", ".join(GROUP_ROLES)
    run(f"GRANT USAGE ON SCHEMA {schema} TO {groups}")
    run(f"GRANT EXECUTE ON FUNCTION vonapp_units(text), vonapp_sees_all(text) TO {groups}")
    existing = set(conn.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").scalars())
    guarded = []
    for table in Base.metadata.sorted_tables:
        if table.name not in existing:
            continue
        name = table.name
        run(f"REVOKE ALL ON {name} FROM {groups}")
        if name in PRIVATE:
            continue
        run(f"GRANT SELECT ON {name} TO {groups}")
        if name not in SHARED or name in ("meta", "server_lock"):
            run(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {', '.join(WRITERS)}")
        if name == "server_lock":
            run(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {', '.join(READERS)}")
        run(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        run(f"DROP POLICY IF EXISTS {POLICY} ON {name}")
        run(f"DROP POLICY IF EXISTS {POLICY}_write ON {name}")
        if name == "server_lock":
            run(f"CREATE POLICY {POLICY} ON {name} FOR SELECT USING (true)")
            run(f"CREATE POLICY {POLICY}_write ON {name} FOR ALL USING (who = current_user) "
                "WITH CHECK (who = current_user)")
            continue
        condition = unit_condition(table) or "true"
        run(f"CREATE POLICY {POLICY} ON {name} FOR ALL USING ({condition}) WITH CHECK ({condition})")
        if condition != "true":
            guarded.append(name)
    run("GRANT SELECT ON alembic_version TO " + groups)
    run(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {', '.join(WRITERS)}")
    return guarded


def unguarded_unit_tables(conn: Connection) -> list[str]:
    """Tables carrying a unit on which row-level security is off (for `vonapp check`)."""
    enabled = dict(conn.exec_driver_sql(
        "SELECT c.relname, c.relrowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind = 'r'").all())
    return [t.name for t in Base.metadata.sorted_tables
            if t.name in enabled and t.name not in PRIVATE and unit_condition(t) is not None
            and not enabled[t.name]]
