"""The summary of a unit (or all units) over a period: `vonapp summary` and whoever needs only the figures.

The same read as the window and the follow-up files (vonapp.store.series.read_figures), without series.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from vonapp.domain.periods import Period
from vonapp.domain.summary import Summary
from vonapp.store.database import Database
from vonapp.store.series import load_figures, read_figures

__all__ = ["load_summary", "summarize"]


def summarize(session: Session, unit: str, period: Period) -> Summary:
    return read_figures(session, unit, period).summary


def load_summary(database: Database, unit: str, period: Period) -> Summary:
    """The summary of one unit by name, or of `all` units summed, over the period."""
    return load_figures(database, unit, period).summary
