"""The approvals inbox as one SQL query returns exactly what the Python sifting it replaced returned
(kept below as the reference): the same requests, in the same order, for every person of the test
organisation, over requests at every kind of step, including steps nobody can decide (HR's)."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import insert, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.people.models import Account
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock, ManualClock
from domain.shared.db import Database
from domain.transfers import queries, rules
from domain.transfers.access import decider_candidates, grant_paths, unit_paths
from domain.transfers.models import Approver, Transfer, TransferKind, TransferStatus
from domain.transfers.queries import Names, with_names
from domain.transfers.schemas import TransferSummary
from tests.factories import PEOPLE, World

pytestmark = pytest.mark.transfers

DESTINATIONS = ["S1", "S2", "S3", "D-OPS", "D-IT", "R-WEST"]
STATUSES = [TransferStatus.IN_REVIEW] * 4 + [TransferStatus.RETURNED, TransferStatus.APPROVED]


async def python_inbox(session: AsyncSession, actor: Actor, limit: int) -> list[TransferSummary]:
    """The inbox as it was before it became one query (domain/transfers/queries.py at ef16416)."""
    from sqlalchemy import select

    roles = {g.role for g in actor.grants} & set(rules.APPROVER_ROLE.values())
    if not roles:
        return []
    grants = await grant_paths(session, actor)
    rows = (
        await session.execute(
            with_names(select(Transfer))
            .where(
                Transfer.status == TransferStatus.IN_REVIEW,
                Transfer.requested_by != actor.account_id,
                Transfer.employee_id != (actor.employee_id or uuid.UUID(int=0)),
            )
            .order_by(Transfer.current_step_since, Transfer.id)
        )
    ).all()
    paths = await unit_paths(session, *{r[2] for r in rows}, *{r[0].destination_unit_id for r in rows}) if rows else {}
    candidates = await decider_candidates(session, set(rules.APPROVER_ROLE)) if Role.HR in roles and rows else []
    waiting = []
    for transfer, *named in rows:
        names = Names.of(named)
        assert transfer.current_step is not None
        approver = Approver(transfer.steps[transfer.current_step]["approver"])
        parties = rules.Parties(
            employee_home_path=paths[names.origin_unit_id],
            destination_path=paths[transfer.destination_unit_id],
            requested_by=transfer.requested_by,
            employee_id=transfer.employee_id,
        )
        mine = rules.may_decide(
            approver, grants, employee_home_path=parties.employee_home_path, destination_path=parties.destination_path
        )
        if mine or (candidates and rules.step_deciders(approver, candidates, parties).escalated):
            waiting.append(queries._summary(transfer, names))
            if len(waiting) >= limit:
                break
    return waiting


async def write_requests(database: Database, world: World, clock: Clock, count: int) -> None:
    rng = random.Random(20261205)
    names = [name for name, *_ in PEOPLE]
    approvers = list(Approver)
    now = clock.now()
    rows: list[dict[str, Any]] = []
    for number in range(count):
        employee = rng.choice(names)
        steps = [{"name": f"Step {n}", "approver": rng.choice(approvers).value} for n in range(rng.randint(1, 3))]
        status = rng.choice(STATUSES)
        rows.append(
            {
                "id": uuid.uuid4(),
                "employee_id": world.employees[employee],
                "requested_by": world.accounts[rng.choice([employee, employee, rng.choice(names)])],
                "kind": TransferKind.SECONDMENT,
                "destination_unit_id": world.units[rng.choice(DESTINATIONS)],
                "start_date": date(2026, 4, 1),
                "end_date": date(2026, 4, 30),
                "reason": f"Request {number}",
                "status": status,
                "steps": steps,
                "current_step": rng.randrange(len(steps)) if status == TransferStatus.IN_REVIEW else None,
                # some share a moment, so the order's tie-break on id is exercised too
                "current_step_since": now - timedelta(minutes=rng.randint(0, 40)),
                "version": 1,
                "submitted_at": now,
                "created_at": now,
                "updated_at": now,
            }
        )
    async with database.session_scope() as session:
        await session.execute(insert(Transfer), rows)


async def compare_everyone(database: Database, world: World, clock: Clock, limit: int) -> int:
    """Asserts both inboxes agree for every person; answers how many requests they listed in all."""
    listed = 0
    for name, *_ in PEOPLE:
        actor = Actor(account_id=world.accounts[name], employee_id=world.employees[name], grants=world.grants[name])
        async with database.session_scope() as session:
            expected = [t.id for t in await python_inbox(session, actor, limit)]
        async with database.session_scope() as session:
            found = [t.id for t in await queries.inbox(session, actor=actor, clock=clock, limit=limit)]
        assert found == expected, name
        listed += len(found)
    return listed


async def test_the_inbox_query_lists_what_the_python_sifting_listed(
    world: World, database: Database, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await write_requests(database, world, clock, 120)
    assert await compare_everyone(database, world, clock, limit=1000) > 60
    assert await compare_everyone(database, world, clock, limit=5) > 0
    with monkeypatch.context() as patched:  # HR's inbox over requests read a few at a time
        patched.setattr(queries, "INBOX_BATCH", 3)
        assert await compare_everyone(database, world, clock, limit=5) > 0
        assert await compare_everyone(database, world, clock, limit=2) > 0

    # nobody left to decide the steps at S1's and the East region's stores: HR takes them
    async with database.session_scope() as session:
        await session.execute(
            update(Account)
            .where(Account.id.in_([world.accounts["manager_s1"], world.accounts["region_east"]]))
            .values(is_active=False)
        )
    assert await compare_everyone(database, world, clock, limit=1000) > 60
    with monkeypatch.context() as patched:
        patched.setattr(queries, "INBOX_BATCH", 3)
        assert await compare_everyone(database, world, clock, limit=4) > 0
