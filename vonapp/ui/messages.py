"""The Swedish text the user reads for an error, whatever raised it."""

from __future__ import annotations


def error_text(exc: BaseException) -> str:
    """The error's own message when it is one of ours (already Swedish), else a plain apology."""
    from vonapp.domain.periods import PeriodError
    from vonapp.io.export import ExportError
    from vonapp.store.errors import StoreError

    if isinstance(exc, StoreError | PeriodError | ExportError):
        return str(exc)
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "messages", "Något gick fel ({0}: {1}). Inget ändrades i databasen. "
        "Försök igen; kvarstår felet, starta om programmet.").format(type(exc).__name__, exc)
