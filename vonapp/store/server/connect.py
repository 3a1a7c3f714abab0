"""Connecting to a PostgreSQL server: no password in the address, one from ~/.pgpass or a prompt.

libpq reads `PGPASSFILE` (or `~/.pgpass`, `%APPDATA%\\postgresql\\pgpass.conf`) by itself; when the
server still asks for a password and a prompt is registered (the command line registers getpass),
the user is asked once and the answer is kept in memory only.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from vonapp.store.errors import StoreError

# Set by the command line (getpass) or the window (a password dialog): () -> password or None.
password_prompt: Callable[[str], str | None] | None = None

# Waiting for another manager's row lock longer than this is an error, not a hang (vonapp.store.server.errors).
LOCK_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 10
# Per-session settings any role may make: a bounded wait for another user's row lock, ISO dates for
# the bare-driver reads (vonapp.store.dialect.raw_rows), no JIT (its ≈0.1 s compile costs more than it
# saves on the figures' one-year sums) and room to hash a förvaltning year's daily sums in memory.
SESSION_OPTIONS = f"-c lock_timeout={LOCK_TIMEOUT_MS} -c DateStyle=ISO -c jit=off -c work_mem=32MB"


def is_server_url(url: str) -> bool:
    return url.split(":", 1)[0].split("+", 1)[0] in ("postgresql", "postgres")


def describe(url: str | URL) -> str:
    """The address as shown to people: without any password."""
    from urllib.parse import unquote

    parsed = make_url(url) if isinstance(url, str) else url
    return unquote(parsed.render_as_string(hide_password=True))  # host=/tmp/… rather than host=%2Ftmp%2F…


def server_engine(url: str) -> Engine:
    """An engine for the server at `url`; refuses a password in the address or settings."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"{url} är ingen giltig databasadress.") from None
    if parsed.password is not None:
        raise StoreError("Skriv aldrig lösenordet i databasadressen (det syns för andra och hamnar i "
                         "inställningar och loggar). Lägg det i ~/.pgpass eller PGPASSFILE, eller låt "
                         "vonapp fråga efter det.")
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername != "postgresql+psycopg":
        raise StoreError(f"Databasadressen {describe(parsed)} stöds inte; använd postgresql+psycopg://….")
    engine = _engine(parsed, None)
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig)
        if password_prompt is not None and "password" in reason:
            password = password_prompt(f"Lösenord för {parsed.username or 'dig'} på {describe(parsed)}: ")
            if password:
                engine = _engine(parsed, password)
                try:
                    with engine.connect():
                        return engine
                except OperationalError as again:
                    engine.dispose()
                    reason = str(again.orig)
        hint = (" Lägg lösenordet i ~/.pgpass (eller filen PGPASSFILE pekar på) eller kör kommandot i en "
                "terminal, så frågar vonapp efter det." if "password" in reason else "")
        raise StoreError(f"Kan inte ansluta till databasservern {describe(parsed)}: {_first_line(reason)}.{hint}"
                         ) from None
    return engine


def _engine(url: URL, password: str | None) -> Engine:
    args: dict[str, object] = {
        "application_name": "vonapp",
        "connect_timeout": CONNECT_TIMEOUT_S,
        "options": SESSION_OPTIONS,
    }
    if password is not None:
        args["password"] = password
    try:
        engine = create_engine(url, connect_args=args, pool_pre_ping=True)
    except (NoSuchModuleError, ImportError):
        raise StoreError("PostgreSQL-stödet är inte installerat; installera vonapp[server] "
                         "(pip install \"vonapp[server]\").") from None

    @event.listens_for(engine, "handle_error")
    def _swedish(context) -> Exception | None:  # noqa: ANN001 - ExceptionContext
        """A lost connection, a refused row or busy rows become Swedish StoreErrors wherever they occur
        (imports and undo run on engine.begin(), not Database.session())."""
        from vonapp.store.server.errors import translate

        if context.sqlalchemy_exception is None or context.connection is None or context.is_pre_ping:
            return None  # connecting (a password asked for, a server not there) is server_engine's to tell
        return translate(context.sqlalchemy_exception)

    return engine


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "okänt fel"
