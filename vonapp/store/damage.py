"""Telling a damaged database file from a sound one without opening it through SQLAlchemy.

A zero-byte file, a file that is not SQLite, a header that does not add up or a file shorter than
its header says are damaged databases, never new ones (DESIGN.md, Data safety). The cheap tests
(`file_problem`) read only the first 100 bytes and the size, so every open can afford them;
`quick_check` and `integrity_problems` read the whole file.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

from vonapp.store.handle import SQLITE_MAGIC

HEADER_SIZE = 100


def ro_uri(path: Path) -> str:
    """An SQLite URI opening `path` read-only (any character in the path quoted)."""
    from urllib.parse import quote

    return f"file:{quote(str(path))}?mode=ro"


def kind_problem(path: Path) -> str | None:
    """Why `path` can be no database file at all (a folder, FIFO, device, socket); None for a file.

    Uses stat only, so a FIFO is never opened (opening one for reading waits for a writer forever).
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return os_problem(path, exc)
    mode = st.st_mode
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return f"{path} är en mapp, inte en databasfil"
    if stat.S_ISFIFO(mode):
        return f"{path} är en namngiven rörledning (FIFO), inte en databasfil"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return f"{path} är en enhetsfil, inte en databasfil"
    return f"{path} är ingen vanlig fil"


def short(path: object, limit: int = 100) -> str:
    """A path for a message: whole when short, else its start and end around an ellipsis."""
    text = str(path)
    return text if len(text) <= limit else f"{text[:60]}…{text[-30:]}"


def failure_sentence(exc: BaseException) -> str | None:
    """One Swedish sentence for a failure of the machine rather than of the input; None if unknown.

    An OSError wrapped by a library (XlsxWriter's FileCreateError, say) is found through the chain.
    """
    seen = exc
    while not isinstance(seen, OSError) and (seen.__cause__ or seen.__context__) is not None:
        seen = seen.__cause__ or seen.__context__  # type: ignore[assignment]
    if isinstance(seen, OSError) and seen.errno is not None:
        exc = seen
    if isinstance(exc, OSError):
        where = exc.filename if exc.filename is not None else "filen"
        return os_problem(Path(str(where)), exc) + "; inget ändrades"
    orig = getattr(exc, "orig", exc)
    text = str(orig)
    if isinstance(orig, sqlite3.Error) or type(orig).__module__.startswith("sqlalchemy"):
        if "full" in text:
            return "disken är full; frigör utrymme och försök igen – inget ändrades"
        if "readonly" in text or "read-only" in text:
            return ("databasen är skrivskyddad (eller ligger i en skrivskyddad mapp); kopiera den till en mapp där du "
                    "får skriva – inget ändrades")
        if "locked" in text or "busy" in text:
            return "databasen är upptagen av ett annat program; försök igen om en stund"
        if "malformed" in text or "not a database" in text:
            return "databasen är skadad; kör `vonapp check` och återställ en säkerhetskopia med `vonapp restore`"
    if isinstance(exc, OverflowError):
        return "ett tal är för stort; kontrollera siffrorna – inget ändrades"
    return None


def os_problem(path: Path, exc: OSError) -> str:
    """A Swedish sentence for what the operating system said about `path`."""
    code = exc.errno
    if code == errno.ENAMETOOLONG:
        return f"sökvägen {short(path)} är för lång ({len(str(path))} tecken); välj en kortare sökväg"
    if code in (errno.EACCES, errno.EPERM):
        return f"du saknar behörighet till {short(path)}"
    if code == errno.EROFS:
        return f"{short(path)} ligger på en skrivskyddad disk"
    if code == errno.ENOSPC:
        return f"disken där {short(path)} ligger är full; frigör utrymme och försök igen"
    if code == errno.EFBIG:
        return f"{short(path)} blev större än systemet tillåter (filstorleksgräns)"
    if code == errno.ENOTDIR:
        return f"en del av sökvägen {short(path)} är inte en mapp"
    if code == errno.ELOOP:
        return f"sökvägen {short(path)} har för många symboliska länkar"
    return f"{short(path)}: {exc.strerror or exc}"


def file_problem(path: Path) -> str | None:
    """Why an existing database file is damaged, from its size and 100-byte header; None if it looks sound."""
    kind = kind_problem(path)
    if kind is not None:
        return kind
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(HEADER_SIZE)
    except OSError as exc:
        return os_problem(path, exc)
    if size == 0:
        return f"{path} är tom (0 byte)"
    if not head.startswith(SQLITE_MAGIC):
        return f"{path} är ingen SQLite-databas (filens början känns inte igen)"
    if len(head) < HEADER_SIZE:
        return f"{path} är avkortad ({size} byte)"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"{path} har ett skadat filhuvud (sidstorlek {page_size})"
    change_counter = int.from_bytes(head[24:28], "big")
    pages = int.from_bytes(head[28:32], "big")
    valid_for = int.from_bytes(head[92:96], "big")
    if valid_for == change_counter and pages and size < pages * page_size and not _wal_has_content(path):
        return (f"{path} är avkortad: filhuvudet säger {pages} sidor à {page_size} byte men filen är "
                f"{size} byte")
    return None


def _wal_has_content(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def quick_check(path: Path) -> bool:
    """The fast whole-file test (`PRAGMA quick_check`) the window runs at start and close; False if damaged."""
    return quick_problem(path) is None


def quick_problem(path: Path) -> str | None:
    """Why `path` fails the cheap tests or `PRAGMA quick_check`; None when it passes."""
    problem = file_problem(path)
    if problem is not None:
        return problem
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True)
    except sqlite3.Error as exc:
        return f"{path} går inte att öppna ({exc})"
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return f"{path} går inte att läsa ({exc})"
    finally:
        conn.close()
    bad = [r[0] for r in rows if r[0] != "ok"]
    return f"{path} är skadad ({bad[0]})" if bad else None


def integrity_problems(path: Path) -> list[str]:
    """PRAGMA integrity_check and foreign_key_check on a file; empty when it is sound."""
    problem = file_problem(path)
    if problem is not None:
        return [problem]
    problems: list[str] = []
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True)
    except sqlite3.Error as exc:
        return [f"databasen går inte att öppna: {exc}"]
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        problems += [r[0] for r in rows if r[0] != "ok"]
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"tabell {table} rad {rowid} pekar på en rad i {parent} som inte finns")
    except sqlite3.DatabaseError as exc:
        problems.append(f"databasen går inte att läsa: {exc}")
    finally:
        conn.close()
    return problems
