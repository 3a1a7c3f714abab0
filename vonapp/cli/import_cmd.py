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

KIND_HELP = "; ".join(f"{k.name}: {k.help}" for k in KINDS.values())


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import", parents=[common], help="importera en fil (eller ångra en import: import undo NR)",
        description=f"Importera en CSV- eller xlsx-fil. FILTYP är {', '.join(KINDS)} – {KIND_HELP}. "
                    "`vonapp import undo NR` tar bort det import NR skrev.",
    )
    p.add_argument("kind", metavar="FILTYP", help=f"{' | '.join(KINDS)} | undo")
    p.add_argument("file", metavar="FIL", help="filen att importera (eller importens nummer efter undo)")
    p.add_argument("--unit", metavar="ENHET", help="enheten filen gäller (behövs inte för budget)")
    p.add_argument("--from", dest="start", metavar="DATUM",
                   help="schema: måndagen cykeln börjar; tid/belaggning: hoppa över rader före datumet")
    p.add_argument("--dry-run", action="store_true", help="visa vad importen skulle göra, skriv inget")
    p.add_argument("--replace", action="store_true",
                   help="ersätt enhetens befintliga data i filens datumintervall")
    p.add_argument("--map", action="append", metavar="RUBRIK=kolumn,…",
                   help='andra kolumnnamn och värden, t.ex. "Anst.nr=anställningsnummer,kategori:L110=vikarie"')
    p.add_argument("--profile", metavar="NAMN",
                   help="använd en sparad profil; med --map sparas kartan under namnet för enheten")
    p.set_defaults(func=run_import)

    b = sub.add_parser("imports", parents=[common], help="lista importerna (nummer att ångra)")
    b.add_argument("--json", action="store_true", help="skriv ut som JSON")
    b.set_defaults(func=run_imports)


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"--from {text!r} är inget datum; skriv ÅÅÅÅ-MM-DD.") from None


def run_import(args: argparse.Namespace) -> int:
    if args.kind.strip().lower() == "undo":
        return run_undo(args)
    kind = kind_named(args.kind)  # an unknown kind is refused before the database is opened
    start = _date(args.start)
    try:
        path = Path(args.file).expanduser()
    except RuntimeError:  # ~nouser
        raise UserError(f"{args.file}: den användarens hemmapp finns inte; skriv hela sökvägen.") from None
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
        raise UserError(f"import undo {args.file!r}: ange importens nummer (se `vonapp imports`).") from None
    if not 0 < batch_id < 2**63:  # SQLite's integers end there; no import has such a number
        raise UserError(f"Import {args.file} finns inte; se listan med `vonapp imports`.")
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
        print("Inga importer ännu.")
        return 0
    rows = [("Nr", "Importerad", "Filtyp", "Enhet", "Fil", "Rader", "Från", "Till")]
    for b in batches:
        rows.append((str(b.id), b.created_at.strftime("%Y-%m-%d %H:%M"), b.kind, b.unit or "–", b.file_name,
                     str(b.row_count), str(b.date_from or ""), str(b.date_to or "")))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for n, r in enumerate(rows):
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    return 0
