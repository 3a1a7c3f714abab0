"""`vonapp import KIND FILE`, `vonapp import undo BATCH` and `vonapp imports`."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from vonapp.cli.common import UserError, opened
from vonapp.io.imports import ImportFailed, import_file, kind_named, list_batches, undo
from vonapp.io.imports.kinds import KINDS
from vonapp.texts import t


def kind_help() -> str:
    return "; ".join(f"{k.name}: {t(k.help)}" for k in KINDS.values())


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import", parents=[common], help=t("importera en fil (eller ångra en import: import undo NR)"),
        description=t("Importera en CSV- eller xlsx-fil. FILTYP är {kinds} – {help}. "
                      "`vonapp import undo NR` tar bort det import NR skrev.", kinds=", ".join(KINDS),
                      help=kind_help()),
    )
    p.add_argument("kind", metavar=t("FILTYP"), help=f"{' | '.join(KINDS)} | undo")
    p.add_argument("file", metavar=t("FIL"), help=t("filen att importera (eller importens nummer efter undo)"))
    p.add_argument("--unit", metavar=t("ENHET"), help=t("enheten filen gäller (behövs inte för budget)"))
    p.add_argument("--from", dest="start", metavar=t("DATUM"),
                   help=t("schema: måndagen cykeln börjar; tid/belaggning: hoppa över rader före datumet"))
    p.add_argument("--dry-run", action="store_true", help=t("visa vad importen skulle göra, skriv inget"))
    p.add_argument("--replace", action="store_true",
                   help=t("ersätt enhetens befintliga data i filens datumintervall"))
    p.add_argument("--map", action="append", metavar=t("RUBRIK=kolumn,…"),
                   help=t('andra kolumnnamn och värden, t.ex. "Anst.nr=anställningsnummer,kategori:L110=vikarie"'))
    p.add_argument("--profile", metavar=t("NAMN"),
                   help=t("använd en sparad profil; med --map sparas kartan under namnet för enheten"))
    p.set_defaults(func=run_import)

    b = sub.add_parser("imports", parents=[common], help=t("lista importerna (nummer att ångra)"))
    b.add_argument("--json", action="store_true", help=t("skriv ut som JSON"))
    b.set_defaults(func=run_imports)


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(t("--from {text} är inget datum; skriv ÅÅÅÅ-MM-DD.", text=repr(text))) from None


def run_import(args: argparse.Namespace) -> int:
    if args.kind.strip().lower() == "undo":
        return run_undo(args)
    kind = kind_named(args.kind)  # an unknown kind is refused before the database is opened
    start = _date(args.start)
    try:
        path = Path(args.file).expanduser()
    except RuntimeError:  # ~nouser
        raise UserError(t("{file}: den användarens hemmapp finns inte; skriv hela sökvägen.", file=args.file)) from None
    # A budget file is how a new database gets its units, so it may create the database.
    with opened(args, create=not kind.needs_unit) as database:
        try:
            outcome = import_file(database, args.kind, path, unit=args.unit, start=start, dry_run=args.dry_run,
                                  replace=args.replace, map_entries=args.map, profile=args.profile)
        except ImportFailed as exc:
            print(exc.render(), file=sys.stderr)
            return 2
    print("\n".join(outcome.lines))
    return 0


def run_undo(args: argparse.Namespace) -> int:
    try:
        batch_id = int(args.file)
    except ValueError:
        raise UserError(t("import undo {text}: ange importens nummer (se `vonapp imports`).", text=repr(args.file))) from None
    if not 0 < batch_id < 2**63:  # SQLite's integers end there; no import has such a number
        raise UserError(t("Import {number} finns inte; se listan med `vonapp imports`.", number=args.file))
    with opened(args) as database:
        print(undo(database, batch_id))
    return 0


def run_imports(args: argparse.Namespace) -> int:
    with opened(args) as database:
        batches = list_batches(database)
    if args.json:
        print(json.dumps([b.to_json_dict() for b in batches], ensure_ascii=False, indent=2))
        return 0
    if not batches:
        print(t("Inga importer ännu."))
        return 0
    rows = [(t("Nr"), t("Importerad"), t("Filtyp"), t("Enhet"), t("Fil"), t("Rader"), t("Från"), t("Till"))]
    for b in batches:
        rows.append((str(b.id), b.created_at.strftime("%Y-%m-%d %H:%M"), b.kind, b.unit or "–", b.file_name,
                     str(b.row_count), str(b.date_from or ""), str(b.date_to or "")))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for n, r in enumerate(rows):
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    return 0
