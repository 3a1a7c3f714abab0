"""`vonapp export uppfoljning|csv|pdf --unit NAME|all --period P --out FILE [--pseudonymize]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from vonapp.cli.common import UserError, opened
from vonapp.domain.periods import PERIOD_HELP, parse_period
from vonapp.io.export import KIND_NAMES, KINDS, ExportError, export, extension_note


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
    p.add_argument("--pseudonymize", action="store_true",
                   help="ersätt anställdas namn och nummer med pseudonymer")
    p.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    kind = args.kind.strip().lower().replace("ö", "o")
    if kind not in KINDS:
        raise UserError(f"Okänd exporttyp {args.kind!r}; välj {', '.join(KINDS)}.")
    period = parse_period(args.period)
    out = Path(args.out)
    try:
        with opened(args) as database:
            written = export(database, kind, args.unit, period, out, pseudonymize=args.pseudonymize)
    except ExportError as exc:
        raise UserError(str(exc)) from None
    note = extension_note(kind, written)
    print(f"Skrev {KIND_NAMES[kind]} {written}" + (f" ({note})" if note else ""))
    return 0
