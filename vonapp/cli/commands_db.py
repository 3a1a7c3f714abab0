"""`vonapp backup`, `restore FILE` and `check`: keeping the database safe."""

from __future__ import annotations

import argparse
from pathlib import Path

from vonapp.cli.common import UserError, opened
from vonapp.store.backup import integrity_problems, newest_good_backup
from vonapp.store.damage import kind_problem
from vonapp.store.database import resolve_target
from vonapp.store.restore import backup_any, restore_file
from vonapp.texts import t


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    b = sub.add_parser("backup", parents=[common], help=t("säkerhetskopiera databasen"))
    b.set_defaults(func=run_backup)
    r = sub.add_parser("restore", parents=[common], help=t("återställ databasen från en säkerhetskopia"))
    r.add_argument("file", metavar=t("FIL"), help=t("säkerhetskopian att återställa"))
    r.set_defaults(func=run_restore)
    c = sub.add_parser("check", parents=[common], help=t("kontrollera att databasen är hel"))
    c.set_defaults(func=run_check)


def run_backup(args: argparse.Namespace) -> int:
    with opened(args) as database:
        target = backup_any(database, reason="manuell")
    print(t("Säkerhetskopia sparad: {file}", file=target))
    return 0


def _file_target(args: argparse.Namespace, what: str) -> Path:
    _url, path = resolve_target(getattr(args, "db", None))
    if path is None:
        raise UserError(t("{command} fungerar bara för databaser i en fil.", command=what))
    problem = kind_problem(path)
    if problem is not None:
        raise UserError(t("{problem}; välj en databasfil med --db.", problem=problem))
    return path


def run_restore(args: argparse.Namespace) -> int:
    """Replace the database file with a backup without opening it: works on a damaged file too."""
    try:
        source = Path(args.file).expanduser().resolve()
    except RuntimeError:
        raise UserError(t("{file}: hemmappen finns inte; skriv hela sökvägen.", file=args.file)) from None
    path = _file_target(args, "restore")
    if source == path:
        raise UserError(t("Välj en säkerhetskopia, inte databasen själv."))
    done = restore_file(path, source)
    print(done.sentence(source))
    return 0


def run_check(args: argparse.Namespace) -> int:
    url, path = resolve_target(getattr(args, "db", None))
    if path is None and url.startswith("postgres"):
        from vonapp.cli.server_cmd import run_server_check

        return run_server_check(args)
    path = _file_target(args, "check")
    if not path.exists():
        raise UserError(t("Databasen {path} finns inte. Skapa den med `vonapp demo` eller öppna programmet.",
                           path=path))
    problems = integrity_problems(path)
    if problems:
        print(t("Databasen {path} är skadad:", path=path))
        for p in problems[:50]:
            print(f"  {p}")
        if len(problems) > 50:
            print("  " + t("… och {count} fel till", count=len(problems) - 50))
        good = newest_good_backup(path)
        if good is None:
            print(t("Det finns ingen hel säkerhetskopia. Återställ en kopia du har med "
                    "`vonapp restore FIL --db {path}`.", path=path))
        else:
            print(t("Återställ den senaste hela säkerhetskopian med `vonapp restore {backup} --db {path}`.",
                    backup=good, path=path))
        return 1
    print(t("Databasen {path} är hel.", path=path))
    return 0
