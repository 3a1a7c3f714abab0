"""Utfall recording: absence coverage links, and rows entered in the window marked

`absence_cover` links an absence row to the row that covered it (NULL cover = ej ersatt).
`edited_at` on time_entry, occupancy_day and occupancy_move marks rows entered or changed in the
window, so that an import lists them in its dry run before replacing them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 07:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_EDITED = ("time_entry", "occupancy_day", "occupancy_move")


def upgrade() -> None:
    for table in _EDITED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("edited_at", sa.DateTime(), nullable=True))
    op.create_table(
        "absence_cover",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("absence_entry_id", sa.Integer(), nullable=False),
        sa.Column("cover_entry_id", sa.Integer(), nullable=True),
        sa.Column("edited_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["absence_entry_id"], ["time_entry.id"], ondelete="CASCADE",
                                name=op.f("fk_absence_cover_absence_entry_id_time_entry")),
        sa.ForeignKeyConstraint(["cover_entry_id"], ["time_entry.id"], ondelete="CASCADE",
                                name=op.f("fk_absence_cover_cover_entry_id_time_entry")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_absence_cover")),
        sa.UniqueConstraint("absence_entry_id", name=op.f("uq_absence_cover_absence_entry_id")),
    )
    op.create_index(op.f("ix_absence_cover_cover_entry_id"), "absence_cover", ["cover_entry_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_absence_cover_cover_entry_id"), table_name="absence_cover")
    op.drop_table("absence_cover")
    for table in reversed(_EDITED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("edited_at")
