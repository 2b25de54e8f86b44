"""The company's roster rules (versioned, set by HR): when a shift counts as late, the women's
late-shift share, rest between shifts, consecutive working days, the week's first day and the
lateness grace. The legal numbers (night window, standard day and week) come from the protection
policy in force (domain/care), so one change of the law reaches rosters too."""

from __future__ import annotations

from datetime import time
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.auth.scopes import require_person
from domain.care.availability import policy_in_force
from domain.care.protections import Policy
from domain.rosters.models import RosterPolicyVersion
from domain.rosters.rules import RosterPolicy
from domain.shared import audit
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict
from domain.shared.i18n import _
from domain.shared.schemas import ClockTime


class RosterRules(BaseModel):
    """What HR configures; the defaults are the seed's figures."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    late_after: ClockTime = Field(default=time(22, 0), description="A shift ending after this local time is late")
    women_late_share_percent: int = Field(
        default=10, strict=True, ge=0, le=100, description="Most late shifts of a store's week worked by women, in %"
    )
    min_rest_minutes: int = Field(default=660, strict=True, ge=0, le=1440, description="Rest between two shifts")
    max_consecutive_days: int = Field(
        default=6, strict=True, ge=1, le=13, description="Working days in a row; 6 keeps one day off in seven"
    )
    week_starts_on: int = Field(
        default=0, strict=True, ge=0, le=6, description="First day of a roster week, Monday = 0"
    )
    grace_minutes: int = Field(default=5, strict=True, ge=0, le=60, description="A punch this late is still on time")


class RosterRulesRead(RosterRules):
    version: int = Field(description="0: the defaults, never changed")


DEFAULTS = RosterRules()


async def rules_in_force(session: AsyncSession) -> tuple[RosterRules, int]:
    row = await session.scalar(select(RosterPolicyVersion).order_by(RosterPolicyVersion.version.desc()).limit(1))
    if row is None:
        return DEFAULTS, 0
    return RosterRules.model_validate(row.document), row.version


def combined(rules: RosterRules, law: Policy) -> RosterPolicy:
    """The pure rules' policy: the law's numbers with the company's."""
    return RosterPolicy(
        night_start=law.night_start,
        night_end=law.night_end,
        standard_day_minutes=law.standard_day_minutes,
        standard_week_minutes=law.standard_day_minutes * len(law.working_weekdays),
        late_after=rules.late_after,
        women_late_share_max=Decimal(rules.women_late_share_percent) / 100,
        min_rest_minutes=rules.min_rest_minutes,
        max_consecutive_days=rules.max_consecutive_days,
    )


async def policy_now(session: AsyncSession) -> tuple[RosterPolicy, RosterRules]:
    rules, _version = await rules_in_force(session)
    law, _law_version = await policy_in_force(session)
    return combined(rules, law), rules


async def get_rules(session: AsyncSession, *, actor: Actor) -> RosterRulesRead:
    """Anyone signed in reads the rules their rosters keep."""
    require_person(actor)
    rules, version = await rules_in_force(session)
    return RosterRulesRead(**rules.model_dump(), version=version)


async def set_rules(session: AsyncSession, *, actor: Actor, clock: Clock, data: RosterRules) -> RosterRulesRead:
    require_role(
        actor,
        Role.HR,
        Role.ADMIN,
        refusal=_("Only HR and administrators change the roster rules."),
        slug="roster.policy_forbidden",
    )
    before, version = await rules_in_force(session)
    try:
        async with session.begin_nested():
            session.add(
                RosterPolicyVersion(
                    version=version + 1,
                    document=data.model_dump(mode="json"),
                    created_at=clock.now(),
                    created_by=actor.account_id,
                )
            )
            await session.flush()
    except IntegrityError:
        raise Conflict(
            _("The roster rules were changed meanwhile; reload them and try again."),
            slug="roster.policy_changed_concurrently",
        ) from None
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="roster.policy_changed",
        entity_type="roster_policy",
        entity_id=str(version + 1),
        changes={"policy": {"before": before.model_dump(mode="json"), "after": data.model_dump(mode="json")}},
    )
    return RosterRulesRead(**data.model_dump(), version=version + 1)
