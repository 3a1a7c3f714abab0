"""The database schema: one table per concept of DESIGN.md's glossary.

Dates are stored as ISO text (SQLAlchemy's Date on SQLite); hours and kronor as floats.
Every imported row carries the import batch that wrote it so that a batch can be undone.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _batch_fk() -> Mapped[int | None]:
    return mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"), index=True)


class Meta(Base):
    """Key/value facts about the database itself (e.g. that it holds demo data)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ImportBatch(Base):
    __tablename__ = "import_batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(32))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    file_name: Mapped[str] = mapped_column(Text)
    file_hash: Mapped[str] = mapped_column(String(64), index=True)
    row_count: Mapped[int] = mapped_column(Integer)
    date_from: Mapped[date | None] = mapped_column(Date)
    date_to: Mapped[date | None] = mapped_column(Date)


class Unit(Base):
    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(64))
    ansvar: Mapped[str | None] = mapped_column(String(32))
    activity_code: Mapped[str | None] = mapped_column(String(32))
    places: Mapped[int | None] = mapped_column(Integer)
    # The avdelning (models_server.Avdelning) the unit belongs to; an avdelningschef sees all its units.
    # No foreign key, so that SQLite adds the column in place (migration 0008).
    avdelning_id: Mapped[int | None] = mapped_column(Integer, index=True)


class BudgetYear(Base):
    """A unit's budget for one year: what budget i timmar and the forecast are computed from."""

    __tablename__ = "budget_year"
    __table_args__ = (
        UniqueConstraint("unit_id", "year"),
        CheckConstraint("hourly_cost > 0", name="hourly_cost_positive"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    personnel_budget_kr: Mapped[float] = mapped_column(Float)
    hourly_cost: Mapped[float] = mapped_column(Float)
    occupancy_budget_pct: Mapped[float | None] = mapped_column(Float)
    action_requirement_tkr: Mapped[float | None] = mapped_column(Float)
    full_time_hours: Mapped[float] = mapped_column(Float, default=40.0)
    # Cost factor per worked category (1.0 = the average hourly cost).
    factor_ordinarie: Mapped[float] = mapped_column(Float, default=1.0)
    factor_resurspass: Mapped[float] = mapped_column(Float, default=1.0)
    factor_vikarie: Mapped[float] = mapped_column(Float, default=1.0)
    factor_mertid: Mapped[float] = mapped_column(Float, default=1.0)
    factor_overtid: Mapped[float] = mapped_column(Float, default=1.0)
    factor_inhyrd: Mapped[float] = mapped_column(Float, default=1.0)
    batch_id: Mapped[int | None] = _batch_fk()


class BudgetMonthWeight(Base):
    """Optional monthly weights of a budget year; when present, month m gets weight m / Σ weights."""

    __tablename__ = "budget_month_weight"
    __table_args__ = (
        UniqueConstraint("budget_year_id", "month"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month_range"),
        CheckConstraint("weight >= 0", name="weight_nonnegative"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    budget_year_id: Mapped[int] = mapped_column(ForeignKey("budget_year.id", ondelete="CASCADE"))
    month: Mapped[int] = mapped_column(Integer)
    weight: Mapped[float] = mapped_column(Float)


class CompensationModel(Base):
    """Inputs of the compensation model (boendestöd, hemtjänst) for one unit and year."""

    __tablename__ = "compensation_model"
    __table_args__ = (UniqueConstraint("unit_id", "year", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    granted_hours: Mapped[float] = mapped_column(Float)
    execution_share_pct: Mapped[float] = mapped_column(Float)
    client_time_share_pct: Mapped[float] = mapped_column(Float)
    hourly_cost: Mapped[float] = mapped_column(Float)


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"), index=True)
    employment_number: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(100))
    employment_form: Mapped[str] = mapped_column(String(32))
    employment_rate: Mapped[float | None] = mapped_column(Float)
    batch_id: Mapped[int | None] = _batch_fk()


class ShiftCode(Base):
    """A shift: start and end as minutes after midnight; end <= start means it ends the next day."""

    __tablename__ = "shift_code"
    __table_args__ = (
        UniqueConstraint("unit_id", "code"),
        CheckConstraint("start_min BETWEEN 0 AND 1439", name="start_range"),
        CheckConstraint("end_min BETWEEN 0 AND 1440", name="end_range"),
        CheckConstraint("break_min >= 0", name="break_nonnegative"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(16))
    start_min: Mapped[int] = mapped_column(Integer)
    end_min: Mapped[int] = mapped_column(Integer)
    break_min: Mapped[int] = mapped_column(Integer, default=0)
    is_resource: Mapped[bool] = mapped_column(Boolean, default=False)
    batch_id: Mapped[int | None] = _batch_fk()


class Schedule(Base):
    """A rotating schedule (schemaperiod) that holds from start_date until the unit's next one."""

    __tablename__ = "schedule"
    __table_args__ = (
        UniqueConstraint("unit_id", "start_date"),
        CheckConstraint("cycle_weeks >= 1", name="cycle_positive"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    cycle_weeks: Mapped[int] = mapped_column(Integer)
    batch_id: Mapped[int | None] = _batch_fk()


class ScheduleCell(Base):
    """One employee's shift on one day of the cycle (day_index 0 = the schedule's start date)."""

    __tablename__ = "schedule_cell"
    __table_args__ = (
        UniqueConstraint("schedule_id", "employee_id", "day_index"),
        # Cells counted per cycle day and shift (planned hours, staffing) read in index order.
        Index("ix_schedule_cell_day", "schedule_id", "day_index", "shift_code_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    schedule_id: Mapped[int] = mapped_column(ForeignKey("schedule.id", ondelete="CASCADE"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    day_index: Mapped[int] = mapped_column(Integer)
    shift_code_id: Mapped[int] = mapped_column(ForeignKey("shift_code.id", ondelete="CASCADE"), index=True)


class StaffingNeed(Base):
    """Staff needed on a weekday (0 = Monday) during one hour of the day."""

    __tablename__ = "staffing_need"
    __table_args__ = (
        UniqueConstraint("unit_id", "weekday", "hour"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("hour BETWEEN 0 AND 23", name="hour_range"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(Integer)
    hour: Mapped[int] = mapped_column(Integer)
    staff: Mapped[float] = mapped_column(Float)


class TimeEntry(Base):
    """Recorded hours: worked (by category) or absent (frånvaro with an absence type)."""

    __tablename__ = "time_entry"
    __table_args__ = (
        # Covering indexes: one unit's days, or every unit's days, summed without the table.
        Index("ix_time_entry_unit_date", "unit_id", "date", "category", "placement", "absence_type", "hours"),
        Index("ix_time_entry_date", "date", "unit_id", "category", "placement", "absence_type", "hours"),
        CheckConstraint("hours > 0 AND hours <= 24", name="hours_range"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    date: Mapped[date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(16))
    absence_type: Mapped[str | None] = mapped_column(String(32))
    placement: Mapped[str | None] = mapped_column(String(16))
    placement_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    hours: Mapped[float] = mapped_column(Float)
    batch_id: Mapped[int | None] = _batch_fk()
    edited_at: Mapped[datetime | None] = mapped_column(DateTime)  # entered or changed in the window (0005)


class OccupancyDay(Base):
    __tablename__ = "occupancy_day"
    __table_args__ = (
        UniqueConstraint("unit_id", "date"),
        CheckConstraint("occupied >= 0 AND occupied <= places", name="occupied_within_places"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    date: Mapped[date] = mapped_column(Date)
    places: Mapped[int] = mapped_column(Integer)
    occupied: Mapped[int] = mapped_column(Integer)
    batch_id: Mapped[int | None] = _batch_fk()
    edited_at: Mapped[datetime | None] = mapped_column(DateTime)  # entered or changed in the window (0005)


class OccupancyMove(Base):
    """A move-in or move-out: the place counts as occupied on the move-in day, not the move-out day."""

    __tablename__ = "occupancy_move"
    __table_args__ = (Index("ix_occupancy_move_unit_date", "unit_id", "date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    apartment: Mapped[str] = mapped_column(String(64))
    date: Mapped[date] = mapped_column(Date)
    event: Mapped[str] = mapped_column(String(16))
    batch_id: Mapped[int | None] = _batch_fk()
    edited_at: Mapped[datetime | None] = mapped_column(DateTime)  # entered in the window (0005)


class TimeBreakdown(Base):
    """A month's hemtjänst/boendestöd time: worked, at the client, idle, declined (hours)."""

    __tablename__ = "time_breakdown"
    __table_args__ = (
        UniqueConstraint("unit_id", "year", "month"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month_range"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    worked_hours: Mapped[float] = mapped_column(Float)
    client_hours: Mapped[float] = mapped_column(Float)
    idle_hours: Mapped[float] = mapped_column(Float)
    declined_hours: Mapped[float] = mapped_column(Float)
    batch_id: Mapped[int | None] = _batch_fk()


class Measure(Base):
    """An action-plan measure (åtgärd) with its effect this year and full-year effect in tkr."""

    __tablename__ = "measure"
    __table_args__ = (Index("ix_measure_unit_year", "unit_id", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    effect_year_tkr: Mapped[float] = mapped_column(Float, default=0.0)
    full_year_effect_tkr: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(Text, default="")
    batch_id: Mapped[int | None] = _batch_fk()


class MeasureFollowUp(Base):
    """Monthly follow-up of a measure: the effect reached so far and a comment."""

    __tablename__ = "measure_follow_up"
    __table_args__ = (CheckConstraint("month BETWEEN 1 AND 12", name="month_range"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    month: Mapped[int] = mapped_column(Integer)
    effect_tkr: Mapped[float | None] = mapped_column(Float)
    comment: Mapped[str] = mapped_column(Text, default="")


class Indicator(Base):
    """A key figure (nyckeltal); unit_id None means it belongs to the whole förvaltning."""

    __tablename__ = "indicator"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    kolada_id: Mapped[str | None] = mapped_column(String(16))
    measure_unit: Mapped[str] = mapped_column(String(32), default="")
    higher_is_better: Mapped[bool] = mapped_column(Boolean, default=True)


class IndicatorValue(Base):
    __tablename__ = "indicator_value"
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    target: Mapped[float | None] = mapped_column(Float)
    value: Mapped[float | None] = mapped_column(Float)
    preliminary: Mapped[bool] = mapped_column(Boolean, default=False)
    assessment: Mapped[str | None] = mapped_column(String(32))


class FinanceLine(Base):
    """Budget and outcome in kr for one unit, month and finance category (costs negative)."""

    __tablename__ = "finance_line"
    __table_args__ = (
        UniqueConstraint("unit_id", "year", "month", "category"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month_range"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(32))
    budget_kr: Mapped[float] = mapped_column(Float)
    outcome_kr: Mapped[float | None] = mapped_column(Float)
    batch_id: Mapped[int | None] = _batch_fk()

from vonapp.store import models_changelog  # noqa: E402, F401, I001 - the change_log table
from vonapp.store import models_schema  # noqa: E402, F401, I001 - schedule rows (Schema area)
from vonapp.store import models_utfall  # noqa: E402, F401, I001 - Utfall tables (migration 0005)
from vonapp.store import models_plan  # noqa: E402, F401, I001 - action plan, key figures, finance
from vonapp.store import models_server  # noqa: E402, F401, I001 - avdelning, access, server lock
from vonapp.store import guards  # noqa: E402, F401, I001 - the write checks (personnummer)
