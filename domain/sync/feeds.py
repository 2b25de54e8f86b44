"""HR sync feeds: employees, assignments and transfers as change feeds an HR system polls.

Each feed lists rows in the order they last changed, by the `change_seq` a database trigger stamps
on every insert and update (see migrations/change_feed.py), ties broken by id. The cursor holds the
(change_seq, id) of the last row returned; a row changed again later gets a higher change_seq and
shows up again after the cursor, so "store the cursor, poll from it" never misses a change.

Never skipping a row while writes go on is the hard part. On PostgreSQL change_seq is the id of the
writing transaction, and transactions commit in any order: a transaction with a lower id may still
be running when a later one has committed. So one statement reads only rows whose change_seq is
below the oldest transaction still running in its own snapshot (`pg_snapshot_xmin`): everything
below it has finished, and anything that commits later carries an id at or above it, hence lands
after any cursor handed out now. The price is that a long-running write transaction holds the
feed back until it ends. On SQLite one writer runs at a time, so the trigger's next number is
already commit order and no horizon is needed.

Who sees what: clients with the read:people scope and HR or administrators. A client limited to
org units sees employees whose home unit is inside its reach or who hold a (not cancelled)
assignment to a unit inside it; assignments whose unit or whose employee's home unit is inside;
transfers whose destination or whose employee's home unit is inside.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypeVar, cast

from pydantic import BaseModel
from sqlalchemy import BigInteger, ColumnElement, Select, Text, false, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute, aliased

from domain.auth.scopes import Scope, reach_clause, require_scope, unit_paths_within_reach
from domain.org.models import OrgUnit
from domain.people.models import Assignment, Employee
from domain.shared.actor import Actor, Role
from domain.shared.errors import InvalidInput
from domain.shared.i18n import _
from domain.shared.pagination import cursor_int, cursor_uuid, decode_cursor, encode_cursor
from domain.sync.schemas import SyncedAssignment, SyncedEmployee, SyncedTransfer, SyncPage
from domain.transfers.models import Transfer

SYNC_DEFAULT_LIMIT = 200
SYNC_MAX_LIMIT = 1000

Item = TypeVar("Item", bound=BaseModel)

# The position before every row: where a feed starts.
_START = (0, uuid.UUID(int=0))
_SEQ = "feed_change_seq"


def _horizon() -> ColumnElement[int]:
    """PostgreSQL: the oldest transaction id still running as this statement's snapshot sees it.
    Rows stamped below it are final; evaluated inside the page query, so with the same snapshot."""
    return func.pg_snapshot_xmin(func.pg_current_snapshot()).cast(Text).cast(BigInteger)


def _position(cursor: str | None) -> tuple[int, uuid.UUID]:
    if cursor is None:
        return _START
    seq, key = decode_cursor(cursor, arity=2)
    return cursor_int(seq), cursor_uuid(key)


def _inside(reach: list[str], *paths: InstrumentedAttribute[str]) -> ColumnElement[bool]:
    """True when any of these org paths lies inside the client's reach."""
    if not reach:
        return false()
    return or_(*(cast("ColumnElement[bool]", reach_clause(path, reach)) for path in paths))


async def _authorize(session: AsyncSession, actor: Actor) -> list[str] | None:
    """The org paths the caller is limited to, None for the whole organisation."""
    require_scope(actor, Scope.READ_PEOPLE, users_with=(Role.HR, Role.ADMIN))
    return await unit_paths_within_reach(session, actor)


async def _page(
    session: AsyncSession,
    query: Select[*tuple[Any, ...]],
    *,
    change_seq: InstrumentedAttribute[int | None],
    key: InstrumentedAttribute[uuid.UUID],
    updated_at: InstrumentedAttribute[datetime],
    model: type[Item],
    cursor: str | None,
    limit: int,
    updated_since: datetime | None,
) -> SyncPage[Item]:
    """One page of a feed in (change_seq, id) order after the cursor, in one statement."""
    if not 1 <= limit <= SYNC_MAX_LIMIT:
        raise InvalidInput(_("limit must be between 1 and {max_limit}.", max_limit=SYNC_MAX_LIMIT), field="query.limit")
    if updated_since is not None and updated_since.tzinfo is None:
        raise InvalidInput(_("updated_since needs a UTC offset."), field="query.updated_since")
    after_seq, after_key = _position(cursor)
    conditions: list[ColumnElement[bool]] = [
        change_seq >= after_seq,
        or_(change_seq > after_seq, key > after_key),
    ]
    connection = await session.connection()
    if connection.dialect.name == "postgresql":
        conditions.append(change_seq < _horizon())
    if updated_since is not None:
        conditions.append(updated_at >= updated_since)
    statement = query.add_columns(change_seq.label(_SEQ)).where(*conditions).order_by(change_seq, key).limit(limit + 1)
    rows: Sequence[Any] = (await session.execute(statement)).mappings().all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    last_seq, last_key = (rows[-1][_SEQ], rows[-1]["id"]) if rows else (after_seq, after_key)
    return SyncPage(
        items=[model.model_validate(dict(row)) for row in rows],
        next_cursor=encode_cursor([last_seq, str(last_key)]),
        has_more=has_more,
    )


async def employees_feed(
    session: AsyncSession,
    *,
    actor: Actor,
    cursor: str | None = None,
    limit: int = SYNC_DEFAULT_LIMIT,
    updated_since: datetime | None = None,
) -> SyncPage[SyncedEmployee]:
    """Employees in the order they changed, with their home unit's code."""
    reach = await _authorize(session, actor)
    home = aliased(OrgUnit, name="home")
    query = select(
        Employee.id,
        Employee.employee_no,
        Employee.full_name,
        Employee.email,
        Employee.phone,
        Employee.home_unit_id,
        home.code.label("home_unit_code"),
        Employee.hire_date,
        Employee.status,
        Employee.created_at,
        Employee.updated_at,
    ).join(home, home.id == Employee.home_unit_id)
    if reach is not None:
        place = aliased(OrgUnit, name="place")
        assigned_inside = (
            select(Assignment.id)
            .join(place, place.id == Assignment.unit_id)
            .where(Assignment.employee_id == Employee.id, Assignment.cancelled_at.is_(None), _inside(reach, place.path))
            .exists()
        )
        query = query.where(or_(_inside(reach, home.path), assigned_inside))
    return await _page(
        session,
        query,
        change_seq=Employee.change_seq,
        key=Employee.id,
        updated_at=Employee.updated_at,
        model=SyncedEmployee,
        cursor=cursor,
        limit=limit,
        updated_since=updated_since,
    )


async def assignments_feed(
    session: AsyncSession,
    *,
    actor: Actor,
    cursor: str | None = None,
    limit: int = SYNC_DEFAULT_LIMIT,
    updated_since: datetime | None = None,
) -> SyncPage[SyncedAssignment]:
    """Assignments (cancelled ones included, marked) in the order they changed."""
    reach = await _authorize(session, actor)
    place = aliased(OrgUnit, name="place")
    query = (
        select(
            Assignment.id,
            Assignment.employee_id,
            Employee.employee_no,
            Assignment.unit_id,
            place.code.label("unit_code"),
            Assignment.kind,
            Assignment.valid_from,
            Assignment.valid_to,
            Assignment.transfer_id,
            Assignment.cancelled_at,
            Assignment.created_at,
            Assignment.updated_at,
        )
        .join(Employee, Employee.id == Assignment.employee_id)
        .join(place, place.id == Assignment.unit_id)
    )
    if reach is not None:
        home = aliased(OrgUnit, name="home")
        query = query.join(home, home.id == Employee.home_unit_id).where(_inside(reach, place.path, home.path))
    return await _page(
        session,
        query,
        change_seq=Assignment.change_seq,
        key=Assignment.id,
        updated_at=Assignment.updated_at,
        model=SyncedAssignment,
        cursor=cursor,
        limit=limit,
        updated_since=updated_since,
    )


async def transfers_feed(
    session: AsyncSession,
    *,
    actor: Actor,
    cursor: str | None = None,
    limit: int = SYNC_DEFAULT_LIMIT,
    updated_since: datetime | None = None,
) -> SyncPage[SyncedTransfer]:
    """Transfer requests in the order they changed (submitted, decided, withdrawn, ...)."""
    reach = await _authorize(session, actor)
    destination = aliased(OrgUnit, name="destination")
    query = (
        select(
            Transfer.id,
            Transfer.employee_id,
            Employee.employee_no,
            Transfer.kind,
            Transfer.destination_unit_id,
            destination.code.label("destination_unit_code"),
            Transfer.start_date,
            Transfer.end_date,
            Transfer.status,
            Transfer.submitted_at,
            Transfer.decided_at,
            Transfer.created_at,
            Transfer.updated_at,
        )
        .join(Employee, Employee.id == Transfer.employee_id)
        .join(destination, destination.id == Transfer.destination_unit_id)
    )
    if reach is not None:
        home = aliased(OrgUnit, name="home")
        query = query.join(home, home.id == Employee.home_unit_id).where(_inside(reach, destination.path, home.path))
    return await _page(
        session,
        query,
        change_seq=Transfer.change_seq,
        key=Transfer.id,
        updated_at=Transfer.updated_at,
        model=SyncedTransfer,
        cursor=cursor,
        limit=limit,
        updated_since=updated_since,
    )
