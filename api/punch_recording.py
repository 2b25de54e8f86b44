"""Recording punches: one interface, two implementations, chosen once at start-up (`recorder_for`,
called by create_app). Whichever runs, a punch is decided by the one decision of
domain.attendance.punching and answered by the same idempotency rules (api/idempotency.py), so the
same request gets the same answer (tests/api/test_clock_in_paths.py sends the same requests
through both and compares them).

- `SessionRecorder` (SQLite): a punch in one transaction of a SQLAlchemy session that claims the
  person's row before it reads. Batches (offline queues) take this path on both databases: each
  item needs a savepoint.
- `DriverRecorder` (PostgreSQL): a single punch's reads on bare asyncpg connections, then one
  autocommit statement writing the punch with its key, each shared with concurrent punches
  (domain.shared.coalesce); when another process recorded a punch of the same person between the
  read and the write, the punch is answered by the session path instead (it cannot lose again).
"""

from __future__ import annotations

from typing import Protocol

from fastapi.responses import Response
from sqlalchemy.ext.asyncio import AsyncSession

from api.idempotency import DecisionStale, as_raw_response, as_response, run_once, run_once_direct
from domain.attendance.punching import (
    PunchPolicy,
    batch_order,
    decide_punch_direct,
    punch_turn,
    record_punch,
    store_punch_answer,
)
from domain.attendance.schemas import BatchItemResult, BatchResult, PunchBatch, PunchCreate, PunchRead
from domain.attendance.verdict import PunchDecision
from domain.shared import idempotency
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.errors import Forbidden
from domain.shared.i18n import _

PUNCH_OPERATION = "clock-ins.create"  # the idempotency fingerprint's operation (single punches and batch items)


class PunchRecorder(Protocol):
    async def record(self, *, actor: Actor, data: PunchCreate, key: str, instance: str) -> Response:
        """A punch and its idempotent answer (201 with the punch, or the refusal, or a replay)."""
        ...

    async def record_batch(
        self, session: AsyncSession, *, actor: Actor, batch: PunchBatch, instance: str
    ) -> BatchResult:
        """An offline queue, in the phone's time order, each item answered under its own key."""
        ...


class SessionRecorder:
    def __init__(self, database: Database, *, clock: Clock, policy: PunchPolicy) -> None:
        self.database = database
        self.clock = clock
        self.policy = policy

    async def record(self, *, actor: Actor, data: PunchCreate, key: str, instance: str) -> Response:
        async with self.database.session_scope() as session:
            status, answer, replayed = await run_once(
                session,
                clock=self.clock,
                owner_id=actor.account_id,
                key=key,
                operation=PUNCH_OPERATION,
                body=data.model_dump(mode="json"),
                instance=instance,
                action=lambda: record_punch(session, actor=actor, clock=self.clock, policy=self.policy, data=data),
                # record_punch decides every refusal before its first write but the claim of the
                # person's row, which changes nothing: a refusal stored with it leaves nothing behind
                isolate=False,
            )
        return as_response(status, answer, replayed)

    async def record_batch(
        self, session: AsyncSession, *, actor: Actor, batch: PunchBatch, instance: str
    ) -> BatchResult:
        order = batch_order(batch)  # a key repeated in the batch refuses it whole, before anything is read
        if actor.employee_id is None:
            raise Forbidden(_("Only employees punch in and out."), slug="clock_in.not_an_employee")
        results: dict[int, BatchItemResult] = {}
        async with punch_turn(self.database, actor.employee_id):  # the phone's own punches wait here
            for place, item in order:
                data = PunchCreate.model_validate(item.model_dump(exclude={"idempotency_key"}))

                async def action(data: PunchCreate = data) -> PunchRead:
                    return await record_punch(session, actor=actor, clock=self.clock, policy=self.policy, data=data)

                status, answer, _replayed = await run_once(
                    session,
                    clock=self.clock,
                    owner_id=actor.account_id,
                    key=item.idempotency_key,
                    operation=PUNCH_OPERATION,
                    body=data.model_dump(mode="json"),
                    instance=instance,
                    action=action,
                )
                results[place] = BatchItemResult(
                    idempotency_key=item.idempotency_key,
                    status=status,
                    punch=PunchRead.model_validate(answer) if status < 400 else None,
                    problem=answer if status >= 400 else None,
                )
        return BatchResult(results=[results[place] for place in range(len(batch.punches))])


class DriverRecorder(SessionRecorder):
    async def record(self, *, actor: Actor, data: PunchCreate, key: str, instance: str) -> Response:
        database, clock, policy = self.database, self.clock, self.policy

        async def decide() -> tuple[PunchRead, PunchDecision]:
            decision = await decide_punch_direct(database, actor=actor, clock=clock, policy=policy, data=data)
            return decision.punch, decision

        async def remember(answer: idempotency.AnswerToStore, decision: PunchDecision | None) -> bool | None:
            return await store_punch_answer(database, answer, decision)

        async with punch_turn(database, actor.employee_id):
            try:
                status, content, replayed = await run_once_direct(
                    database,
                    clock=clock,
                    owner_id=actor.account_id,
                    key=key,
                    operation=PUNCH_OPERATION,
                    body=data.model_dump(mode="json"),
                    instance=instance,
                    decide=decide,
                    remember=remember,
                )
            except DecisionStale:  # lost its compare-and-set: answered in a transaction holding the person's row
                return await super().record(actor=actor, data=data, key=key, instance=instance)
        return as_raw_response(status, content, replayed)


def recorder_for(database: Database, *, clock: Clock, policy: PunchPolicy) -> PunchRecorder:
    """The one place the path is chosen: the driver path on PostgreSQL, the session path on SQLite."""
    recorder = SessionRecorder if database.is_sqlite else DriverRecorder
    return recorder(database, clock=clock, policy=policy)
