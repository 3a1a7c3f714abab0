"""One import from file to database: read, check, refuse or report, back up, write in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import insert

from vonapp.io.imports import batches
from vonapp.io.imports.columns import MissingColumns, fit
from vonapp.io.imports.kinds import KINDS
from vonapp.io.imports.kinds.base import Context, Kind, fmt_n
from vonapp.io.imports.maps import Maps, load_profile, parse_maps, profile_names, save_profile
from vonapp.io.imports.problems import ImportRefused
from vonapp.io.imports.reading import open_source
from vonapp.io.imports.writer import Writer
from vonapp.store.backup import backup
from vonapp.store.database import Database
from vonapp.store.models import ImportBatch
from vonapp.store.queries import UnitInfo, list_units, resolve_units
from vonapp.texts import t


@dataclass
class Outcome:
    """What happened: 'imported', 'already' (same file before) or 'dry-run'; lines to show the user."""

    status: str
    lines: list[str] = field(default_factory=list)
    batch_id: int | None = None
    backup: Path | None = None


def kind_named(name: str) -> Kind:
    kind = KINDS.get(name.strip().lower())
    if kind is None:
        kinds = list(KINDS)  # "a, b eller c" (swedish_list words the rows' reasons, which stay Swedish)
        raise ImportRefused(t("Okänd filtyp {kind}; välj {kinds}.", kind=repr(name),
                              kinds=t("{first} eller {last}", first=", ".join(kinds[:-1]), last=kinds[-1])))
    return kind


def import_file(
    database: Database,
    kind_name: str,
    path: Path,
    *,
    unit: str | None = None,
    start: date | None = None,
    dry_run: bool = False,
    replace: bool = False,
    map_entries: list[str] | None = None,
    profile: str | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Outcome:
    """Import one file; raises ImportRefused/ImportFailed (nothing written) on bad input.

    `cancel` (optional, from the window's Avbryt) is asked before writing and while writing;
    when it answers True the transaction is rolled back and ImportCancelled raised.
    """
    kind = kind_named(kind_name)
    source = open_source(path)
    maps = parse_maps(map_entries, kind.name, kind.columns)
    with database.session() as s:
        target = _unit(s, kind, unit)
        unit_name = target.name if target else None
        if profile:
            saved = load_profile(s, unit_name, profile, kind.name)
            if saved is None and not maps:
                names = ", ".join(profile_names(s, unit_name)) or "inga"
                raise ImportRefused(f"Profilen {profile!r} finns inte för {unit_name or 'budgetfiler'} "
                                    f"(sparade: {names}). Skapa den med --map … --profile {profile}.")
            maps = (saved or Maps()).merged(maps)
        earlier = batches.find_same_file(s, kind.name, target.id if target else None, source.sha256)
        if earlier is not None:
            when = earlier.created_at.strftime("%Y-%m-%d %H:%M")
            return Outcome("already", [t("{file} är redan importerad (import {number}, {when}); inget ändrades.",
                                         file=source.name, number=earlier.id, when=when)], earlier.id)
        ctx = Context(s, source, target, start, replace, maps)
        try:
            plan = kind.plan(ctx)
        except MissingColumns as exc:
            raise ImportRefused(str(exc) + _guess(kind, exc.header)) from None
    where = " " + t("till {unit}", unit=target.name) if target else ""
    lines = [f"{source.name} ({kind.name}){where}:", *plan.report]
    refused = ""
    if plan.overlap:
        lines.append(t("Ersätter data som redan finns:") if replace else t("Överlappar data som redan finns:"))
        lines += [f"  {o}" for o in plan.overlap]
        if not replace:
            fields = {"file": source.name, "unit": unit_name, "overlap": "; ".join(plan.overlap),
                      "what": plan.replace_note or t("dem")}
            refused = t("{file} överlappar data som redan finns för {unit}: {overlap}. Lägg till --replace för att "
                        "ersätta {what}, eller ångra den tidigare importen med `vonapp import undo`.", **fields) \
                if unit_name else t("{file} överlappar data som redan finns: {overlap}. Lägg till --replace för att "
                                    "ersätta {what}, eller ångra den tidigare importen med `vonapp import undo`.",
                                    **fields)
    if dry_run:
        if refused:
            raise OverlapRefused("\n".join([*lines, t("Provkörning: importen skulle vägras."), refused]), lines,
                                 plan.overlap, plan.replace_note)
        return Outcome("dry-run", [*lines, t("Provkörning: inget skrevs.")])
    if refused:
        raise OverlapRefused(refused, lines, plan.overlap, plan.replace_note)
    _check_cancel(cancel)
    saved_backup = backup(database, reason="fore-import") if database.path is not None else None
    _check_cancel(cancel)
    with database.engine.begin() as conn, _cancellable(conn, cancel):
        batch_id = conn.execute(insert(ImportBatch).values(
            created_at=datetime.now(), kind=kind.name, unit_id=target.id if target else None,
            file_name=source.name, file_hash=source.sha256, row_count=plan.row_count,
            date_from=plan.date_from, date_to=plan.date_to)).inserted_primary_key[0]
        writer = Writer(conn, batch_id, target.id if target else None)
        plan.write(writer)
        writer.finish()
        if profile and map_entries:
            save_profile(conn, unit_name, profile, kind.name, maps)
        _check_cancel(cancel)
    rows = t("1 rad") if plan.row_count == 1 else t("{count} rader", count=fmt_n(plan.row_count))
    done = [t("Importerade {rows} från {file}{where} (import {number}).", rows=rows, file=source.name, where=where,
              number=batch_id), *plan.report]
    if profile and map_entries:
        done.append(t("Profilen {profile} sparades; nästa gång räcker --profile {name}.", profile=repr(profile),
                      name=profile))
    if saved_backup is not None:
        done.append(t("Säkerhetskopia före importen: {file}", file=saved_backup))
    return Outcome("imported", done, batch_id, saved_backup)


class OverlapRefused(ImportRefused):
    """The file would change data already there and replace was not asked for; nothing was written.

    lines: the dry run's report; overlap: what is already there; replace_note: what replace replaces.
    """

    def __init__(self, message: str, lines: list[str], overlap: list[str], replace_note: str) -> None:
        super().__init__(message)
        self.lines, self.overlap, self.replace_note = lines, overlap, replace_note


class ImportCancelled(ImportRefused):
    """The user cancelled the import; the transaction was rolled back, nothing changed."""

    def __init__(self) -> None:
        super().__init__(t("Importen avbröts; inget ändrades i databasen."))


def _check_cancel(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled()


@contextmanager
def _cancellable(conn, cancel: Callable[[], bool] | None):  # noqa: ANN001, ANN202 - Connection; a context
    """Let `cancel` stop a long write: SQLite's progress handler aborts the running statement."""
    raw = conn.connection.driver_connection if conn.dialect.name == "sqlite" and cancel else None
    if raw is not None:
        raw.set_progress_handler(lambda: 1 if cancel() else 0, 20_000)
    try:
        yield
    except Exception:
        if cancel is not None and cancel():
            raise ImportCancelled() from None
        raise
    finally:
        if raw is not None:
            raw.set_progress_handler(None, 0)


def _unit(session, kind: Kind, name: str | None) -> UnitInfo | None:  # noqa: ANN001 - Session
    if not kind.needs_unit:
        return None
    if name is None:
        units = list_units(session)
        if len(units) == 1:
            return units[0]
        known = ", ".join(u.name for u in units[:12]) or t("inga enheter ännu; importera en budgetfil först")
        raise ImportRefused(t("Ange enheten med --unit NAMN (kända enheter: {known}).", known=known))
    if name.strip().lower() in ("all", "alla"):
        raise ImportRefused(t("En importfil gäller en enhet; ange enhetens namn med --unit, inte all."))
    return resolve_units(session, name)[0]


def _guess(kind: Kind, header: list[str]) -> str:
    scores = sorted(((fit(header, k.columns), k.name) for k in KINDS.values() if k.name != kind.name), reverse=True)
    if scores and scores[0][0] >= 0.75:
        return f" Filen ser ut att vara av typen {scores[0][1]}: `vonapp import {scores[0][1]} …`."
    return ""


def list_batches(database: Database) -> list[batches.BatchInfo]:
    with database.session() as s:
        return batches.list_batches(s)


def undo(database: Database, batch_id: int) -> str:
    return batches.undo_batch(database, batch_id)


__all__ = ["ImportCancelled", "Outcome", "OverlapRefused", "import_file", "list_batches", "undo", "kind_named"]
