"""The transfer figures counted by the database equal those the Python version counted (kept below as
the reference, domain/transfers/stats.py at d092e48): requests and decisions around the period's
edges, cancelled approvals, secondments overlapping the edges or cancelled, people who left, and a
sub-department whose people count for its parent too."""

from __future__ import annotations

import random
import statistics
import uuid
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.rules import child_path
from domain.people.models import Assignment, AssignmentKind, Employee, EmployeeStatus
from domain.shared.actor import Actor
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.transfers.models import Transfer, TransferKind, TransferStatus
from domain.transfers.schemas import DepartmentParticipation, TransferStats
from domain.transfers.stats import transfer_stats
from tests.factories import World

pytestmark = pytest.mark.transfers

SHANGHAI = ZoneInfo("Asia/Shanghai")
STATUSES = [
    TransferStatus.IN_REVIEW,
    TransferStatus.APPROVED,
    TransferStatus.APPROVED,
    TransferStatus.REJECTED,
    TransferStatus.CANCELLED,
    TransferStatus.RETURNED,
]


async def python_stats(session: AsyncSession, period_from: date, period_to: date) -> TransferStats:
    """The figures as the Python version counted them (its authorization and range checks left out)."""
    start = datetime.combine(period_from, datetime.min.time(), tzinfo=SHANGHAI)
    end = datetime.combine(period_to + timedelta(days=1), datetime.min.time(), tzinfo=SHANGHAI)
    submitted = (
        await session.scalars(select(Transfer).where(Transfer.submitted_at >= start, Transfer.submitted_at < end))
    ).all()
    decided = (
        await session.scalars(
            select(Transfer).where(
                Transfer.decided_at >= start,
                Transfer.decided_at < end,
                Transfer.status.in_((TransferStatus.APPROVED, TransferStatus.REJECTED, TransferStatus.CANCELLED)),
            )
        )
    ).all()
    approvals = [t for t in decided if t.status in (TransferStatus.APPROVED, TransferStatus.CANCELLED)]
    rejections = [t for t in decided if t.status == TransferStatus.REJECTED]
    waits = [(t.decided_at - t.submitted_at).total_seconds() / 86_400 for t in decided if t.decided_at]
    departments = (
        await session.scalars(select(OrgUnit).where(OrgUnit.kind == OrgUnitKind.DEPARTMENT).order_by(OrgUnit.code))
    ).all()
    seconded_ids = set(
        (
            await session.scalars(
                select(Assignment.employee_id).where(
                    Assignment.kind == AssignmentKind.SECONDMENT,
                    Assignment.cancelled_at.is_(None),
                    Assignment.valid_from <= period_to,
                    or_(Assignment.valid_to.is_(None), Assignment.valid_to > period_from),
                )
            )
        ).all()
    )
    active = (
        await session.execute(
            select(Employee.id, OrgUnit.path)
            .join(OrgUnit, OrgUnit.id == Employee.home_unit_id)
            .where(Employee.status == EmployeeStatus.ACTIVE, OrgUnit.kind == OrgUnitKind.DEPARTMENT)
        )
    ).all()
    participation = []
    for department in departments:
        people = {employee_id for employee_id, home in active if home.startswith(department.path)}
        seconded = len(people & seconded_ids)
        participation.append(
            DepartmentParticipation(
                department_id=department.id,
                code=department.code,
                name=department.name,
                active_employees=len(people),
                seconded=seconded,
                share=round(seconded / len(people), 4) if people else 0.0,
            )
        )
    return TransferStats(
        period_from=period_from,
        period_to=period_to,
        requests=len(submitted),
        approvals=len(approvals),
        rejections=len(rejections),
        median_days_to_decision=round(statistics.median(waits), 2) if waits else None,
        participation=participation,
    )


async def grow(database: Database, world: World, now: datetime) -> None:
    """A sub-department under Operations and an empty department; 60 more people in head office, some
    gone or on leave; 50 secondments around March 2026; 150 requests from February to April."""
    rng = random.Random(20261205)
    async with database.session_scope() as session:
        paths = dict((await session.execute(select(OrgUnit.code, OrgUnit.path))).all())
        units = []
        for code, parent in (("D-OPS-NORTH", "D-OPS"), ("D-EMPTY", "HQ")):
            unit_id = uuid.uuid4()
            world.units[code] = unit_id
            units.append(
                {
                    "id": unit_id,
                    "code": code,
                    "name": code.title(),
                    "kind": OrgUnitKind.DEPARTMENT,
                    "parent_id": world.units[parent],
                    "path": child_path(paths[parent], unit_id),
                    "timezone": "Asia/Shanghai",
                    "created_at": now,
                    "updated_at": now,
                }
            )
        await session.execute(insert(OrgUnit), units)
        homes = ["D-OPS", "D-OPS-NORTH", "D-OPS-NORTH", "D-HR", "D-IT", "S1"]
        people: list[dict[str, Any]] = [
            {
                "id": uuid.uuid4(),
                "employee_no": f"T{n:04d}",
                "full_name": f"Person {n}",
                "home_unit_id": world.units[rng.choice(homes)],
                "hire_date": date(2021, 1, 1),
                "status": rng.choice([EmployeeStatus.ACTIVE] * 4 + [EmployeeStatus.LEFT, EmployeeStatus.ON_LEAVE]),
                "created_at": now,
                "updated_at": now,
            }
            for n in range(60)
        ]
        await session.execute(insert(Employee), people)
        everyone = [p["id"] for p in people] + list(world.employees.values())
        stores = [world.units[code] for code in ("S1", "S2", "S3")]
        secondments = []
        for _ in range(50):
            begins = date(2026, 2, 1) + timedelta(days=rng.randrange(90))
            secondments.append(
                {
                    "id": uuid.uuid4(),
                    "employee_id": rng.choice(everyone),
                    "unit_id": rng.choice(stores),
                    "kind": AssignmentKind.SECONDMENT,
                    "valid_from": begins,
                    "valid_to": rng.choice([None, begins + timedelta(days=rng.randint(1, 40))]),
                    "cancelled_at": rng.choice([None, None, None, now]),
                    "created_at": now,
                    "updated_at": now,
                }
            )
        await session.execute(insert(Assignment), secondments)
        requests = []
        for number in range(150):
            # whole days at local midnight, so the period's edges are met exactly, and minutes between
            submitted = datetime.combine(date(2026, 2, 1) + timedelta(days=rng.randrange(75)), time(), SHANGHAI)
            submitted += timedelta(minutes=rng.choice([0, 0, 1, 600, 1439]))
            status = rng.choice(STATUSES)
            decided = None
            if status in (TransferStatus.APPROVED, TransferStatus.REJECTED, TransferStatus.CANCELLED):
                decided = submitted + timedelta(days=rng.randrange(20), minutes=rng.choice([0, 1, 90, 1439]))
            requests.append(
                {
                    "id": uuid.uuid4(),
                    "employee_id": rng.choice(everyone),
                    "requested_by": world.accounts["hr"],
                    "kind": TransferKind.SECONDMENT,
                    "destination_unit_id": rng.choice(stores),
                    "start_date": date(2026, 4, 1),
                    "end_date": date(2026, 4, 30),
                    "reason": f"Request {number}",
                    "status": status,
                    "steps": [{"name": "HR", "approver": "hr"}],
                    "current_step": 0 if status == TransferStatus.IN_REVIEW else None,
                    "current_step_since": submitted,
                    "version": 1,
                    "submitted_at": submitted,
                    "decided_at": decided,
                    "created_at": submitted,
                    "updated_at": submitted,
                }
            )
        await session.execute(insert(Transfer), requests)


PERIODS = [
    (date(2026, 3, 1), date(2026, 3, 31)),
    (date(2026, 2, 1), date(2026, 4, 30)),
    (date(2026, 3, 15), date(2026, 3, 15)),
    (date(2026, 2, 10), date(2026, 2, 20)),
    (date(2027, 1, 1), date(2027, 1, 31)),  # nothing happened
]


async def test_the_counted_figures_equal_those_of_the_python_version(
    world: World, database: Database, clock: ManualClock
) -> None:
    await grow(database, world, clock.now())
    hr = Actor(account_id=world.accounts["hr"], employee_id=world.employees["hr"], grants=world.grants["hr"])
    decided_somewhere = 0
    for period_from, period_to in PERIODS:
        async with database.session_scope() as session:
            expected = await python_stats(session, period_from, period_to)
        async with database.session_scope() as session:
            found = await transfer_stats(session, actor=hr, clock=clock, period_from=period_from, period_to=period_to)
        assert found == expected, (period_from, period_to)
        decided_somewhere += found.approvals + found.rejections
    assert decided_somewhere > 100
    figures = {p.code: p for p in found.participation}
    assert figures["D-EMPTY"].active_employees == 0
    async with database.session_scope() as session:  # March: the sub-department counts for its parent
        march = await python_stats(session, *PERIODS[0])
    by_code = {p.code: p for p in march.participation}
    assert by_code["D-OPS"].active_employees > by_code["D-OPS-NORTH"].active_employees > 0
    assert by_code["D-OPS"].seconded >= by_code["D-OPS-NORTH"].seconded > 0
