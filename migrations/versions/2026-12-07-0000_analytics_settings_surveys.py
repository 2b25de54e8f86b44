"""Analytics settings (HR's thresholds), flags about one person (a leader's frontline days), and
pulse surveys: HR's questionnaires, their waves, who was invited to each, and the answers, which
are kept without any link to the person who gave them.

Revision ID: 0036
Revises: 0035
Create Date: 2026-12-07 00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0036"
down_revision: str | None = "0035"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=max(map(len, values)) + 8)


def upgrade() -> None:
    with op.batch_alter_table("analytics_flags", schema=None) as batch_op:
        batch_op.add_column(sa.Column("employee_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_analytics_flags_employee_id_employees"),
            "employees",
            ["employee_id"],
            ["id"],
            ondelete="CASCADE",
        )
    op.create_table(
        "analytics_settings",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("minimum_group", sa.Integer(), nullable=False),
        sa.Column("frontline_days", sa.Integer(), nullable=False),
        sa.Column("participation_below", sa.String(length=8), nullable=False),
        sa.Column("satisfaction_below", sa.String(length=8), nullable=False),
        sa.Column("attrition_above", sa.String(length=8), nullable=False),
        sa.Column("turnover_above", sa.String(length=8), nullable=False),
        sa.Column("late_shift_share_above", sa.String(length=8), nullable=False),
        sa.Column("leader_days_below", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", MOMENT, nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["updated_by"],
            ["accounts.id"],
            name=op.f("fk_analytics_settings_updated_by_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_analytics_settings")),
    )

    op.create_table(
        "pulse_surveys",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("local_title", sa.String(length=200), nullable=True),
        sa.Column("scales", JSON, nullable=False),
        sa.Column("reasons", JSON, nullable=False),
        sa.Column("comment_prompt", sa.Text(), nullable=True),
        sa.Column("cadence_days", sa.Integer(), nullable=False),
        sa.Column("open_days", sa.Integer(), nullable=False),
        sa.Column("at_end", sa.Boolean(), nullable=False),
        sa.Column("status", _enum("survey_status", "draft", "active", "retired"), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.Column("updated_at", MOMENT, nullable=False),
        sa.Column("activated_at", MOMENT, nullable=True),
        sa.Column("retired_at", MOMENT, nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["accounts.id"], name=op.f("fk_pulse_surveys_created_by_accounts"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pulse_surveys")),
    )
    with op.batch_alter_table("pulse_surveys", schema=None) as batch_op:
        batch_op.create_index(
            "uq_pulse_surveys_active",
            ["status"],
            unique=True,
            postgresql_where=sa.text("status = 'active'"),
            sqlite_where=sa.text("status = 'active'"),
        )
    op.create_table(
        "survey_waves",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("survey_id", sa.Uuid(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closes_on", sa.Date(), nullable=False),
        sa.Column("invited", sa.Integer(), nullable=False),
        sa.Column("reminded_at", MOMENT, nullable=True),
        sa.Column("closed_at", MOMENT, nullable=True),
        sa.Column("created_at", MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["survey_id"],
            ["pulse_surveys.id"],
            name=op.f("fk_survey_waves_survey_id_pulse_surveys"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_waves")),
        sa.UniqueConstraint("survey_id", "opened_on", name=op.f("uq_survey_waves_survey_id_opened_on")),
    )
    with op.batch_alter_table("survey_waves", schema=None) as batch_op:
        batch_op.create_index("ix_survey_waves_closes_on", ["closes_on"], unique=False)
    op.create_table(
        "survey_invitations",
        sa.Column("wave_id", sa.Uuid(), nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("stage", _enum("survey_stage", "during", "end"), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("answered_at", MOMENT, nullable=True),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_survey_invitations_employee_id_employees"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["org_units.id"], name=op.f("fk_survey_invitations_unit_id_org_units"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["wave_id"],
            ["survey_waves.id"],
            name=op.f("fk_survey_invitations_wave_id_survey_waves"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("wave_id", "employee_id", name=op.f("pk_survey_invitations")),
    )
    with op.batch_alter_table("survey_invitations", schema=None) as batch_op:
        batch_op.create_index("ix_survey_invitations_employee_id", ["employee_id"], unique=False)
    op.create_table(
        "survey_responses",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("wave_id", sa.Uuid(), nullable=False),
        sa.Column("stage", _enum("survey_stage", "during", "end"), nullable=False),
        sa.Column("home_unit_id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("woman", sa.Boolean(), nullable=False),
        sa.Column("score", sa.SmallInteger(), nullable=False),
        sa.Column("scores", JSON, nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["home_unit_id"],
            ["org_units.id"],
            name=op.f("fk_survey_responses_home_unit_id_org_units"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["org_units.id"], name=op.f("fk_survey_responses_unit_id_org_units"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["wave_id"], ["survey_waves.id"], name=op.f("fk_survey_responses_wave_id_survey_waves"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_responses")),
    )
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.create_index("ix_survey_responses_wave_id", ["wave_id"], unique=False)


def downgrade() -> None:
    op.drop_table("survey_responses")
    op.drop_table("survey_invitations")
    op.drop_table("survey_waves")
    op.drop_table("pulse_surveys")
    op.drop_table("analytics_settings")
    with op.batch_alter_table("analytics_flags", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_analytics_flags_employee_id_employees"), type_="foreignkey")
        batch_op.drop_column("employee_id")
