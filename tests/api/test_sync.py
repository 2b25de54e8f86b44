"""HR sync feeds: employees, assignments and transfers read by cursor in change order. Pages never
skip or repeat a change while writes go on (PostgreSQL: a transaction still running holds back the
rows committed after it), a later change brings a row back after the cursor, `updated_since`
filters every page, and clients limited to org units see only their part of the organisation."""

from __future__ import annotations

import asyncio
import itertools
import random
import uuid
from datetime import date, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from sqlalchemy import delete, insert, select, text, update

from domain.people.models import Assignment, Employee, EmployeeStatus
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.shared.pagination import encode_cursor
from domain.transfers.models import Transfer
from tests.factories import World, assign, leader_only_chain, machine
from tests.support import assert_problem

EMPLOYEES = "/api/v1/sync/employees"
ASSIGNMENTS = "/api/v1/sync/assignments"
TRANSFERS = "/api/v1/sync/transfers"
FEEDS = [EMPLOYEES, ASSIGNMENTS, TRANSFERS]
EAST = {"manager_s1", "staff_s1", "manager_s2", "staff_s2"}


async def settle(database: Database) -> None:
    """PostgreSQL: wait until every transaction begun so far has ended, so the feed's horizon has
    passed it. The horizon is server-wide: other test runs on the same server may hold it back for a
    moment. SQLite commits one writer at a time, so there is nothing to wait for."""
    if database.is_sqlite:
        return
    async with database.engine.connect() as connection:
        target = await connection.scalar(text("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint"))
        for _ in range(2000):
            horizon = await connection.scalar(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"))
            if horizon >= target:
                return
            await connection.rollback()  # a fresh snapshot for the next look
            await asyncio.sleep(0.01)
    raise AssertionError("a PostgreSQL transaction stayed open for 20 s")


async def read(
    http: httpx.AsyncClient,
    world: World,
    feed: str,
    headers: dict[str, str],
    *,
    settled: bool = True,
    **params: Any,
) -> dict[str, Any]:
    if settled:
        await settle(world.app.state.database)
    response = await http.get(feed, params={k: v for k, v in params.items() if v is not None}, headers=headers)
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    assert isinstance(page["next_cursor"], str) and page["next_cursor"]
    return page


async def drain(
    http: httpx.AsyncClient,
    world: World,
    feed: str,
    headers: dict[str, str],
    cursor: str | None = None,
    **params: Any,
) -> tuple[list[dict[str, Any]], str]:
    """Every page from the cursor until the feed has no more; the items and the cursor to poll from."""
    await settle(world.app.state.database)
    items: list[dict[str, Any]] = []
    for _ in range(1000):
        page = await read(http, world, feed, headers, settled=False, cursor=cursor, **params)
        items.extend(page["items"])
        cursor = page["next_cursor"]
        if not page["has_more"]:
            assert cursor is not None
            return items, cursor
    raise AssertionError("the feed never ended")


def ids(items: list[dict[str, Any]]) -> list[str]:
    return [item["id"] for item in items]


def names(world: World, items: list[dict[str, Any]]) -> set[str]:
    by_id = {str(employee_id): name for name, employee_id in world.employees.items()}
    return {by_id[item["id"]] for item in items}


async def submit_transfer(
    http: httpx.AsyncClient, world: World, who: str, dest: str, start: str, end: str, *, employee: str | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "kind": "secondment",
        "destination_unit_id": str(world.units[dest]),
        "start_date": start,
        "end_date": end,
        "reason": "Cover the spring relaunch",
    }
    if employee is not None:
        body["employee_id"] = str(world.employees[employee])
    response = await http.post("/api/v1/transfers", json=body, headers=world.headers(who))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def approve_chain(http: httpx.AsyncClient, world: World, transfer_id: str) -> None:
    """The default chain of a request from D-OPS: the department head, HR, then the leader."""
    for step, who in enumerate(["ops_head", "hr", "leader"]):
        response = await http.post(
            f"/api/v1/transfers/{transfer_id}/steps/current/decision",
            json={"step": step, "decision": "approve"},
            headers=world.headers(who),
        )
        assert response.status_code == 200, response.text


# --- order, paging, re-appearance, filters ------------------------------------------------------


async def test_employees_page_through_in_change_order_without_repeats(client: httpx.AsyncClient, world: World):
    hr = world.headers("hr")
    whole = await read(client, world, EMPLOYEES, hr)
    assert len(whole["items"]) == len(world.employees) and whole["has_more"] is False
    paged, _ = await drain(client, world, EMPLOYEES, hr, limit=3)
    assert ids(paged) == ids(whole["items"])
    assert len(set(ids(paged))) == len(world.employees)
    first = await read(client, world, EMPLOYEES, hr, limit=3)
    assert len(first["items"]) == 3 and first["has_more"] is True
    staff = next(item for item in paged if item["id"] == str(world.employees["staff_s1"]))
    assert staff["employee_no"] == "E0102" and staff["home_unit_code"] == "S1"
    assert staff["home_unit_id"] == str(world.units["S1"]) and staff["status"] == "active"
    assert set(staff) == {
        "id",
        "employee_no",
        "full_name",
        "email",
        "phone",
        "home_unit_id",
        "home_unit_code",
        "hire_date",
        "status",
        "created_at",
        "updated_at",
    }


async def test_a_later_update_brings_a_row_back_after_the_cursor(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    hr = world.headers("hr")
    seen, cursor = await drain(client, world, EMPLOYEES, hr)
    clock.advance(timedelta(hours=1))
    hr = world.headers("hr")  # tokens expire as the clock moves
    target = world.employees["staff_s2"]
    changed = await client.patch(f"/api/v1/employees/{target}", json={"full_name": "Staff Two"}, headers=hr)
    assert changed.status_code == 200, changed.text
    again = await read(client, world, EMPLOYEES, hr, cursor=cursor)
    assert ids(again["items"]) == [str(target)] and again["has_more"] is False
    assert again["items"][0]["full_name"] == "Staff Two"
    assert datetime.fromisoformat(again["items"][0]["updated_at"]) == clock.now()
    quiet = await read(client, world, EMPLOYEES, hr, cursor=again["next_cursor"])
    assert quiet["items"] == [] and quiet["has_more"] is False
    # the row moved to the end of the feed: read from the start it is last, listed once
    everything, _ = await drain(client, world, EMPLOYEES, hr, limit=4)
    assert ids(everything)[-1] == str(target) and len(everything) == len(seen)


async def test_updated_since_filters_every_page(client: httpx.AsyncClient, world: World, clock: ManualClock):
    hr = world.headers("hr")
    clock.advance(timedelta(hours=1))
    hr = world.headers("hr")  # tokens expire as the clock moves
    early = world.employees["ops_staff"]
    assert (await client.patch(f"/api/v1/employees/{early}", json={"phone": "+86 1"}, headers=hr)).status_code == 200
    clock.advance(timedelta(hours=1))
    hr = world.headers("hr")  # tokens expire as the clock moves
    since = clock.now()
    late = [world.employees[name] for name in ("staff_s3", "staff_s1", "manager_s2")]
    for employee_id in late:
        answer = await client.patch(f"/api/v1/employees/{employee_id}", json={"phone": "+86 2"}, headers=hr)
        assert answer.status_code == 200
    local = since.astimezone(timezone(timedelta(hours=8))).isoformat()
    items, cursor = await drain(client, world, EMPLOYEES, hr, limit=1, updated_since=local)
    assert ids(items) == [str(e) for e in late]
    zulu = since.isoformat().replace("+00:00", "Z")
    assert ids((await drain(client, world, EMPLOYEES, hr, updated_since=zulu))[0]) == ids(items)
    # the filter holds on later polls too
    clock.advance(timedelta(minutes=5))
    hr = world.headers("hr")  # tokens expire as the clock moves
    assert (await client.patch(f"/api/v1/employees/{early}", json={"phone": "+86 3"}, headers=hr)).status_code == 200
    more, _ = await drain(client, world, EMPLOYEES, hr, cursor=cursor, updated_since=local)
    assert ids(more) == [str(early)]
    for wrong in ["2026-03-02T09:00:00", "1772413200", "yesterday", "2026-03-02"]:
        refused = await client.get(EMPLOYEES, params={"updated_since": wrong}, headers=hr)
        assert_problem(refused, 422)


async def test_an_empty_page_keeps_a_cursor_to_poll_from(client: httpx.AsyncClient, world: World):
    hr = world.headers("hr")
    empty = await read(client, world, TRANSFERS, hr)
    assert empty["items"] == [] and empty["has_more"] is False
    again = await read(client, world, TRANSFERS, hr, cursor=empty["next_cursor"])
    assert again["items"] == [] and again["next_cursor"] == empty["next_cursor"]
    created = await submit_transfer(client, world, "ops_staff", "S1", "2026-03-10", "2026-03-20")
    found = await read(client, world, TRANSFERS, hr, cursor=again["next_cursor"])
    assert ids(found["items"]) == [created["id"]]
    # an empty page after the last row keeps the position after that row
    after = await read(client, world, TRANSFERS, hr, cursor=found["next_cursor"])
    assert after["items"] == [] and after["next_cursor"] == found["next_cursor"]


@pytest.mark.parametrize("feed", FEEDS)
async def test_a_tampered_cursor_or_limit_is_refused(client: httpx.AsyncClient, world: World, feed: str):
    hr = world.headers("hr")
    good = (await read(client, world, feed, hr))["next_cursor"]
    some_id = str(uuid.uuid4())
    for cursor in [
        "not-a-cursor",
        good[:-2],
        encode_cursor(["x", some_id]),
        encode_cursor([-1, some_id]),
        encode_cursor([2**63, some_id]),
        encode_cursor([1, "not-a-uuid"]),
        encode_cursor([1]),
        encode_cursor([1, some_id, 2]),
    ]:
        assert_problem(await client.get(feed, params={"cursor": cursor}, headers=hr), 422, "pagination.invalid_cursor")
    for limit in ["0", "1001", "ten"]:
        assert_problem(await client.get(feed, params={"limit": limit}, headers=hr), 422)
    assert (await client.get(feed, params={"limit": "1000"}, headers=hr)).status_code == 200


async def test_assignments_and_transfers_follow_a_transfer_to_its_assignment(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    hr = world.headers("hr")
    _, assignments_cursor = await drain(client, world, ASSIGNMENTS, hr)
    created = await submit_transfer(client, world, "ops_staff", "S1", "2026-03-10", "2026-03-20")
    submitted, transfers_cursor = await drain(client, world, TRANSFERS, hr)
    assert submitted == [
        {
            "id": created["id"],
            "employee_id": str(world.employees["ops_staff"]),
            "employee_no": "E0005",
            "kind": "secondment",
            "destination_unit_id": str(world.units["S1"]),
            "destination_unit_code": "S1",
            "start_date": "2026-03-10",
            "end_date": "2026-03-20",
            "status": "in_review",
            "submitted_at": submitted[0]["submitted_at"],
            "decided_at": None,
            "created_at": submitted[0]["created_at"],
            "updated_at": submitted[0]["updated_at"],
        }
    ]
    clock.advance(timedelta(hours=1))
    hr = world.headers("hr")  # tokens expire as the clock moves
    await approve_chain(client, world, created["id"])
    decided, _ = await drain(client, world, TRANSFERS, hr, cursor=transfers_cursor)
    assert ids(decided) == [created["id"]] and decided[0]["status"] == "approved"
    assert datetime.fromisoformat(decided[0]["decided_at"]) == clock.now()
    placed, _ = await drain(client, world, ASSIGNMENTS, hr, cursor=assignments_cursor)
    assert len(placed) == 1
    row = placed[0]
    assert (row["employee_no"], row["unit_code"], row["kind"]) == ("E0005", "S1", "secondment")
    # inclusive last day 20 March -> exclusive end 21 March
    assert (row["valid_from"], row["valid_to"], row["transfer_id"], row["cancelled_at"]) == (
        "2026-03-10",
        "2026-03-21",
        created["id"],
        None,
    )
    assert row["employee_id"] == str(world.employees["ops_staff"]) and row["unit_id"] == str(world.units["S1"])


# --- who may read what --------------------------------------------------------------------------


@pytest.mark.parametrize("feed", FEEDS)
async def test_only_read_people_clients_hr_and_admins_read_the_feeds(
    client: httpx.AsyncClient, world: World, feed: str
):
    pusher = await machine(client, world, "ingest:sales")
    assert_problem(await client.get(feed, headers=pusher.headers), 403, "auth.insufficient_scope")
    for who in ["manager_s1", "staff_s1", "leader", "ops_head"]:
        assert_problem(await client.get(feed, headers=world.headers(who)), 403)
    assert_problem(await client.get(feed), 401)
    reader = await machine(client, world, "read:people", name="HR system")
    for headers in [reader.headers, world.headers("hr"), world.headers("admin")]:
        await read(client, world, feed, headers)
    everyone, _ = await drain(client, world, EMPLOYEES, reader.headers)
    assert names(world, everyone) == set(world.employees)


async def test_a_client_limited_to_a_region_sees_only_its_people(
    client: httpx.AsyncClient, world: World, database: Database
):
    east = await machine(client, world, "read:people", units=["R-EAST"], name="East HR")
    people, _ = await drain(client, world, EMPLOYEES, east.headers)
    assert names(world, people) == EAST

    # a secondment into the region brings a person in; one elsewhere does not
    await assign(database, world, "ops_staff", "S2", date(2026, 3, 10), date(2026, 3, 20))
    await assign(database, world, "staff_s3", "S3", date(2026, 3, 10), date(2026, 3, 20))
    await assign(database, world, "staff_s1", "S3", date(2026, 4, 1), date(2026, 4, 10))
    await assign(database, world, "region_east", "S3", date(2026, 4, 1), date(2026, 4, 10))
    people, _ = await drain(client, world, EMPLOYEES, east.headers)
    assert names(world, people) == EAST | {"ops_staff"}
    everyone, _ = await drain(client, world, ASSIGNMENTS, world.headers("hr"))
    assert len(everyone) == 4
    placed, _ = await drain(client, world, ASSIGNMENTS, east.headers)
    assert sorted((row["employee_no"], row["unit_code"]) for row in placed) == [("E0005", "S2"), ("E0102", "S3")]

    # a cancelled secondment no longer brings its person in
    async with database.session_scope() as session:
        await session.execute(
            update(Assignment)
            .where(Assignment.employee_id == world.employees["ops_staff"])
            .values(cancelled_at=world.app.state.clock.now())
        )
    people, _ = await drain(client, world, EMPLOYEES, east.headers)
    assert names(world, people) == EAST

    await leader_only_chain(client, world)
    into_east = await submit_transfer(client, world, "hr", "S1", "2026-05-01", "2026-05-10", employee="staff_s3")
    from_east = await submit_transfer(client, world, "hr", "S3", "2026-05-01", "2026-05-10", employee="staff_s2")
    await submit_transfer(client, world, "region_east", "S3", "2026-05-01", "2026-05-10")
    await submit_transfer(client, world, "hr", "S1", "2026-06-01", "2026-06-10", employee="staff_s3")
    everything, _ = await drain(client, world, TRANSFERS, world.headers("hr"))
    assert len(everything) == 4
    seen, _ = await drain(client, world, TRANSFERS, east.headers, limit=1)
    assert len(seen) == 3 and {into_east["id"], from_east["id"]} <= set(ids(seen))
    assert all(row["destination_unit_code"] == "S1" or row["employee_no"] == "E0202" for row in seen)

    nowhere = await machine(client, world, "read:people", units=["R-WEST"], name="West HR")
    west, _ = await drain(client, world, EMPLOYEES, nowhere.headers)
    assert names(world, west) == {"staff_s3", "staff_s1", "region_east"}


# --- the database stamps every change -------------------------------------------------------------


async def test_triggers_stamp_every_insert_and_update(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    hr = world.headers("hr")
    _, employees_at = await drain(client, world, EMPLOYEES, hr)
    _, assignments_at = await drain(client, world, ASSIGNMENTS, hr)
    _, transfers_at = await drain(client, world, TRANSFERS, hr)
    now = clock.now()
    newcomer = uuid.uuid4()
    async with database.session_scope() as session:
        await session.execute(
            insert(Employee).values(
                id=newcomer,
                employee_no="E0999",
                full_name="New Comer",
                home_unit_id=world.units["S3"],
                hire_date=date(2026, 3, 1),
                status=EmployeeStatus.ACTIVE,
                created_at=now,
                updated_at=now,
            )
        )
    await assign(database, world, "staff_s1", "S2", date(2026, 3, 10), date(2026, 3, 20))
    created = await submit_transfer(client, world, "ops_staff", "S1", "2026-03-10", "2026-03-20")

    inserted, employees_at = await drain(client, world, EMPLOYEES, hr, cursor=employees_at)
    assert ids(inserted) == [str(newcomer)] and inserted[0]["home_unit_code"] == "S3"
    placed, assignments_at = await drain(client, world, ASSIGNMENTS, hr, cursor=assignments_at)
    assert [row["unit_code"] for row in placed] == ["S2"]
    submitted, transfers_at = await drain(client, world, TRANSFERS, hr, cursor=transfers_at)
    assert ids(submitted) == [created["id"]]

    # updates that leave updated_at alone are stamped too
    async with database.session_scope() as session:
        await session.execute(update(Employee).where(Employee.id == newcomer).values(full_name="Renamed"))
        await session.execute(
            update(Assignment).where(Assignment.id == uuid.UUID(placed[0]["id"])).values(valid_to=None)
        )
        await session.execute(update(Transfer).where(Transfer.id == uuid.UUID(created["id"])).values(notes="moved"))
    renamed, _ = await drain(client, world, EMPLOYEES, hr, cursor=employees_at)
    assert [(row["id"], row["full_name"]) for row in renamed] == [(str(newcomer), "Renamed")]
    extended, _ = await drain(client, world, ASSIGNMENTS, hr, cursor=assignments_at)
    assert [(row["id"], row["valid_to"]) for row in extended] == [(placed[0]["id"], None)]
    noted, _ = await drain(client, world, TRANSFERS, hr, cursor=transfers_at)
    assert ids(noted) == [created["id"]]


async def test_deleting_the_newest_row_never_lets_its_number_come_round_again(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    hr = world.headers("hr")
    now = clock.now()
    row = {"home_unit_id": world.units["S1"], "hire_date": date(2026, 3, 1), "status": EmployeeStatus.ACTIVE}
    mistake = uuid.uuid4()
    async with database.session_scope() as session:
        await session.execute(
            insert(Employee).values(
                id=mistake, employee_no="E0998", full_name="Typo", created_at=now, updated_at=now, **row
            )
        )
    _, cursor = await drain(client, world, EMPLOYEES, hr)  # the cursor now sits on the mistaken row
    async with database.session_scope() as session:
        await session.execute(delete(Employee).where(Employee.id == mistake))
        newcomer = uuid.uuid4()
        await session.execute(
            insert(Employee).values(
                id=newcomer, employee_no="E0999", full_name="Right", created_at=now, updated_at=now, **row
            )
        )
    arrived, _ = await drain(client, world, EMPLOYEES, hr, cursor=cursor)
    assert ids(arrived) == [str(newcomer)]


# --- concurrent writers -----------------------------------------------------------------------------


async def test_a_running_transaction_holds_back_rows_committed_after_it(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, dialect: str
):
    """PostgreSQL: T1 (lower transaction id) updates A and stays open while T2 updates B and commits.
    Were B returned now, the cursor would move past A's lower position and A would never be read."""
    if dialect == "sqlite":
        pytest.skip("SQLite runs one writer at a time: see the serialised test below")
    hr = world.headers("hr")
    _, before = await drain(client, world, EMPLOYEES, hr)
    a, b = world.employees["staff_s1"], world.employees["staff_s2"]
    async with database.engine.connect() as t1:
        await t1.execute(update(Employee).where(Employee.id == a).values(updated_at=clock.now() + timedelta(seconds=1)))
        async with database.engine.begin() as t2:
            await t2.execute(
                update(Employee).where(Employee.id == b).values(updated_at=clock.now() + timedelta(seconds=2))
            )
        held = await read(client, world, EMPLOYEES, hr, settled=False, cursor=before)
        assert held["items"] == [] and held["has_more"] is False
        await t1.commit()
    both, _ = await drain(client, world, EMPLOYEES, hr, cursor=held["next_cursor"])
    assert ids(both) == [str(a), str(b)]
    async with database.sessionmaker() as session:
        rows = await session.execute(select(Employee.id, Employee.change_seq).where(Employee.id.in_([a, b])))
        stamps: dict[uuid.UUID, int | None] = {key: seq for key, seq in rows}
    first, second = stamps[a], stamps[b]
    assert first is not None and second is not None and first < second  # A holds the lower position


async def test_transactions_committed_one_after_another_appear_once_each_in_commit_order(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    """The serialised form of the test above, on both databases."""
    hr = world.headers("hr")
    _, before = await drain(client, world, EMPLOYEES, hr)
    a, b = world.employees["staff_s2"], world.employees["staff_s1"]
    async with database.engine.begin() as t1:
        await t1.execute(update(Employee).where(Employee.id == a).values(updated_at=clock.now() + timedelta(seconds=1)))
    async with database.engine.begin() as t2:
        await t2.execute(update(Employee).where(Employee.id == b).values(updated_at=clock.now() + timedelta(seconds=2)))
    async with database.engine.begin() as t3:
        await t3.execute(update(Employee).where(Employee.id == a).values(full_name="Twice"))
    items, after = await drain(client, world, EMPLOYEES, hr, cursor=before, limit=1)
    # a changed again in T3, after b: it moved behind b
    assert ids(items) == [str(b), str(a)] and items[1]["full_name"] == "Twice"
    assert (await read(client, world, EMPLOYEES, hr, cursor=after))["items"] == []


WRITERS = 3
ROUNDS = 20


async def test_a_reader_polling_while_writers_run_misses_and_repeats_nothing(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    hr = world.headers("hr")
    employees = sorted(world.employees.values())
    moments = (clock.now() + timedelta(microseconds=n) for n in itertools.count(1))
    last_seen: dict[str, datetime] = {}
    seen: set[tuple[str, datetime]] = set()
    cursor: str | None = None

    def take(items: list[dict[str, Any]]) -> None:
        for item in items:
            version = (item["id"], datetime.fromisoformat(item["updated_at"]))
            assert version not in seen, f"{version} was read twice"
            seen.add(version)
            last_seen[item["id"]] = version[1]

    async def writer(seed: int) -> None:
        rng = random.Random(seed)
        for _ in range(ROUNDS):
            # rows in one order in every transaction, so writers wait on each other but never deadlock
            targets = sorted(rng.sample(employees, rng.randint(1, 3)))
            async with database.engine.begin() as connection:
                for target in targets:
                    await connection.execute(
                        update(Employee).where(Employee.id == target).values(updated_at=next(moments))
                    )
                    await asyncio.sleep(rng.random() / 200)
            await asyncio.sleep(rng.random() / 200)

    tasks = [asyncio.create_task(writer(seed)) for seed in range(WRITERS)]
    try:
        while not all(task.done() for task in tasks):
            page = await read(client, world, EMPLOYEES, hr, settled=False, cursor=cursor, limit=3)
            take(page["items"])
            cursor = page["next_cursor"]
            await asyncio.sleep(0.001)
    finally:
        await asyncio.gather(*tasks)
    final, _ = await drain(client, world, EMPLOYEES, hr, cursor=cursor, limit=3)
    take(final)
    async with database.sessionmaker() as session:
        stored = {str(i): at for i, at in (await session.execute(select(Employee.id, Employee.updated_at))).all()}
    assert last_seen == stored
    assert len(seen) > len(stored)  # the writers did change something while the reader polled
