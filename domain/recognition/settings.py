"""Recognition's rules as HR sets them: monthly budgets by role, the monthly cap on budget points
between two people, and how long awarded points last. One row, saved with the version read (a save
racing another loses with 409, nothing overwritten unseen), audited with what changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.recognition.access import require_keeper
from domain.recognition.models import RecognitionSettings
from domain.recognition.rules import EXPIRY_MONTHS_DEFAULT, PAIR_CAP_DEFAULT, ROLE_BUDGET_DEFAULTS
from domain.recognition.schemas import SettingsRead, SettingsUpdate
from domain.shared import audit
from domain.shared.access import require_person
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict
from domain.shared.i18n import _
from domain.shared.upsert import upsert

ROW = 1


@dataclass(frozen=True, slots=True)
class Rules:
    budgets: dict[str, int]
    pair_cap: int
    expiry_months: int
    version: int
    updated_at: datetime | None


DEFAULTS = Rules(dict(ROLE_BUDGET_DEFAULTS), PAIR_CAP_DEFAULT, EXPIRY_MONTHS_DEFAULT, 0, None)


async def rules_in_force(session: AsyncSession) -> Rules:
    """The settings (no authorization: for services that decide)."""
    row = await session.scalar(select(RecognitionSettings).where(RecognitionSettings.id == ROW))
    if row is None:
        return DEFAULTS
    budgets = {**ROLE_BUDGET_DEFAULTS, **{role: int(points) for role, points in row.budgets.items()}}
    return Rules(budgets, row.pair_cap, row.expiry_months, row.version, row.updated_at)


def _read(rules: Rules) -> SettingsRead:
    return SettingsRead(
        budgets=rules.budgets,
        pair_cap=rules.pair_cap,
        expiry_months=rules.expiry_months,
        version=rules.version,
        updated_at=rules.updated_at,
    )


async def read_settings(session: AsyncSession, *, actor: Actor) -> SettingsRead:
    """Everyone signed in reads the rules their budget follows."""
    require_person(actor)
    return _read(await rules_in_force(session))


async def save_settings(session: AsyncSession, *, actor: Actor, clock: Clock, data: SettingsUpdate) -> SettingsRead:
    """Roles the update leaves out keep their budget. Applies from now on: points already spent this
    month count against the new budget; lots already awarded keep the expiry they were given."""
    require_keeper(actor)
    before = await rules_in_force(session)
    if data.version != before.version:
        raise _changed(before.version)
    budgets = {**before.budgets, **{str(role): points for role, points in data.budgets.items()}}
    now = clock.now()
    values = {
        "budgets": budgets,
        "pair_cap": data.pair_cap,
        "expiry_months": data.expiry_months,
        "version": data.version + 1,
        "updated_at": now,
        "updated_by": actor.account_id,
    }
    if data.version == 0:
        insert = (await upsert(session, RecognitionSettings)).values(id=ROW, **values)
        written = await session.execute(insert.on_conflict_do_nothing(index_elements=["id"]))
    else:
        written = await session.execute(
            update(RecognitionSettings)
            .where(RecognitionSettings.id == ROW, RecognitionSettings.version == data.version)
            .values(**values)
        )
    if written.rowcount != 1:  # type: ignore[attr-defined]
        raise _changed((await rules_in_force(session)).version)
    after = Rules(budgets, data.pair_cap, data.expiry_months, data.version + 1, now)
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="recognition.settings_saved",
        entity_type="recognition_settings",
        entity_id=str(ROW),
        changes=audit.changed_fields(
            {"budgets": before.budgets, "pair_cap": before.pair_cap, "expiry_months": before.expiry_months},
            {"budgets": budgets, "pair_cap": data.pair_cap, "expiry_months": data.expiry_months},
        ),
    )
    return _read(after)


def _changed(version: int) -> Conflict:
    return Conflict(
        _(
            "The recognition settings were changed meanwhile (version {version}); reload them and try again.",
            version=version,
        ),
        slug="recognition.settings_changed",
        version=version,
    )
