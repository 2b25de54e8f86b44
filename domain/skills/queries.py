"""Reading the skill catalogue and who holds which skill; `require_known_skills` checks the codes
that postings, courses and growth conditions ask for."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.shared.errors import InvalidInput
from domain.shared.i18n import _
from domain.skills.models import EmployeeSkill, Skill
from domain.skills.schemas import EmployeeSkillRead, SkillRead


async def list_skills(session: AsyncSession) -> list[SkillRead]:
    rows = await session.scalars(select(Skill).order_by(Skill.code))
    return [SkillRead(code=s.code, name=s.name, local_name=s.local_name) for s in rows]


async def require_known_skills(codes: list[str], session: AsyncSession, field: str) -> None:
    """Every code is in the skill catalogue (postings, people's skills, courses); else a 422 naming it."""
    known = set(await session.scalars(select(Skill.code).where(Skill.code.in_(codes)))) if codes else set()
    for index, code in enumerate(codes):
        if code not in known:
            raise InvalidInput(
                _("No skill {code} in the catalogue.", code=code), field=f"{field}[{index}]", slug="skill.unknown"
            )


async def skills_of(session: AsyncSession, employee_id: uuid.UUID) -> list[EmployeeSkillRead]:
    rows = await session.execute(
        select(EmployeeSkill.skill_code, Skill.name, EmployeeSkill.source)
        .join(Skill, Skill.code == EmployeeSkill.skill_code)
        .where(EmployeeSkill.employee_id == employee_id)
        .order_by(EmployeeSkill.skill_code)
    )
    return [EmployeeSkillRead(code=code, name=name, source=source) for code, name, source in rows]
