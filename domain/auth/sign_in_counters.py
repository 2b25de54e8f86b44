"""The sign-in counters in the database (rules: throttling.py), so every replica sees the same
counts: an attempt is admitted and counted in its own short transaction holding the counters'
rows (FOR UPDATE on PostgreSQL, BEGIN IMMEDIATE on SQLite) before its password is checked, and
the count is given back when the password was right."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, case, delete, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.dml import ValuesBase

from domain.auth import throttling
from domain.auth.models import SignInKnownAddress, SignInThrottle
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.errors import DomainError
from domain.shared.i18n import _
from domain.shared.upsert import InsertInto, PerDatabase

_throttles = cast(Table, SignInThrottle.__table__)
_known = cast(Table, SignInKnownAddress.__table__)
_NEW_COUNTER = PerDatabase(lambda insert: insert(_throttles).on_conflict_do_nothing(index_elements=["key"]))


def _remember_address(insert: InsertInto) -> ValuesBase:
    statement = insert(_known)
    return statement.on_conflict_do_update(
        index_elements=["account_id", "address"], set_={"last_success_at": statement.excluded.last_success_at}
    )


_REMEMBER_ADDRESS = PerDatabase(_remember_address)


class TooManyAttempts(DomainError):
    status = 429
    slug = "auth.too_many_attempts"
    title = _("Too many sign-in attempts")

    def __init__(self, wait: timedelta) -> None:
        seconds = throttling.retry_after_s(wait)
        super().__init__(
            _("Too many sign-in attempts; try again in {seconds} s.", seconds=seconds), retry_after_s=seconds
        )


async def is_known_address(session: AsyncSession, *, account_id: uuid.UUID, address: str, now: datetime) -> bool:
    return bool(
        await session.scalar(
            select(
                exists().where(
                    SignInKnownAddress.account_id == account_id,
                    SignInKnownAddress.address == address,
                    SignInKnownAddress.last_success_at >= now - throttling.KNOWN_ADDRESS_FOR,
                )
            )
        )
    )


async def admit(session: AsyncSession, *, now: datetime, counters: Sequence[tuple[str, throttling.Limit]]) -> None:
    """Admits an attempt and counts it (as a failure, until it proves otherwise) on every counter,
    or raises TooManyAttempts and counts nothing. Run it in a transaction of its own, committed
    before the password is checked."""
    limits = dict(counters)
    keys = sorted(limits)  # rows locked in one order everywhere: no deadlocks between attempts
    connection = await session.connection()
    await connection.execute(_NEW_COUNTER.on(connection), [{"key": key, "failures": 0} for key in keys])
    rows = (
        await session.execute(
            select(
                SignInThrottle.key,
                SignInThrottle.failures,
                SignInThrottle.next_attempt_at,
                SignInThrottle.last_failure_at,
            )
            .where(SignInThrottle.key.in_(keys))
            .order_by(SignInThrottle.key)
            .with_for_update()
        )
    ).all()
    current = {row.key: throttling.Counter(row.failures, row.next_attempt_at, row.last_failure_at) for row in rows}
    waits = [wait for key in keys if (wait := throttling.wait_before(current[key], now)) is not None]
    if waits:
        raise TooManyAttempts(max(waits))
    for key in keys:
        counted = throttling.reserve(current[key], limits[key], now)
        await session.execute(
            update(SignInThrottle)
            .where(SignInThrottle.key == key)
            .values(
                failures=counted.failures,
                next_attempt_at=counted.next_attempt_at,
                last_failure_at=counted.last_failure_at,
            )
        )


async def succeeded(
    session: AsyncSession,
    *,
    now: datetime,
    account_id: uuid.UUID,
    address_key: str,
    name_key: str | None,
) -> None:
    """The password was right: the attempt gives its address count back, clears the name's count
    (when it was counted there) and makes the address a known one for the account."""
    await session.execute(
        update(SignInThrottle)
        .where(SignInThrottle.key == address_key)
        .values(failures=case((SignInThrottle.failures > 0, SignInThrottle.failures - 1), else_=0))
    )
    if name_key is not None:
        await session.execute(delete(SignInThrottle).where(SignInThrottle.key == name_key))
    connection = await session.connection()
    await connection.execute(
        _REMEMBER_ADDRESS.on(connection),
        {"account_id": account_id, "address": throttling.known_address(address_key), "last_success_at": now},
    )


async def purge(database: Database, clock: Clock) -> int:
    """Worker job: forget counters idle past their memory and addresses not used for 90 days."""
    now = clock.now()
    forget = max(throttling.PER_NAME.forget_after, throttling.PER_ADDRESS.forget_after)
    async with database.session_scope() as session:
        idle = await session.execute(
            delete(SignInThrottle).where(
                or_(SignInThrottle.last_failure_at.is_(None), SignInThrottle.last_failure_at < now - forget),
                or_(SignInThrottle.next_attempt_at.is_(None), SignInThrottle.next_attempt_at < now),
            )
        )
        stale = await session.execute(
            delete(SignInKnownAddress).where(SignInKnownAddress.last_success_at < now - throttling.KNOWN_ADDRESS_FOR)
        )
    return int(getattr(idle, "rowcount", 0) or 0) + int(getattr(stale, "rowcount", 0) or 0)
