"""`vonapp backup`, `restore FILE` and `check`: keeping the database safe."""

from __future__ import annotations

import argparse
from pathlib import Path

from vonapp.cli.common import UserError, opened
from vonapp.store.backup import backup, integrity_problems, restore
from vonapp.store.database import check_file, resolve_target


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    b = sub.add_parser("backup", parents=[common], help="säkerhetskopiera databasen")
    b.set_defaults(func=run_backup)
    r = sub.add_parser("restore", parents=[common], help="återställ databasen från en säkerhetskopia")
    r.add_argument("file", metavar="FIL", help="säkerhetskopian att återställa")
    r.set_defaults(func=run_restore)
    c = sub.add_parser("check", parents=[common], help="kontrollera att databasen är hel")
    c.set_defaults(func=run_check)


def run_backup(args: argparse.Namespace) -> int:
    with opened(args) as database:
        target = backup(database, reason="manuell")
    print(f"Säkerhetskopia sparad: {target}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    source = Path(args.file).expanduser().resolve()
    with opened(args) as database:
        if database.path is not None and source == database.path:
            raise UserError("Välj en säkerhetskopia, inte databasen själv.")
        safety = restore(database, source)
    print(f"Databasen återställd från {source}. Innehållet före återställningen sparades i {safety}.")
    return 0


def run_check(args: argparse.Namespace) -> int:
    url, path = resolve_target(getattr(args, "db", None))
    if path is None and url.startswith("postgres"):
        from vonapp.cli.server_cmd import run_server_check

        return run_server_check(args)
    if path is None:
        raise UserError("check fungerar bara för databaser i en fil.")
    check_file(path, must_exist=True)
    problems = integrity_problems(path)
    if problems:
        print(f"Databasen {path} är skadad:")
        for p in problems[:50]:
            print(f"  {p}")
        print("Återställ den senaste säkerhetskopian med `vonapp restore FIL`.")
        return 1
    print(f"Databasen {path} är hel.")
    return 0
