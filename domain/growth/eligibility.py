"""Promotion eligibility, by rule: HR keeps the rules (everyone signed in reads them: the same rules
for everyone), a person reads where they stand on each rule that applies to them, HR lists who
qualifies and who is close. Every figure is computed from the data the system already holds
(`facts.gather`) by the pure conditions (`conditions`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

from pydantic import TypeAdapter
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.growth import conditions as pure
from domain.growth.facts import Facts, Person, gather, people
from domain.growth.models import EligibilityRule
from domain.growth.schemas import (
    Condition,
    ConditionStatus,
    Credits,
    EligibilityEntry,
    FrontlinePerformance,
    FrontlineTime,
    RuleRead,
    RuleStanding,
    RuleUpdate,
)
from domain.org.service import organisation_today
from domain.postings.service import require_known_skills
from domain.shared import audit
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, NotFound
from domain.shared.i18n import ENGLISH, _, render
from domain.shared.pagination import DEFAULT_LIMIT, Slice, decode_cursor, slice_of
from domain.training.rules import centi_text
from domain.training.schemas import to_centi

CONDITIONS: TypeAdapter[list[Condition]] = TypeAdapter(list[Condition])
Status = Literal["eligible", "close", "all"]


def _require_hr(actor: Actor) -> None:
    if actor.is_client or not actor.has_role(Role.HR, Role.ADMIN):
        raise Forbidden(_("Only HR keeps the eligibility rules."), slug="eligibility.forbidden")


def rule_read(rule: EligibilityRule) -> RuleRead:
    return RuleRead(
        code=rule.code,
        title=rule.title,
        local_title=rule.local_title,
        target=rule.target,
        applies_to_roles=[Role(role) for role in rule.applies_to_roles],
        conditions=CONDITIONS.validate_python(rule.conditions),
        active=rule.active,
        version=rule.version,
        updated_at=rule.updated_at,
    )


async def list_rules(session: AsyncSession) -> list[RuleRead]:
    return [rule_read(rule) for rule in await session.scalars(select(EligibilityRule).order_by(EligibilityRule.code))]


async def get_rule(session: AsyncSession, code: str) -> EligibilityRule:
    rule = await session.get(EligibilityRule, code)
    if rule is None:
        raise NotFound(_("No eligibility rule {code}.", code=code), slug="eligibility_rule.not_found")
    return rule


async def put_rule(session: AsyncSession, *, actor: Actor, clock: Clock, code: str, data: RuleUpdate) -> RuleRead:
    _require_hr(actor)
    for index, condition in enumerate(data.conditions):
        if isinstance(condition, Credits) and condition.skills:
            await require_known_skills(list(condition.skills), session, f"body.conditions[{index}].skills")
    now = clock.now()
    terms = {
        "title": data.title,
        "local_title": data.local_title,
        "target": data.target,
        "applies_to_roles": sorted({role.value for role in data.applies_to_roles}),
        "conditions": [condition.model_dump(mode="json") for condition in data.conditions],
        "active": data.active,
    }
    rule = await session.get(EligibilityRule, code, with_for_update=True)
    before: dict[str, object] = {}
    if rule is None:
        rule = EligibilityRule(code=code, version=1, created_at=now, updated_at=now, **terms)
        try:
            async with session.begin_nested():
                session.add(rule)
                await session.flush()
        except IntegrityError:
            raise Conflict(
                _("The rule was added meanwhile; reload it and try again."), slug="eligibility_rule.version_conflict"
            ) from None
    else:
        if data.version != rule.version:
            raise Conflict(
                _("The rule was changed meanwhile (version {version}); reload it and try again.", version=rule.version),
                slug="eligibility_rule.version_conflict",
                current_version=rule.version,
            )
        before = {key: getattr(rule, key) for key in terms}
        for key, value in terms.items():
            setattr(rule, key, value)
        rule.version += 1
        rule.updated_at = now
        await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="eligibility_rule.saved",
        entity_type="eligibility_rule",
        entity_id=code,
        changes={"before": before, "after": terms},
    )
    return rule_read(rule)


# --- evaluation ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Evaluated:
    rule: EligibilityRule
    person: Person
    eligible: bool
    close: bool
    statuses: list[ConditionStatus]


def _text(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")


def check(
    condition: Condition, person: Person, facts: Facts, language: str = ENGLISH
) -> tuple[pure.Check, ConditionStatus]:
    today = facts.today
    if isinstance(condition, FrontlineTime):
        start = pure.window_start(today, condition.window_months, condition.this_year)
        days = facts.frontline_days(person.employee_id, start, today + timedelta(days=1))
        result = pure.at_least(Decimal(days), Decimal(condition.min_days))
        months, rest = pure.months_and_days(days)
        summary = render(
            _(
                "{days} of {needed} frontline days ({months} months {rest} days)",
                days=days,
                needed=condition.min_days,
                months=months,
                rest=rest,
            ),
            language,
        )
        return result, ConditionStatus(
            kind=condition.kind, met=result.met, figure=str(days), needed=str(condition.min_days), summary=summary
        )
    if isinstance(condition, FrontlinePerformance):
        first = pure.month_text_before(today, condition.window_months)
        seen = [(month, value) for month, value in facts.percentiles.get(person.employee_id, []) if month >= first]
        percentile = pure.aggregate_percentile(seen, condition.aggregate)
        result = pure.within_top(percentile, Decimal(condition.top_percent))
        if percentile is None:
            summary = render(
                _("no closed month at the frontline yet (needs top {top}%)", top=condition.top_percent), language
            )
        else:
            summary = render(
                _(
                    "top {share}% (needs top {top}%)",
                    share=_text(pure.top_share(percentile)),
                    top=condition.top_percent,
                ),
                language,
            )
        return result, ConditionStatus(
            kind=condition.kind,
            met=result.met,
            figure=None if percentile is None else _text(percentile),
            needed=_text(result.needed),
            summary=summary,
        )
    first = pure.month_text_before(today, condition.window_months)
    wanted = {category.value for category in condition.categories}
    skills = set(condition.skills)
    centi = 0
    for counts_in, category, course_code, amount in facts.credits.get(person.employee_id, []):
        if counts_in < first or (wanted and category not in wanted):
            continue
        if skills and not (course_code and facts.course_skills.get(course_code, frozenset()) & skills):
            continue
        centi += amount
    needed_centi = to_centi(condition.min_credits)
    result = pure.at_least(Decimal(centi), Decimal(needed_centi))
    summary = render(
        _("{earned} of {needed} credits", earned=centi_text(centi), needed=centi_text(needed_centi)), language
    )
    return result, ConditionStatus(
        kind=condition.kind, met=result.met, figure=centi_text(centi), needed=centi_text(needed_centi), summary=summary
    )


def evaluate(rule: EligibilityRule, person: Person, facts: Facts, language: str = ENGLISH) -> Evaluated:
    results = [check(condition, person, facts, language) for condition in CONDITIONS.validate_python(rule.conditions)]
    checks = [result for result, _status in results]
    return Evaluated(rule, person, pure.eligible(checks), pure.close(checks), [status for _r, status in results])


def applies(rule: EligibilityRule, person: Person) -> bool:
    return not rule.applies_to_roles or bool(person.roles & set(rule.applies_to_roles))


async def evaluate_all(
    session: AsyncSession,
    today: date,
    rules: list[EligibilityRule],
    employee_ids: list[uuid.UUID] | None = None,
    language: str = ENGLISH,
) -> list[Evaluated]:
    """Every person each rule applies to, evaluated; one gathering of facts for all the rules."""
    if not rules:
        return []
    who = await people(session, employee_ids=employee_ids)
    every = [condition for rule in rules for condition in CONDITIONS.validate_python(rule.conditions)]
    facts = await gather(session, today, every, who)
    return [
        evaluate(rule, person, facts, language) for rule in rules for person in who.values() if applies(rule, person)
    ]


def standing(evaluated: Evaluated) -> RuleStanding:
    rule = evaluated.rule
    return RuleStanding(
        rule_code=rule.code,
        title=rule.title,
        local_title=rule.local_title,
        target=rule.target,
        eligible=evaluated.eligible,
        close=evaluated.close,
        conditions=evaluated.statuses,
    )


async def my_eligibility(session: AsyncSession, *, actor: Actor, clock: Clock) -> list[RuleStanding]:
    """Each active rule that applies to the caller, with every condition's figure and what is missing."""
    if actor.employee_id is None:
        raise NotFound(_("Your account is not linked to an employee."), slug="employee.not_found")
    rules = list(
        await session.scalars(
            select(EligibilityRule).where(EligibilityRule.active.is_(True)).order_by(EligibilityRule.code)
        )
    )
    today = await organisation_today(session, clock)
    return [standing(e) for e in await evaluate_all(session, today, rules, [actor.employee_id], actor.language)]


async def eligibility_list(
    session: AsyncSession,
    *,
    actor: Actor,
    clock: Clock,
    rule_code: str,
    status: Status = "eligible",
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[EligibilityEntry]:
    """HR and leaders: who meets a rule (`eligible`), who is close (`close`), or everyone it applies
    to (`all`), by employee number."""
    if actor.is_client or not actor.has_role(Role.HR, Role.LEADER, Role.ADMIN):
        raise Forbidden(_("Eligibility lists are for HR and leaders."), slug="eligibility.forbidden")
    rule = await get_rule(session, rule_code)
    today = await organisation_today(session, clock)
    after = str(decode_cursor(cursor, arity=1)[0]) if cursor is not None else None
    chosen = [
        e
        for e in await evaluate_all(session, today, [rule], language=actor.language)
        if (status == "all" or (e.eligible if status == "eligible" else e.close))
        and (after is None or e.person.employee_no > after)
    ]
    chosen.sort(key=lambda e: e.person.employee_no)
    entries = [
        EligibilityEntry(
            **standing(e).model_dump(),
            employee_id=e.person.employee_id,
            employee_no=e.person.employee_no,
            full_name=e.person.full_name,
        )
        for e in chosen[: limit + 1]
    ]
    return slice_of(entries, limit, key=lambda entry: [entry.employee_no])
