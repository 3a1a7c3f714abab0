"""`belaggning`: occupancy as daily counts (datum; platser; belagda) or move events (datum; lägenhet; händelse)."""

from __future__ import annotations

import numpy as np
from sqlalchemy import select

from vonapp.domain.glossary import OccupancyEvent
from vonapp.io.imports import values as v
from vonapp.io.imports.batches import describe_sources
from vonapp.io.imports.columns import Column, MissingColumns
from vonapp.io.imports.kinds.base import (
    Context,
    Kind,
    Plan,
    Rows,
    dates_of,
    fmt_n,
    iso_dates,
    lookup,
)
from vonapp.io.imports.problems import ImportRefused
from vonapp.io.imports.text import fold
from vonapp.io.imports.window_rows import window_rows
from vonapp.io.imports.writer import Writer
from vonapp.store.models import OccupancyMove
from vonapp.texts import N_

DATE = Column("datum", ("dag", "date"))
DAILY = (DATE, Column("platser", ("antal platser", "tillgängliga platser")),
         Column("belagda", ("belagda platser", "antal belagda", "beläggning")))
MOVES = (DATE, Column("lägenhet", ("lgh", "lägenhetsnummer", "lgh nr", "plats", "rum")),
         Column("händelse", ("typ", "flytt", "händelsetyp")))
# For --map and for guessing a file's kind: the daily format's columns, the move columns optional.
COLUMNS = (*DAILY, *(Column(c.name, c.aliases, required=False) for c in MOVES[1:]))
EVENTS = {"inflytt": OccupancyEvent.MOVE_IN.value, "in": OccupancyEvent.MOVE_IN.value,
          "inflyttning": OccupancyEvent.MOVE_IN.value, "utflytt": OccupancyEvent.MOVE_OUT.value,
          "ut": OccupancyEvent.MOVE_OUT.value, "utflyttning": OccupancyEvent.MOVE_OUT.value,
          "avflytt": OccupancyEvent.MOVE_OUT.value}


def plan(ctx: Context) -> Plan:
    try:
        rows = Rows.of(ctx, DAILY)
        daily = True
    except MissingColumns:
        try:
            rows = Rows.of(ctx, MOVES)
            daily = False
        except MissingColumns as exc:
            raise ImportRefused(f"{ctx.source.name}: en beläggningsfil har kolumnerna datum; platser; belagda "
                                f"(en rad per dag) eller datum; lägenhet; händelse (in- och utflyttningar). "
                                f"Rubrikraden har {', '.join(h for h in exc.header if h) or 'inga rubriker'}.") from None
    days = dates_of(rows.parsed("datum", v.date_parser(rows.epoch), "ange ett datum (ÅÅÅÅ-MM-DD)"))
    skipped = 0
    if ctx.start is not None:
        keep = np.isnat(days) | (days >= np.datetime64(ctx.start))
        skipped = int((~keep).sum())
        rows.keep(keep)
        days = days[keep]
    return (_daily if daily else _moves)(ctx, rows, days, skipped)


def _span(ctx: Context, rows: Rows, days: np.ndarray, table: str) -> tuple[object, object, list[str]]:
    if not len(rows):
        raise ImportRefused(f"{rows.file_name} har inga datarader.")
    first, last = days.min().item(), days.max().item()
    assert ctx.unit is not None
    overlap = describe_sources(ctx.session, table, ctx.unit.id, "t.date BETWEEN :s AND :e",
                               {"s": first.isoformat(), "e": last.isoformat()}, "MIN(t.date), MAX(t.date)")
    overlap += window_rows(ctx.session, table, ctx.unit.id, first, last)
    return first, last, overlap


def _daily(ctx: Context, rows: Rows, days: np.ndarray, skipped: int) -> Plan:
    unit = ctx.unit
    assert unit is not None
    places = rows.parsed("platser", v.integer, None if unit.places else "ange antal platser")
    if unit.places:
        places = np.array([unit.places if p is None and e else p
                           for p, e in zip(places, rows.empty("platser"), strict=True)], dtype=object)
    occupied = rows.parsed("belagda", v.integer, "ange antal belagda platser")
    rows.flag("platser", np.array([p is not None and p < 0 for p in places]), "kan inte vara negativt")
    rows.flag("belagda", np.array([o is not None and o < 0 for o in occupied]), "kan inte vara negativt")
    over = np.array([o is not None and p is not None and o > p for o, p in zip(occupied, places, strict=True)])
    rows.flag("belagda", over, np.array([f"är fler än platserna ({p})" for p in places], dtype=object))
    _duplicate_days(rows, days)
    rows.fail_if_problems()
    first, last, overlap = _span(ctx, rows, days, "occupancy_day")
    p, o = np.array(places, dtype=float), np.array(occupied, dtype=float)
    pct = 100.0 * o.sum() / p.sum() if p.sum() else 0.0
    n_days = f"{fmt_n(len(rows))} {'dag' if len(rows) == 1 else 'dagar'}"
    report = [f"{n_days}, {first} – {last}: {fmt_n(o.sum())} belagda av {fmt_n(p.sum())} "
              f"platsdagar ({fmt_n(round(pct, 1))} %)"]
    if skipped:
        report.append(f"{skipped} rader före {ctx.start} hoppas över (--from)")
    iso = iso_dates(days)

    def write(w: Writer) -> None:
        if ctx.replace:
            w.delete_logged("occupancy_day", "unit_id = :u AND date BETWEEN :s AND :e",
                            {"u": unit.id, "s": first.isoformat(), "e": last.isoformat()})
        w.insert("occupancy_day", ("unit_id", "date", "places", "occupied", "batch_id"),
                 [(unit.id, d, int(pl), int(oc), w.batch_id) for d, pl, oc in zip(iso, places, occupied, strict=True)])

    return Plan(len(rows), report, write, first, last, overlap, f"{unit.name}s beläggning {first}–{last}")


def _duplicate_days(rows: Rows, days: np.ndarray) -> None:
    seen: dict[object, int] = {}
    for i, d in enumerate(days.tolist()):
        if d is None:
            continue
        if d in seen:
            rows.flag("datum", np.arange(len(rows)) == i, f"finns redan på rad {seen[d]}")
        else:
            seen[d] = int(rows.numbers[i])


def _moves(ctx: Context, rows: Rows, days: np.ndarray, skipped: int) -> Plan:
    unit = ctx.unit
    assert unit is not None
    apartment = rows.text("lägenhet")
    rows.require("lägenhet", "ange lägenhetens nummer")
    cells = rows.text("händelse")
    rows.require("händelse", "ange inflytt eller utflytt")
    events, ok = lookup(cells, EVENTS)
    rows.flag("händelse", (cells != "") & ~ok, "är ingen känd händelse; tillåtna: inflytt eller utflytt")
    rows.fail_if_problems()
    first, last, overlap = _span(ctx, rows, days, "occupancy_move")
    # Each apartment alternates in and out, continuing from its last event before the file.
    state: dict[str, tuple[str, str]] = {}
    for apt, _d, ev in ctx.session.execute(
        select(OccupancyMove.apartment, OccupancyMove.date, OccupancyMove.event)
        .where(OccupancyMove.unit_id == unit.id, OccupancyMove.date < first)
        .order_by(OccupancyMove.date, OccupancyMove.id)
    ):
        state[fold(apt)] = (ev, "tidigare import")
    order = np.lexsort((rows.numbers, days))
    for i in order:
        key, ev = fold(apartment[i]), events[i]
        before = state.get(key)
        if before is not None and before[0] == ev:
            rows.flag("händelse", np.arange(len(rows)) == i,
                      f"lägenhet {apartment[i]} har redan {ev} ({before[1]}) utan "
                      f"{'utflytt' if ev == OccupancyEvent.MOVE_IN.value else 'inflytt'} emellan")
        state[key] = (ev, f"rad {rows.numbers[i]}")
    rows.fail_if_problems()
    n_in = int((events == OccupancyEvent.MOVE_IN.value).sum())
    report = [f"{len(rows)} flyttar, {first} – {last}: {n_in} inflytt, {len(rows) - n_in} utflytt"]
    if skipped:
        report.append(f"{skipped} rader före {ctx.start} hoppas över (--from)")
    iso = iso_dates(days)

    def write(w: Writer) -> None:
        if ctx.replace:
            w.delete_logged("occupancy_move", "unit_id = :u AND date BETWEEN :s AND :e",
                            {"u": unit.id, "s": first.isoformat(), "e": last.isoformat()})
        w.insert("occupancy_move", ("unit_id", "apartment", "date", "event", "batch_id"),
                 [(unit.id, a, d, e, w.batch_id) for a, d, e in zip(apartment.tolist(), iso, events.tolist(), strict=True)])

    return Plan(len(rows), report, write, first, last, overlap, f"{unit.name}s flyttar {first}–{last}")


KIND = Kind("belaggning", COLUMNS, plan, help=N_("beläggning per dag eller in- och utflyttningar"))
