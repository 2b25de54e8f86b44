"""Concurrent requests' statements sent to the database together.

On a busy worker a round trip (the write to the database's socket, waking its backend, the answer
waking us) costs more CPU on both sides than a small indexed read or insert, and each commit costs
a WAL flush. So the hot path's statements take arrays: a call waits for no timer, it is sent at once
unless `in_flight` batches are already out; calls that arrive meanwhile leave together when one
comes back. If a batch fails, its items are tried one by one, so one bad item sinks no other (and
a statement that met a dropped connection is simply tried again).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


class Coalesced(Generic[In, Out]):
    def __init__(
        self,
        run: Callable[[list[In]], Awaitable[list[Out]]],
        *,
        in_flight: int = 2,
        max_batch: int = 100,
        apart: Callable[[In], Hashable] | None = None,
    ) -> None:
        """`run` answers a batch in order; items with the same `apart` key never share a batch."""
        self._run = run
        self._max_in_flight = in_flight
        self._max_batch = max_batch
        self._apart = apart
        self._pending: list[tuple[In, asyncio.Future[Out]]] = []
        self._in_flight = 0
        self._tasks: set[asyncio.Task[None]] = set()

    async def __call__(self, item: In) -> Out:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Out] = loop.create_future()
        self._pending.append((item, future))
        if self._in_flight < self._max_in_flight:
            self._send(loop)
        return await future

    def _send(self, loop: asyncio.AbstractEventLoop) -> None:
        batch: list[tuple[In, asyncio.Future[Out]]] = []
        waiting: list[tuple[In, asyncio.Future[Out]]] = []
        seen: set[Hashable] = set()
        for entry in self._pending:
            key = self._apart(entry[0]) if self._apart is not None else None
            if len(batch) < self._max_batch and (key is None or key not in seen):
                batch.append(entry)
                seen.add(key)
            else:
                waiting.append(entry)
        self._pending = waiting
        self._in_flight += 1
        task = loop.create_task(self._answer(batch))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _answer(self, batch: list[tuple[In, asyncio.Future[Out]]]) -> None:
        try:
            try:
                results = await self._run([item for item, _ in batch])
            except Exception as exc:
                if len(batch) == 1:
                    _settle(batch[0][1], exception=exc)
                    return
                for item, future in batch:
                    try:
                        (result,) = await self._run([item])
                    except Exception as alone:
                        _settle(future, exception=alone)
                    else:
                        _settle(future, result)
                return
            for (_, future), result in zip(batch, results, strict=True):
                _settle(future, result)
        finally:
            self._in_flight -= 1
            if self._pending and self._in_flight < self._max_in_flight:
                self._send(asyncio.get_running_loop())


def _settle(future: asyncio.Future[Out], result: Out | None = None, *, exception: BaseException | None = None) -> None:
    if future.done():  # its caller was cancelled meanwhile
        return
    if exception is not None:
        future.set_exception(exception)
    else:
        future.set_result(result)  # type: ignore[arg-type]
