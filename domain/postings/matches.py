"""Postings for me, best first, with the reasons: my home and my children's schools (read from my
own care profile, opened for me alone), my care constraints, my skills and where I already work
decide (domain/postings/ranking.py). With a location on file, only postings whose store lies within
the radius of home or a school are read (a bounding-box read on indexed coordinates, then the exact
distance); without one, every open posting is ranked by skills and tags. The answer is for my
session only: nothing of it is stored, logged or shown to a posting's owner."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.care.models import Category
from domain.care.profile import read_categories
from domain.care.schemas import Child, Home
from domain.org.queries import organisation_today
from domain.people.assignments import assignments_of
from domain.people.models import Employee
from domain.postings import ranking
from domain.postings.applications import readiness_reads
from domain.postings.models import Posting, PostingStatus
from domain.postings.queries import near_filter, posting_reads
from domain.postings.schemas import PostingMatch, PostingMatches
from domain.rosters.models import ShiftTemplate
from domain.rosters.policy import policy_now
from domain.rosters.weeks import people_for_rules, shift_of
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Forbidden, InvalidInput
from domain.shared.i18n import _
from domain.shared.sealing import Sealer
from domain.skills.models import EmployeeSkill

WITHOUT_LOCATION_LIMIT = 500


async def my_matches(
    session: AsyncSession, *, actor: Actor, clock: Clock, sealer: Sealer, radius_km: float, limit: int
) -> PostingMatches:
    if actor.employee_id is None:
        raise Forbidden(_("Only an employee looks for a posting."), slug="posting.no_employee")
    if not 0 < radius_km <= ranking.MAX_RADIUS_KM:
        raise InvalidInput(
            _("The radius is above 0 and at most 50 km."), field="query.radius_km", slug="posting.radius"
        )
    me = actor.employee_id
    today = await organisation_today(session, clock)
    places_on_file = await read_categories(session, sealer, me, (Category.HOME, Category.CHILDREN))
    where: Home | None = places_on_file.get(Category.HOME)
    children: list[Child] = places_on_file.get(Category.CHILDREN) or []
    home = ranking.Point(where.latitude, where.longitude) if where else None
    schools = tuple(
        ranking.Point(child.school_latitude, child.school_longitude)
        for child in children
        if child.school_latitude is not None and child.school_longitude is not None
    )
    places = [p for p in (home, *schools) if p is not None]
    query = select(Posting).where(
        Posting.status == PostingStatus.OPEN.value, Posting.end_date >= today, Posting.taken < Posting.headcount
    )
    if places:
        query = query.where(or_(*(near_filter(point, radius_km) for point in places)))
    else:
        query = query.order_by(Posting.opened_at.desc()).limit(WITHOUT_LOCATION_LIMIT)
    postings = list((await session.scalars(query)).all())
    employee = await session.get(Employee, me)
    assert employee is not None
    postings = [p for p in postings if not p.eligible_unit_ids or str(employee.home_unit_id) in p.eligible_unit_ids]
    if not postings:
        return PostingMatches(radius_km=radius_km, located=bool(places), matches=[], excluded={})
    horizon = min(max(p.end_date for p in postings), today + timedelta(days=400))
    people, _protected = await people_for_rules(session, [me], today, horizon)
    skills = frozenset(await session.scalars(select(EmployeeSkill.skill_code).where(EmployeeSkill.employee_id == me)))
    busy = tuple(
        (a.valid_from, a.valid_to - timedelta(days=1) if a.valid_to else date.max)
        for a in await assignments_of(session, me)
        if a.cancelled_at is None and a.unit_id != employee.home_unit_id and (a.valid_to is None or a.valid_to > today)
    )
    template_ids = {uuid.UUID(t) for p in postings for t in p.template_ids}
    shifts = {}
    codes: dict[uuid.UUID, str] = {}
    if template_ids:
        rows = list((await session.scalars(select(ShiftTemplate).where(ShiftTemplate.id.in_(template_ids)))).all())
        shifts = {t.id: shift_of(t) for t in rows}
        codes = {t.id: t.code for t in rows}
    facts = [
        ranking.PostingFacts(
            key=p.id,
            point=ranking.Point(p.latitude or 0.0, p.longitude or 0.0),
            start=p.start_date,
            end=p.end_date,
            shifts=tuple(shifts[uuid.UUID(t)] for t in p.template_ids if uuid.UUID(t) in shifts),
            day_shifts_only=p.day_shifts_only,
            tags=frozenset(p.tags),
            skills=frozenset(p.skills),
        )
        for p in postings
    ]
    seeker = ranking.Seeker(
        home=home,
        schools=schools,
        person=people[me],
        skills=skills,
        busy=busy,
        parent=bool(children),
    )
    policy, _settings = await policy_now(session)
    ranked = ranking.rank(facts, seeker, policy, radius_km=radius_km)
    matches = [m for m in ranked.matches if not places or m.within_radius][:limit]
    shown = [p for p in postings if p.id in {m.key for m in matches}]
    reads = {r.id: r for r in await posting_reads(session, shown, template_codes=codes)}
    ready = await readiness_reads(session, [(me, p) for p in shown if p.required_courses])
    return PostingMatches(
        radius_km=radius_km,
        located=bool(places),
        matches=[
            PostingMatch(
                posting=reads[m.key],  # type: ignore[index]
                score=m.score,
                home_km=m.home_km,
                school_km=m.school_km,
                within_radius=m.within_radius,
                skills_matched=list(m.skills_matched),
                skills_missing=list(m.skills_missing),
                reasons=list(m.reasons),
                readiness=ready.get((me, m.key)),  # type: ignore[arg-type]
            )
            for m in matches
        ],
        excluded={reason: count for reason, count in ranked.excluded.items() if count},
    )
