"""`vonapp export uppfoljning|csv|pdf --unit NAME|all --period P --out FILE [--pseudonymize]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from vonapp.cli.commands_read import no_data_line
from vonapp.cli.common import UserError, opened
from vonapp.domain.periods import PERIOD_HELP, parse_period
from vonapp.io.export import EXTENSIONS, KIND_NAMES, KINDS, ExportError, export, extension_note
from vonapp.store.window_queries import period_has_data

# Names that say the file is of a kind this export does not write (a spreadsheet, a document …).
OTHER_KINDS = {".xlsx": "Excel-fil", ".xlsm": "Excel-fil", ".xls": "Excel-fil", ".ods": "kalkylblad",
               ".csv": "CSV-fil", ".pdf": "PDF-fil", ".docx": "Word-fil",
               ".sqlite": "databas", ".db": "databas", ".json": "JSON-fil"}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "export", parents=[common], help="skriv uppföljningsfil (xlsx), CSV eller PDF-rapport",
        description="Skriv en uppföljningsfil till ekonomi: uppfoljning (xlsx), csv (lång tabell) eller pdf. "
                    "Filen skrivs helt eller inte alls.",
    )
    p.add_argument("kind", metavar="TYP", help=" | ".join(KINDS))
    p.add_argument("--unit", required=True, metavar="ENHET", help="enhetens namn eller all")
    p.add_argument("--period", required=True, metavar="PERIOD", help=PERIOD_HELP)
    p.add_argument("--out", required=True, metavar="FIL", help="filen att skriva (.xlsx, .csv eller .pdf)")
    p.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    p.add_argument("--pseudonymize", action="store_true",
                   help="ersätt anställdas namn och nummer med pseudonymer")
    p.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    kind = args.kind.strip().lower().replace("ö", "o")
    if kind not in KINDS:
        raise UserError(f"Okänd exporttyp {args.kind!r}; välj {', '.join(KINDS)}.")
    period = parse_period(args.period)
    out = Path(args.out).expanduser()
    check_out(kind, out, force=args.force)
    try:
        with opened(args) as database:
            empty = not period_has_data(database, args.unit, period)
            written = export(database, kind, args.unit, period, out, pseudonymize=args.pseudonymize)
    except ExportError as exc:
        raise UserError(str(exc)) from None
    note = extension_note(kind, written)
    if empty:  # the file is written (it says so too), and the one line says why it holds no figures
        note = "; ".join(n for n in (note, no_data_line(args.unit, period).rstrip(".")) if n)
    print(f"Skrev {KIND_NAMES[kind]} {written}" + (f" ({note})" if note else ""))
    return 0


def check_out(kind: str, out: Path, *, force: bool) -> None:
    """Refuse a name of another kind of file, and an existing file unless --force."""
    suffix = out.suffix.lower()
    wanted = EXTENSIONS[kind]
    if suffix != wanted and suffix in OTHER_KINDS:
        raise UserError(f"--out {out.name}: namnet säger {OTHER_KINDS[suffix]}, men {kind} skriver en "
                        f"{KIND_NAMES[kind]}; välj ett namn som slutar på {wanted}.")
    if out.is_file() and not force:
        raise UserError(f"{out} finns redan; inget skrevs. Välj ett annat namn eller lägg till --force "
                        "för att skriva över.")
