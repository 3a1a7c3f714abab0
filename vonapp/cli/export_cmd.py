"""`vonapp export uppfoljning|csv|pdf --unit NAME|all --period P --out FILE [--pseudonymize]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from vonapp.cli.commands_read import no_data_line
from vonapp.cli.common import UserError, opened
from vonapp.domain.periods import PERIOD_HELP, parse_period
from vonapp.io.export import EXTENSIONS, KIND_NAMES, KINDS, ExportError, export, extension_note
from vonapp.store.window_queries import period_has_data
from vonapp.texts import N_, t

# Names that say the file is of a kind this export does not write (a spreadsheet, a document …).
OTHER_KINDS = {".xlsx": N_("Excel-fil"), ".xlsm": N_("Excel-fil"), ".xls": N_("Excel-fil"), ".ods": N_("kalkylblad"),
               ".csv": N_("CSV-fil"), ".pdf": N_("PDF-fil"), ".docx": N_("Word-fil"),
               ".sqlite": N_("databas"), ".db": N_("databas"), ".json": N_("JSON-fil")}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "export", parents=[common], help=t("skriv uppföljningsfil (xlsx), CSV eller PDF-rapport"),
        description=t("Skriv en uppföljningsfil till ekonomi: uppfoljning (xlsx), csv (lång tabell) eller pdf. "
                      "Filen skrivs helt eller inte alls."),
    )
    p.add_argument("kind", metavar=t("TYP"), help=" | ".join(KINDS))
    p.add_argument("--unit", required=True, metavar=t("ENHET"), help=t("enhetens namn eller all"))
    p.add_argument("--period", required=True, metavar=t("PERIOD"), help=t(PERIOD_HELP))
    p.add_argument("--out", required=True, metavar=t("FIL"), help=t("filen att skriva (.xlsx, .csv eller .pdf)"))
    p.add_argument("--force", action="store_true", help=t("skriv över en befintlig fil"))
    p.add_argument("--pseudonymize", action="store_true",
                   help=t("ersätt anställdas namn och nummer med pseudonymer"))
    p.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    kind = args.kind.strip().lower().replace("ö", "o")
    if kind not in KINDS:
        raise UserError(t("Okänd exporttyp {kind}; välj {kinds}.", kind=repr(args.kind), kinds=", ".join(KINDS)))
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
    print(t("Skrev {what} {file}", what=t(KIND_NAMES[kind]), file=written) + (f" ({note})" if note else ""))
    return 0


def check_out(kind: str, out: Path, *, force: bool) -> None:
    """Refuse a name of another kind of file, and an existing file unless --force."""
    suffix = out.suffix.lower()
    wanted = EXTENSIONS[kind]
    if suffix != wanted and suffix in OTHER_KINDS:
        raise UserError(t("--out {name}: namnet säger {named}, men {kind} skriver en {what}; välj ett namn som "
                          "slutar på {suffix}.", name=out.name, named=t(OTHER_KINDS[suffix]), kind=kind,
                          what=t(KIND_NAMES[kind]), suffix=wanted))
    if out.is_file() and not force:
        raise UserError(t("{file} finns redan; inget skrevs. Välj ett annat namn eller lägg till --force för att "
                          "skriva över.", file=out))
