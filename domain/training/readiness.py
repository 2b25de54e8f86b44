"""Readiness before a posting: the courses a posting requires, each with a pass mark (the seed: 90),
against a person's best completion of each. Postings read it for the applicant (what is left), the
posting's planners and HR (the applicant list) and the approval that would start the secondment
(refused in "block" mode while anything is missing; "warn" lets it through)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.training.models import Course, TrainingCompletion
from domain.training.rules import CourseReadiness, Delivery, Evidence, readiness, score_of


def required_of(documents: Sequence[dict[str, object]]) -> list[tuple[str, int]]:
    return [(str(d["course_code"]), int(str(d["pass_mark"]))) for d in documents]


async def best_scores(
    session: AsyncSession, employee_ids: Collection[uuid.UUID], codes: Collection[str]
) -> dict[uuid.UUID, dict[str, int]]:
    """Each person's best score per course among `codes` (one read for everyone asked about)."""
    if not employee_ids or not codes:
        return {}
    rows = await session.execute(
        select(
            TrainingCompletion.employee_id,
            TrainingCompletion.course_code,
            Course.delivery,
            TrainingCompletion.exam_score,
            TrainingCompletion.attended,
            TrainingCompletion.mentor_score,
        )
        .join(Course, Course.code == TrainingCompletion.course_code)
        .where(TrainingCompletion.employee_id.in_(employee_ids), TrainingCompletion.course_code.in_(codes))
    )
    best: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    for employee_id, code, delivery, exam, attended, mentor in rows:
        score = score_of(Delivery(delivery), Evidence(exam_score=exam, attended=attended, mentor_score=mentor))
        if score is not None and score > best[employee_id].get(code, -1):
            best[employee_id][code] = score
    return best


async def readiness_of(
    session: AsyncSession, employee_ids: Collection[uuid.UUID], required: list[tuple[str, int]]
) -> dict[uuid.UUID, list[CourseReadiness]]:
    if not required:
        return {}
    best = await best_scores(session, employee_ids, {code for code, _ in required})
    return {employee_id: readiness(required, best.get(employee_id, {})) for employee_id in employee_ids}


async def course_titles(session: AsyncSession, codes: Collection[str]) -> dict[str, str]:
    if not codes:
        return {}
    return dict((await session.execute(select(Course.code, Course.title).where(Course.code.in_(codes)))).all())
