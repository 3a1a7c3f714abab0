"""`vonapp resurspass place` and `vonapp occupancy set`: the window's Utfall and Beläggning edits.

Each runs one store edit (vonapp.store.edits_utfall) with source "kommandoraden"; a refusal prints
one line and exits 2 with nothing written.
"""

from __future__ import annotations

import argparse
from datetime import date

from vonapp.cli.common import UserError, opened
from vonapp.store.row_changes import COMMAND_LINE
from vonapp.texts import t


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    res = sub.add_parser("resurspass", parents=[common], help=t("registrera var ett resurspass användes"))
    res_sub = res.add_subparsers(dest="action", metavar=t("ÅTGÄRD"), parser_class=sub._parser_class)
    place = res_sub.add_parser("place", parents=[common], help=t("placera ett resurspass: egen enhet, "
                                                                 "en annan enhet eller ej placerad"))
    place.add_argument("--unit", required=True, metavar=t("ENHET"), help=t("enheten vars schema har passet"))
    place.add_argument("--date", metavar=t("DATUM"), help=t("passets datum, ÅÅÅÅ-MM-DD (standard: i dag)"))
    place.add_argument("--employee", required=True, metavar=t("NR"), help=t("anställningsnummer"))
    place.add_argument("--placement", required=True, metavar=t("PLACERING"),
                       help=t('"egen enhet", en annan enhets namn eller "ej placerad"'))
    place.set_defaults(func=run_place)
    res.set_defaults(func=_needs_action(res))

    occ = sub.add_parser("occupancy", parents=[common], help=t("registrera beläggning"))
    occ_sub = occ.add_subparsers(dest="action", metavar=t("ÅTGÄRD"), parser_class=sub._parser_class)
    put = occ_sub.add_parser("set", parents=[common], help=t("antal belagda platser en dag"))
    put.add_argument("--unit", required=True, metavar=t("ENHET"), help=t("enhetens namn"))
    put.add_argument("--date", metavar=t("DATUM"), help=t("ÅÅÅÅ-MM-DD (standard: i dag)"))
    put.add_argument("--occupied", required=True, metavar=t("ANTAL"), help=t("belagda platser den dagen"))
    put.set_defaults(func=run_occupancy)
    occ.set_defaults(func=_needs_action(occ))


def _needs_action(parser: argparse.ArgumentParser):  # noqa: ANN202 - a command function
    def run(_args: argparse.Namespace) -> int:
        raise UserError(t("ange vad `{command}` ska göra (se `{command} --help`)", command=parser.prog))
    return run


def parse_day(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(t("Datumet {text} finns inte; skriv ÅÅÅÅ-MM-DD, t.ex. 2024-03-04.", text=repr(text))) from None


def run_place(args: argparse.Namespace) -> int:
    from vonapp.store.edits_utfall import place_resurspass

    day = parse_day(args.date)
    with opened(args) as database:
        changes = place_resurspass(database, unit=args.unit, day=day, employee=args.employee,
                                   placement=args.placement, source=COMMAND_LINE)
    print(changes.message + ("" if changes else " " + t("(oförändrat)")))
    return 0


def run_occupancy(args: argparse.Namespace) -> int:
    from vonapp.store.edits_utfall import set_occupancy

    day = parse_day(args.date)
    text = args.occupied.strip()
    if not text.lstrip("-").isdigit():
        raise UserError(t("--occupied {value} är inget helt antal platser.", value=repr(args.occupied)))
    with opened(args) as database:
        changes = set_occupancy(database, unit=args.unit, day=day, occupied=int(text), source=COMMAND_LINE)
    print(changes.message + ("" if changes else " " + t("(oförändrat)")))
    return 0
