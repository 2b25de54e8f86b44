"""Password hashing with argon2id (argon2-cffi); cost parameters come from configuration.

Hashing is CPU-bound by design (tens of milliseconds), so requests hash in worker threads, never on
the event loop: one sign-in on the loop stalled every other request of the process. A limiter
bounds how many threads hash at once, and how many requests may wait for one, so a flood of
sign-ins can neither take every thread nor queue without end (it gets 503 + Retry-After).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import anyio
import anyio.to_thread
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from domain.shared.errors import DomainError
from domain.shared.i18n import _

T = TypeVar("T")


class HashingBusy(DomainError):
    status = 503
    slug = "service.unavailable"
    title = _("Service temporarily unavailable")

    def __init__(self) -> None:
        super().__init__("Too many sign-ins at once; retry shortly.", retry_after_s=1)


class PasswordHashing:
    def __init__(
        self,
        *,
        time_cost: int = 3,
        memory_cost_kib: int = 65_536,
        parallelism: int = 4,
        threads: int = 2,
        max_waiting: int = 200,
    ) -> None:
        self._hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost_kib, parallelism=parallelism)
        # Verified against when no account matches, so a wrong user name costs as much as a wrong password.
        self._decoy = self._hasher.hash("decoy password that matches no account")
        self._limiter: anyio.CapacityLimiter | None = None
        self._threads = threads
        self._max_waiting = max_waiting

    # --- synchronous: for the command line, demo data and tests --------------------------------

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError, UnicodeError):
            return False

    def needs_rehash(self, password_hash: str) -> bool:
        return self._hasher.check_needs_rehash(password_hash)

    def spend_time_on_decoy(self, password: str) -> None:
        self.verify(self._decoy, password)

    # --- for requests: in a bounded pool of worker threads -------------------------------------

    async def _in_thread(self, work: Callable[..., T], *args: str) -> T:
        if self._limiter is None:  # made on first use, inside the event loop that uses it
            self._limiter = anyio.CapacityLimiter(self._threads)
        if self._limiter.statistics().tasks_waiting >= self._max_waiting:
            raise HashingBusy
        return await anyio.to_thread.run_sync(work, *args, limiter=self._limiter)

    async def hash_in_thread(self, password: str) -> str:
        return await self._in_thread(self.hash, password)

    async def verify_in_thread(self, password_hash: str, password: str) -> bool:
        return await self._in_thread(self.verify, password_hash, password)

    async def spend_time_on_decoy_in_thread(self, password: str) -> None:
        await self._in_thread(self.spend_time_on_decoy, password)
