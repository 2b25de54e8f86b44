"""Coalesced statements: concurrent callers share a batch, each gets its own answer, twins never
share a batch, and one bad item fails alone."""

from __future__ import annotations

import asyncio

import pytest

from domain.shared.coalesce import Coalesced


class Recorder:
    def __init__(self, *, bad: set[int] | None = None, pause: float = 0.0) -> None:
        self.batches: list[list[tuple[str, int]]] = []
        self.bad = bad or set()
        self.pause = pause

    async def __call__(self, batch: list[tuple[str, int]]) -> list[int]:
        self.batches.append(list(batch))
        await asyncio.sleep(self.pause)
        if any(value in self.bad for _, value in batch):
            raise ValueError(f"bad item in {batch}")
        return [value * 10 for _, value in batch]


async def test_a_lone_call_is_sent_at_once_and_concurrent_ones_share_batches():
    run = Recorder(pause=0.01)
    coalesced: Coalesced[tuple[str, int], int] = Coalesced(run, in_flight=1)
    assert await asyncio.wait_for(coalesced(("a", 1)), timeout=1) == 10
    assert run.batches == [[("a", 1)]]
    answers = await asyncio.gather(*(coalesced((f"k{n}", n)) for n in range(20)))
    assert answers == [n * 10 for n in range(20)]  # each caller gets the answer to its own item
    assert len(run.batches) < 1 + 20  # the first went alone, the rest waited and left together
    assert sorted(value for batch in run.batches[1:] for _, value in batch) == list(range(20))


async def test_items_kept_apart_never_share_a_batch():
    run = Recorder(pause=0.005)
    coalesced: Coalesced[tuple[str, int], int] = Coalesced(run, in_flight=1, apart=lambda item: item[0])
    answers = await asyncio.gather(*(coalesced(("same-key", n)) for n in range(5)), coalesced(("other", 9)))
    assert answers == [0, 10, 20, 30, 40, 90]
    for batch in run.batches:
        keys = [key for key, _ in batch]
        assert len(keys) == len(set(keys))


async def test_one_bad_item_fails_alone_and_the_others_are_answered():
    run = Recorder(bad={3}, pause=0.005)
    coalesced: Coalesced[tuple[str, int], int] = Coalesced(run, in_flight=1)
    results = await asyncio.gather(*(coalesced((f"k{n}", n)) for n in range(6)), return_exceptions=True)
    assert [r for n, r in enumerate(results) if n != 3] == [0, 10, 20, 40, 50]
    assert isinstance(results[3], ValueError)


async def test_a_cancelled_caller_does_not_disturb_the_batch():
    run = Recorder(pause=0.02)
    coalesced: Coalesced[tuple[str, int], int] = Coalesced(run, in_flight=1)
    first = asyncio.create_task(coalesced(("a", 1)))
    await asyncio.sleep(0)
    leaving = asyncio.create_task(coalesced(("b", 2)))
    staying = asyncio.create_task(coalesced(("c", 3)))
    await asyncio.sleep(0)
    leaving.cancel()
    assert await first == 10 and await staying == 30
    with pytest.raises(asyncio.CancelledError):
        await leaving
