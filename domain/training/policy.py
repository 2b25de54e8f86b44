"""The training policy HR sets (versioned): the numbers of the credit rules, the level thresholds
and each level's monthly allowance. The defaults are the seed's figures: online 100 % and exam 80,
practice 8 of 10 for 3 credits; 20 / 40 / 60 credits for junior / intermediate / senior, paid
500 / 1,000 / 1,500 CNY a month."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.auth.scopes import require_person
from domain.shared import audit
from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict
from domain.shared.i18n import _
from domain.shared.money import CURRENCY_PATTERN, AmountError, parse_minor
from domain.training.models import TrainingPolicyVersion
from domain.training.rules import CreditRules
from domain.training.schemas import CreditsText, to_centi

AllowanceText = Annotated[str, StringConstraints(strict=True, pattern=r"^\d{1,7}(\.\d{1,2})?$")]


class TrainingRules(BaseModel):
    """What HR configures."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    online_min_completion_percent: int = Field(default=100, strict=True, ge=1, le=100)
    online_min_exam_score: int = Field(default=80, strict=True, ge=0, le=100)
    practice_min_mentor_score: int = Field(default=8, strict=True, ge=0, le=10)
    practice_credits: CreditsText = "3"
    junior_at: CreditsText = Field(default="20", description="Credits that make a person junior")
    intermediate_at: CreditsText = Field(default="40", description="Credits that make a person intermediate")
    senior_at: CreditsText = Field(default="60", description="Credits that make a person senior")
    junior_allowance: AllowanceText = Field(default="500", description="Monthly allowance, in `currency`")
    intermediate_allowance: AllowanceText = Field(default="1000")
    senior_allowance: AllowanceText = Field(default="1500")
    currency: str = Field(default="CNY", pattern=CURRENCY_PATTERN)
    modifier_step_percent: int = Field(
        default=1,
        strict=True,
        ge=0,
        le=100,
        description="Pools that apply the credit modifier raise a person's weight this much per 10 credits of the year",
    )
    modifier_cap_percent: int = Field(default=10, strict=True, ge=0, le=100, description="At most this much")
    readiness_mode: Literal["block", "warn"] = Field(
        default="block",
        description="block: a posting's secondment is not approved until its required courses are passed",
    )

    @model_validator(mode="after")
    def _rising_and_payable(self) -> TrainingRules:
        junior, intermediate, senior = (
            Decimal(text) for text in (self.junior_at, self.intermediate_at, self.senior_at)
        )
        if not 0 < junior < intermediate < senior:
            raise ValueError(_("the level thresholds must rise from junior to senior and be above zero"))
        for text in (self.junior_allowance, self.intermediate_allowance, self.senior_allowance):
            try:
                parse_minor(text, self.currency)
            except AmountError as exc:
                raise ValueError(str(exc)) from None
        return self

    @property
    def credit_rules(self) -> CreditRules:
        return CreditRules(
            online_min_completion_percent=self.online_min_completion_percent,
            online_min_exam_score=self.online_min_exam_score,
            practice_min_mentor_score=self.practice_min_mentor_score,
            practice_credits_centi=to_centi(self.practice_credits),
        )

    @property
    def thresholds_centi(self) -> tuple[int, int, int]:
        return to_centi(self.junior_at), to_centi(self.intermediate_at), to_centi(self.senior_at)

    @property
    def allowances_minor(self) -> tuple[int, int, int]:
        low, middle, high = (
            parse_minor(text, self.currency)
            for text in (self.junior_allowance, self.intermediate_allowance, self.senior_allowance)
        )
        return low, middle, high


class TrainingRulesRead(TrainingRules):
    version: int = Field(description="0: the defaults, never changed")


DEFAULTS = TrainingRules()


async def rules_in_force(session: AsyncSession) -> tuple[TrainingRules, int]:
    row = await session.scalar(select(TrainingPolicyVersion).order_by(TrainingPolicyVersion.version.desc()).limit(1))
    if row is None:
        return DEFAULTS, 0
    return TrainingRules.model_validate(row.document), row.version


async def get_rules(session: AsyncSession, *, actor: Actor) -> TrainingRulesRead:
    """Anyone signed in reads the credit rules they earn under."""
    require_person(actor)
    rules, version = await rules_in_force(session)
    return TrainingRulesRead(**rules.model_dump(), version=version)


async def set_rules(session: AsyncSession, *, actor: Actor, clock: Clock, data: TrainingRules) -> TrainingRulesRead:
    require_role(
        actor,
        Role.HR,
        Role.ADMIN,
        refusal=_("Only HR and administrators change the training policy."),
        slug="training.forbidden",
    )
    before, version = await rules_in_force(session)
    try:
        async with session.begin_nested():
            session.add(
                TrainingPolicyVersion(
                    version=version + 1,
                    document=data.model_dump(mode="json"),
                    created_at=clock.now(),
                    created_by=actor.account_id,
                )
            )
            await session.flush()
    except IntegrityError:
        raise Conflict(
            _("The training policy was changed meanwhile; reload it and try again."),
            slug="training.policy_changed_concurrently",
        ) from None
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="training.policy_changed",
        entity_type="training_policy",
        entity_id=str(version + 1),
        changes={"policy": {"before": before.model_dump(mode="json"), "after": data.model_dump(mode="json")}},
    )
    return TrainingRulesRead(**data.model_dump(), version=version + 1)
