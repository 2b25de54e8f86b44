# ruff: noqa: RUF001 (Chinese texts are written with Chinese punctuation)
"""Demo data of the mission analytics (loaded by api.demo_data.load_demo): pulse surveys (the active
survey, three closed waves of the last quarter answered by people of four departments, IT's
satisfaction under 60 %, and a wave open now that employee@demo.example is asked in), and a year's
history that shows a flag of every kind (see demo_history)."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.care.models import WomenShareMember
from domain.people.models import Assignment, AssignmentKind, Employee, EmployeeStatus, EmployeeStatusChange
from domain.rosters.models import Roster, RosterShift, RosterStatus, ShiftTemplate
from domain.surveys.models import (
    PulseSurvey,
    Stage,
    SurveyInvitation,
    SurveyResponse,
    SurveyStatus,
    SurveyWave,
)
from domain.surveys.schemas import STANDARD_REASONS

SCALES = [
    {
        "key": "overall",
        "text": "How satisfied are you with your frontline posting?",
        "local_text": "你对本次一线派驻满意吗",
    },
    {"key": "mentor", "text": "My mentor helps me when I need it", "local_text": "需要时导师能帮助我"},
    {"key": "targets", "text": "My targets at the store are fair", "local_text": "我在门店的目标是公平的"},
]
# department -> (respondents a wave, chance an answer is 4 or 5, the reason the unsatisfied give most)
DEPARTMENTS = {
    "OPS": (12, 0.75, "workload"),
    "CS": (9, 0.7, "fair_targets"),
    "IT": (8, 0.4, "commute"),
    "MER": (7, 0.8, "family"),
}
COMMENTS = {
    "commute": "每天往返门店要两个多小时，希望能安排离家近一点的门店。",
    "workload": "周末客流大，人手不够。",
    "fair_targets": "门店的销售目标没有考虑我们是新来的。",
    "family": "孩子放学没人接，希望排班能早一点结束。",
}


async def demo_surveys(
    session: AsyncSession,
    *,
    now: datetime,
    today: date,
    people: dict[str, uuid.UUID],
    accounts: dict[str, uuid.UUID],
    units: dict[str, uuid.UUID],
) -> None:
    rng = random.Random(22)  # noqa: S311 (demo answers, not secrets)
    survey_id = uuid.uuid4()
    await session.execute(
        insert(PulseSurvey),
        [
            {
                "id": survey_id,
                "title": "Frontline pulse",
                "local_title": "一线脉搏调查",
                "scales": SCALES,
                "reasons": STANDARD_REASONS,
                "comment_prompt": "Anything else HR should know? (only HR reads it, without your name)",
                "cadence_days": 28,
                "open_days": 7,
                "at_end": True,
                "status": SurveyStatus.ACTIVE,
                "version": 1,
                "created_at": now - timedelta(days=120),
                "updated_at": now - timedelta(days=120),
                "activated_at": now - timedelta(days=87),
                "created_by": accounts["hr@demo.example"],
            }
        ],
    )
    stores = [units[code] for code in ("SH-001", "SH-002", "SH-003", "HZ-001") if code in units]
    for weeks_ago in (12, 8, 4):
        opened_on = today - timedelta(weeks=weeks_ago)
        wave_id = uuid.uuid4()
        invitations, responses = [], []
        for code, (count, happy, complaint) in DEPARTMENTS.items():
            asked = list(
                await session.scalars(
                    select(Employee.id)
                    .where(Employee.home_unit_id == units[f"D-{code}"])
                    .order_by(Employee.employee_no)
                )
            )[: count + 2]
            for number, person in enumerate(asked):
                store = stores[number % len(stores)]
                answered = number < count
                invitations.append(
                    {
                        "wave_id": wave_id,
                        "employee_id": person,
                        "stage": Stage.DURING,
                        "unit_id": store,
                        "answered_at": now - timedelta(weeks=weeks_ago) if answered else None,
                    }
                )
                if not answered:
                    continue
                satisfied = rng.random() < happy
                score = rng.choice([4, 5]) if satisfied else rng.choice([1, 2, 3])
                reason = rng.choice(["mentor_support", "fair_targets"]) if satisfied else complaint
                responses.append(
                    {
                        "id": uuid.uuid4(),
                        "wave_id": wave_id,
                        "stage": Stage.DURING,
                        "home_unit_id": units[f"D-{code}"],
                        "unit_id": store,
                        "woman": rng.random() < 0.45,
                        "score": score,
                        "scores": {"overall": score, "mentor": rng.randint(2, 5), "targets": rng.randint(2, 5)},
                        "reason": reason,
                        "comment": COMMENTS.get(reason) if not satisfied and rng.random() < 0.5 else None,
                    }
                )
        rng.shuffle(responses)  # nothing in the order says who
        await session.execute(
            insert(SurveyWave),
            [
                {
                    "id": wave_id,
                    "survey_id": survey_id,
                    "opened_on": opened_on,
                    "closes_on": opened_on + timedelta(days=6),
                    "invited": len(invitations),
                    "reminded_at": now - timedelta(weeks=weeks_ago) + timedelta(days=4),
                    "closed_at": now - timedelta(weeks=weeks_ago) + timedelta(days=7),
                    "created_at": now - timedelta(weeks=weeks_ago),
                }
            ],
        )
        await session.execute(insert(SurveyInvitation), invitations)
        await session.execute(insert(SurveyResponse), responses)
    # the wave of this cadence, open for three more days: the demo employee has yet to answer
    open_id = uuid.uuid4()
    await session.execute(
        insert(SurveyWave),
        [
            {
                "id": open_id,
                "survey_id": survey_id,
                "opened_on": today - timedelta(days=3),
                "closes_on": today + timedelta(days=3),
                "invited": 1,
                "created_at": now - timedelta(days=3),
            }
        ],
    )
    await session.execute(
        insert(SurveyInvitation),
        [
            {
                "wave_id": open_id,
                "employee_id": people["employee@demo.example"],
                "stage": Stage.DURING,
                "unit_id": stores[0],
            }
        ],
    )


async def demo_history(
    session: AsyncSession,
    *,
    now: datetime,
    today: date,
    people: dict[str, uuid.UUID],
    accounts: dict[str, uuid.UUID],
    units: dict[str, uuid.UUID],
) -> None:
    """A year's history the figures flag: merchandising staff back from a posting at SH-002 of
    whom three left within months (attrition after a posting), six of HZ-001's sixteen who left
    (store turnover), and last week's late shifts at SH-002 where two of the six on them have
    since shared that they are women (late-shift share above the cap)."""
    merchandisers = list(
        await session.scalars(
            select(Employee.id)
            .where(Employee.home_unit_id == units["D-MER"], Employee.status == EmployeeStatus.ACTIVE)
            .order_by(Employee.employee_no.desc())
            .limit(8)
        )
    )
    await session.execute(
        insert(Assignment),
        [
            {
                "id": uuid.uuid4(),
                "employee_id": person,
                "unit_id": units["SH-002"],
                "kind": AssignmentKind.SECONDMENT,
                "valid_from": today - timedelta(days=220),
                "valid_to": today - timedelta(days=160),
                "created_at": now,
                "updated_at": now,
            }
            for person in merchandisers
        ],
    )
    store_staff = list(
        await session.scalars(
            select(Employee.id)
            .where(Employee.home_unit_id == units["HZ-001"], Employee.status == EmployeeStatus.ACTIVE)
            .order_by(Employee.employee_no)
        )
    )
    leavers = [(person, today - timedelta(days=90)) for person in merchandisers[:3]]
    leavers += [(person, today - timedelta(days=100 + 10 * n)) for n, person in enumerate(store_staff[-6:])]
    await session.execute(
        insert(EmployeeStatusChange),
        [
            {"employee_id": person, "status": EmployeeStatus.LEFT, "effective_on": day, "recorded_at": now}
            for person, day in leavers
        ],
    )
    await session.execute(
        update(Employee).where(Employee.id.in_([person for person, _ in leavers])).values(status=EmployeeStatus.LEFT)
    )

    late = ShiftTemplate(
        store_id=units["SH-002"],
        code="LATE",
        name="晚班",
        starts=time(15, 0),
        ends=time(23, 0),
        break_minutes=60,
        headcount=[1, 1, 1, 1, 1, 2, 2],
        active=True,
        version=1,
        created_at=now,
        updated_at=now,
    )
    session.add(late)
    last_week = today - timedelta(days=today.weekday() + 7)
    roster = Roster(
        store_id=units["SH-002"],
        week_start=last_week,
        status=RosterStatus.PUBLISHED.value,
        version=2,
        published_at=now - timedelta(days=10),
        created_at=now - timedelta(days=12),
        updated_at=now - timedelta(days=10),
    )
    session.add(roster)
    await session.flush()
    crew = list(
        await session.scalars(
            select(Employee.id)
            .where(Employee.home_unit_id == units["SH-002"], Employee.status == EmployeeStatus.ACTIVE)
            .order_by(Employee.employee_no)
            .limit(6)
        )
    )
    shifts = [(crew[(day + n) % len(crew)], last_week + timedelta(days=day)) for day in range(7) for n in range(2)]
    session.add_all(
        RosterShift(roster_id=roster.id, employee_id=person, day=day, template_id=late.id, created_at=now)
        for person, day in dict.fromkeys(shifts)
    )
    session.add_all(WomenShareMember(employee_id=person) for person in crew[:2])
