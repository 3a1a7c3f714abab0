"""`tid`: recorded hours per employee and day, worked (by category) or absent (by absence type)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sqlalchemy import select

from vonapp.domain.glossary import AbsenceType, Category, EmploymentForm, Placement
from vonapp.io.imports import values as v
from vonapp.io.imports.batches import describe_sources
from vonapp.io.imports.columns import Column
from vonapp.io.imports.kinds.base import (
    Context,
    Kind,
    Plan,
    Rows,
    dates_of,
    fmt_n,
    iso_dates,
    lookup,
    n_rows,
)
from vonapp.io.imports.text import fold, swedish_list
from vonapp.io.imports.window_rows import window_rows
from vonapp.io.imports.writer import Writer
from vonapp.store.models import Employee, Unit
from vonapp.texts import N_, t

COLUMNS = (
    Column("datum", ("dag", "date", "arbetsdatum", "transaktionsdatum")),
    Column("anställningsnummer", ("anstnr", "anst nr", "anställningsnr", "anstallningsnummer", "personalnummer",
                                  "medarbetarnummer", "anställnings-id", "anst-id", "employee id")),
    Column("namn", ("name", "medarbetare", "anställd", "för- och efternamn"), required=False),
    Column("kategori", ("tidtyp", "typ", "tidkategori", "category")),
    Column("frånvarotyp", ("frånvaroorsak", "frånvaro", "orsak", "absence"), required=False),
    Column("placering", ("placerad", "placerad på", "placeringsenhet"), required=False),
    Column("timmar", ("antal timmar", "tim", "timmar totalt", "antal", "hours", "h")),
)

CATEGORY_WORDS: dict[str, tuple[Category, AbsenceType | None]] = {
    fold(c.value): (c, None) for c in Category
}
CATEGORY_WORDS |= {"ordinarie tid": (Category.ORDINARIE, None), "resurs": (Category.RESURSPASS, None),
                   "inhyrd personal": (Category.INHYRD, None), "bemanningsforetag": (Category.INHYRD, None)}
ABSENCE_WORDS: dict[str, AbsenceType] = {fold(a.value): a for a in AbsenceType}
ABSENCE_WORDS |= {"sjukdom": AbsenceType.SJUK, "sjukfranvaro": AbsenceType.SJUK,
                  "foraldraledighet": AbsenceType.FORALDRALEDIG, "tjanstledighet": AbsenceType.TJANSTLEDIG,
                  "ovrig": AbsenceType.OVRIGT, "ovrig franvaro": AbsenceType.OVRIGT, "semesterledighet": AbsenceType.SEMESTER}
# "frånvaro/sjuk" or just "sjuk" as a category means frånvaro with that absence type.
for _word, _absence in list(ABSENCE_WORDS.items()):
    for _sep in ("/", " ", " - ", ":"):
        CATEGORY_WORDS[f"franvaro{_sep}{_word}"] = (Category.FRANVARO, _absence)
    CATEGORY_WORDS.setdefault(_word, (Category.FRANVARO, _absence))

CATEGORY_HINT = "tillåtna: " + swedish_list([c.value for c in Category])
ABSENCE_HINT = "tillåtna: " + swedish_list([a.value for a in AbsenceType])
PLACEMENT_HINT = f"skriv {Placement.OWN.value}, {Placement.UNPLACED.value} eller en annan enhets namn"
HOURS_REASON = "är inte ett giltigt antal timmar (0–24)"

INSERT_COLUMNS = ("unit_id", "employee_id", "date", "category", "absence_type", "placement",
                  "placement_unit_id", "hours", "batch_id")


def plan(ctx: Context) -> Plan:
    unit = ctx.unit
    assert unit is not None
    rows = Rows.of(ctx, COLUMNS)
    date_values = rows.parsed("datum", v.date_parser(rows.epoch), "ange ett datum (ÅÅÅÅ-MM-DD)")
    days = dates_of(date_values)
    skipped = 0
    if ctx.start is not None:
        keep = np.isnat(days) | (days >= np.datetime64(ctx.start))
        skipped = int((~keep).sum())
        rows.keep(keep)
        days = days[keep]

    cat_cells = rows.text("kategori")
    category, cat_ok = lookup(cat_cells, {k: c.value for k, (c, _a) in CATEGORY_WORDS.items()})
    absence_from_cat, _ok = lookup(cat_cells, {k: a.value for k, (_c, a) in CATEGORY_WORDS.items() if a})
    rows.require("kategori", CATEGORY_HINT)
    rows.flag("kategori", (cat_cells != "") & ~cat_ok, f"är ingen känd kategori; {CATEGORY_HINT}")

    is_absence = category == Category.FRANVARO.value
    abs_cells = rows.text("frånvarotyp")
    abs_found, abs_ok = lookup(abs_cells, {k: a.value for k, a in ABSENCE_WORDS.items()})
    absence = np.where(absence_from_cat != None, absence_from_cat, abs_found)  # noqa: E711
    bad_abs = is_absence & (abs_cells != "") & ~abs_ok
    rows.flag("frånvarotyp", bad_abs, f"är ingen känd frånvarotyp; {ABSENCE_HINT}")
    rows.flag("frånvarotyp", is_absence & (absence == None) & (abs_cells == ""),  # noqa: E711
              f"är tom; en frånvarorad behöver frånvarotyp ({ABSENCE_HINT})", value=False)
    absence = np.where(is_absence, absence, None)

    is_resource = category == Category.RESURSPASS.value
    placement, placement_unit = _placements(ctx, rows, is_resource)

    hours = rows.floats("timmar", "ange antal timmar")
    out_of_range = ~np.isnan(hours) & ((hours <= 0) | (hours > 24))
    rows.flag("timmar", out_of_range, HOURS_REASON)

    emp = rows.text("anställningsnummer")
    rows.check_employment_numbers()
    names = rows.text("namn")
    inhyrd = category == Category.INHYRD.value
    rows.flag("anställningsnummer", (emp == "") & ~inhyrd,
              "är tom; anställningsnummer behövs utom på rader med kategori inhyrd", value=False)

    _check_day_totals(rows, emp, days, hours)
    rows.fail_if_problems()
    if not len(rows):
        from vonapp.io.imports.problems import ImportRefused

        raise ImportRefused(f"{rows.file_name} har inga datarader"
                            + (f" från {ctx.start.isoformat()}." if ctx.start else "."))

    known = dict(ctx.session.execute(select(Employee.employment_number, Employee.id)).all())
    people = pd.DataFrame({"emp": emp, "name": names})
    people = people[(people["emp"] != "") & ~people["emp"].isin(list(known))]
    # The first name the file gives each new number (a row without a name does not count).
    people = people.sort_values("name", key=lambda s: s == "", kind="stable").drop_duplicates("emp")
    new_employees = [(e, n or f"Anställd {e}") for e, n in zip(people["emp"], people["name"], strict=True)]

    first, last = days.min().item(), days.max().item()
    overlap = describe_sources(ctx.session, "time_entry", unit.id, "t.date BETWEEN :s AND :e",
                               {"s": first.isoformat(), "e": last.isoformat()}, "MIN(t.date), MAX(t.date)")
    overlap += window_rows(ctx.session, "time_entry", unit.id, first, last, "category = 'resurspass'")
    report = _report(rows, category, absence, hours, first, last, new_employees, skipped, ctx)
    iso = iso_dates(days)

    def write(w: Writer) -> None:
        if ctx.replace:
            w.delete_logged("time_entry", "unit_id = :u AND date BETWEEN :s AND :e",
                            {"u": unit.id, "s": first.isoformat(), "e": last.isoformat()},
                            children=[("absence_cover", "absence_entry_id")])
        w.insert("employee", ("unit_id", "employment_number", "display_name", "employment_form", "batch_id"),
                 [(unit.id, e, n, EmploymentForm.HOURLY.value, w.batch_id) for e, n in new_employees])
        ids = dict(known)
        if new_employees:
            ids.update(w.conn.execute(select(Employee.employment_number, Employee.id)
                                      .where(Employee.batch_id == w.batch_id)).all())
        emp_ids, _ok = _map_exact(emp, ids)
        w.insert("time_entry", INSERT_COLUMNS, zip(
            [unit.id] * len(iso), emp_ids, iso, category.tolist(), absence.tolist(), placement.tolist(),
            placement_unit.tolist(), hours.tolist(), [w.batch_id] * len(iso), strict=True))

    return Plan(len(rows), report, write, first, last, overlap,
                f"{unit.name}s tidrader {first}–{last}")


def _map_exact(values: np.ndarray, table: dict[str, int]) -> tuple[list[int | None], np.ndarray]:
    codes, uniq = pd.factorize(pd.Series(values, dtype=object))
    res = np.array([table.get(u) for u in uniq] + [None], dtype=object)
    return res[codes].tolist(), res[codes] != None  # noqa: E711


def _placements(ctx: Context, rows: Rows, is_resource: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(placement, placement unit id) for resurspass rows; None on other rows."""
    unit = ctx.unit
    assert unit is not None
    words: dict[str, tuple[str, int | None]] = {
        fold(Placement.OWN.value): (Placement.OWN.value, None), "egen": (Placement.OWN.value, None),
        fold(Placement.UNPLACED.value): (Placement.UNPLACED.value, None),
        "ej placerat": (Placement.UNPLACED.value, None), "oplacerad": (Placement.UNPLACED.value, None),
    }
    for uid, name in ctx.session.execute(select(Unit.id, Unit.name)).all():
        words.setdefault(fold(name), (Placement.OWN.value, None) if uid == unit.id else (Placement.OTHER.value, uid))
    cells = rows.text("placering")
    _found, ok = lookup(cells, words)
    rows.flag("placering", is_resource & (cells == ""), f"är tom; en resurspassrad behöver placering ({PLACEMENT_HINT})",
              value=False)
    unknown = is_resource & (cells != "") & ~ok
    other = np.zeros(len(cells), dtype=bool)
    other[unknown] = [fold(c) == fold(Placement.OTHER.value) for c in cells[unknown]]
    rows.flag("placering", unknown & other, "säger inte vilken enhet; skriv den andra enhetens namn")
    rows.flag("placering", unknown & ~other, f"är ingen enhet i databasen; {PLACEMENT_HINT}")
    placement, _ok = lookup(cells, {k: p for k, (p, _u) in words.items()})
    place_unit, _ok = lookup(cells, {k: u for k, (_p, u) in words.items()})
    return np.where(is_resource, placement, None), np.where(is_resource, place_unit, None)


def _check_day_totals(rows: Rows, emp: np.ndarray, days: np.ndarray, hours: np.ndarray) -> None:
    """More than 24 hours for one employee on one day, over all that employee's rows that day."""
    valid = (emp != "") & ~np.isnat(days) & (hours > 0) & (hours <= 24)
    if not valid.any():
        return
    frame = pd.DataFrame({"emp": emp, "day": days, "hours": np.where(valid, hours, 0.0)})
    totals = frame.groupby(["emp", "day"])["hours"].transform("sum").to_numpy()
    over = valid & (totals > 24 + 1e-9)
    if over.any():
        reasons = np.array([f"ger {fmt_n(t)} timmar för anställd {e} {str(d)[:10]} (högst 24 per dag)"
                            for t, e, d in zip(totals, emp, days, strict=True)], dtype=object)
        rows.flag("timmar", over, reasons)


def _report(rows: Rows, category: np.ndarray, absence: np.ndarray, hours: np.ndarray, first: object,
            last: object, new_employees: list[tuple[str, str]], skipped: int, ctx: Context) -> list[str]:
    frame = pd.DataFrame({"kategori": np.where(absence != None, category + "/" + absence.astype(str), category),  # noqa: E711
                          "timmar": hours})
    lines = [t("{rows}, {first} – {last}, {hours} timmar", rows=n_rows(len(rows)), first=first, last=last,
               hours=fmt_n(float(hours.sum())))]
    for cat, g in frame.groupby("kategori", sort=True):  # the categories as the file names them
        lines.append("  " + t("{category}: {rows}, {hours} timmar", category=cat, rows=n_rows(len(g)),
                              hours=fmt_n(float(g["timmar"].sum()))))
    if skipped:
        lines.append(t("{rows} före {day} hoppas över (--from)", rows=n_rows(skipped), day=ctx.start))
    if new_employees:
        shown = ", ".join(f"{e} {n}" for e, n in new_employees[:10])
        if len(new_employees) > 10:
            shown += " " + t("och {count} till", count=len(new_employees) - 10)
        lines.append(t("1 ny timavlönad anställd: {people}", people=shown) if len(new_employees) == 1 else
                     t("{count} nya timavlönade anställda: {people}", count=len(new_employees), people=shown))
    return lines


KIND = Kind("tid", COLUMNS, plan, help=N_("arbetade timmar och frånvaro per anställd och dag"))
