"""Revision 0037 fills the status history in from the employee rows: everyone active from their
hire date, and whoever is not active now in that status from the day their record last changed
(in the organisation's time zone, never before the hire date). Down again, the table is gone."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Date, String, Uuid, column, insert, inspect, select, table

import migrations
from domain.shared.db import Database, UTCDateTime
from tests.conftest import fresh_postgres_database, postgres_admin, run_in_thread

NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
UNITS = table(
    "org_units",
    *(column(name, String) for name in ("code", "name", "kind", "path", "timezone")),
    column("id", Uuid),
    column("parent_id", Uuid),
    column("created_at", UTCDateTime),
    column("updated_at", UTCDateTime),
)
EMPLOYEES = table(
    "employees",
    *(column(name, String) for name in ("employee_no", "full_name", "status")),
    column("id", Uuid),
    column("home_unit_id", Uuid),
    column("hire_date", Date),
    column("created_at", UTCDateTime),
    column("updated_at", UTCDateTime),
)
CHANGES = table(
    "employee_status_changes",
    column("employee_id", Uuid),
    column("status", String),
    column("effective_on", Date),
    column("recorded_at", UTCDateTime),
    column("recorded_by", Uuid),
)


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


async def _write_people(url: str) -> dict[str, uuid.UUID]:
    """Head office in Shanghai, a department, and three people as revision 0036 held them."""
    ids = {name: uuid.uuid4() for name in ("hq", "dept", "active", "on_leave", "left")}
    stamps = {"created_at": NOW, "updated_at": NOW}
    people: list[dict[str, Any]] = [
        # name, hire date, status, last change of the record
        {"key": "active", "hire_date": date(2020, 1, 1), "status": "active", "updated_at": NOW},
        # 20:00 UTC on 10 February is 04:00 on the 11th in Shanghai
        {
            "key": "on_leave",
            "hire_date": date(2021, 6, 1),
            "status": "on_leave",
            "updated_at": datetime(2026, 2, 10, 20, 0, tzinfo=UTC),
        },
        # a record last changed before the hire date it now holds: the status holds from the hire date
        {
            "key": "left",
            "hire_date": date(2026, 2, 1),
            "status": "left",
            "updated_at": datetime(2026, 1, 15, 3, 0, tzinfo=UTC),
        },
    ]
    database = Database(url)
    try:
        async with database.engine.begin() as connection:
            await connection.execute(
                insert(UNITS).values(id=ids["hq"], parent_id=None, code="HQ", name="HQ", kind="headquarters",
                                     path=f"/{ids['hq']}/", timezone="Asia/Shanghai", **stamps)
            )  # fmt: skip
            await connection.execute(
                insert(UNITS).values(id=ids["dept"], parent_id=ids["hq"], code="D", name="D", kind="department",
                                     path=f"/{ids['hq']}/{ids['dept']}/", timezone="Asia/Shanghai", **stamps)
            )  # fmt: skip
            for number, person in enumerate(people):
                await connection.execute(
                    insert(EMPLOYEES).values(
                        id=ids[person["key"]], employee_no=f"E{number}", full_name=person["key"],
                        home_unit_id=ids["dept"], hire_date=person["hire_date"], status=person["status"],
                        created_at=NOW, updated_at=person["updated_at"],
                    )
                )  # fmt: skip
    finally:
        await database.dispose()
    return ids


async def _history(url: str) -> list[tuple[uuid.UUID, str, date, datetime, uuid.UUID | None]]:
    database = Database(url)
    try:
        async with database.engine.connect() as connection:
            rows = await connection.execute(
                select(
                    CHANGES.c.employee_id,
                    CHANGES.c.status,
                    CHANGES.c.effective_on,
                    CHANGES.c.recorded_at,
                    CHANGES.c.recorded_by,
                ).order_by(CHANGES.c.employee_id, CHANGES.c.effective_on, CHANGES.c.status)
            )
            return [tuple(row) for row in rows]
    finally:
        await database.dispose()


async def _tables(url: str) -> set[str]:
    database = Database(url)
    try:
        async with database.engine.connect() as connection:
            return set(await connection.run_sync(lambda sync: inspect(sync).get_table_names()))
    finally:
        await database.dispose()


async def test_the_history_starts_with_what_the_employee_rows_tell(empty_database_url: str) -> None:
    url = empty_database_url
    config = migrations.alembic_config(url)
    run_in_thread(command.upgrade, config, "0036")
    ids = await _write_people(url)

    run_in_thread(command.upgrade, config, "0037")

    expected = [
        (ids["active"], "active", date(2020, 1, 1), NOW, None),
        (ids["on_leave"], "active", date(2021, 6, 1), NOW, None),
        (ids["on_leave"], "on_leave", date(2026, 2, 11), datetime(2026, 2, 10, 20, 0, tzinfo=UTC), None),
        (ids["left"], "active", date(2026, 2, 1), NOW, None),
        (ids["left"], "left", date(2026, 2, 1), datetime(2026, 1, 15, 3, 0, tzinfo=UTC), None),
    ]
    assert sorted(await _history(url), key=str) == sorted(expected, key=str)

    run_in_thread(command.downgrade, config, "0036")
    assert "employee_status_changes" not in await _tables(url)
