"""Changing the skill catalogue and who holds which skill: HR keeps the catalogue, people declare
their own skills and HR records others. Postings ask for skills, courses teach them and growth rules
count them, so the catalogue is a context of its own, below all three."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.people.models import Employee
from domain.shared import audit
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, NotFound
from domain.shared.i18n import _
from domain.skills.access import hr
from domain.skills.models import EmployeeSkill, Skill
from domain.skills.queries import require_known_skills, skills_of
from domain.skills.schemas import EmployeeSkillRead, MySkills, SkillRead, SkillUpdate


async def put_skill(session: AsyncSession, *, actor: Actor, clock: Clock, code: str, data: SkillUpdate) -> SkillRead:
    if not hr(actor):
        raise Forbidden(_("Only HR keeps the skill catalogue."), slug="skill.forbidden")
    skill = await session.get(Skill, code)
    now = clock.now()
    if skill is None:
        skill = Skill(code=code, name=data.name, local_name=data.local_name, created_at=now, updated_at=now)
        try:
            async with session.begin_nested():
                session.add(skill)
                await session.flush()
        except IntegrityError:
            raise Conflict(_("The skill was added meanwhile; try again."), slug="skill.changed_concurrently") from None
    else:
        skill.name, skill.local_name, skill.updated_at = data.name, data.local_name, now
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="skill.saved",
        entity_type="skill",
        entity_id=code,
        changes=data.model_dump(mode="json"),
    )
    return SkillRead(code=skill.code, name=skill.name, local_name=skill.local_name)


async def set_my_skills(
    session: AsyncSession, *, actor: Actor, clock: Clock, data: MySkills
) -> list[EmployeeSkillRead]:
    if actor.employee_id is None:
        raise Forbidden(_("Only an employee declares skills."), slug="skill.no_employee")
    codes = sorted(set(data.skills))
    await require_known_skills(codes, session, "body.skills")
    held_by_hr = set(
        await session.scalars(
            select(EmployeeSkill.skill_code).where(
                EmployeeSkill.employee_id == actor.employee_id, EmployeeSkill.source == "hr"
            )
        )
    )
    await session.execute(
        delete(EmployeeSkill).where(EmployeeSkill.employee_id == actor.employee_id, EmployeeSkill.source == "self")
    )
    for code in codes:
        if code not in held_by_hr:
            session.add(
                EmployeeSkill(employee_id=actor.employee_id, skill_code=code, source="self", created_at=clock.now())
            )
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="skills.declared",
        entity_type="employee",
        entity_id=actor.employee_id,
        changes={"skills": codes},
    )
    return await skills_of(session, actor.employee_id)


async def set_skills_of(
    session: AsyncSession, *, actor: Actor, clock: Clock, employee_id: uuid.UUID, data: MySkills
) -> list[EmployeeSkillRead]:
    """HR records a person's skills (replacing HR's earlier record; what the person declared stays,
    and a skill both hold counts as HR's)."""
    if not hr(actor):
        raise Forbidden(_("Only HR records people's skills."), slug="skill.forbidden")
    if await session.get(Employee, employee_id) is None:
        raise NotFound(_("No employee {employee_id}.", employee_id=employee_id), slug="employee.not_found")
    codes = sorted(set(data.skills))
    await require_known_skills(codes, session, "body.skills")
    await session.execute(
        delete(EmployeeSkill).where(
            EmployeeSkill.employee_id == employee_id,
            (EmployeeSkill.source == "hr") | EmployeeSkill.skill_code.in_(codes),
        )
    )
    for code in codes:
        session.add(EmployeeSkill(employee_id=employee_id, skill_code=code, source="hr", created_at=clock.now()))
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="skills.recorded",
        entity_type="employee",
        entity_id=employee_id,
        changes={"skills": codes},
    )
    return await skills_of(session, employee_id)
