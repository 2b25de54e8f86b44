"""The migration that lets a ticket have no store keeps every row that refers to tickets.

On SQLite the column changes by copying the table; with foreign keys on, dropping the old copy
would delete the tickets' notifications (ON DELETE CASCADE) or be refused for their events. The
test writes a ticket with children at the revision before, migrates up and down, and counts.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import Script, ScriptDirectory
from sqlalchemy import Boolean, Date, Integer, String, Uuid, column, func, insert, inspect, select, table, update
from sqlalchemy.sql.expression import TableClause

import migrations
from domain.shared.db import Database, JSONDocument, UTCDateTime
from tests.conftest import fresh_postgres_database, postgres_admin, run_in_thread

NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
CHILDREN = ("ticket_events", "notifications", "ticket_pauses")


@pytest.fixture
def empty_database_url(dialect: str, tmp_path: Path) -> Iterator[str]:
    if dialect == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
        return
    name, url = fresh_postgres_database()
    try:
        yield url
    finally:
        postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def this_revision(config: Any) -> Script:
    script = ScriptDirectory.from_config(config)
    return next(r for r in script.walk_revisions() if r.path.endswith("_tickets_without_a_store.py"))


def _table(table_name: str, /, **columns: Any) -> TableClause:
    """The columns this test writes, as they were at the revision before (other columns are
    nullable or have defaults there)."""
    return table(table_name, *(column(key, kind) for key, kind in columns.items()))


UNITS = _table("org_units", id=Uuid, code=String, name=String, kind=String, path=String, timezone=String,
               created_at=UTCDateTime, updated_at=UTCDateTime)  # fmt: skip
EMPLOYEES = _table("employees", id=Uuid, employee_no=String, full_name=String, home_unit_id=Uuid, hire_date=Date,
                   status=String, created_at=UTCDateTime, updated_at=UTCDateTime)  # fmt: skip
ACCOUNTS = _table("accounts", id=Uuid, employee_id=Uuid, password_hash=String, is_active=Boolean,
                  failed_logins=Integer, password_changed_at=UTCDateTime, created_at=UTCDateTime,
                  updated_at=UTCDateTime)  # fmt: skip
TICKETS = _table("tickets", id=Uuid, requester_account_id=Uuid, requester_employee_id=Uuid, store_id=Uuid,
                 category=String, title=String, description=String, priority=String, status=String,
                 department_id=Uuid, business_hours=Boolean, first_response_minutes=Integer,
                 resolution_minutes=Integer, first_response_due_at=UTCDateTime, resolution_started_at=UTCDateTime,
                 reopen_count=Integer, version=Integer, created_at=UTCDateTime, updated_at=UTCDateTime)  # fmt: skip
EVENTS = _table("ticket_events", ticket_id=Uuid, kind=String, internal=Boolean, data=JSONDocument,
                occurred_at=UTCDateTime)  # fmt: skip
NOTIFICATIONS = _table("notifications", id=Uuid, account_id=Uuid, ticket_id=Uuid, kind=String, message=String,
                       created_at=UTCDateTime)  # fmt: skip
PAUSES = _table("ticket_pauses", id=Uuid, ticket_id=Uuid, started_at=UTCDateTime)


async def _write_ticket_with_children(url: str, *, children: bool = True) -> dict[str, uuid.UUID]:
    """A store, a department, a requester at home in the department, a ticket and (unless told not
    to) one row of each child table, as they were at the revision before this one."""
    ids = {name: uuid.uuid4() for name in ("store", "dept", "employee", "account", "ticket")}
    stamps = {"created_at": NOW, "updated_at": NOW}
    database = Database(url)
    try:
        async with database.engine.begin() as connection:
            for key, kind in (("dept", "department"), ("store", "store")):
                path = f"/{ids[key]}/"
                await connection.execute(
                    insert(UNITS).values(id=ids[key], code=key, name=key, kind=kind, path=path,
                                         timezone="Asia/Shanghai", **stamps)
                )  # fmt: skip
            await connection.execute(
                insert(EMPLOYEES).values(id=ids["employee"], employee_no="E1", full_name="Requester",
                                         home_unit_id=ids["dept"], hire_date=date(2020, 1, 1), status="active",
                                         **stamps)
            )  # fmt: skip
            await connection.execute(
                insert(ACCOUNTS).values(id=ids["account"], employee_id=ids["employee"], password_hash="!",
                                        is_active=True, failed_logins=0, password_changed_at=NOW, **stamps)
            )  # fmt: skip
            await connection.execute(
                insert(TICKETS).values(
                    id=ids["ticket"], requester_account_id=ids["account"], requester_employee_id=ids["employee"],
                    store_id=ids["store"], category="pos", title="Till", description="Down", priority="normal",
                    status="open", department_id=ids["dept"], business_hours=False, first_response_minutes=120,
                    resolution_minutes=1440, first_response_due_at=NOW, resolution_started_at=NOW,
                    reopen_count=0, version=1, **stamps,
                )
            )  # fmt: skip
            if not children:
                return ids
            await connection.execute(
                insert(EVENTS).values(ticket_id=ids["ticket"], kind="created", internal=False, data={}, occurred_at=NOW)
            )
            await connection.execute(
                insert(NOTIFICATIONS).values(id=uuid.uuid4(), account_id=ids["account"], ticket_id=ids["ticket"],
                                             kind="ticket.created", message="New", created_at=NOW)
            )  # fmt: skip
            await connection.execute(insert(PAUSES).values(id=uuid.uuid4(), ticket_id=ids["ticket"], started_at=NOW))
    finally:
        await database.dispose()
    return ids


async def _read(url: str) -> tuple[dict[str, int], bool, list[Any]]:
    """Rows per child table, whether tickets.store_id is nullable, and every ticket's store."""
    database = Database(url)
    try:
        async with database.engine.connect() as connection:
            counts = {
                name: int(await connection.scalar(select(func.count()).select_from(table(name))) or 0)
                for name in CHILDREN
            }
            columns = await connection.run_sync(lambda sync: inspect(sync).get_columns("tickets"))
            nullable = next(c["nullable"] for c in columns if c["name"] == "store_id")
            stores = list((await connection.scalars(select(TICKETS.c.store_id))).all())
            return counts, bool(nullable), stores
    finally:
        await database.dispose()


async def _drop_store(url: str, ticket_id: uuid.UUID) -> None:
    database = Database(url)
    try:
        async with database.engine.begin() as connection:
            await connection.execute(update(TICKETS).where(TICKETS.c.id == ticket_id).values(store_id=None))
    finally:
        await database.dispose()


async def test_tickets_and_the_rows_that_refer_to_them_survive_both_directions(empty_database_url: str) -> None:
    url = empty_database_url
    config = migrations.alembic_config(url)
    revision = this_revision(config)
    assert isinstance(revision.down_revision, str)
    run_in_thread(command.upgrade, config, revision.down_revision)
    ids = await _write_ticket_with_children(url)
    assert await _read(url) == ({name: 1 for name in CHILDREN}, False, [ids["store"]])

    run_in_thread(command.upgrade, config, revision.revision)
    assert await _read(url) == ({name: 1 for name in CHILDREN}, True, [ids["store"]])
    await _drop_store(url, ids["ticket"])  # as a head-office requester's ticket would be

    run_in_thread(command.downgrade, config, revision.down_revision)
    # the older schema needs a unit: the requester's home one
    assert await _read(url) == ({name: 1 for name in CHILDREN}, False, [ids["dept"]])


async def test_the_escalation_queue_starts_with_every_active_ticket_and_no_other(empty_database_url: str) -> None:
    """Revision 0023: an active ticket is looked at on the first pass after the upgrade (its moment is
    its creation); a resolved one never is."""
    url = empty_database_url
    config = migrations.alembic_config(url)
    run_in_thread(command.upgrade, config, "0022")
    ids = await _write_ticket_with_children(url, children=False)
    resolved = uuid.uuid4()
    database = Database(url)
    try:
        async with database.engine.begin() as connection:
            row = (await connection.execute(select(TICKETS).where(TICKETS.c.id == ids["ticket"]))).mappings().one()
            await connection.execute(insert(TICKETS).values({**row, "id": resolved, "status": "resolved"}))
    finally:
        await database.dispose()

    run_in_thread(command.upgrade, config, "0023")

    queue = _table("tickets", id=Uuid, escalation_check_at=UTCDateTime)
    database = Database(url)
    try:
        async with database.engine.connect() as connection:
            moments = dict((await connection.execute(select(queue.c.id, queue.c.escalation_check_at))).all())
    finally:
        await database.dispose()
    assert moments == {ids["ticket"]: NOW, resolved: None}
