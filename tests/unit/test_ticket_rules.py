"""Pure ticket rules: whom a ticket's work counts for (and that its SQL form agrees), where a
requester works on a day (the stores a ticket may name), and routing a ticket without a store."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, insert, select

from domain.people.models import Assignment, AssignmentKind
from domain.tickets.models import Ticket, TicketPriority, TicketStatus
from domain.tickets.responders import counted_for, counts_for_responder, resolver_column, resolver_of
from domain.tickets.rules import DEFAULT_QUEUE, Route, choose_route, workplaces_on

REQUESTER, COLLEAGUE, HEAD = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


# --- whom a ticket counts for --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("assignee", "first_responder", "resolver", "counts"),
    [
        (COLLEAGUE, None, COLLEAGUE, True),
        (None, COLLEAGUE, COLLEAGUE, True),
        (COLLEAGUE, HEAD, COLLEAGUE, True),  # the holder, not the first to answer
        (None, None, None, False),  # nobody worked it
        (REQUESTER, None, REQUESTER, False),  # she held her own ticket
        (None, REQUESTER, REQUESTER, False),  # she answered her own ticket
        (REQUESTER, COLLEAGUE, REQUESTER, False),  # she held it: the colleague's answer does not make it his
        (COLLEAGUE, REQUESTER, COLLEAGUE, True),
    ],
)
def test_a_ticket_counts_for_whoever_resolved_it_unless_that_is_its_requester(
    assignee: uuid.UUID | None, first_responder: uuid.UUID | None, resolver: uuid.UUID | None, counts: bool
):
    assert resolver_of(assignee, first_responder) == resolver
    assert counts_for_responder(REQUESTER, resolver) is counts


PEOPLE = st.sampled_from([None, REQUESTER, COLLEAGUE, HEAD])


@given(st.lists(st.tuples(PEOPLE, PEOPLE), min_size=1, max_size=12))
@settings(max_examples=60, deadline=None)
def test_the_sql_predicate_says_what_the_pure_rule_says(handlers: list[tuple[uuid.UUID | None, uuid.UUID | None]]):
    """The stats count in Python, the scores and pools in SQL: both forms must pick the same tickets."""
    engine = create_engine("sqlite://")
    try:
        Ticket.__table__.create(engine)  # type: ignore[attr-defined]
        rows: list[dict[str, Any]] = []
        for assignee, first_responder in handlers:
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "requester_account_id": REQUESTER,
                    "requester_employee_id": uuid.uuid4(),
                    "store_id": None,
                    "category": "pos",
                    "title": "Till",
                    "description": "Down",
                    "priority": TicketPriority.NORMAL,
                    "status": TicketStatus.RESOLVED,
                    "department_id": uuid.uuid4(),
                    "assignee_account_id": assignee,
                    "business_hours": False,
                    "first_response_minutes": 120,
                    "resolution_minutes": 1440,
                    "first_response_due_at": NOW,
                    "first_responder_account_id": first_responder,
                    "resolution_started_at": NOW,
                    "reopen_count": 0,
                    "version": 1,
                    "created_at": NOW,
                    "updated_at": NOW,
                }
            )
        with engine.begin() as connection:
            connection.execute(insert(Ticket), rows)
            by_resolver = set(connection.scalars(select(Ticket.id).where(counted_for(resolver_column()))))
            by_assignee = set(connection.scalars(select(Ticket.id).where(counted_for(Ticket.assignee_account_id))))
    finally:
        engine.dispose()
    ids = [r["id"] for r in rows]
    expected = {
        i for i, (a, f) in zip(ids, handlers, strict=True) if counts_for_responder(REQUESTER, resolver_of(a, f))
    }
    assert by_resolver == expected
    assert by_assignee == {i for i, (a, _) in zip(ids, handlers, strict=True) if counts_for_responder(REQUESTER, a)}


# --- where a requester works on a day ------------------------------------------------------------

HOME, S1, S2, S3 = (uuid.uuid4() for _ in range(4))
DAY = date(2026, 3, 10)


def stay(
    unit: uuid.UUID,
    start: date,
    end: date | None,
    kind: AssignmentKind = AssignmentKind.SECONDMENT,
    cancelled: bool = False,
    created: int = 0,
) -> Assignment:
    return Assignment(
        id=uuid.uuid4(),
        employee_id=uuid.uuid4(),
        unit_id=unit,
        kind=kind,
        valid_from=start,
        valid_to=end,
        cancelled_at=NOW if cancelled else None,
        created_at=NOW + timedelta(seconds=created),
    )


@pytest.mark.parametrize(
    ("assignments", "places"),
    [
        ([], {HOME}),
        ([stay(S1, date(2026, 3, 1), date(2026, 4, 1))], {HOME, S1}),  # seconded: home and the store
        ([stay(S1, date(2026, 3, 1), DAY)], {HOME}),  # ended the day before ([from, to))
        ([stay(S1, DAY + timedelta(days=1), None)], {HOME}),  # not begun yet
        ([stay(S1, date(2026, 3, 1), None, cancelled=True)], {HOME}),
        ([stay(S1, date(2026, 1, 1), None, AssignmentKind.PERMANENT)], {S1}),  # moved for good: home no more
        (
            [
                stay(S1, date(2026, 1, 1), None, AssignmentKind.PERMANENT),
                stay(S2, date(2026, 3, 1), date(2026, 3, 20), created=1),
            ],
            {S1, S2},  # seconded away from the new home
        ),
        (
            [
                stay(S1, date(2026, 1, 1), date(2026, 3, 1), AssignmentKind.PERMANENT),
                stay(S3, date(2026, 3, 1), None, AssignmentKind.PERMANENT, created=1),
            ],
            {S3},  # moved twice: only the latest move counts
        ),
    ],
    ids=["home", "seconded", "ended", "not-begun", "cancelled", "moved", "moved-then-seconded", "moved-twice"],
)
def test_a_requester_works_at_home_or_where_assigned_that_day(assignments: list[Assignment], places: set[uuid.UUID]):
    assert workplaces_on(HOME, assignments, DAY) == places


# --- routing without a store ---------------------------------------------------------------------

IT, OPS, EAST_OPS = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
ROUTES = [
    Route(DEFAULT_QUEUE, None, OPS),
    Route("pos", None, IT),
    Route("pos", "/hq/east/", EAST_OPS),
]


@pytest.mark.parametrize(
    ("category", "store_path", "department"),
    [
        ("pos", "/hq/east/s1/", EAST_OPS),
        ("pos", "/hq/west/s3/", IT),
        ("pos", None, IT),  # no store, no region: the rule without one
        ("printer", None, OPS),
    ],
)
def test_a_ticket_without_a_store_is_routed_by_the_rules_without_a_region(
    category: str, store_path: str | None, department: uuid.UUID
):
    assert choose_route(ROUTES, category, store_path) == department
