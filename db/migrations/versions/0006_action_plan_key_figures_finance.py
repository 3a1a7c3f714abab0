"""action plan, key figures and finance in the window

Measures get a responsible person (ansvarig) and a status from a fixed list (ej påbörjad, pågår,
genomförd, avbruten); a free-text status of an older database is kept as a follow-up note of the
measure, never dropped. Follow-up notes get the day they were written and may be several a month.
Indicators get the goal they are grouped under. New tables: kpi_target (utförandegrad, bomtid and
avböjda targets per unit and year) and finance_forecast (the manager's prognos per category, dated).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 07:30:00
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

STATUSES = ("ej påbörjad", "pågår", "genomförd", "avbruten")


def upgrade() -> None:
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.add_column(sa.Column("responsible", sa.Text(), nullable=True))
    with op.batch_alter_table("measure_follow_up", schema=None) as batch_op:
        batch_op.add_column(sa.Column("noted_on", sa.Date(), nullable=True))
        batch_op.drop_constraint("uq_measure_follow_up_measure_id", type_="unique")
        batch_op.create_index(batch_op.f("ix_measure_follow_up_measure_id"), ["measure_id"], unique=False)
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.add_column(sa.Column("goal", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("batch_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_indicator_batch_id"), ["batch_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_indicator_batch_id_import_batch"), "import_batch", ["batch_id"],
                                    ["id"], ondelete="CASCADE")
    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.add_column(sa.Column("batch_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_indicator_value_batch_id"), ["batch_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_indicator_value_batch_id_import_batch"), "import_batch",
                                    ["batch_id"], ["id"], ondelete="CASCADE")
    op.create_table(
        "kpi_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("execution_target_pct", sa.Float(), nullable=False),
        sa.Column("idle_max_pct", sa.Float(), nullable=False),
        sa.Column("declined_max_pct", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_kpi_target_unit_id_unit"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_target")),
        sa.UniqueConstraint("unit_id", "year", name=op.f("uq_kpi_target_unit_id")),
    )
    with op.batch_alter_table("kpi_target", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kpi_target_unit_id"), ["unit_id"], unique=False)
    op.create_table(
        "finance_forecast",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("forecast_kr", sa.Float(), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.CheckConstraint("year BETWEEN 1900 AND 2999", name=op.f("ck_finance_forecast_year_range")),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_finance_forecast_unit_id_unit"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finance_forecast")),
    )
    with op.batch_alter_table("finance_forecast", schema=None) as batch_op:
        batch_op.create_index("ix_finance_forecast_unit_year", ["unit_id", "year", "category"], unique=False)
    _statuses_to_notes()


def _statuses_to_notes() -> None:
    """A free-text status becomes a follow-up note (31 December of the measure's year); the status a choice.

    Plain statements with bound values and dates made here, so the same runs on SQLite and PostgreSQL.
    """
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, year, status FROM measure")).all()
    for mid, year, status in rows:
        text = (status or "").strip()
        if text.lower() in STATUSES:
            conn.execute(sa.text("UPDATE measure SET status = :s WHERE id = :id"), {"s": text.lower(), "id": mid})
            continue
        new = "ej påbörjad" if not text else "pågår"
        if text:
            conn.execute(sa.text("INSERT INTO measure_follow_up (measure_id, month, effect_tkr, comment, noted_on) "
                                 "VALUES (:m, 12, NULL, :c, :d)"), {"m": mid, "c": text, "d": date(int(year), 12, 31)})
        conn.execute(sa.text("UPDATE measure SET status = :s WHERE id = :id"), {"s": new, "id": mid})
    # Older follow-ups were monthly: dated the first of their month.
    old = conn.execute(sa.text("SELECT f.id, m.year, f.month FROM measure_follow_up f JOIN measure m "
                               "ON m.id = f.measure_id WHERE f.noted_on IS NULL")).all()
    for fid, year, month in old:
        conn.execute(sa.text("UPDATE measure_follow_up SET noted_on = :d WHERE id = :id"),
                     {"d": date(int(year), int(month), 1), "id": fid})


def downgrade() -> None:
    with op.batch_alter_table("finance_forecast", schema=None) as batch_op:
        batch_op.drop_index("ix_finance_forecast_unit_year")
    op.drop_table("finance_forecast")
    with op.batch_alter_table("kpi_target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpi_target_unit_id"))
    op.drop_table("kpi_target")
    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_indicator_value_batch_id_import_batch"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_indicator_value_batch_id"))
        batch_op.drop_column("batch_id")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_indicator_batch_id_import_batch"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_indicator_batch_id"))
        batch_op.drop_column("batch_id")
        batch_op.drop_column("goal")
    # Keep one note a month (the newest) so the unique constraint of 0002 can come back.
    op.execute("DELETE FROM measure_follow_up WHERE id NOT IN (SELECT MAX(id) FROM measure_follow_up "
               "GROUP BY measure_id, month)")
    with op.batch_alter_table("measure_follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measure_follow_up_measure_id"))
        batch_op.create_unique_constraint("uq_measure_follow_up_measure_id", ["measure_id", "month"])
        batch_op.drop_column("noted_on")
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.drop_column("responsible")
