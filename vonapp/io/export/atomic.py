"""Writing a file all or nothing: a temporary file beside the target, then os.replace."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from vonapp.io.export.errors import ExportError
from vonapp.texts import t


def check_target(out: Path) -> Path:
    """The target as an absolute path, refused when its folder is missing or it names a folder."""
    try:
        out = Path(out).expanduser()
    except RuntimeError:  # ~nouser
        raise ExportError(t("--out {file}: den användarens hemmapp finns inte; skriv hela sökvägen.", file=out)) from None
    folder = out.parent if str(out.parent) else Path(".")
    try:
        if not folder.is_dir():
            raise ExportError(t("Mappen {folder} finns inte; välj en befintlig mapp för {file}.", folder=folder,
                                file=out.name))
        if out.is_dir():
            raise ExportError(t("{path} är en mapp; ange ett filnamn, t.ex. {example}.", path=out,
                                example=out / "uppfoljning.xlsx"))
        if out.exists() and not out.is_file():  # a FIFO or a device is never replaced with a file
            raise ExportError(t("{path} är ingen vanlig fil (en enhet eller en rörledning); välj ett filnamn i en mapp.",
                                path=out))
    except OSError as exc:
        from vonapp.store.damage import os_problem

        raise ExportError(t("Kan inte skriva filen: {problem}.", problem=os_problem(out, exc))) from None
    if not os.access(folder, os.W_OK):
        raise ExportError(t("Mappen {folder} går inte att skriva i; välj en annan mapp.", folder=folder))
    return out.resolve()


@contextmanager
def atomic_target(out: Path) -> Iterator[Path]:
    """Yield a temporary path in out's folder; on success it replaces out, on any error it is removed."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    except OSError as exc:
        raise ExportError(t("Mappen {folder} går inte att skriva i ({reason}).", folder=out.parent,
                             reason=exc.strerror or exc)) from None
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        if not temp.exists() or temp.stat().st_size == 0:
            raise ExportError(t("{file} kunde inte skrivas (tom fil); inget sparades.", file=out.name))
        os.replace(temp, out)
    except OSError as exc:
        with suppress(OSError):
            temp.unlink()
        raise ExportError(t("{file} kunde inte skrivas ({reason}); inget sparades.", file=out,
                             reason=exc.strerror or exc)) from None
    except BaseException:
        with suppress(OSError):
            temp.unlink()
        raise
