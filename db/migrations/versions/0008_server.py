"""shared department database: avdelningar, access grants, the server lock row

Revision ID: 0008
Revises: 0006
Create Date: 2026-11-30 07:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "avdelning",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_avdelning")),
        sa.UniqueConstraint("name", name=op.f("uq_avdelning_name")),
    )
    # A plain column (no foreign key): SQLite adds it in place. A batch re-creation of `unit` would
    # drop the table, and with foreign keys on that deletes every unit's rows; an inline REFERENCES
    # is not read back by SQLAlchemy. Removing an avdelning clears its units' column (admin.py).
    op.add_column("unit", sa.Column("avdelning_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_unit_avdelning_id"), "unit", ["avdelning_id"], unique=False)
    op.create_table(
        "access_grant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("avdelning_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("kind IN ('enhetschef', 'avdelningschef', 'controller')",
                           name=op.f("ck_access_grant_kind_known")),
        sa.ForeignKeyConstraint(["avdelning_id"], ["avdelning.id"],
                                name=op.f("fk_access_grant_avdelning_id_avdelning"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_access_grant_unit_id_unit"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_grant")),
    )
    with op.batch_alter_table("access_grant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_access_grant_role_name"), ["role_name"], unique=False)
    op.create_table(
        "server_lock",
        sa.Column("who", sa.String(length=63), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("who", name=op.f("pk_server_lock")),
    )


def downgrade() -> None:
    op.drop_table("server_lock")
    with op.batch_alter_table("access_grant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_access_grant_role_name"))
    op.drop_table("access_grant")
    op.drop_index(op.f("ix_unit_avdelning_id"), table_name="unit")
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_column("avdelning_id")
    op.drop_table("avdelning")
