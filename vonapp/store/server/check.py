"""`vonapp check` on a server: what the program can verify beyond what PostgreSQL guarantees itself."""

from __future__ import annotations

from vonapp.store.database import Database
from vonapp.store.models import Base
from vonapp.store.server.security import unguarded_unit_tables


def server_problems(database: Database) -> list[str]:
    """Swedish lines: unit tables without row-level security, rows whose reference points nowhere."""
    problems: list[str] = []
    with database.engine.connect() as conn:
        for table in unguarded_unit_tables(conn):
            problems.append(f"Tabellen {table} saknar radskydd; kör `vonapp admin migrate`.")
        for table in Base.metadata.sorted_tables:
            for fk in table.foreign_keys:
                col, parent, pcol = fk.parent.name, fk.column.table.name, fk.column.name
                n = conn.exec_driver_sql(
                    f"SELECT COUNT(*) FROM {table.name} t WHERE t.{col} IS NOT NULL AND NOT EXISTS "
                    f"(SELECT 1 FROM {parent} p WHERE p.{pcol} = t.{col})").scalar()
                if n:
                    problems.append(f"{table.name}.{col}: {n} rader pekar på {parent} som saknas.")
        n = conn.exec_driver_sql("SELECT COUNT(*) FROM unit u WHERE u.avdelning_id IS NOT NULL AND NOT EXISTS "
                                 "(SELECT 1 FROM avdelning a WHERE a.id = u.avdelning_id)").scalar()
        if n:
            problems.append(f"unit.avdelning_id: {n} enheter pekar på en avdelning som saknas.")
    return problems
