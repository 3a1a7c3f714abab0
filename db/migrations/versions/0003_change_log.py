"""change log

Every value changed in the window, by the command line or by an import gets a row: when (UTC), the OS
user, table, row key, column, old and new value as text, the source ("fönstret", "import #N",
"kommandoraden") and the unit.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 07:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("os_user", sa.String(length=128), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_key", sa.Text(), nullable=False),
        sa.Column("column_name", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index("ix_change_log_table_at", "change_log", ["table_name", "at"])
    op.create_index("ix_change_log_unit", "change_log", ["unit_id"])


def downgrade() -> None:
    op.drop_index("ix_change_log_unit", table_name="change_log")
    op.drop_index("ix_change_log_table_at", table_name="change_log")
    op.drop_table("change_log")
