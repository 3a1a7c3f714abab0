"""Occupancy (beläggning) = occupied place-days ÷ available place-days."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from vonapp.domain.glossary import OccupancyEvent


def occupancy_from_moves(moves: pd.DataFrame, start: date, end: date) -> pd.Series:
    """Occupied places per day in [start, end] from move events (columns apartment, date, event).

    A place counts as occupied on the move-in day and not on the move-out day; places are empty
    before the first event recorded for them.
    """
    days = pd.date_range(start, end, freq="D")
    if moves.empty:
        return pd.Series(0, index=days, dtype="int64")
    m = moves.assign(date=pd.to_datetime(moves["date"]))
    sign = np.where(m["event"] == OccupancyEvent.MOVE_IN.value, 1, -1)
    delta = pd.Series(sign, index=m["date"]).groupby(level=0).sum()
    full = delta.reindex(pd.date_range(min(delta.index.min(), days[0]), days[-1], freq="D"), fill_value=0)
    running = full.cumsum().clip(lower=0)
    return running.reindex(days).astype("int64")
