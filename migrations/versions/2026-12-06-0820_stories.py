"""Stories, the experience board and broadcast notices: HR's stories with their audiences, featured
people's consent, photos, reads and reactions; employees' experience posts with tags, comments and
reports; HR's broadcasts with a row per recipient for read receipts.

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-06 08:20
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0034"
down_revision: str | None = "0033"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "broadcasts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("audiences", JSON, nullable=False),
        sa.Column("requires_ack", sa.Boolean(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft", "published", name="broadcast_status", native_enum=False, create_constraint=True, length=17
            ),
            nullable=False,
        ),
        sa.Column("author_account_id", sa.Uuid(), nullable=True),
        sa.Column("recipient_count", sa.Integer(), nullable=False),
        sa.Column("published_at", MOMENT, nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.Column("updated_at", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["author_account_id"],
            ["accounts.id"],
            name=op.f("fk_broadcasts_author_account_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_broadcasts")),
    )
    op.create_index("ix_broadcasts_created_at", "broadcasts", ["created_at"], unique=False)
    op.create_table(
        "experience_posts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("author_employee_id", sa.Uuid(), nullable=False),
        sa.Column("author_account_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("tags", JSON, nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "submitted",
                "published",
                "hidden",
                name="experience_post_status",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("hidden_reason", sa.String(length=500), nullable=True),
        sa.Column("moderated_by", sa.Uuid(), nullable=True),
        sa.Column("moderated_at", MOMENT, nullable=True),
        sa.Column("report_count", sa.Integer(), nullable=False),
        sa.Column("reports_reviewed", sa.Integer(), nullable=False),
        sa.Column("published_at", MOMENT, nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.Column("updated_at", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["author_account_id"],
            ["accounts.id"],
            name=op.f("fk_experience_posts_author_account_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["author_employee_id"],
            ["employees.id"],
            name=op.f("fk_experience_posts_author_employee_id_employees"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["moderated_by"],
            ["accounts.id"],
            name=op.f("fk_experience_posts_moderated_by_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_experience_posts")),
    )
    op.create_index(
        op.f("ix_experience_posts_author_employee_id"), "experience_posts", ["author_employee_id"], unique=False
    )
    op.create_index("ix_experience_posts_status_created_at", "experience_posts", ["status", "created_at"], unique=False)
    op.create_index(
        "ix_experience_posts_status_published_at", "experience_posts", ["status", "published_at"], unique=False
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("audiences", JSON, nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "published",
                "archived",
                name="story_status",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("author_account_id", sa.Uuid(), nullable=True),
        sa.Column("published_at", MOMENT, nullable=True),
        sa.Column("archived_at", MOMENT, nullable=True),
        sa.Column("announced_at", MOMENT, nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.Column("updated_at", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["author_account_id"],
            ["accounts.id"],
            name=op.f("fk_stories_author_account_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stories")),
    )
    op.create_index("ix_stories_status_published_at", "stories", ["status", "published_at"], unique=False)
    op.create_table(
        "broadcast_recipients",
        sa.Column("broadcast_id", sa.Uuid(), nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("read_at", MOMENT, nullable=True),
        sa.Column("acknowledged_at", MOMENT, nullable=True),
        sa.ForeignKeyConstraint(
            ["broadcast_id"],
            ["broadcasts.id"],
            name=op.f("fk_broadcast_recipients_broadcast_id_broadcasts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_broadcast_recipients_employee_id_employees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("broadcast_id", "employee_id", name=op.f("pk_broadcast_recipients")),
    )
    op.create_index(
        "ix_broadcast_recipients_broadcast_id_read_at",
        "broadcast_recipients",
        ["broadcast_id", "read_at"],
        unique=False,
    )
    op.create_index("ix_broadcast_recipients_employee_id", "broadcast_recipients", ["employee_id"], unique=False)
    op.create_table(
        "experience_comments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("post_id", sa.Uuid(), nullable=False),
        sa.Column("author_account_id", sa.Uuid(), nullable=True),
        sa.Column("author_employee_id", sa.Uuid(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("hidden_by", sa.Uuid(), nullable=True),
        sa.Column("hidden_at", MOMENT, nullable=True),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["author_account_id"],
            ["accounts.id"],
            name=op.f("fk_experience_comments_author_account_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["author_employee_id"],
            ["employees.id"],
            name=op.f("fk_experience_comments_author_employee_id_employees"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["hidden_by"], ["accounts.id"], name=op.f("fk_experience_comments_hidden_by_accounts"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["experience_posts.id"],
            name=op.f("fk_experience_comments_post_id_experience_posts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_experience_comments")),
    )
    op.create_index(
        "ix_experience_comments_post_id_created_at", "experience_comments", ["post_id", "created_at"], unique=False
    )
    op.create_table(
        "experience_post_tags",
        sa.Column("post_id", sa.Uuid(), nullable=False),
        sa.Column("tag", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["experience_posts.id"],
            name=op.f("fk_experience_post_tags_post_id_experience_posts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("post_id", "tag", name=op.f("pk_experience_post_tags")),
    )
    op.create_index(op.f("ix_experience_post_tags_tag"), "experience_post_tags", ["tag"], unique=False)
    op.create_table(
        "experience_reports",
        sa.Column("post_id", sa.Uuid(), nullable=False),
        sa.Column("reporter_account_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["experience_posts.id"],
            name=op.f("fk_experience_reports_post_id_experience_posts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reporter_account_id"],
            ["accounts.id"],
            name=op.f("fk_experience_reports_reporter_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("post_id", "reporter_account_id", name=op.f("pk_experience_reports")),
    )
    op.create_index("ix_experience_reports_created_at", "experience_reports", ["created_at"], unique=False)
    op.create_table(
        "story_audiences",
        sa.Column("story_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name=op.f("fk_story_audiences_story_id_stories"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["org_units.id"], name=op.f("fk_story_audiences_unit_id_org_units"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("story_id", "position", name=op.f("pk_story_audiences")),
    )
    op.create_index(op.f("ix_story_audiences_unit_id"), "story_audiences", ["unit_id"], unique=False)
    op.create_table(
        "story_features",
        sa.Column("story_id", sa.Uuid(), nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column(
            "consent",
            sa.Enum(
                "pending",
                "given",
                "refused",
                name="story_consent",
                native_enum=False,
                create_constraint=True,
                length=15,
            ),
            nullable=False,
        ),
        sa.Column("requested_at", MOMENT, nullable=False),
        sa.Column("answered_at", MOMENT, nullable=True),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_story_features_employee_id_employees"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name=op.f("fk_story_features_story_id_stories"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("story_id", "employee_id", name=op.f("pk_story_features")),
    )
    op.create_index(op.f("ix_story_features_employee_id"), "story_features", ["employee_id"], unique=False)
    op.create_table(
        "story_photos",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("story_id", sa.Uuid(), nullable=False),
        sa.Column("blob_key", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=32), nullable=False),
        sa.Column("uploaded_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name=op.f("fk_story_photos_story_id_stories"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by"], ["accounts.id"], name=op.f("fk_story_photos_uploaded_by_accounts"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_story_photos")),
    )
    op.create_index("ix_story_photos_story_id_created_at", "story_photos", ["story_id", "created_at"], unique=False)
    op.create_table(
        "story_reactions",
        sa.Column("story_id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("reacted_at", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_story_reactions_account_id_accounts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name=op.f("fk_story_reactions_story_id_stories"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("story_id", "account_id", "kind", name=op.f("pk_story_reactions")),
    )
    op.create_table(
        "story_reads",
        sa.Column("story_id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("read_at", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_story_reads_account_id_accounts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name=op.f("fk_story_reads_story_id_stories"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("story_id", "account_id", name=op.f("pk_story_reads")),
    )


def downgrade() -> None:
    op.drop_table("story_reads")
    op.drop_table("story_reactions")
    op.drop_index("ix_story_photos_story_id_created_at", table_name="story_photos")
    op.drop_table("story_photos")
    op.drop_index(op.f("ix_story_features_employee_id"), table_name="story_features")
    op.drop_table("story_features")
    op.drop_index(op.f("ix_story_audiences_unit_id"), table_name="story_audiences")
    op.drop_table("story_audiences")
    op.drop_index("ix_experience_reports_created_at", table_name="experience_reports")
    op.drop_table("experience_reports")
    op.drop_index(op.f("ix_experience_post_tags_tag"), table_name="experience_post_tags")
    op.drop_table("experience_post_tags")
    op.drop_index("ix_experience_comments_post_id_created_at", table_name="experience_comments")
    op.drop_table("experience_comments")
    op.drop_index("ix_broadcast_recipients_employee_id", table_name="broadcast_recipients")
    op.drop_index("ix_broadcast_recipients_broadcast_id_read_at", table_name="broadcast_recipients")
    op.drop_table("broadcast_recipients")
    op.drop_index("ix_stories_status_published_at", table_name="stories")
    op.drop_table("stories")
    op.drop_index("ix_experience_posts_status_published_at", table_name="experience_posts")
    op.drop_index("ix_experience_posts_status_created_at", table_name="experience_posts")
    op.drop_index(op.f("ix_experience_posts_author_employee_id"), table_name="experience_posts")
    op.drop_table("experience_posts")
    op.drop_index("ix_broadcasts_created_at", table_name="broadcasts")
    op.drop_table("broadcasts")
