"""A person's credits: the append-only ledger (HR revokes an award or corrects a balance, each with
a reason, as new entries), and the summary people see (balance, level and allowance, the gap to the
next level, the year by category against their population's plan, credits by skill).

Who sees whose credits follows who sees whom (domain/people/scope.py): the person, the managers of
the units they belong or are assigned to, HR and leaders."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.queries import organisation_timezone
from domain.people.assignments import assignments_of, unit_on
from domain.people.models import Employee
from domain.people.scope import get_visible_employee
from domain.performance.month_inputs import population_for
from domain.shared import audit
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, InvalidInput, NotFound
from domain.shared.i18n import _
from domain.shared.money import format_minor
from domain.training.catalog import require_hr
from domain.training.completions import month_of
from domain.training.models import Course, CourseCredit, CreditEntry, CreditPlan
from domain.training.policy import TrainingRules, rules_in_force
from domain.training.rules import LEVELS, CreditCategory, Level, centi_text, level_for, next_level, plan_progress
from domain.training.schemas import (
    CategoryBalance,
    Correction,
    CreditEntryRead,
    CreditSummary,
    LevelRead,
    NextLevel,
    Revocation,
    SkillCredits,
    to_centi,
)

LEDGER_SHOWN = 100


def level_read(balance_centi: int, policy: TrainingRules) -> LevelRead:
    level = level_for(balance_centi, policy.thresholds_centi)
    allowance = None
    if level is not Level.NONE:
        allowance = format_minor(policy.allowances_minor[LEVELS.index(level)], policy.currency)
    return LevelRead(level=level, monthly_allowance=allowance, currency=policy.currency)


def entry_read(entry: CreditEntry, titles: dict[str, str]) -> CreditEntryRead:
    return CreditEntryRead(
        id=entry.id,
        kind=entry.kind,
        category=CreditCategory(entry.category),
        course_code=entry.course_code,
        course_title=titles.get(entry.course_code) if entry.course_code else None,
        credits=centi_text(entry.credits_centi),
        rule=entry.rule,
        reason=entry.reason,
        completion_id=entry.completion_id,
        revokes_id=entry.revokes_id,
        counts_in=entry.counts_in,
        recorded_at=entry.recorded_at,
    )


async def balance_of(session: AsyncSession, employee_id: uuid.UUID) -> int:
    total = await session.scalar(
        select(func.coalesce(func.sum(CreditEntry.credits_centi), 0)).where(CreditEntry.employee_id == employee_id)
    )
    return int(total or 0)


async def _population(session: AsyncSession, employee_id: uuid.UUID, home_unit_id: uuid.UUID, day: date) -> str:
    here = unit_on(home_unit_id, await assignments_of(session, employee_id), day)
    kinds = dict(
        (await session.execute(select(OrgUnit.id, OrgUnit.kind).where(OrgUnit.id.in_({home_unit_id, here})))).all()
    )
    return population_for(OrgUnitKind(kinds[home_unit_id]), OrgUnitKind(kinds[here])).value


async def summary(
    session: AsyncSession, *, actor: Actor, clock: Clock, employee_id: uuid.UUID, year: int | None = None
) -> CreditSummary:
    employee = await get_visible_employee(session, actor, clock, employee_id)
    today = clock.now().astimezone(await organisation_timezone(session)).date()
    year = year or today.year
    policy, _version = await rules_in_force(session)
    in_year = CreditEntry.counts_in.like(f"{year:04d}-%")
    totals = await session.execute(
        select(
            CreditEntry.category,
            func.sum(CreditEntry.credits_centi),
            func.sum(case((in_year, CreditEntry.credits_centi), else_=0)),
        )
        .where(CreditEntry.employee_id == employee.id)
        .group_by(CreditEntry.category)
    )
    balance = 0
    earned: dict[CreditCategory, int] = {}
    for category, all_time, this_year in totals:
        balance += int(all_time or 0)
        earned[CreditCategory(category)] = int(this_year or 0)
    population = await _population(session, employee.id, employee.home_unit_id, today)
    plan = await session.get(CreditPlan, (population, year))
    if plan is None:
        by_category = [
            CategoryBalance(
                category=c, earned=centi_text(earned.get(c, 0)), expected=None, minimum=None, minimum_met=None
            )
            for c in CreditCategory
        ]
    else:
        progress = plan_progress(
            earned,
            plan.total_centi,
            {CreditCategory(k): v for k, v in plan.shares.items()},
            {CreditCategory(k): v for k, v in plan.minimums_centi.items()},
        )
        by_category = [
            CategoryBalance(
                category=p.category,
                earned=centi_text(p.earned_centi),
                expected=centi_text(p.expected_centi),
                minimum=centi_text(p.minimum_centi),
                minimum_met=p.minimum_met,
            )
            for p in progress
        ]
    per_course = await session.execute(
        select(Course.skills, CourseCredit.counted_centi)
        .join(Course, Course.code == CourseCredit.course_code)
        .where(CourseCredit.employee_id == employee.id, CourseCredit.counted_centi > 0)
    )
    skills: dict[str, int] = defaultdict(int)
    for course_skills, counted in per_course:
        for skill in course_skills:
            skills[skill] += counted
    entries = list(
        await session.scalars(
            select(CreditEntry)
            .where(CreditEntry.employee_id == employee.id)
            .order_by(CreditEntry.recorded_at.desc(), CreditEntry.id.desc())
            .limit(LEDGER_SHOWN)
        )
    )
    codes = {e.course_code for e in entries if e.course_code}
    titles = (
        dict((await session.execute(select(Course.code, Course.title).where(Course.code.in_(codes)))).all())
        if codes
        else {}
    )
    upcoming = next_level(balance, policy.thresholds_centi)
    return CreditSummary(
        employee_id=employee.id,
        year=year,
        balance=centi_text(balance),
        year_total=centi_text(sum(earned.values())),
        level=level_read(balance, policy),
        next_level=None if upcoming is None else NextLevel(level=upcoming[0], credits_missing=centi_text(upcoming[1])),
        plan_population=population if plan is not None else None,
        by_category=by_category,
        by_skill=[SkillCredits(skill_code=code, credits=centi_text(skills[code])) for code in sorted(skills)],
        ledger=[entry_read(entry, titles) for entry in entries],
    )


async def revoke(
    session: AsyncSession, *, actor: Actor, clock: Clock, employee_id: uuid.UUID, data: Revocation
) -> CreditEntryRead:
    """HR takes back an award (a completion found invalid); the course then counts for less, so a
    later valid completion can earn it again."""
    require_hr(actor)
    award = await session.scalar(
        select(CreditEntry).where(CreditEntry.id == data.entry_id, CreditEntry.employee_id == employee_id)
    )
    if award is None or award.kind != "award":
        raise NotFound(_("No award {entry_id} for this person.", entry_id=data.entry_id), slug="credit_entry.not_found")
    assert award.course_code is not None
    counted = await session.scalar(
        select(CourseCredit)
        .where(CourseCredit.employee_id == employee_id, CourseCredit.course_code == award.course_code)
        .with_for_update()
    )
    now = clock.now()
    entry = CreditEntry(
        id=uuid.uuid4(),
        employee_id=employee_id,
        kind="revocation",
        category=award.category,
        course_code=award.course_code,
        credits_centi=-award.credits_centi,
        revokes_id=award.id,
        reason=data.reason,
        counts_in=month_of(now, await organisation_timezone(session)),
        recorded_at=now,
        recorded_by=actor.account_id,
    )
    try:
        async with session.begin_nested():
            session.add(entry)
            await session.flush()
    except IntegrityError:
        raise Conflict(_("This award was already revoked."), slug="credit_entry.already_revoked") from None
    if counted is not None:
        counted.counted_centi = max(0, counted.counted_centi - award.credits_centi)
        counted.updated_at = now
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="credits.revoked",
        entity_type="employee",
        entity_id=employee_id,
        changes={"entry_id": str(entry.id), "revokes": str(award.id), "credits": -award.credits_centi},
    )
    return entry_read(entry, {})


async def correct(
    session: AsyncSession, *, actor: Actor, clock: Clock, employee_id: uuid.UUID, data: Correction
) -> CreditEntryRead:
    """HR adds or removes credits with a reason (credits earned before the system, a mistake); the
    balance never goes below zero."""
    require_hr(actor)
    employee = await session.get(Employee, employee_id, with_for_update=True)
    if employee is None:
        raise NotFound(_("No employee {employee_id}.", employee_id=employee_id), slug="employee.not_found")
    credits = to_centi(data.credits)
    if credits < 0 and await balance_of(session, employee_id) + credits < 0:
        raise InvalidInput(
            _("The correction would take the balance below zero."), field="body.credits", slug="credits.below_zero"
        )
    now = clock.now()
    entry = CreditEntry(
        id=uuid.uuid4(),
        employee_id=employee_id,
        kind="correction",
        category=data.category.value,
        credits_centi=credits,
        reason=data.reason,
        counts_in=month_of(now, await organisation_timezone(session)),
        recorded_at=now,
        recorded_by=actor.account_id,
    )
    session.add(entry)
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="credits.corrected",
        entity_type="employee",
        entity_id=employee_id,
        changes={"entry_id": str(entry.id), "category": data.category.value, "credits": credits},
    )
    return entry_read(entry, {})
