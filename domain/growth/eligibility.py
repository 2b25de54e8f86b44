"""Promotion eligibility, by rule: HR keeps the rules (everyone signed in reads them: the same rules
for everyone; integration clients do not), a person reads where they stand on each rule that applies
to them, HR lists who qualifies and who is close. Every figure is computed from the data the system
already holds (`facts.gather`) by the pure conditions (`conditions`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
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
from domain.org.queries import organisation_today
from domain.shared import audit
from domain.shared.access import require_person, require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, NotFound
from domain.shared.i18n import _, render
from domain.shared.pagination import DEFAULT_LIMIT, Slice, decode_cursor, slice_of
from domain.skills.queries import require_known_skills
from domain.training.rules import centi_text
from domain.training.schemas import to_centi

CONDITIONS: TypeAdapter[list[Condition]] = TypeAdapter(list[Condition])
Status = Literal["eligible", "close", "all"]


def _require_hr(actor: Actor) -> None:
    require_role(
        actor, Role.HR, Role.ADMIN, refusal=_("Only HR keeps the eligibility rules."), slug="eligibility.forbidden"
    )


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


async def list_rules(session: AsyncSession, *, actor: Actor) -> list[RuleRead]:
    require_person(actor)
    return [rule_read(rule) for rule in await session.scalars(select(EligibilityRule).order_by(EligibilityRule.code))]


async def get_rule(session: AsyncSession, code: str) -> EligibilityRule:
    """The rule, for use cases that decide themselves who may act on it; 404 when there is none."""
    rule = await session.get(EligibilityRule, code)
    if rule is None:
        raise NotFound(_("No eligibility rule {code}.", code=code), slug="eligibility_rule.not_found")
    return rule


async def read_rule(session: AsyncSession, *, actor: Actor, code: str) -> RuleRead:
    """One rule, for a person signed in; clients are refused before the code is looked up."""
    require_person(actor)
    return rule_read(await get_rule(session, code))


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
    conditions: list[Condition]
    person: Person
    eligible: bool
    close: bool
    checks: list[pure.Check]


def _text(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")


Checker = Callable[[Person], pure.Check]


def checker(condition: Condition, facts: Facts) -> Checker:
    """One condition, its window and thresholds worked out once, as a function of a person: the
    figure in the condition's unit (days, a percentile, hundredths of a credit) against the need."""
    today = facts.today
    if isinstance(condition, FrontlineTime):
        start = pure.window_start(today, condition.window_months, condition.this_year)
        end, days_needed = today + timedelta(days=1), Decimal(condition.min_days)

        def frontline_time(person: Person) -> pure.Check:
            return pure.at_least(Decimal(facts.frontline_days(person.employee_id, start, end)), days_needed)

        return frontline_time
    if isinstance(condition, FrontlinePerformance):
        first = pure.month_text_before(today, condition.window_months)
        how, top = condition.aggregate, Decimal(condition.top_percent)
        percentiles, summaries = facts.percentiles, facts.summaries

        def performance(person: Person) -> pure.Check:
            summary = summaries.get(person.employee_id)
            if summary is not None:
                return pure.within_top(summary[(first, how)], top)
            seen = [(month, value) for month, value in percentiles.get(person.employee_id, ()) if month >= first]
            return pure.within_top(pure.aggregate_percentile(seen, how), top)

        return performance
    first = pure.month_text_before(today, condition.window_months)
    wanted = {category.value for category in condition.categories}
    skills = set(condition.skills)
    counted = {code for code, built in facts.course_skills.items() if built & skills} if skills else None
    centi_needed = Decimal(to_centi(condition.min_credits))
    ledger = facts.credits

    def credits(person: Person) -> pure.Check:
        centi = 0
        for counts_in, category, course_code, amount in ledger.get(person.employee_id, ()):
            if (
                counts_in >= first
                and (not wanted or category in wanted)
                and (counted is None or course_code in counted)
            ):
                centi += amount
        return pure.at_least(Decimal(centi), centi_needed)

    return credits


def describe(condition: Condition, result: pure.Check, language: str) -> ConditionStatus:
    """What a person reads of one condition: the figure, what it needs, and a sentence in their language."""
    figure: str | None
    if isinstance(condition, FrontlineTime):
        days = int(result.figure or 0)
        months, rest = pure.months_and_days(days)
        text = _(
            "{days} of {needed} frontline days ({months} months {rest} days)",
            days=days,
            needed=condition.min_days,
            months=months,
            rest=rest,
        )
        figure, needed = str(days), str(condition.min_days)
    elif isinstance(condition, FrontlinePerformance):
        if result.figure is None:
            text = _("no closed month at the frontline yet (needs top {top}%)", top=condition.top_percent)
        else:
            share = _text(pure.top_share(result.figure))
            text = _("top {share}% (needs top {top}%)", share=share, top=condition.top_percent)
        figure = None if result.figure is None else _text(result.figure)
        needed = _text(result.needed)
    else:
        figure, needed = centi_text(int(result.figure or 0)), centi_text(int(result.needed))
        text = _("{earned} of {needed} credits", earned=figure, needed=needed)
    return ConditionStatus(
        kind=condition.kind, met=result.met, figure=figure, needed=needed, summary=render(text, language)
    )


def applies(rule: EligibilityRule, person: Person) -> bool:
    return not rule.applies_to_roles or bool(person.roles & set(rule.applies_to_roles))


async def evaluate_all(
    session: AsyncSession,
    today: date,
    rules: list[EligibilityRule],
    employee_ids: list[uuid.UUID] | None = None,
    *,
    on_books: bool = False,
) -> list[Evaluated]:
    """Every person each rule applies to, evaluated (no wording: `standing` words what is shown);
    one gathering of facts for all the rules. `on_books`: the people on the books on `today` (a
    past day's figures) rather than the active now."""
    if not rules:
        return []
    who = await people(session, employee_ids=employee_ids, on_books=today if on_books else None)
    parsed = {rule.code: CONDITIONS.validate_python(rule.conditions) for rule in rules}
    facts = await gather(session, today, [c for conditions in parsed.values() for c in conditions], who)
    found = []
    for rule in rules:
        conditions = parsed[rule.code]
        checkers = [checker(condition, facts) for condition in conditions]
        for person in who.values():
            if applies(rule, person):
                checks = [check_of(person) for check_of in checkers]
                found.append(Evaluated(rule, conditions, person, pure.eligible(checks), pure.close(checks), checks))
    return found


def standing(evaluated: Evaluated, language: str) -> RuleStanding:
    rule = evaluated.rule
    return RuleStanding(
        rule_code=rule.code,
        title=rule.title,
        local_title=rule.local_title,
        target=rule.target,
        eligible=evaluated.eligible,
        close=evaluated.close,
        conditions=[
            describe(condition, result, language)
            for condition, result in zip(evaluated.conditions, evaluated.checks, strict=True)
        ],
    )


async def my_eligibility(session: AsyncSession, *, actor: Actor, clock: Clock) -> list[RuleStanding]:
    """Each active rule that applies to the caller, with every condition's figure and what is missing."""
    if actor.employee_id is None:
        raise NotFound(_("This account is not an employee."), slug="employee.not_found")
    rules = list(
        await session.scalars(
            select(EligibilityRule).where(EligibilityRule.active.is_(True)).order_by(EligibilityRule.code)
        )
    )
    today = await organisation_today(session, clock)
    return [standing(e, actor.language) for e in await evaluate_all(session, today, rules, [actor.employee_id])]


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
    require_role(
        actor,
        Role.HR,
        Role.LEADER,
        Role.ADMIN,
        refusal=_("Eligibility lists are for HR and leaders."),
        slug="eligibility.forbidden",
    )
    rule = await get_rule(session, rule_code)
    today = await organisation_today(session, clock)
    after = str(decode_cursor(cursor, arity=1)[0]) if cursor is not None else None
    chosen = [
        e
        for e in await evaluate_all(session, today, [rule])
        if (status == "all" or (e.eligible if status == "eligible" else e.close))
        and (after is None or e.person.employee_no > after)
    ]
    chosen.sort(key=lambda e: e.person.employee_no)
    entries = [
        EligibilityEntry(
            **standing(e, actor.language).model_dump(),
            employee_id=e.person.employee_id,
            employee_no=e.person.employee_no,
            full_name=e.person.full_name,
        )
        for e in chosen[: limit + 1]
    ]
    return slice_of(entries, limit, key=lambda entry: [entry.employee_no])
