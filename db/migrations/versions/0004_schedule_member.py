"""schedule members: the employees of a schedule and their row order

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 07:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "schedule_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("schedule_id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("employment_rate", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["employee_id"], ["employee.id"], name=op.f("fk_schedule_member_employee_id_employee"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["schedule_id"], ["schedule.id"], name=op.f("fk_schedule_member_schedule_id_schedule"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_member")),
        sa.UniqueConstraint("schedule_id", "employee_id", name=op.f("uq_schedule_member_schedule_id")),
    )
    op.create_index(op.f("ix_schedule_member_employee_id"), "schedule_member", ["employee_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_schedule_member_employee_id"), table_name="schedule_member")
    op.drop_table("schedule_member")
