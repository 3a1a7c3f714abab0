"""Utfall tables (migration 0005): how an absence was covered.

An absence row (time_entry with category frånvaro) may be linked to the worked row that covered
it (resurspass, vikarie, mertid, övertid, inhyrd), or marked *ej ersatt* (cover_entry_id NULL).
An absence with no link has not been stated. Removing either row removes the link.
The columns `edited_at` of time_entry, occupancy_day and occupancy_move (same migration) mark
rows entered or changed in the window, which an import lists before it replaces them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from vonapp.store.models import Base


class AbsenceCover(Base):
    __tablename__ = "absence_cover"
    id: Mapped[int] = mapped_column(primary_key=True)
    absence_entry_id: Mapped[int] = mapped_column(ForeignKey("time_entry.id", ondelete="CASCADE"), unique=True)
    cover_entry_id: Mapped[int | None] = mapped_column(ForeignKey("time_entry.id", ondelete="CASCADE"), index=True)
    edited_at: Mapped[datetime | None] = mapped_column(DateTime)
