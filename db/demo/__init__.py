"""Demo data built from the seed reports: `build_demo(database, scale="unit"|"forvaltning")`.

Deterministic (fixed seeds) and written in one transaction through the bare SQLite driver; the
meta key `demo` marks the database as demo data (`Database.is_demo`).

What the unit-scale demo shows (tests/db/test_demo.py checks each point):
- seven units named as in seed 000, budget years 2022–2024, time recorded 2022-01-03 … 2024-08-31
  (the forecast then continues the schedules to 31 December 2024);
- Stortorp: 96,3 % occupancy in 2023-Q1 against 98 % budgeted, 97,2 % in 2022 against 99 %;
  resurspass mostly left unplaced while vikarier are hired until the new schedule of 1 May 2023,
  then placed at home or in Korttidsboende Stortorp (`annan enhet`);
- Hemtjänst Centrum Jan–Mar 2023: utförandegrad 64,6 %, bomtid 3,5 %, avböjda 1,4 %;
- the action plans of seed 000 (2 750/2 750, 1 239/2 163, 781/1 297 tkr) and its åtgärdskrav;
- Boendestöd Norr's compensation models 80/50 and 50/50, 20 000 tkr apart (seed 003), its 2023 personnel
  budget the old model's budget kr (53,3 Mkr, staffed for it);
- seed 004's key figures (Kolada ids, targets, outcomes, assessments); sick leave near 8 %.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select

from vonapp.db.demo.build import Built, Writer, write_demo
from vonapp.db.demo.seedtext import INDICATOR_GOALS, INDICATORS, MEASURES_2023
from vonapp.db.demo.spec import BOENDESTOD_GRANTED_HOURS, BOENDESTOD_HOURLY_COST, YEARS, seven_units
from vonapp.domain.formatting import fmt_number
from vonapp.store import dialect
from vonapp.store.database import Database
from vonapp.store.errors import StoreError
from vonapp.store.models import Unit

SCALES = ("unit", "forvaltning")
SEED = 20230331  # the action plan's date
ACTION_PLAN_DAY = "2023-03-31"  # the seed's follow-up: "Åtgärdsplan per 31 mars"


def build_demo(database: Database, scale: str = "unit", progress: Callable[[str], None] | None = None) -> str:
    """Fill an empty database with the demo; returns a one-line Swedish report.

    `progress` gets a Swedish line before each phase; if it raises (a cancel button), the one
    transaction rolls back and the database is left as it was.
    """
    if scale not in SCALES:
        raise StoreError(f"Okänd skala {scale!r} för exempeldata; välj unit eller forvaltning.")
    with database.session() as session:
        if session.scalar(select(func.count()).select_from(Unit)):
            raise StoreError("Databasen har redan enheter; exempeldata skapas bara i en tom databas.")
        connection = session.connection()
        writer = Writer(connection, progress)
        if scale == "unit":
            built = write_demo(writer, seven_units(), SEED)
        else:
            from vonapp.db.demo.forvaltning import write_forvaltning

            built = write_forvaltning(writer, SEED)
        writer.step("Åtgärder, nyckeltal och ersättningsmodell")
        write_seed_text(writer)
        write_avdelningar(writer)
        writer.insert("meta", ["key", "value"], [("demo", scale)])
        dialect.after_bulk_load(connection, sorted(writer.tables))
    if not dialect.is_sqlite(connection):
        with database.engine.connect() as conn:  # after the load's commit: statistics, visibility map
            dialect.analyze(conn, sorted(writer.tables))
    return report(built)


def report(built: Built) -> str:
    return (f"{fmt_number(built.units)} enheter, {fmt_number(built.employees)} anställda, "
            f"{fmt_number(built.time_rows)} tidrader, {YEARS[0]}–{YEARS[-1]}")


def write_seed_text(writer: Writer) -> None:
    """Measures, follow-ups, key figures and the compensation model of the seven named units."""
    unit_id = dict(writer.rows("SELECT name, id FROM unit"))
    measures, follow_ups = [], []
    for name, rows in MEASURES_2023.items():
        for pos, m in enumerate(rows):
            mid = len(measures) + 1
            measures.append((mid, unit_id[name], 2023, pos, m.name, m.description, m.effect_year_tkr,
                             m.full_year_effect_tkr, m.status, m.responsible))
            if name == "Hemtjänst Centrum" and pos == 0:
                follow_ups += [(mid, 1, 0.0, "Utförandegraden i januari 63,9 %", "2023-02-03"),
                               (mid, 2, 0.0, "Planeringen ses över", "2023-03-02")]
            effect = 180.0 if (name, pos) == ("Hemtjänst Centrum", 0) else \
                44.0 if (name, pos) == ("Personlig assistans", 0) else None
            follow_ups.append((mid, 3, effect, m.note, ACTION_PLAN_DAY))
    writer.insert("measure", ["id", "unit_id", "year", "position", "name", "description", "effect_year_tkr",
                              "full_year_effect_tkr", "status", "responsible"], measures)
    writer.insert("measure_follow_up", ["measure_id", "month", "effect_tkr", "comment", "noted_on"], follow_ups)
    indicators, values = [], []
    for i, (ind, goal) in enumerate(zip(INDICATORS, INDICATOR_GOALS, strict=True), start=1):
        indicators.append((i, unit_id.get(ind.unit) if ind.unit else None, ind.name, ind.kolada_id,
                           ind.measure_unit, int(ind.higher_is_better), goal))
        values += [(i, y, t, v, int(p), a) for y, (t, v, p, a) in sorted(ind.values.items())]
    writer.insert("indicator", ["id", "unit_id", "name", "kolada_id", "measure_unit", "higher_is_better", "goal"],
                  indicators)
    writer.insert("indicator_value", ["indicator_id", "year", "target", "value", "preliminary", "assessment"], values)
    b = unit_id["Boendestöd Norr"]
    writer.insert("compensation_model", ["unit_id", "year", "name", "granted_hours", "execution_share_pct",
                                         "client_time_share_pct", "hourly_cost"],
                  [(b, 2023, "nuvarande", BOENDESTOD_GRANTED_HOURS, 80.0, 50.0, BOENDESTOD_HOURLY_COST),
                   (b, 2023, "föreslagen", BOENDESTOD_GRANTED_HOURS, 50.0, 50.0, BOENDESTOD_HOURLY_COST)])


def write_avdelningar(writer: Writer) -> None:
    """The avdelningar of the seeds (avdelning hemtjänst, avdelning personlig assistans …), each unit in one."""
    from vonapp.db.demo.spec import AVDELNINGAR

    writer.insert("avdelning", ["id", "name"], [(i, name) for i, (name, _) in enumerate(AVDELNINGAR, start=1)])
    for i, (_, kinds) in enumerate(AVDELNINGAR, start=1):
        listed = ", ".join(f"'{k.value}'" for k in kinds)
        writer.connection.exec_driver_sql(f"UPDATE unit SET avdelning_id = {i} WHERE kind IN ({listed})")
