"""The lock row on a server: one open vonapp per database role, named by host, process and time.

It replaces the lock file (vonapp.store.lock) where there is no file. The row says who holds it;
a session-level advisory lock held on a connection of its own says whether that holder is alive
(the server drops it with the connection, so a crashed laptop's row is simply taken over).
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, Engine, text

from vonapp.store.errors import DatabaseLocked

_KEY = "hashtext('vonapp:' || current_user)"


@dataclass
class ServerLock:
    """The holder's row in `server_lock`, kept alive by an advisory lock on its own connection."""

    engine: Engine
    _conn: Connection | None = field(default=None, repr=False)

    def acquire(self) -> None:
        conn = self.engine.connect()
        try:
            got = conn.execute(text(f"SELECT pg_try_advisory_lock({_KEY})")).scalar()
            conn.commit()
            if not got:
                holder = conn.execute(text("SELECT host, pid, since FROM server_lock WHERE who = current_user")
                                      ).first()
                conn.commit()
                conn.close()
                if holder is not None and holder.host == socket.gethostname() and holder.pid == os.getpid():
                    return  # this very process already holds it (a second open of the same database)
                who = f"datorn {holder.host} (process {holder.pid}, sedan {holder.since:%Y-%m-%d %H:%M})" \
                    if holder is not None else "en annan dator"
                raise DatabaseLocked(f"Du har redan vonapp öppet mot den här databasen på {who}. "
                                     "Stäng det programmet först.")
            conn.execute(text(
                "INSERT INTO server_lock (who, host, pid, since) VALUES (current_user, :h, :p, :s) "
                "ON CONFLICT (who) DO UPDATE SET host = EXCLUDED.host, pid = EXCLUDED.pid, since = EXCLUDED.since"),
                {"h": socket.gethostname(), "p": os.getpid(), "s": datetime.now().replace(microsecond=0)})
            conn.commit()
        except BaseException:
            if not conn.closed:
                conn.close()
            raise
        self._conn = conn

    def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.execute(text("DELETE FROM server_lock WHERE who = current_user AND pid = :p"), {"p": os.getpid()})
            conn.execute(text(f"SELECT pg_advisory_unlock({_KEY})"))
            conn.commit()
        except Exception:  # noqa: BLE001 - a server gone away drops the advisory lock by itself
            pass
        finally:
            conn.invalidate()  # really closed, not back to a pool that Database.close() has disposed
            conn.close()


def server_lock(engine: Engine) -> ServerLock:
    lock = ServerLock(engine)
    lock.acquire()
    return lock
