"""`schema`: a rotating schedule from --from (a Monday): shift codes and one row per employee and cycle.

xlsx with the sheets `passkoder` (passkod; start; slut; rast min; resurspass) and `schema`
(anställningsnummer; namn; sysselsättningsgrad; 1; 2; …; N). A CSV holds only the schema sheet
and uses the shift codes the unit already has.
"""

from __future__ import annotations

import re

import numpy as np
from sqlalchemy import select

from vonapp.domain.glossary import EmploymentForm
from vonapp.io.imports import values as v
from vonapp.io.imports.batches import describe_sources
from vonapp.io.imports.columns import Column, known_headers, match
from vonapp.io.imports.kinds.base import Context, Kind, Plan, Rows, fmt_n
from vonapp.io.imports.problems import ImportFailed, ImportRefused, Problem, show
from vonapp.io.imports.text import header_key
from vonapp.io.imports.writer import Writer
from vonapp.store.models import Employee, ShiftCode
from vonapp.texts import N_

SHIFTS = (
    Column("passkod", ("kod", "pass", "passbeteckning")),
    Column("start", ("starttid", "från", "börjar")),
    Column("slut", ("sluttid", "till", "slutar")),
    Column("rast min", ("rast", "rast minuter", "rast i minuter", "rast (min)"), required=False),
    Column("resurspass", ("resurs", "är resurspass"), required=False),
)
PEOPLE = (
    Column("anställningsnummer", ("anstnr", "anst nr", "anställningsnr", "personalnummer")),
    Column("namn", ("name", "medarbetare"), required=False),
    Column("sysselsättningsgrad", ("tjänstgöringsgrad", "syssgrad", "sysselsättning", "procent"), required=False),
)
COLUMNS = SHIFTS + PEOPLE
DAY = re.compile(r"^(?:dag|d)?(\d{1,3})$")
OFF = {"", "-", "ledig", "l"}


def _shift_codes(ctx: Context) -> dict[str, tuple[int, int, int, bool]] | None:
    """Code → (start, end, break minutes, resource) from the passkoder sheet; None for a CSV."""
    if not ctx.source.is_xlsx:
        return None
    table = ctx.source.table("passkoder", known_headers(SHIFTS, {}))
    assert table is not None
    rows = Rows(table, match(table, SHIFTS, {}))
    codes = rows.text("passkod")
    rows.require("passkod", "ange passets kod")
    start = rows.parsed("start", v.minutes_of_day, "ange starttid (TT:MM)")
    end = rows.parsed("slut", v.minutes_of_day, "ange sluttid (TT:MM)")
    brk = rows.parsed("rast min", v.integer, required=False)
    res = rows.parsed("resurspass", v.yes_no, required=False)
    rows.flag("start", np.array([s == 1440 for s in start]), "är ingen starttid; skriv 00:00–23:59")
    out: dict[str, tuple[int, int, int, bool]] = {}
    seen: dict[str, int] = {}
    for i, code in enumerate(codes):
        here = np.arange(len(rows)) == i
        if code and code.casefold() in seen:
            rows.flag("passkod", here, f"finns redan på rad {seen[code.casefold()]}")
            continue
        seen[code.casefold()] = int(rows.numbers[i])
        s, e, b = start[i], end[i], brk[i] or 0
        if s is None or e is None or not code or s == 1440:
            continue
        length = (e - s) % 1440 or (1440 if e == 1440 and s == 0 else 0)
        if length == 0:
            rows.flag("slut", here, "är samma tid som start; passet blir 0 timmar")
        elif b < 0 or b >= length:
            rows.flag("rast min", here, f"är ingen möjlig rast för ett pass på {length} minuter")
        else:
            out[code] = (s, e, b, bool(res[i]))
    rows.fail_if_problems()
    return out


def plan(ctx: Context) -> Plan:
    unit = ctx.unit
    assert unit is not None
    if ctx.start is None:
        raise ImportRefused("Ett schema behöver --from DATUM: måndagen då cykeln börjar.")
    if ctx.start.weekday() != 0:
        raise ImportRefused(f"--from {ctx.start}: cykeln ska börja en måndag, inte en "
                            f"{['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'][ctx.start.weekday()]}.")
    file_codes = _shift_codes(ctx)
    db_codes = {c.code: (c.id, (c.start_min, c.end_min, c.break_min, bool(c.is_resource)))
                for c in ctx.session.scalars(select(ShiftCode).where(ShiftCode.unit_id == unit.id))}
    if file_codes is None and not db_codes:
        raise ImportRefused(f"{ctx.source.name}: {unit.name} har inga passkoder ännu; importera schemat som xlsx "
                            "med bladen passkoder och schema.")
    codes = file_codes if file_codes is not None else {c: d for c, (_i, d) in db_codes.items()}
    changed = sorted(c for c, d in codes.items() if c in db_codes and db_codes[c][1] != d)
    if changed and not ctx.replace:
        old = "; ".join(f"{c} {_clock(db_codes[c][1])} nu {_clock(codes[c])}" for c in changed)
        raise ImportRefused(f"{ctx.source.name}: passkoderna {', '.join(changed)} finns redan för {unit.name} med "
                            f"andra tider ({old}). Byt kod i filen, eller lägg till --replace för att ändra dem "
                            "(det ändrar också äldre scheman som använder dem).")

    keys = ctx.maps.column_keys()
    table = ctx.source.table("schema" if ctx.source.is_xlsx else None, known_headers(PEOPLE, keys))
    assert table is not None
    rows = Rows(table, match(table, PEOPLE, keys))
    days = sorted((int(m.group(1)), i) for i, h in enumerate(table.header) if (m := DAY.match(header_key(h))))
    numbers = [d for d, _ in days]
    if not numbers or numbers != list(range(1, len(numbers) + 1)):
        raise ImportFailed(table.file_name, [Problem(table.header_row, None, None,
                           "dagkolumnerna ska heta 1, 2, 3 … N utan luckor (en kolumn per dag i cykeln)")])
    n = len(numbers)
    if n % 7:
        raise ImportFailed(table.file_name, [Problem(table.header_row, None, None,
                           f"cykeln är {n} dagar; den måste vara en multipel av 7 (7, 14, 21 …)")])
    emp = rows.text("anställningsnummer")
    rows.check_employment_numbers()
    rows.require("anställningsnummer", "ange anställningsnumret")
    names = rows.text("namn")
    rate = rows.floats("sysselsättningsgrad", required=False)
    rate = np.where(rate <= 1.0, rate * 100.0, rate)
    rows.flag("sysselsättningsgrad", (rate <= 0) | (rate > 100), "är ingen sysselsättningsgrad (1–100 %)")
    seen: dict[str, int] = {}
    for i, e in enumerate(emp):
        if e in seen:
            rows.flag("anställningsnummer", np.arange(len(rows)) == i, f"finns redan på rad {seen[e]}")
        elif e:
            seen[e] = int(rows.numbers[i])
    by_fold = {c.casefold(): c for c in codes}
    defined = ", ".join(sorted(codes))
    cells: list[tuple[int, int, str]] = []  # (row index, day index, code)
    for d, col in days:
        for i, raw in enumerate(table.columns[col].tolist()):
            text = show(raw).strip()
            if text.casefold() in OFF:
                continue
            code = by_fold.get(text.casefold())
            if code is None:
                rows.problems.append(Problem(int(rows.numbers[i]), table.header[col], text,
                                             f"är ingen definierad passkod; definierade: {defined}"))
            else:
                cells.append((i, d - 1, code))
    rows.fail_if_problems()

    known = dict(ctx.session.execute(select(Employee.employment_number, Employee.id)).all())
    new_people = [(e, names[i] or f"Anställd {e}", None if np.isnan(rate[i]) else float(rate[i]))
                  for i, e in enumerate(emp) if e not in known]
    overlap = describe_sources(ctx.session, "schedule", unit.id, "t.start_date = :d",
                               {"d": ctx.start.isoformat()}, "MIN(t.start_date), MAX(t.start_date)")
    hours = sum(_hours(codes[c]) for _i, _d, c in cells)
    report = [f"Schema från {ctx.start}, {n // 7} {'veckas' if n == 7 else 'veckors'} cykel, {len(rows)} anställda "
              f"({len(new_people)} nya), {len(cells)} pass, {fmt_n(round(hours * 7 / n, 1))} timmar per vecka",
              f"{len(codes)} passkoder: " + ", ".join(f"{c} {_clock(d)}" for c, d in sorted(codes.items()))]
    start = ctx.start

    def write(w: Writer) -> None:
        if ctx.replace:
            w.delete_logged("schedule", "unit_id = :u AND start_date = :d", {"u": unit.id, "d": start.isoformat()},
                            children=[("schedule_cell", "schedule_id")])
            for c in changed:
                w.log_update("shift_code", db_codes[c][0])
                s, e, b, r = codes[c]
                w.execute("UPDATE shift_code SET start_min = :s, end_min = :e, break_min = :b, is_resource = :r "
                          "WHERE id = :id", {"s": s, "e": e, "b": b, "r": r, "id": db_codes[c][0]})
        w.insert("shift_code", ("unit_id", "code", "start_min", "end_min", "break_min", "is_resource", "batch_id"),
                 [(unit.id, c, *d, w.batch_id) for c, d in codes.items() if c not in db_codes])
        code_ids = dict(w.conn.execute(select(ShiftCode.code, ShiftCode.id).where(ShiftCode.unit_id == unit.id)).all())
        w.insert("employee", ("unit_id", "employment_number", "display_name", "employment_form", "employment_rate",
                              "batch_id"),
                 [(unit.id, e, nm, EmploymentForm.MONTHLY.value, r, w.batch_id) for e, nm, r in new_people])
        ids = dict(w.conn.execute(select(Employee.employment_number, Employee.id)).all())
        schedule_id = int(w.scalar("INSERT INTO schedule (unit_id, name, start_date, cycle_weeks, batch_id) "
                                   "VALUES (:u, :n, :d, :c, :b) RETURNING id",
                                   {"u": unit.id, "n": ctx.source.path.stem, "d": start.isoformat(), "c": n // 7,
                                    "b": w.batch_id}))
        w.insert("schedule_cell", ("schedule_id", "employee_id", "day_index", "shift_code_id"),
                 [(schedule_id, ids[emp[i]], d, code_ids[c]) for i, d, c in cells])

    return Plan(len(rows), report, write, start, None, overlap, f"{unit.name}s schema från {start}")


def _hours(d: tuple[int, int, int, bool]) -> float:
    s, e, b, _r = d
    return (((e - s) % 1440 or 1440) - b) / 60.0


def _clock(d: tuple[int, int, int, bool]) -> str:
    s, e, b, r = d
    text = f"{s // 60:02d}:{s % 60:02d}–{e // 60:02d}:{e % 60:02d}, rast {b} min"
    return text + (", resurspass" if r else "")


KIND = Kind("schema", COLUMNS, plan, help=N_("rullande schema (xlsx: bladen passkoder och schema); --from en måndag"))
