"""Reading the clocks of many tickets at once (ticket stats of a busy month, a pool's back-office
work): the pauses and zones come in a few reads whatever the number of tickets. A month of a big
tenant holds tens of thousands of tickets; a single IN list of their ids is past the drivers' bind
parameter limit (32,767 on asyncpg, 32,766 on SQLite), and HR's ticket stats answered 503."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import insert

from domain.shared.db import Database
from domain.tickets.clocks import load_context, read_clocks
from domain.tickets.models import Ticket, TicketPause
from tests.conftest import START
from tests.factories import World, insert_ticket

MANY = 40_000


async def test_the_clocks_of_more_tickets_than_a_query_can_name_read_in_one_go(
    database: Database, world: World
) -> None:
    paused_id = await insert_ticket(
        database, world, requester="staff_s1", department="D-OPS", store="S1", created_at=START
    )
    async with database.session_scope() as session:
        await session.execute(
            insert(TicketPause).values(
                id=uuid.uuid4(),
                ticket_id=paused_id,
                started_at=START + timedelta(minutes=30),
                ended_at=START + timedelta(minutes=90),
            )
        )
    async with database.session_scope() as session:
        paused = await session.get(Ticket, paused_id)
        assert paused is not None
        # tickets as a month's read would hold them (never flushed: only their ids and places are read)
        others = [
            Ticket(
                id=uuid.uuid4(),
                store_id=paused.store_id,
                department_id=paused.department_id,
                business_hours=False,
                resolution_started_at=START,
            )
            for _ in range(MANY)
        ]
        context = await load_context(session, [*others, paused])
        session.expunge_all()

    assert len(context.pauses) == MANY + 1
    assert [(p.started_at, p.ended_at) for p in context.pauses[paused_id]] == [
        (START + timedelta(minutes=30), START + timedelta(minutes=90))
    ]
    assert all(context.pauses[t.id] == [] for t in others)
    _, resolution, spared = read_clocks(paused, START + timedelta(hours=3), context)
    assert (resolution.elapsed_minutes, spared) == (120, 60)
