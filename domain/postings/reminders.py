"""A week before a posting starts, each applicant still in the running (pending, shortlisted or
approved) who has required courses left is reminded, and HR with them: once per application, by
the worker, whichever replica runs it (rows claimed with SKIP LOCKED on PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from domain.org.queries import organisation_today
from domain.postings.applications import OPEN, readiness_reads
from domain.postings.events import ReadinessMissing
from domain.postings.models import ApplicationStatus, Posting, PostingApplication
from domain.shared import events
from domain.shared.clock import Clock
from domain.shared.db import Database

NOTICE = timedelta(days=7)
BATCH = 200


async def remind_readiness(database: Database, clock: Clock) -> int:
    """Reminds the applicants of postings starting within a week whose required courses are not all
    passed; returns how many were reminded."""
    reminded = 0
    async with database.session_scope() as session:
        today = await organisation_today(session, clock)
        due = (
            await session.execute(
                select(PostingApplication, Posting)
                .join(Posting, Posting.id == PostingApplication.posting_id)
                .where(
                    PostingApplication.readiness_reminded_at.is_(None),
                    PostingApplication.status.in_([*OPEN, ApplicationStatus.APPROVED.value]),
                    Posting.start_date > today,
                    Posting.start_date <= today + NOTICE,
                )
                .order_by(Posting.start_date, PostingApplication.id)
                .limit(BATCH)
                .with_for_update(of=PostingApplication, skip_locked=True)
            )
        ).all()
        wanted = [(application, posting) for application, posting in due if posting.required_courses]
        ready = await readiness_reads(session, [(a.employee_id, p) for a, p in wanted])
        now = clock.now()
        for application, _posting in due:
            application.readiness_reminded_at = now
        for application, posting in wanted:
            state = ready[(application.employee_id, posting.id)]
            if state is None or state.complete:
                continue
            events.announce(
                session,
                ReadinessMissing(
                    application_id=application.id,
                    posting_id=posting.id,
                    unit_id=posting.unit_id,
                    employee_id=application.employee_id,
                    title=posting.title,
                    actor_account_id=None,
                    start_date=posting.start_date,
                    missing_courses=[course.course_code for course in state.courses if not course.done],
                ),
                clock=clock,
            )
            reminded += 1
    return reminded
