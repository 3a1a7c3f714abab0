"""Beläggning edits: occupied places per day, move events, places and budgeted occupancy of a year.

Same rules as vonapp.store.edits_utfall: one transaction, Swedish refusals, change_log rows,
`Changes` for undo. Dates must lie in a year the unit has a budget for.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vonapp.domain.formatting import fmt_number
from vonapp.domain.glossary import OccupancyEvent
from vonapp.store.database import Database
from vonapp.store.errors import StoreError
from vonapp.store.models import BudgetYear, OccupancyDay, OccupancyMove, Unit
from vonapp.store.queries import UnitInfo
from vonapp.store.row_changes import WINDOW, Changes, Recorder, now, one_unit


def _budget_years(session: Session, unit: UnitInfo) -> list[int]:
    return sorted(session.scalars(select(BudgetYear.year).where(BudgetYear.unit_id == unit.id)).all())


def check_in_budget_year(session: Session, unit: UnitInfo, day: date, year: int | None = None) -> None:
    """Refuse a date outside the year shown (year) or outside every budget year of the unit."""
    if year is not None and day.year != year:
        raise StoreError(f"{day.isoformat()} ligger utanför budgetåret {year}.")
    years = _budget_years(session, unit)
    if not years:
        raise StoreError(f"{unit.name} har inget budgetår; importera en budgetfil först.")
    if day.year not in years:
        span = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
        raise StoreError(f"{day.isoformat()} ligger utanför {unit.name}s budgetår ({span}).")


def set_occupancy(database: Database, *, unit: str, day: date, occupied: int | None, year: int | None = None,
                  source: str = WINDOW) -> Changes:
    """Set the occupied places of one day (None clears the day: moves, if any, count again)."""
    return set_occupancy_days(database, unit=unit, days={day: occupied}, year=year, source=source)


def set_occupancy_days(database: Database, *, unit: str, days: dict[date, int | None], year: int | None = None,
                       source: str = WINDOW) -> Changes:
    """Several days in one transaction (a paste into the calendar); any refused day writes nothing."""
    with database.session() as s:
        u = one_unit(s, unit)
        rec = Recorder(s, source, u.id)
        labels = [_set_day(s, rec, u, day, occupied, year) for day, occupied in sorted(days.items())]
        rec.changes.message = labels[0] if len(labels) == 1 else f"Beläggning {len(labels)} dagar"
        return rec.changes


def _set_day(s: Session, rec: Recorder, u: UnitInfo, day: date, occupied: float | None, year: int | None) -> str:
    check_in_budget_year(s, u, day, year)
    row = s.scalar(select(OccupancyDay).where(OccupancyDay.unit_id == u.id, OccupancyDay.date == day))
    if occupied is None:
        if row is not None:
            rec.delete("occupancy_day", row.id)
        return f"Beläggning {day.isoformat()} borttagen"
    if occupied != int(occupied):
        raise StoreError(f"Belagda platser är ett helt antal, inte {fmt_number(occupied, 2)}.")
    occupied = int(occupied)
    if occupied < 0:
        raise StoreError(f"Antal belagda platser kan inte vara negativt ({occupied}).")
    places = u.places if u.places else (row.places if row is not None else None)
    if not places:
        raise StoreError(f"{u.name} har inget antal platser; ange platserna för året först.")
    if occupied > places:
        raise StoreError(f"{occupied} belagda är fler än {u.name}s {places} platser ({day.isoformat()}).")
    if row is None:
        rec.insert("occupancy_day", {"unit_id": u.id, "date": day, "places": places, "occupied": occupied,
                                     "batch_id": None, "edited_at": now()})
    else:
        rec.update("occupancy_day", row.id, {"places": places, "occupied": occupied}, stamp=True)
    return f"Beläggning {day.isoformat()}: {occupied} av {places}"


def _event(text: str) -> str:
    word = text.strip().casefold()
    if word in ("inflytt", "in", "inflyttning"):
        return OccupancyEvent.MOVE_IN.value
    if word in ("utflytt", "ut", "utflyttning", "avflytt"):
        return OccupancyEvent.MOVE_OUT.value
    raise StoreError(f"Händelsen {text!r} finns inte; välj inflytt eller utflytt.")


def add_move(database: Database, *, unit: str, apartment: str, day: date, event: str, year: int | None = None,
             source: str = WINDOW) -> Changes:
    """Add a move-in or move-out of a lägenhet; it must alternate with the lägenhet's other events."""
    with database.session() as s:
        u = one_unit(s, unit)
        check_in_budget_year(s, u, day, year)
        apt = apartment.strip()
        if not apt:
            raise StoreError("Ange lägenhetens nummer.")
        ev = _event(event)
        same = select(OccupancyMove.date, OccupancyMove.event).where(
            OccupancyMove.unit_id == u.id, func.lower(OccupancyMove.apartment) == apt.lower())
        before = s.execute(same.where(OccupancyMove.date <= day).order_by(
            OccupancyMove.date.desc(), OccupancyMove.id.desc())).first()
        after = s.execute(same.where(OccupancyMove.date > day).order_by(
            OccupancyMove.date, OccupancyMove.id)).first()
        if before is not None and before.event == ev:
            raise StoreError(f"Lägenhet {apt} har redan {ev} {before.date.isoformat()} utan "
                             f"{'utflytt' if ev == OccupancyEvent.MOVE_IN.value else 'inflytt'} emellan.")
        if after is not None and after.event == ev:
            raise StoreError(f"Lägenhet {apt} har {ev} {after.date.isoformat()} efter; två {ev} i rad går inte.")
        rec = Recorder(s, source, u.id)
        rec.insert("occupancy_move", {"unit_id": u.id, "apartment": apt, "date": day, "event": ev,
                                      "batch_id": None, "edited_at": now()})
        rec.changes.message = f"Lägenhet {apt}: {ev} {day.isoformat()}"
        return rec.changes


def remove_move(database: Database, move_id: int, *, source: str = WINDOW) -> Changes:
    with database.session() as s:
        row = s.get(OccupancyMove, move_id)
        if row is None:
            raise StoreError("Flytten finns inte längre.")
        rec = Recorder(s, source, row.unit_id)
        rec.delete("occupancy_move", row.id)
        rec.changes.message = f"Lägenhet {row.apartment}: {row.event} {row.date.isoformat()} borttagen"
        return rec.changes


def set_year_capacity(database: Database, *, unit: str, year: int, places: int | None = None,
                      budget_pct: float | None = None, source: str = WINDOW) -> Changes:
    """The unit's places (the year's typed days follow) and the year's budgeted occupancy in %."""
    with database.session() as s:
        u = one_unit(s, unit)
        budget = s.scalar(select(BudgetYear).where(BudgetYear.unit_id == u.id, BudgetYear.year == year))
        if budget is None:
            raise StoreError(f"{year} ligger utanför {u.name}s budgetår; importera budgeten för {year} först.")
        rec = Recorder(s, source, u.id)
        if places is not None:
            if places != int(places) or places < 0:
                raise StoreError(f"Antal platser är ett helt tal, 0 eller fler (inte {fmt_number(places, 2)}).")
            places = int(places)
            span = (date(year, 1, 1), date(year, 12, 31))
            fullest = s.execute(select(OccupancyDay.date, OccupancyDay.occupied).where(
                OccupancyDay.unit_id == u.id, OccupancyDay.date.between(*span)).order_by(
                OccupancyDay.occupied.desc(), OccupancyDay.date)).first()
            if fullest is not None and fullest.occupied > places:
                raise StoreError(f"{fullest.date.isoformat()} har redan {fullest.occupied} belagda; "
                                 f"platserna kan inte vara färre ({places}).")
            rec.update("unit", u.id, {"places": places})
            days = s.scalars(select(OccupancyDay.id).where(
                OccupancyDay.unit_id == u.id, OccupancyDay.date.between(*span),
                OccupancyDay.places != places)).all()
            for day_id in days:
                rec.update("occupancy_day", day_id, {"places": places}, stamp=True)
        if budget_pct is not None:
            if not 0 <= budget_pct <= 100:
                raise StoreError(f"Budgeterad beläggning är 0–100 %, inte {fmt_number(budget_pct, 1)} %.")
            rec.update("budget_year", budget.id, {"occupancy_budget_pct": float(budget_pct)})
        name = s.scalar(select(Unit.name).where(Unit.id == u.id))
        rec.changes.message = f"{name} {year}: platser och budgeterad beläggning"
        return rec.changes
