"""The background worker: the same domain code, run on a loop outside any request.

Subscribers: every outbox event fans out once to the subscribers that want it (notifications,
webhooks), each handling it exactly once (domain/shared/subscribers.py).
Jobs: transfer milestones (starting tomorrow / started / ended events), retention (expired idempotency
keys, handled outbox events, finished webhook deliveries and read notifications past their age, a
batch per pass: domain/shared/retention.py), ticket SLA escalations (every pass: at most the poll
interval, 2 s by default, well within the required 30 s), closing resolved tickets after 7 days,
forgetting idle rate windows and sign-in counters, sending due webhook deliveries, and recomputing
one draft pool's standing for its members (domain/pools/standings.py), expiring recognition
points that reached their day (domain/recognition/ledger.py), opening, reminding and closing
pulse survey waves (domain/surveys/waves.py), evaluating the mission figures' flags once a day
(domain/analytics/flags.py), and refreshing the figures' roll-ups (domain/analytics/rollup_refresh.py).
SIGTERM or SIGINT ends the loop after the job in hand, so a deploy never cuts a job in half.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import signal
import time
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from pathlib import Path

from opentelemetry.metrics import CallbackOptions, Observation

import domain.models  # noqa: F401 (every context, with its registrations: see domain/models.py)
from api.telemetry import Telemetry
from domain.analytics.flags import evaluate_flags
from domain.analytics.rollup_refresh import refresh_rollups
from domain.auth import sign_in_counters
from domain.auth.clients import purge_rate_windows
from domain.growth.mentors import remind_check_ins
from domain.growth.notices import notify_eligibility
from domain.growth.reports import write_reports
from domain.notifications.retention import purge_read
from domain.notifications.subscriber import NotificationSubscriber
from domain.performance.live_rankings import refresh_live_rankings
from domain.pools.standings import refresh_standings
from domain.postings.reminders import remind_readiness
from domain.recognition.ledger import expire_points
from domain.shared import idempotency
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.retention import Retention
from domain.shared.subscribers import Backlog, Subscriber, backlog, deliver, forget_done
from domain.surveys.waves import run_waves
from domain.tickets.escalation import close_resolved_tickets, escalate_tickets
from domain.transfers.milestones import announce_milestones
from domain.webhooks.delivery import WebhookSubscriber, deliver_due
from domain.webhooks.retention import purge_finished_deliveries
from domain.webhooks.targets import TargetPolicy

log = logging.getLogger("frontline.worker")


class RollUps(enum.StrEnum):
    """Where the analytics roll-ups run: with the other jobs (one worker does everything), or apart
    (`without` here, `only` in a worker of their own: rolling up one growth period of a big tenant
    takes about 15 s, which would hold up that worker's SLA escalations)."""

    WITH = "with"
    WITHOUT = "without"
    ONLY = "only"


def default_subscribers(roll_ups: RollUps = RollUps.WITH) -> list[Subscriber]:
    """Every subscriber; none in a worker that only rolls up (it still fans events out to all)."""
    return [] if roll_ups is RollUps.ONLY else [NotificationSubscriber(), WebhookSubscriber()]


# Periodic jobs: each takes (database, clock) and returns how many items it handled.
Job = Callable[[Database, Clock], Awaitable[int]]


def default_jobs(
    webhook_targets: TargetPolicy | None = None,
    retention: Retention | None = None,
    roll_ups: RollUps = RollUps.WITH,
) -> list[Job]:
    """Every job (`roll_ups`: with the roll-ups, without them, or only them); webhooks go where
    `webhook_targets` allows (public receivers by default), finished records go after the ages
    `retention` gives (defaults in domain/shared/retention.py)."""
    if roll_ups is RollUps.ONLY:
        return [refresh_rollups]
    jobs: list[Job] = [
        announce_milestones,
        remind_readiness,
        notify_eligibility,
        remind_check_ins,
        write_reports,
        expire_points,
        run_waves,
        evaluate_flags,
        *retention_jobs(retention or Retention()),
        escalate_tickets,
        close_resolved_tickets,
        purge_rate_windows,
        sign_in_counters.purge,
        partial(deliver_due, targets=webhook_targets),
        refresh_standings,  # last: one computation per pass each, after the quick jobs
        refresh_live_rankings,
    ]
    # last: a second of recomputing analytics periods a pass, once a day's are due
    return [*jobs, refresh_rollups] if roll_ups is RollUps.WITH else jobs


def retention_jobs(retention: Retention) -> list[Job]:
    """Each drops one batch of what is past its age (domain/shared/retention.py)."""
    return [
        idempotency.purge_expired,
        partial(forget_done, keep=retention.handled_events),
        partial(purge_finished_deliveries, keep=retention.finished_webhook_deliveries),
        partial(purge_read, keep=retention.read_notifications),
    ]


JOBS: list[Job] = default_jobs()


class Worker:
    def __init__(
        self,
        database: Database,
        *,
        clock: Clock,
        poll_interval_s: float,
        subscribers: Sequence[Subscriber] | None = None,
        jobs: list[Job] | None = None,
        telemetry: Telemetry | None = None,
        heartbeat: Path | None = None,
    ) -> None:
        """`heartbeat`: a file touched on every turn of the loop, for a liveness probe (a loop that
        hangs stops touching it; one whose passes fail, e.g. the database is away, still turns)."""
        self.database = database
        self.heartbeat = heartbeat
        self.clock = clock
        self.poll_interval_s = poll_interval_s
        # every event gets a task for every subscriber; this worker handles `subscribers`' queues
        self.subscribers = list(subscribers) if subscribers is not None else default_subscribers()
        self.everyone = list({s.name: s for s in [*default_subscribers(), *self.subscribers]}.values())
        self.jobs = jobs if jobs is not None else JOBS
        self._stopping = asyncio.Event()
        self.metrics = WorkerMetrics(telemetry, [s.name for s in self.everyone]) if telemetry else None

    def stop(self) -> None:
        self._stopping.set()

    async def run_once(self) -> int:
        """One pass over every job; returns how many items were handled. Asked to stop, the pass
        ends after the job in hand (each job's batch is its own transaction: the rest waits for
        the next start)."""
        handled = 0
        for job in self.jobs:
            if self._stopping.is_set():
                return handled
            done = await job(self.database, self.clock)
            handled += done
            if self.metrics and done:
                self.metrics.handled(job, done)
        if self.metrics:
            await self.metrics.look_at_backlog(self.database, self.clock)
        return handled + await deliver(self.database, self.subscribers, clock=self.clock, everyone=self.everyone)

    async def run(self) -> None:
        log.info("worker started (poll every %.1fs)", self.poll_interval_s)
        while not self._stopping.is_set():
            if self.heartbeat is not None:
                self.heartbeat.touch()
            try:
                handled = await self.run_once()
            except Exception:  # the loop must survive a failing pass (e.g. database restart)
                log.exception("worker pass failed; retrying after the poll interval")
                handled = 0
            if handled:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), timeout=self.poll_interval_s)
        log.info("worker stopped")


class WorkerMetrics:
    """`frontline.worker.items` (what each job handled: `escalate_tickets` counts SLA escalations),
    `frontline.outbox.depth` (events not yet fanned out) and `frontline.worker.lag` (per subscriber,
    how long its oldest pending event has waited), the last two read at most every BACKLOG_EVERY_S."""

    BACKLOG_EVERY_S = 10.0

    def __init__(self, telemetry: Telemetry, subscribers: list[str]) -> None:
        meter = telemetry.meter
        self._items = meter.create_counter("frontline.worker.items", description="Items each worker job handled")
        self._subscribers = subscribers
        self._seen: Backlog | None = None
        self._looked_at = -self.BACKLOG_EVERY_S
        meter.create_observable_gauge(
            "frontline.outbox.depth",
            callbacks=[lambda _options: [Observation(self._seen.outbox_depth)] if self._seen else []],
            description="Events waiting to be fanned out to subscribers",
        )
        meter.create_observable_gauge(
            "frontline.worker.lag",
            callbacks=[self._lags],
            unit="s",
            description="How long each subscriber's oldest pending event has waited",
        )

    def handled(self, job: Job, count: int) -> None:
        name = getattr(job, "__name__", None) or getattr(getattr(job, "func", None), "__name__", "job")
        self._items.add(count, {"job": name})

    async def look_at_backlog(self, database: Database, clock: Clock) -> None:
        if time.monotonic() - self._looked_at < self.BACKLOG_EVERY_S:
            return
        self._looked_at = time.monotonic()
        self._seen = await backlog(database, clock, self._subscribers)

    def _lags(self, _options: CallbackOptions) -> list[Observation]:
        if self._seen is None:
            return []
        return [Observation(seconds, {"subscriber": name}) for name, seconds in self._seen.lag_s.items()]


async def run_until_signalled(worker: Worker) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, worker.stop)
    try:
        await worker.run()
    finally:
        await worker.database.dispose()
