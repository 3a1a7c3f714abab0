"""`vonapp admin …`, `vonapp copy` and `vonapp push`: the shared department database on PostgreSQL."""

from __future__ import annotations

import argparse
import getpass
import sys

from vonapp.cli.common import UserError
from vonapp.texts import t


def _prompt(question: str) -> str | None:
    """Ask for a password on the terminal (never echoed, never stored); None without a terminal."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(question)


def install_password_prompt() -> None:
    from vonapp.store.server import connect

    if connect.password_prompt is None:
        connect.password_prompt = _prompt


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    install_password_prompt()
    a = sub.add_parser("admin", parents=[common], help=t("administrera en delad databas på en PostgreSQL-server"))
    asub = a.add_subparsers(dest="admin_command", metavar=t("ÅTGÄRD"), required=True)
    m = asub.add_parser("migrate", parents=[common], help=t("skapa eller uppdatera schemat, roller och radskydd"))
    m.set_defaults(func=run_migrate)
    g = asub.add_parser("grant", parents=[common], help=t("ge en inloggning behörighet till enheter"))
    g.add_argument("user", metavar=t("ANVÄNDARE"), help=t("inloggningens namn på servern"))
    which = g.add_mutually_exclusive_group(required=True)
    which.add_argument("--unit", metavar=t("ENHET"), help=t("enhetschef för enheten"))
    which.add_argument("--avdelning", metavar=t("AVDELNING"), help=t("avdelningschef för avdelningens enheter"))
    which.add_argument("--controller", action="store_true", help=t("läsa alla enheter"))
    g.set_defaults(func=run_grant)
    r = asub.add_parser("revoke", parents=[common], help=t("ta bort en inloggnings alla behörigheter"))
    r.add_argument("user", metavar=t("ANVÄNDARE"))
    r.set_defaults(func=run_revoke)
    v = asub.add_parser("avdelning", parents=[common], help=t("lägg enheter i en avdelning"))
    v.add_argument("name", metavar=t("AVDELNING"))
    v.add_argument("--unit", metavar=t("ENHET"), action="append", default=[], required=True)
    v.set_defaults(func=run_avdelning)
    lst = asub.add_parser("grants", parents=[common], help=t("lista behörigheterna"))
    lst.set_defaults(func=run_grants)

    c = sub.add_parser("copy", help=t("hämta dina enheter från servern till en fil för arbete utan nät"))
    c.add_argument("--from", dest="source", required=True, metavar=t("ADRESS"), help="postgresql+psycopg://…")
    c.add_argument("--to", dest="target", required=True, metavar=t("FIL"), help=t("ny SQLite-fil"))
    c.add_argument("--unit", metavar=t("ENHET"), action="append",
                   help=t("bara de här enheterna (standard: alla du ser)"))
    c.set_defaults(func=run_copy)

    p = sub.add_parser("push", help=t("skicka ändringarna i en kopia (vonapp copy) tillbaka till servern"))
    p.add_argument("file", metavar=t("FIL"), help=t("kopian (.sqlite)"))
    p.add_argument("--to", dest="server", metavar=t("ADRESS"),
                   help=t("serverns adress (standard: den kopian hämtades från)"))
    p.set_defaults(func=run_push)


def _server(args: argparse.Namespace):  # noqa: ANN202 - Database
    from vonapp.store.database import open_database

    url = getattr(args, "db", None)
    if url is None or "://" not in str(url) or not str(url).startswith("postgres"):
        raise UserError(t("admin gäller en delad databas: ange --db postgresql+psycopg://…"))
    return open_database(url, migrate=False, lock=False)


def run_migrate(args: argparse.Namespace) -> int:
    from vonapp.store.server.admin import migrate

    database = _server(args)
    try:
        guarded = migrate(database)
    finally:
        database.close()
    print(t("Schemat är uppdaterat; radskydd på {count} tabeller med enheter.", count=len(guarded)))
    return 0


def run_grant(args: argparse.Namespace) -> int:
    from vonapp.store.server.admin import grant

    database = _server(args)
    try:
        print(grant(database, args.user, unit=args.unit, avdelning=args.avdelning, controller=args.controller))
    finally:
        database.close()
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from vonapp.store.server.admin import revoke

    database = _server(args)
    try:
        print(revoke(database, args.user))
    finally:
        database.close()
    return 0


def run_avdelning(args: argparse.Namespace) -> int:
    from vonapp.store.server.admin import set_avdelning

    database = _server(args)
    try:
        print(set_avdelning(database, args.name, args.unit))
    finally:
        database.close()
    return 0


def run_grants(args: argparse.Namespace) -> int:
    from vonapp.store.server.admin import list_grants

    database = _server(args)
    try:
        for role, kind, what in list_grants(database):
            print(f"{role}\t{kind}\t{what}")
    finally:
        database.close()
    return 0


def run_copy(args: argparse.Namespace) -> int:
    from pathlib import Path

    from vonapp.store.database import open_database
    from vonapp.store.server.copy import copy_down

    target = Path(args.target).expanduser().resolve()
    if target.exists():
        raise UserError(t("{file} finns redan; välj ett nytt filnamn.", file=target))
    database = open_database(args.source, create=False)
    try:
        report = copy_down(database, target, units=args.unit)
    finally:
        database.close()
    print(report)
    return 0


def run_server_check(args: argparse.Namespace) -> int:
    """`vonapp check` on a server: schema at the program's revision, row-level security on every unit table,
    no rows pointing at missing ones (the server keeps its own pages whole; that is its administrator's)."""
    from vonapp.store.database import open_database
    from vonapp.store.server.check import server_problems

    database = open_database(args.db, lock=False)
    try:
        problems = server_problems(database)
    finally:
        database.close()
    where = database.engine.url.render_as_string(hide_password=True)
    if problems:
        print(t("Databasen {database} har problem:", database=where))
        for p in problems[:50]:
            print(f"  {p}")
        return 1
    print(t("Databasen {path} är hel.", path=where))
    return 0


def run_push(args: argparse.Namespace) -> int:
    """Apply the copy's changes on the server; exit 1 when some are listed instead (changed there meanwhile)."""
    from pathlib import Path

    from vonapp.store.database import open_database
    from vonapp.store.server.push import copy_origin, push

    path = Path(args.file).expanduser().resolve()
    local = open_database(path, create=False)
    try:
        origin = copy_origin(local)  # refuses a file that is no copy before any connection
        url = args.server or origin["url"]
        if "***" in url:
            raise UserError(t("Ange serverns adress med --to (kopian minns den utan lösenord)."))
        server = open_database(url, create=False)
        try:
            report = push(local, server)
        finally:
            server.close()
    finally:
        local.close()
    print("\n".join(report.lines()))
    return 1 if report.conflicts else 0
