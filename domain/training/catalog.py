"""The course catalogue and the credit plans, both kept by HR and read by everyone signed in (not by
integration clients: no scope covers them, like the training policy they are read under).
A course's terms can change (version checked); awards already made keep the credits they were
made with, since the ledger holds what was counted, not a formula."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.performance.models import MetricDefinition
from domain.performance.schemas import Population
from domain.shared import audit
from domain.shared.access import require_person, require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, InvalidInput, NotFound
from domain.shared.i18n import _
from domain.skills.queries import require_known_skills
from domain.training.models import Course, CreditPlan
from domain.training.policy import rules_in_force
from domain.training.rules import (
    CourseTerms,
    CreditCategory,
    CreditRules,
    Delivery,
    centi_text,
    credits_when_met,
    split_by_share,
)
from domain.training.schemas import CourseRead, CourseUpdate, PlanCategoryRead, PlanRead, PlanUpdate, to_centi


def require_hr(actor: Actor) -> None:
    require_role(
        actor,
        Role.HR,
        Role.ADMIN,
        refusal=_("Only HR keeps the course catalogue and credit plans."),
        slug="training.forbidden",
    )


def terms_of(course: Course) -> CourseTerms:
    return CourseTerms(
        delivery=Delivery(course.delivery),
        base_credits_centi=course.base_credits_centi,
        weight_centi=course.weight_centi,
        pass_mark=course.pass_mark,
    )


def course_read(course: Course, rules: CreditRules) -> CourseRead:
    return CourseRead(
        code=course.code,
        title=course.title,
        local_title=course.local_title,
        category=CreditCategory(course.category),
        delivery=Delivery(course.delivery),
        base_credits=centi_text(course.base_credits_centi),
        weight=centi_text(course.weight_centi),
        credits=centi_text(credits_when_met(terms_of(course), rules)),
        pass_mark=course.pass_mark,
        skills=list(course.skills),
        effect_metrics=list(course.effect_metrics),
        active_from=course.active_from,
        active_to=course.active_to,
        version=course.version,
    )


async def list_courses(session: AsyncSession, *, actor: Actor, active_on: date | None = None) -> list[CourseRead]:
    require_person(actor)
    query = select(Course).order_by(Course.code)
    if active_on is not None:
        query = query.where(
            Course.active_from <= active_on, (Course.active_to.is_(None)) | (Course.active_to >= active_on)
        )
    rules = (await rules_in_force(session))[0].credit_rules
    return [course_read(course, rules) for course in await session.scalars(query)]


async def get_course(session: AsyncSession, code: str) -> Course:
    """The course, for use cases that decide themselves who may act on it; 404 when there is none."""
    course = await session.get(Course, code)
    if course is None:
        raise NotFound(_("No course {code}.", code=code), slug="course.not_found")
    return course


async def read_course(session: AsyncSession, *, actor: Actor, code: str) -> CourseRead:
    """One course with the credits it earns under the rules in force, for a person signed in."""
    require_person(actor)
    course = await get_course(session, code)
    return course_read(course, (await rules_in_force(session))[0].credit_rules)


async def put_course(session: AsyncSession, *, actor: Actor, clock: Clock, code: str, data: CourseUpdate) -> CourseRead:
    require_hr(actor)
    skills = sorted(set(data.skills))
    await require_known_skills(list(data.skills), session, "body.skills")
    await _require_known_metrics(session, data.effect_metrics)
    now = clock.now()
    terms = {
        "title": data.title,
        "local_title": data.local_title,
        "category": data.category.value,
        "delivery": data.delivery.value,
        "base_credits_centi": to_centi(data.base_credits),
        "weight_centi": to_centi(data.weight),
        "pass_mark": data.pass_mark,
        "skills": skills,
        "effect_metrics": list(dict.fromkeys(data.effect_metrics)),
        "active_from": data.active_from,
        "active_to": data.active_to,
    }
    course = await session.get(Course, code, with_for_update=True)
    if course is None:
        course = Course(code=code, version=1, created_at=now, updated_at=now, **terms)
        try:
            async with session.begin_nested():
                session.add(course)
                await session.flush()
        except IntegrityError:
            raise Conflict(
                _("The course was added meanwhile; reload it and try again."), slug="course.version_conflict"
            ) from None
        before: dict[str, object] = {}
    else:
        if data.version != course.version:
            raise Conflict(
                _(
                    "The course was changed meanwhile (version {version}); reload it and try again.",
                    version=course.version,
                ),
                slug="course.version_conflict",
                current_version=course.version,
            )
        before = {key: getattr(course, key) for key in terms}
        for key, value in terms.items():
            setattr(course, key, value)
        course.version += 1
        course.updated_at = now
        await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="course.saved",
        entity_type="course",
        entity_id=code,
        changes={"before": _jsonable(before), "after": _jsonable(terms)},
    )
    return course_read(course, (await rules_in_force(session))[0].credit_rules)


async def _require_known_metrics(session: AsyncSession, codes: list[str]) -> None:
    known = set(await session.scalars(select(MetricDefinition.code).where(MetricDefinition.code.in_(codes))))
    for index, code in enumerate(codes):
        if code not in known:
            raise InvalidInput(
                _("No metric {code} in the performance catalogue.", code=code),
                field=f"body.effect_metrics[{index}]",
                slug="metric.not_found",
            )


def _jsonable(values: Mapping[str, object]) -> dict[str, object]:
    return {key: value.isoformat() if isinstance(value, date) else value for key, value in values.items()}


def plan_read(plan: CreditPlan) -> PlanRead:
    shares = [plan.shares.get(category.value, 0) for category in CreditCategory]
    expected = split_by_share(plan.total_centi, shares)
    return PlanRead(
        population=plan.population,
        year=plan.year,
        total=centi_text(plan.total_centi),
        categories=[
            PlanCategoryRead(
                category=category,
                share_percent=share,
                expected=centi_text(part),
                minimum=centi_text(plan.minimums_centi.get(category.value, 0)),
            )
            for category, share, part in zip(CreditCategory, shares, expected, strict=True)
        ],
        version=plan.version,
    )


async def list_plans(session: AsyncSession, *, actor: Actor, year: int | None = None) -> list[PlanRead]:
    require_person(actor)
    query = select(CreditPlan).order_by(CreditPlan.year.desc(), CreditPlan.population)
    if year is not None:
        query = query.where(CreditPlan.year == year)
    return [plan_read(plan) for plan in await session.scalars(query)]


async def put_plan(
    session: AsyncSession, *, actor: Actor, clock: Clock, population: Population, year: int, data: PlanUpdate
) -> PlanRead:
    require_hr(actor)
    total = to_centi(data.total)
    parts = {category: getattr(data, category.value) for category in CreditCategory}
    minimums = {category.value: to_centi(part.minimum) for category, part in parts.items()}
    if sum(minimums.values()) > total:
        raise InvalidInput(
            _("The category minimums add up to more than the plan's total."), field="body.total", slug="plan.invalid"
        )
    shares = {category.value: part.share_percent for category, part in parts.items()}
    plan = await session.get(CreditPlan, (population.value, year), with_for_update=True)
    now = clock.now()
    if plan is None:
        plan = CreditPlan(
            population=population.value,
            year=year,
            total_centi=total,
            shares=shares,
            minimums_centi=minimums,
            version=1,
            updated_at=now,
            updated_by=actor.account_id,
        )
        try:
            async with session.begin_nested():
                session.add(plan)
                await session.flush()
        except IntegrityError:
            raise Conflict(
                _("The plan was set meanwhile; reload it and try again."), slug="plan.version_conflict"
            ) from None
    else:
        if data.version != plan.version:
            raise Conflict(
                _("The plan was changed meanwhile (version {version}); reload it and try again.", version=plan.version),
                slug="plan.version_conflict",
                current_version=plan.version,
            )
        plan.total_centi, plan.shares, plan.minimums_centi = total, shares, minimums
        plan.version += 1
        plan.updated_at, plan.updated_by = now, actor.account_id
        await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="credit_plan.saved",
        entity_type="credit_plan",
        entity_id=f"{population.value}/{year}",
        changes={"total": total, "shares": shares, "minimums": minimums},
    )
    return plan_read(plan)
