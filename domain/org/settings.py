"""Organisation-wide settings an administrator changes (audited), kept in the database so every
replica reads the same answer: separation of duties in settlement (on by default), the rule that
nobody approves pay they prepared themselves (whoever last calculated a pool does not approve it,
and whoever closed a month does not approve that month's pools), and how many secondees one
head-office mentor may take at once (3 by default)."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field
from sqlalchemy import Boolean, ForeignKey, Integer, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared import audit
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.db import Base, UTCDateTime
from domain.shared.i18n import _
from domain.shared.schemas import InputModel
from domain.shared.upsert import upsert_into

SETTINGS_ROW = 1
SEPARATION_OF_DUTIES_DEFAULT = True
MAX_MENTEES_DEFAULT = 3


class OrganisationSettings(Base):
    """The organisation's settings: one row, absent until an administrator first changes one
    (the defaults in code hold until then)."""

    __tablename__ = "organisation_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    separation_of_duties: Mapped[bool] = mapped_column(Boolean)
    max_mentees: Mapped[int] = mapped_column(Integer, default=MAX_MENTEES_DEFAULT, server_default="3")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))


class OrganisationSettingsRead(BaseModel):
    separation_of_duties: bool = Field(
        description="Whoever last calculated a pool may not approve it, and whoever closed a month may not "
        "approve that month's pools"
    )
    max_mentees: int = Field(description="How many secondees one head-office mentor may take at once")
    updated_at: datetime | None = Field(description="None while the defaults hold")


class OrganisationSettingsUpdate(InputModel):
    """The settings to change; those left out keep their value."""

    separation_of_duties: bool | None = Field(default=None, strict=True)
    max_mentees: int | None = Field(default=None, strict=True, ge=1, le=20)


def _read(row: OrganisationSettings | None) -> OrganisationSettingsRead:
    if row is None:
        return OrganisationSettingsRead(
            separation_of_duties=SEPARATION_OF_DUTIES_DEFAULT, max_mentees=MAX_MENTEES_DEFAULT, updated_at=None
        )
    return OrganisationSettingsRead(
        separation_of_duties=row.separation_of_duties, max_mentees=row.max_mentees, updated_at=row.updated_at
    )


async def separation_of_duties(session: AsyncSession) -> bool:
    """Whether settlement keeps separation of duties (no authorization: for services that decide)."""
    stored = await session.scalar(
        select(OrganisationSettings.separation_of_duties).where(OrganisationSettings.id == SETTINGS_ROW)
    )
    return SEPARATION_OF_DUTIES_DEFAULT if stored is None else stored


async def max_mentees(session: AsyncSession) -> int:
    """How many secondees one mentor may take at once (no authorization: for services that decide)."""
    stored = await session.scalar(
        select(OrganisationSettings.max_mentees).where(OrganisationSettings.id == SETTINGS_ROW)
    )
    return MAX_MENTEES_DEFAULT if stored is None else stored


async def get_settings(session: AsyncSession, *, actor: Actor) -> OrganisationSettingsRead:
    """HR and administrators read the settings they work under."""
    require_role(
        actor,
        Role.HR,
        Role.ADMIN,
        refusal=_("Only HR and administrators read the organisation's settings."),
        slug="settings.forbidden",
    )
    row = await session.get(OrganisationSettings, SETTINGS_ROW)
    return _read(row)


async def update_settings(
    session: AsyncSession, *, actor: Actor, clock: Clock, data: OrganisationSettingsUpdate
) -> OrganisationSettingsRead:
    """Administrators only (HR works under these rules, so HR does not set them); audited."""
    require_role(
        actor,
        Role.ADMIN,
        refusal=_("Only administrators change the organisation's settings."),
        slug="settings.admin_only",
    )
    now = clock.now()
    # the row first (racing writers both insert-or-skip), then its lock: changes queue up
    connection = await session.connection()
    insert = upsert_into(OrganisationSettings, connection.dialect.name)
    await connection.execute(
        insert.values(
            id=SETTINGS_ROW,
            separation_of_duties=SEPARATION_OF_DUTIES_DEFAULT,
            max_mentees=MAX_MENTEES_DEFAULT,
            updated_at=now,
        ).on_conflict_do_nothing()
    )
    row = await session.scalar(
        select(OrganisationSettings).where(OrganisationSettings.id == SETTINGS_ROW).with_for_update()
    )
    assert row is not None
    before = {"separation_of_duties": row.separation_of_duties, "max_mentees": row.max_mentees}
    if data.separation_of_duties is not None:
        row.separation_of_duties = data.separation_of_duties
    if data.max_mentees is not None:
        row.max_mentees = data.max_mentees
    row.updated_at = now
    row.updated_by = actor.account_id
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="organisation_settings.updated",
        entity_type="organisation_settings",
        entity_id=str(SETTINGS_ROW),
        changes=audit.changed_fields(
            before, {"separation_of_duties": row.separation_of_duties, "max_mentees": row.max_mentees}
        ),
    )
    return _read(row)
