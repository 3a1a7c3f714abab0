"""Follow-up files for finance: the xlsx uppföljningsfil, a long CSV table, a PDF report.

Every export is written to a temporary file beside the target and moved into place at the end:
after an error or a cancel nothing is left at the target (an existing file there is untouched).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vonapp.domain.periods import Period
from vonapp.io.export.atomic import atomic_target, check_target
from vonapp.io.export.errors import ExportCancelled, ExportError
from vonapp.store.database import Database
from vonapp.store.errors import StoreError
from vonapp.texts import N_, t

KINDS = ("uppfoljning", "csv", "pdf")
EXTENSIONS = {"uppfoljning": ".xlsx", "csv": ".csv", "pdf": ".pdf"}
# Marked for the catalogue: the command line shows them as t(KIND_NAMES[kind]).
KIND_NAMES = {"uppfoljning": N_("uppföljningsfil (xlsx)"), "csv": N_("CSV-fil"), "pdf": N_("PDF-rapport")}

Progress = Callable[[int, str], bool]

__all__ = ["EXTENSIONS", "KINDS", "KIND_NAMES", "ExportCancelled", "ExportError", "export", "extension_note"]


def extension_note(kind: str, out: Path) -> str:
    """A warning when the file name does not end as its kind usually does (the file is still written)."""
    wanted = EXTENSIONS.get(kind, "")
    if wanted and Path(out).suffix.lower() != wanted:
        return t("obs: filnamnet slutar inte på {suffix}, men filen är en {what}", suffix=wanted,
                 what=t(KIND_NAMES[kind]))
    return ""


def _stepper(progress: Progress | None, start: int, end: int, steps: int) -> Callable[[str], None]:
    """A step(text) that reports progress between start and end % and raises ExportCancelled on a cancel."""
    done = [0]

    def step(text: str) -> None:
        done[0] += 1
        percent = start + (end - start) * min(done[0], steps) // max(steps, 1)
        if progress is not None and progress(percent, text) is False:
            raise ExportCancelled()

    return step


def export(database: Database, kind: str, unit: str, period: Period, out: Path, *,
           pseudonymize: bool = False, progress: Progress | None = None) -> Path:
    """Write the follow-up file; progress(percent, text) returning False cancels (nothing left at `out`)."""
    if kind not in KINDS:
        raise ExportError(t("Okänd exporttyp {kind}; välj {kinds}.", kind=repr(kind), kinds=", ".join(KINDS)))
    target = check_target(Path(out))
    step = _stepper(progress, 0, 60, 2)
    step("Läser data")
    from vonapp.io.export.data import collect

    try:
        report = collect(database, unit, period, pseudonymize=pseudonymize, step=step)
    except StoreError as exc:
        raise ExportError(str(exc)) from None
    write_step = _stepper(progress, 60, 99, 3)
    with atomic_target(target) as temp:
        if kind == "uppfoljning":
            from vonapp.io.export.xlsx_export import write_xlsx

            write_xlsx(report, temp, step=write_step)
        elif kind == "csv":
            from vonapp.io.export.csv_long import write_csv

            write_csv(report, temp, step=write_step)
        else:
            from vonapp.io.export.pdf_report import write_pdf

            write_pdf(report, temp, step=write_step)
        if progress is not None and progress(100, "Sparar filen") is False:
            raise ExportCancelled()
    return target
