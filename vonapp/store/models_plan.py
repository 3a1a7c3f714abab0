"""Tables and columns of the action plan, key figures and finance areas (issue 13, migration 0006).

New columns of existing tables are appended to their mapped classes here, so that models.py keeps
one import line for this area: `Measure.responsible` (ansvarig), `MeasureFollowUp.noted_on` (the day
a follow-up note was written; several notes a month are allowed), `Indicator.goal` (the nämnd's goal
an indicator is grouped under), `batch_id` of indicators and their values (the `indikatorer` import).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from vonapp.store.models import Base, Indicator, IndicatorValue, Measure, MeasureFollowUp

Measure.responsible = mapped_column(Text, nullable=True)
MeasureFollowUp.noted_on = mapped_column(Date, nullable=True)
Indicator.goal = mapped_column(Text, nullable=True)
# Indicators and their values can come from an `indikatorer` import, which its undo takes away again.
Indicator.batch_id = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"), index=True, nullable=True)
IndicatorValue.batch_id = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"), index=True, nullable=True)


class KpiTarget(Base):
    """Targets of utförandegrad, bomtid and avböjda for one unit and year (defaults 70 %, < 5 %, < 1 %)."""

    __tablename__ = "kpi_target"
    __table_args__ = (UniqueConstraint("unit_id", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    execution_target_pct: Mapped[float] = mapped_column(Float, default=70.0)
    idle_max_pct: Mapped[float] = mapped_column(Float, default=5.0)
    declined_max_pct: Mapped[float] = mapped_column(Float, default=1.0)


class FinanceForecast(Base):
    """The manager's own Prognos helår (ekonomi) for a category, kept with its date: the newest is in force,
    the one before it gives the change since the last prognos."""

    __tablename__ = "finance_forecast"
    __table_args__ = (
        Index("ix_finance_forecast_unit_year", "unit_id", "year", "category"),
        CheckConstraint("year BETWEEN 1900 AND 2999", name="year_range"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(32))
    forecast_kr: Mapped[float] = mapped_column(Float)
    made_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    comment: Mapped[str] = mapped_column(Text, default="")
