"""The knowledge base: articles, their saved versions, the suggestions offered while a ticket is
drafted and the deflections ("this solved it"). Search on PostgreSQL is served by pg_trgm GIN
indexes over the folded searchable text and the folded title (Chinese included: any three
characters make a trigram) and by (status, updated_at, id) for the newest-first order, with
larger statistics on the searched columns so the planner can tell which of the two a term needs;
on SQLite the trigram indexes are declared as empty partial ones and search scans the columns.

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-06 08:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0032"
down_revision: str | None = "0031"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
SEARCH_INDEX = "ix_knowledge_articles_search_text_trgm"
TITLE_INDEX = "ix_knowledge_articles_title_text_trgm"
SEARCH_STATISTICS = 1000


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table(
        "knowledge_articles",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("tags", JSON, nullable=False),
        sa.Column("tag_keys", sa.Text(), nullable=False),
        sa.Column("title_text", sa.String(length=200), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("department_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "published",
                "archived",
                name="knowledge_article_status",
                native_enum=False,
                create_constraint=True,
                length=17,
            ),
            nullable=False,
        ),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("source_ticket_id", sa.Uuid(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.Column("updated_at", MOMENT, nullable=False),
        sa.Column("published_at", MOMENT, nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["org_units.id"],
            name=op.f("fk_knowledge_articles_department_id_org_units"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["source_ticket_id"],
            ["tickets.id"],
            name=op.f("fk_knowledge_articles_source_ticket_id_tickets"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["accounts.id"], name=op.f("fk_knowledge_articles_created_by_accounts"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["accounts.id"], name=op.f("fk_knowledge_articles_updated_by_accounts"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_articles")),
        sa.UniqueConstraint("source_ticket_id", name=op.f("uq_knowledge_articles_source_ticket_id")),
    )
    with op.batch_alter_table("knowledge_articles", schema=None) as batch_op:
        batch_op.create_index(
            "ix_knowledge_articles_status_updated_at_id", ["status", "updated_at", "id"], unique=False
        )
        batch_op.create_index("ix_knowledge_articles_department_id_status", ["department_id", "status"], unique=False)
        batch_op.create_index(
            SEARCH_INDEX,
            ["search_text"],
            unique=False,
            postgresql_using="gin",
            postgresql_ops={"search_text": "gin_trgm_ops"},
            sqlite_where=sa.text("0"),
        )
        batch_op.create_index(
            TITLE_INDEX,
            ["title_text"],
            unique=False,
            postgresql_using="gin",
            postgresql_ops={"title_text": "gin_trgm_ops"},
            sqlite_where=sa.text("0"),
        )
    if op.get_bind().dialect.name == "postgresql":
        # LIKE '%term%' is estimated from the column's histogram: at the default 100 entries one
        # entry that happens to hold a rare term makes it look like 1 % of the rows, and the planner
        # walks the newest-first index past most of the table (bench/kb_search.py at 50,000
        # articles: 22 ms and, for a term only bodies could hold, 121 ms); 1,000 entries estimate
        # such a term at 0.1 % and the trigram index answers (0.3 ms).
        for column in ("title_text", "search_text"):
            op.execute(f"ALTER TABLE knowledge_articles ALTER COLUMN {column} SET STATISTICS {SEARCH_STATISTICS}")
    op.create_table(
        "knowledge_article_versions",
        sa.Column("article_id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("tags", JSON, nullable=False),
        sa.Column("edited_by", sa.Uuid(), nullable=True),
        sa.Column("edited_at", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["knowledge_articles.id"],
            name=op.f("fk_knowledge_article_versions_article_id_knowledge_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["edited_by"],
            ["accounts.id"],
            name=op.f("fk_knowledge_article_versions_edited_by_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("article_id", "revision", name=op.f("pk_knowledge_article_versions")),
    )
    op.create_table(
        "knowledge_suggestions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=True),
        sa.Column("store_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("article_ids", JSON, nullable=False),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_knowledge_suggestions_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_knowledge_suggestions_employee_id_employees"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["store_id"],
            ["org_units.id"],
            name=op.f("fk_knowledge_suggestions_store_id_org_units"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_suggestions")),
    )
    with op.batch_alter_table("knowledge_suggestions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_knowledge_suggestions_account_id_created_at", ["account_id", "created_at"], unique=False
        )
    op.create_table(
        "knowledge_deflections",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("suggestion_id", sa.Uuid(), nullable=False),
        sa.Column("article_id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=True),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=True),
        sa.Column("department_id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["suggestion_id"],
            ["knowledge_suggestions.id"],
            name=op.f("fk_knowledge_deflections_suggestion_id_knowledge_suggestions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["knowledge_articles.id"],
            name=op.f("fk_knowledge_deflections_article_id_knowledge_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_knowledge_deflections_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_knowledge_deflections_employee_id_employees"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["store_id"],
            ["org_units.id"],
            name=op.f("fk_knowledge_deflections_store_id_org_units"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["org_units.id"],
            name=op.f("fk_knowledge_deflections_department_id_org_units"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_deflections")),
        sa.UniqueConstraint(
            "suggestion_id", "article_id", name=op.f("uq_knowledge_deflections_suggestion_id_article_id")
        ),
    )
    with op.batch_alter_table("knowledge_deflections", schema=None) as batch_op:
        batch_op.create_index(
            "ix_knowledge_deflections_department_id_occurred_at", ["department_id", "occurred_at"], unique=False
        )
        batch_op.create_index("ix_knowledge_deflections_occurred_at", ["occurred_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_knowledge_deflections_article_id"), ["article_id"], unique=False)


def downgrade() -> None:
    op.drop_table("knowledge_deflections")
    op.drop_table("knowledge_suggestions")
    op.drop_table("knowledge_article_versions")
    op.drop_table("knowledge_articles")
