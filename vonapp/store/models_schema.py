"""The Schema area's own table: which employees a schedule has, in which row order.

A schedule's employees were once only those with a cell in it; a member row keeps an employee added
in the window (before any shift is placed) and the order the manager gave the rows, and
the employment rate the row has in this schedule. Employees with
cells but no member row (imported or demo schedules) follow the members in employment-number order.
"""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vonapp.store.models import Base


class ScheduleMember(Base):
    __tablename__ = "schedule_member"
    __table_args__ = (UniqueConstraint("schedule_id", "employee_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    schedule_id: Mapped[int] = mapped_column(ForeignKey("schedule.id", ondelete="CASCADE"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    position: Mapped[int | None] = mapped_column(Integer)  # None: after the ordered rows, by employment number
    # The rate in this schedule (a new schedule period may change it); None = the employee's own rate.
    employment_rate: Mapped[float | None] = mapped_column(Float)
