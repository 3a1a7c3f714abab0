"""The change log (table `change_log`): who changed which value when, from where.

Every store edit function calls `log_change` inside its own transaction for each value it changes;
imports log through `log_changes` (one row per table and batch for large files). `read_change_log`
gives the rows for Visa → Ändringslogg, newest first.

Sources: `WINDOW` ("fönstret"), `COMMAND_LINE` ("kommandoraden") and `import_source(n)` ("import #n").
"""

from __future__ import annotations

import getpass
import math
import os
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime

import pandas as pd
from sqlalchemy import insert, select

from vonapp.store.database import Database
from vonapp.store.models import Unit
from vonapp.store.models_changelog import ChangeLog

WINDOW = "fönstret"
COMMAND_LINE = "kommandoraden"
IMPORT_PREFIX = "import #"
DEFAULT_LIMIT = 5000

# Swedish names of the tables for the dialog; a table not listed shows its own name.
TABLE_TITLES: dict[str, str] = {
    "unit": "Enhet", "budget_year": "Budgetår", "budget_month_weight": "Budgetvikt per månad",
    "compensation_model": "Ersättningsmodell", "employee": "Anställd", "shift_code": "Passkod",
    "schedule": "Schema", "schedule_cell": "Schemacell", "staffing_need": "Bemanningsbehov",
    "time_entry": "Tidrad", "occupancy_day": "Beläggning per dag", "occupancy_move": "In- och utflyttning",
    "time_breakdown": "Utförande", "measure": "Åtgärd", "measure_follow_up": "Åtgärdsuppföljning",
    "indicator": "Indikator", "indicator_value": "Indikatorvärde", "finance_line": "Ekonomi",
    "kpi_target": "Nyckeltalsmål", "finance_forecast": "Prognos ekonomi", "absence_cover": "Frånvaro ersatt av",
}
# Swedish names of logged columns (table-independent); a column not listed shows its own name.
COLUMN_TITLES: dict[str, str] = {
    "personnel_budget_kr": "Personalbudget kr", "hourly_cost": "Timkostnad kr",
    "occupancy_budget_pct": "Budgeterad beläggning %", "action_requirement_tkr": "Åtgärdskrav tkr",
    "full_time_hours": "Heltidsmått", "places": "Platser", "ansvar": "Ansvar", "activity_code": "Verksamhetskod",
    "name": "Namn", "status": "Status", "description": "Beskrivning", "rader": "Rader",
    "effect_year_tkr": "Effekt i år tkr", "full_year_effect_tkr": "Helårseffekt tkr", "position": "Ordning",
    "responsible": "Ansvarig", "noted_on": "Datum", "comment": "Uppföljning", "goal": "Mål",
    "kolada_id": "Kolada-id", "target": "Målvärde", "value": "Utfall", "assessment": "Bedömning",
    "preliminary": "Preliminärt", "forecast_kr": "Prognos kr", "execution_target_pct": "Mål utförandegrad %",
    "idle_max_pct": "Mål bomtid %", "declined_max_pct": "Mål avböjda %", "granted_hours": "Beviljad tid h",
    "execution_share_pct": "Budgeterad utförandegrad %", "client_time_share_pct": "Brukartid %",
    "budget_kr": "Budget kr", "outcome_kr": "Utfall kr", "kind": "Verksamhet", "start_min": "Start (min)",
    "end_min": "Slut (min)", "break_min": "Rast (min)", "is_resource": "Resurspass",
    "factor_ordinarie": "Faktor ordinarie", "factor_resurspass": "Faktor resurspass",
    "factor_vikarie": "Faktor vikarie", "factor_mertid": "Faktor mertid", "factor_overtid": "Faktor övertid",
    "factor_inhyrd": "Faktor inhyrd",
}
COLUMNS = ["at", "os_user", "table_name", "table_title", "row_key", "column_name", "old_value", "new_value",
           "source", "unit"]

_user: str | None = None


def import_source(batch_id: int) -> str:
    return f"{IMPORT_PREFIX}{batch_id}"


def os_user() -> str:
    """The logged-in user's name (cached); never fails, whatever the environment lacks."""
    global _user
    if _user is None:
        try:
            _user = getpass.getuser() or ""
        except Exception:  # no USER/LOGNAME and no passwd entry (containers, some Windows set-ups)
            _user = ""
        _user = _user or os.environ.get("USERNAME", "") or "okänd"
    return _user


def value_text(value: object) -> str | None:
    """A value as the log stores it: None stays None, numbers without a needless `.0`, dates ISO."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "item"):  # a numpy scalar
        return value_text(value.item())
    return str(value)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def change_row(*, table: str, key: object, column: str, old: object, new: object, source: str,
               unit_id: int | None = None, at: datetime | None = None) -> dict[str, object]:
    """One change_log row as a dict (for `log_changes`)."""
    return {"at": at or utc_now(), "os_user": os_user(), "table_name": table, "row_key": str(key),
            "column_name": column, "old_value": value_text(old), "new_value": value_text(new),
            "source": source, "unit_id": unit_id}


def log_change(session, *, table: str, key: object, column: str, old: object, new: object,  # noqa: ANN001
               source: str = WINDOW, unit_id: int | None = None) -> None:
    """Add one row inside the caller's transaction (`session` is a Session or a Connection)."""
    log_changes(session, [change_row(table=table, key=key, column=column, old=old, new=new, source=source,
                                     unit_id=unit_id)])


def log_changes(session, rows: Iterable[Mapping[str, object]]) -> int:  # noqa: ANN001 - Session or Connection
    """Add many rows made by `change_row` in one statement; returns how many."""
    rows = list(rows)
    if rows:
        session.execute(insert(ChangeLog), rows)
    return len(rows)


def read_change_log(database: Database, *, table: str | None = None, unit: str | None = None,
                    source: str | None = None, text: str | None = None, limit: int = DEFAULT_LIMIT) -> pd.DataFrame:
    """The newest `limit` rows, newest first, as a frame with `COLUMNS` (`at` in local time).

    `unit` is a unit's name; `source` is a source as stored, or "import" for every import;
    `text` matches key, column, old and new value (case-insensitive).
    """
    q = select(ChangeLog.at, ChangeLog.os_user, ChangeLog.table_name, ChangeLog.row_key, ChangeLog.column_name,
               ChangeLog.old_value, ChangeLog.new_value, ChangeLog.source, Unit.name
               ).outerjoin(Unit, Unit.id == ChangeLog.unit_id)
    if table:
        q = q.where(ChangeLog.table_name == table)
    if unit:
        q = q.where(Unit.name == unit)
    if source:
        q = q.where(ChangeLog.source.startswith(IMPORT_PREFIX) if source.strip() in ("import", IMPORT_PREFIX)
                    else ChangeLog.source == source)
    q = q.order_by(ChangeLog.at.desc(), ChangeLog.id.desc())
    wanted = text.strip().casefold() if text and text.strip() else None
    with database.session() as s:
        if wanted is None:
            rows = s.execute(q.limit(limit)).all()
        else:  # SQLite's LIKE folds ASCII only: "ÖVERTID" must find "övertid", so match here
            rows = []
            for r in s.execute(q):
                if any(v is not None and wanted in v.casefold() for v in (r[1], r[3], r[4], r[5], r[6])):
                    rows.append(r)
                    if len(rows) >= limit:
                        break
    return pd.DataFrame([(_local(r[0]), r[1], r[2], TABLE_TITLES.get(r[2], r[2]), *r[3:]) for r in rows],
                        columns=COLUMNS)


def change_log_choices(database: Database) -> tuple[list[str], list[str]]:
    """(tables, sources) that occur in the log, for the dialog's filters."""
    with database.session() as s:
        tables = sorted(s.scalars(select(ChangeLog.table_name).distinct()))
        sources = sorted(s.scalars(select(ChangeLog.source).distinct()))
    return tables, sources


def _local(at: datetime) -> datetime:
    """A stored UTC time as the local wall-clock time (naive) for people to read."""
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
