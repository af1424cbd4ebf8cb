"""reviewed values, meeting reviews, review users

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 12:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviewed_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("machine_value", sa.JSON(), nullable=True),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("reviewer", sa.String(length=100), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_reviewed_values_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviewed_values")),
    )
    with op.batch_alter_table("reviewed_values", schema=None) as batch_op:
        batch_op.create_index(
            "ix_reviewed_values_meeting_field", ["meeting_id", "field"], unique=False
        )
    op.create_table(
        "meeting_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("reviewer", sa.String(length=100), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_reviews_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_reviews")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_meeting_reviews_meeting_id")),
    )
    op.create_table(
        "review_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("password_hash", sa.String(length=300), nullable=False),
        sa.Column("is_admin", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_users")),
        sa.UniqueConstraint("name", name=op.f("uq_review_users_name")),
    )


def downgrade() -> None:
    op.drop_table("review_users")
    op.drop_table("meeting_reviews")
    with op.batch_alter_table("reviewed_values", schema=None) as batch_op:
        batch_op.drop_index("ix_reviewed_values_meeting_field")
    op.drop_table("reviewed_values")
