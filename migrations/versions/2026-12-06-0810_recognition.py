"""Recognition: cards, budgets, the points ledger, programmes, the catalogue and redemptions.

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-06 08:10
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from migrations import append_only

revision: str = "0033"
down_revision: str | None = "0032"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "recognition_catalogue_items",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("local_name", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("price", sa.Integer(), nullable=False),
        sa.Column("stock", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.Column("updated_at", MOMENT, nullable=False),
        sa.CheckConstraint("price > 0", name=op.f("ck_recognition_catalogue_items_price_positive")),
        sa.CheckConstraint("stock >= 0", name=op.f("ck_recognition_catalogue_items_stock_not_negative")),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_recognition_catalogue_items")),
    )
    op.create_table(
        "recognition_budget_spend",
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("spent", sa.Integer(), nullable=False),
        sa.CheckConstraint("spent >= 0", name=op.f("ck_recognition_budget_spend_spent_not_negative")),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_recognition_budget_spend_employee_id_employees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("employee_id", "month", name=op.f("pk_recognition_budget_spend")),
    )
    op.create_table(
        "recognition_pair_spend",
        sa.Column("low_id", sa.Uuid(), nullable=False),
        sa.Column("high_id", sa.Uuid(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.CheckConstraint("low_id < high_id", name=op.f("ck_recognition_pair_spend_sorted_pair")),
        sa.CheckConstraint("points >= 0", name=op.f("ck_recognition_pair_spend_points_not_negative")),
        sa.ForeignKeyConstraint(
            ["high_id"], ["employees.id"], name=op.f("fk_recognition_pair_spend_high_id_employees"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["low_id"], ["employees.id"], name=op.f("fk_recognition_pair_spend_low_id_employees"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("low_id", "high_id", "month", name=op.f("pk_recognition_pair_spend")),
    )
    op.create_table(
        "recognition_point_accounts",
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("expired_through", MOMENT, nullable=True),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_recognition_point_accounts_employee_id_employees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("employee_id", name=op.f("pk_recognition_point_accounts")),
    )
    op.create_table(
        "recognition_programmes",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("local_name", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("pool", sa.Integer(), nullable=False),
        sa.Column("remaining", sa.Integer(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.Column("updated_at", MOMENT, nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint("remaining <= pool", name=op.f("ck_recognition_programmes_remaining_within_pool")),
        sa.CheckConstraint("remaining >= 0", name=op.f("ck_recognition_programmes_remaining_not_negative")),
        sa.ForeignKeyConstraint(
            ["updated_by"],
            ["accounts.id"],
            name=op.f("fk_recognition_programmes_updated_by_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_recognition_programmes")),
    )
    op.create_table(
        "recognition_redemptions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("item_code", sa.String(length=32), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("requested_at", MOMENT, nullable=False),
        sa.Column("decided_at", MOMENT, nullable=True),
        sa.Column("decided_by", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", MOMENT, nullable=False),
        sa.CheckConstraint("points > 0", name=op.f("ck_recognition_redemptions_points_positive")),
        sa.ForeignKeyConstraint(
            ["decided_by"],
            ["accounts.id"],
            name=op.f("fk_recognition_redemptions_decided_by_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_recognition_redemptions_employee_id_employees"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["item_code"],
            ["recognition_catalogue_items.code"],
            name=op.f("fk_recognition_redemptions_item_code_recognition_catalogue_items"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recognition_redemptions")),
    )
    with op.batch_alter_table("recognition_redemptions", schema=None) as batch_op:
        batch_op.create_index("ix_recognition_redemptions_decided_at", ["decided_at"], unique=False)
        batch_op.create_index(
            "ix_recognition_redemptions_employee_id_requested_at", ["employee_id", "requested_at"], unique=False
        )
        batch_op.create_index(
            "ix_recognition_redemptions_status_requested_at", ["status", "requested_at"], unique=False
        )

    op.create_table(
        "recognition_settings",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("budgets", JSON, nullable=False),
        sa.Column("pair_cap", sa.Integer(), nullable=False),
        sa.Column("expiry_months", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", MOMENT, nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["updated_by"],
            ["accounts.id"],
            name=op.f("fk_recognition_settings_updated_by_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recognition_settings")),
    )
    op.create_table(
        "recognition_cards",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("sender_id", sa.Uuid(), nullable=False),
        sa.Column("receiver_id", sa.Uuid(), nullable=False),
        sa.Column("receiver_unit_id", sa.Uuid(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("programme_code", sa.String(length=32), nullable=True),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.CheckConstraint("points >= 0", name=op.f("ck_recognition_cards_points_not_negative")),
        sa.CheckConstraint("sender_id <> receiver_id", name=op.f("ck_recognition_cards_not_to_oneself")),
        sa.ForeignKeyConstraint(
            ["programme_code"],
            ["recognition_programmes.code"],
            name=op.f("fk_recognition_cards_programme_code_recognition_programmes"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["receiver_id"],
            ["employees.id"],
            name=op.f("fk_recognition_cards_receiver_id_employees"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["receiver_unit_id"],
            ["org_units.id"],
            name=op.f("fk_recognition_cards_receiver_unit_id_org_units"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["sender_id"], ["employees.id"], name=op.f("fk_recognition_cards_sender_id_employees"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recognition_cards")),
    )
    with op.batch_alter_table("recognition_cards", schema=None) as batch_op:
        batch_op.create_index("ix_recognition_cards_created_at_id", ["created_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_recognition_cards_programme_code"), ["programme_code"], unique=False)
        batch_op.create_index(
            "ix_recognition_cards_receiver_id_created_at", ["receiver_id", "created_at"], unique=False
        )
        batch_op.create_index(
            "ix_recognition_cards_receiver_unit_id_created_at", ["receiver_unit_id", "created_at"], unique=False
        )
        batch_op.create_index("ix_recognition_cards_sender_id_created_at", ["sender_id", "created_at"], unique=False)

    op.create_table(
        "points_ledger",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("delta", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("card_id", sa.Uuid(), nullable=True),
        sa.Column("redemption_id", sa.Uuid(), nullable=True),
        sa.Column("expires_lot_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("occurred_at", MOMENT, nullable=False),
        sa.Column("expires_at", MOMENT, nullable=True),
        sa.CheckConstraint(
            "(kind IN ('award', 'refund') AND delta > 0 AND expires_at IS NOT NULL)"
            " OR (kind IN ('redemption', 'expiry') AND delta < 0 AND expires_at IS NULL)",
            name=op.f("ck_points_ledger_kind_sign"),
        ),
        sa.CheckConstraint("delta <> 0", name=op.f("ck_points_ledger_delta_not_zero")),
        sa.ForeignKeyConstraint(
            ["card_id"],
            ["recognition_cards.id"],
            name=op.f("fk_points_ledger_card_id_recognition_cards"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_points_ledger_employee_id_employees"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["expires_lot_id"],
            ["points_ledger.id"],
            name=op.f("fk_points_ledger_expires_lot_id_points_ledger"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["redemption_id"],
            ["recognition_redemptions.id"],
            name=op.f("fk_points_ledger_redemption_id_recognition_redemptions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_ledger")),
        sa.UniqueConstraint("expires_lot_id", name=op.f("uq_points_ledger_expires_lot_id")),
    )
    with op.batch_alter_table("points_ledger", schema=None) as batch_op:
        batch_op.create_index("ix_points_ledger_employee_id_id", ["employee_id", "id"], unique=False)
        batch_op.create_index("ix_points_ledger_expires_at", ["expires_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_points_ledger_redemption_id"), ["redemption_id"], unique=False)

    append_only.guard("points_ledger")


def downgrade() -> None:
    append_only.unguard("points_ledger")
    with op.batch_alter_table("points_ledger", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_points_ledger_redemption_id"))
        batch_op.drop_index("ix_points_ledger_expires_at")
        batch_op.drop_index("ix_points_ledger_employee_id_id")

    op.drop_table("points_ledger")
    with op.batch_alter_table("recognition_cards", schema=None) as batch_op:
        batch_op.drop_index("ix_recognition_cards_sender_id_created_at")
        batch_op.drop_index("ix_recognition_cards_receiver_unit_id_created_at")
        batch_op.drop_index("ix_recognition_cards_receiver_id_created_at")
        batch_op.drop_index(batch_op.f("ix_recognition_cards_programme_code"))
        batch_op.drop_index("ix_recognition_cards_created_at_id")

    op.drop_table("recognition_cards")
    op.drop_table("recognition_settings")
    with op.batch_alter_table("recognition_redemptions", schema=None) as batch_op:
        batch_op.drop_index("ix_recognition_redemptions_status_requested_at")
        batch_op.drop_index("ix_recognition_redemptions_employee_id_requested_at")
        batch_op.drop_index("ix_recognition_redemptions_decided_at")

    op.drop_table("recognition_redemptions")
    op.drop_table("recognition_programmes")
    op.drop_table("recognition_point_accounts")
    op.drop_table("recognition_pair_spend")
    op.drop_table("recognition_budget_spend")
    op.drop_table("recognition_catalogue_items")
