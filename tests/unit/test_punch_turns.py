"""One person's punches take turns in a process; different people never wait for each other, and a
person is forgotten once their punches are done (even when one was cancelled while waiting)."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from domain.attendance.punching import Turns


async def test_one_persons_punches_go_one_at_a_time_and_others_do_not_wait() -> None:
    turns = Turns()
    anna, ben = uuid.uuid4(), uuid.uuid4()
    inside: dict[uuid.UUID, int] = {anna: 0, ben: 0}
    most: dict[uuid.UUID, int] = {anna: 0, ben: 0}
    release = asyncio.Event()

    async def punch(person: uuid.UUID) -> None:
        async with turns(person):
            inside[person] += 1
            most[person] = max(most[person], inside[person])
            await release.wait()
            inside[person] -= 1

    tasks = [asyncio.create_task(punch(anna)) for _ in range(5)] + [asyncio.create_task(punch(ben))]
    for _ in range(5):
        await asyncio.sleep(0)
    assert inside == {anna: 1, ben: 1}  # Anna's first and Ben's run side by side; Anna's others wait
    release.set()
    await asyncio.gather(*tasks)
    assert most == {anna: 1, ben: 1}
    assert len(turns) == 0


async def test_a_punch_cancelled_while_waiting_its_turn_leaves_nothing_behind() -> None:
    turns = Turns()
    anna = uuid.uuid4()
    release = asyncio.Event()

    async def punch() -> None:
        async with turns(anna):
            await release.wait()

    first = asyncio.create_task(punch())
    waiting = asyncio.create_task(punch())
    await asyncio.sleep(0)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    release.set()
    await first
    assert len(turns) == 0
