"""Checks on the way into the database that no writer can skip (the window's edits, imports, the CLI).

Every INSERT or UPDATE of the employee table, whether from the ORM or a Core statement, is
refused when a value holds a personnummer or samordningsnummer (DESIGN.md, Data safety), or when
an employment number is too long or has odd characters (a named `employment_number` parameter).
"""

from __future__ import annotations

from sqlalchemy import Engine, event

from vonapp.domain.identity import employment_number_problem, personnummer_problem
from vonapp.store.errors import StoreError

_GUARDED = ("insert into employee ", "insert into employee(", "update employee ")


class PersonnummerRefused(StoreError):
    """A value shaped like a personnummer was about to be stored."""


def _values(parameters: object, executemany: bool) -> list[object]:
    rows = parameters if executemany else [parameters]
    out: list[object] = []
    for row in rows or []:  # type: ignore[union-attr]
        if isinstance(row, dict):
            out.extend(row.values())
        elif isinstance(row, list | tuple):
            out.extend(row)
    return out


@event.listens_for(Engine, "before_cursor_execute")
def _no_personnummer(conn, cursor, statement: str, parameters, context, executemany: bool) -> None:  # noqa: ANN001
    head = statement.lstrip()[:40].lower()
    if not head.startswith(_GUARDED):
        return
    for value in _values(parameters, executemany):
        if isinstance(value, str) and (why := personnummer_problem(value)):
            raise PersonnummerRefused(f"Anställd sparas inte: \"{value[:40]}\" {why}.")
    names = getattr(getattr(context, "compiled", None), "positiontup", None)  # ORM/Core: qmark order
    for row in (parameters if executemany else [parameters]) or []:  # type: ignore[union-attr]
        if isinstance(row, list | tuple) and names and len(names) == len(row):
            row = dict(zip(names, row, strict=True))
        number = row.get("employment_number") if isinstance(row, dict) else None
        if number is not None and (why := employment_number_problem(number)):
            raise StoreError(f"Anställd sparas inte: anställningsnumret \"{str(number)[:40]}\" {why}.")
