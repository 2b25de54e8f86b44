"""Notifications for every context, in the reader's language: who hears what about transfers,
assignments, punches, closed periods and pools; read state and unread count; mutes and HR's
mandatory kinds; events recorded in the change's transaction."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from domain.shared.audit import AuditEntry
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.shared.events import record
from domain.shared.outbox import OutboxEvent
from domain.transfers.events import TransferCancelled
from tests.api.test_clock_ins import punch
from tests.api.test_performance_scores import setup_scorecards
from tests.api.test_pools import create_pool, march_sales, settle
from tests.api.test_transfers import approve, decide, submit
from tests.factories import World, deliver_events
from tests.support import assert_problem

API = "/api/v1"


async def inbox(client: httpx.AsyncClient, world: World, who: str, language: str = "en") -> dict[str, Any]:
    await deliver_events(world.app)
    answer = await client.get(
        f"{API}/me/notifications", params={"limit": 100}, headers={**world.headers(who), "Accept-Language": language}
    )
    assert answer.status_code == 200, answer.text
    page: dict[str, Any] = answer.json()
    return page


async def kinds(client: httpx.AsyncClient, world: World, who: str, subject_id: str | None = None) -> list[str]:
    items = (await inbox(client, world, who))["items"]
    return [n["kind"] for n in items if subject_id is None or n["subject_id"] == subject_id]


# --- transfers ---------------------------------------------------------------------------------------


async def test_a_transfer_tells_each_party_what_concerns_them_step_by_step(
    client: httpx.AsyncClient, world: World
) -> None:
    created = await submit(client, world)  # ops_staff to S1, default chain
    tid = created["id"]
    assert await kinds(client, world, "ops_staff", tid) == [], "nobody hears of what they did themselves"
    assert await kinds(client, world, "ops_head", tid) == ["transfer.waiting"]
    waiting = (await inbox(client, world, "ops_head"))["items"][0]
    assert waiting["title"] == "A request waits for you"
    assert waiting["body"] == (
        "Ops Staff's secondment request to People's Square store waits for your decision (Department review)."
    )
    assert (waiting["subject_type"], waiting["subject_id"]) == ("transfer", tid)
    assert await kinds(client, world, "hr", tid) == []

    await approve(client, world, tid, "ops_head", 0)
    assert await kinds(client, world, "ops_staff", tid) == ["transfer.step_approved"]
    assert await kinds(client, world, "hr", tid) == ["transfer.waiting"]
    returned = await decide(client, world, tid, "hr", 1, "return", "Attach the store's request")
    assert returned.status_code == 200, returned.text
    mine = (await inbox(client, world, "ops_staff"))["items"]
    assert mine[0]["kind"] == "transfer.returned"
    assert mine[0]["body"] == "HR approval returned your request to People's Square store: Attach the store's request"

    resubmitted = await client.post(
        f"{API}/transfers/{tid}/resubmit", json={"comment": "Attached"}, headers=world.headers("ops_staff")
    )
    assert resubmitted.status_code == 200, resubmitted.text
    assert (await kinds(client, world, "hr", tid))[0] == "transfer.waiting"
    await approve(client, world, tid, "hr", 1)
    await approve(client, world, tid, "leader", 2)
    assert (await kinds(client, world, "ops_staff", tid))[0] == "transfer.approved"
    assert await kinds(client, world, "manager_s1", tid) == ["transfer.arriving"]
    assert await kinds(client, world, "region_east", tid) == ["transfer.arriving"], "a manager over the store too"
    assert await kinds(client, world, "manager_s2", tid) == []
    arriving = (await inbox(client, world, "manager_s1", "zh-CN"))["items"][0]
    assert arriving["title"] == "新同事即将到岗"
    assert "2026" in arriving["body"] and "借调" in arriving["body"]


async def test_rejected_withdrawn_and_cancelled_requests_are_told(client: httpx.AsyncClient, world: World) -> None:
    rejected = (await submit(client, world))["id"]
    assert (await decide(client, world, rejected, "ops_head", 0, "reject", "Not now")).status_code == 200
    assert (await kinds(client, world, "ops_staff", rejected)) == ["transfer.rejected"]

    withdrawn = (await submit(client, world, start="2026-04-10", end="2026-04-20"))["id"]
    answer = await client.post(
        f"{API}/transfers/{withdrawn}/withdraw", json={"comment": "Plans changed"}, headers=world.headers("ops_staff")
    )
    assert answer.status_code == 200, answer.text
    assert await kinds(client, world, "ops_head", withdrawn) == ["transfer.withdrawn", "transfer.waiting"]

    cancelled = (await submit(client, world, start="2026-05-10", end="2026-05-20"))["id"]
    for step, who in enumerate(["ops_head", "hr", "leader"]):
        await approve(client, world, cancelled, who, step)
    answer = await client.post(
        f"{API}/transfers/{cancelled}/cancel", json={"reason": "Store closed"}, headers=world.headers("hr")
    )
    assert answer.status_code == 200, answer.text
    assert (await kinds(client, world, "ops_staff", cancelled))[0] == "transfer.cancelled"


async def test_the_day_before_an_assignment_starts_the_employee_and_the_store_hear_it(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    from api.worker import RollUps, Worker, default_jobs

    tid = (await submit(client, world))["id"]  # 10 to 20 March at S1
    for step, who in enumerate(["ops_head", "hr", "leader"]):
        await approve(client, world, tid, who, step)
    # every job but the analytics roll-ups (a run to idle would roll up 24 months of every figure)
    jobs = default_jobs(roll_ups=RollUps.WITHOUT)
    worker = Worker(world.app.state.database, clock=clock, poll_interval_s=0.01, jobs=jobs)
    clock.set(datetime(2026, 3, 8, 17, 0, tzinfo=UTC))  # 01:00 on 9 March in Shanghai
    while await worker.run_once():
        pass
    mine = (await inbox(client, world, "ops_staff"))["items"][0]
    assert (mine["kind"], mine["body"]) == (
        "assignment.starting",
        "Your assignment at People's Square store starts tomorrow, Mar 10, 2026.",
    )
    store = (await inbox(client, world, "manager_s1", "zh-CN"))["items"][0]
    assert store["kind"] == "assignment.arriving_tomorrow"
    assert store["body"] == "Ops Staff明天(2026年3月10日)到People's Square store报到。"

    clock.set(datetime(2026, 3, 21, 1, 0, tzinfo=UTC))  # the day after the last (20 March)
    while await worker.run_once():
        pass
    assert (await kinds(client, world, "ops_staff"))[0] == "assignment.ended"
    assert (await kinds(client, world, "manager_s1"))[0] == "assignment.left"


# --- punches, periods, pools -------------------------------------------------------------------------


async def test_a_flagged_punch_reaches_the_store_managers_with_the_local_time(
    client: httpx.AsyncClient, world: World
) -> None:
    answer = await punch(client, world, "staff_s1", "k-1", mock_location=True)
    assert answer.status_code == 201, answer.text
    (notice,) = (await inbox(client, world, "manager_s1"))["items"]
    assert (notice["kind"], notice["subject_type"], notice["subject_id"]) == (
        "clock_in.flagged",
        "clock_in",
        answer.json()["id"],
    )
    assert notice["body"].startswith("Staff S1's punch at People's Square store at ")
    assert "9:00\u202fAM (China (Shanghai) Time)" in notice["body"], "the store's local time, its zone named"
    assert notice["body"].endswith("was flagged: mock location.")
    chinese = (await inbox(client, world, "manager_s1", "zh-CN"))["items"][0]
    assert "中国（上海）时间" in chinese["body"] and "模拟定位" in chinese["body"]
    assert await kinds(client, world, "manager_s2") == []
    assert await kinds(client, world, "staff_s1") == []


async def test_closing_a_period_tells_everyone_scored_their_final_score(
    client: httpx.AsyncClient, world: World
) -> None:
    await setup_scorecards(client, world)
    closed = await client.post(f"{API}/performance/periods/2026-02/close", headers=world.headers("hr"))
    assert closed.status_code == 200, closed.text
    for who in ("ops_staff", "staff_s1", "manager_s2", "hr"):
        notices = (await inbox(client, world, who))["items"]
        assert [n["kind"] for n in notices] == ["period.closed"]
        assert notices[0]["title"] == "Your score is final"
        assert notices[0]["body"].startswith("HR closed 2026-02: your score of ")


async def test_pool_members_hear_their_own_share_when_calculated_and_settled(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await march_sales(client, world)
    pool = await create_pool(client, world, funding=[{"kind": "fixed", "amount": "1000.01"}])
    await settle(client, world, pool["id"], "calculate")
    calculated = (await inbox(client, world, "staff_s1"))["items"]
    assert [n["kind"] for n in calculated] == ["pool.calculated"]
    assert calculated[0]["body"].endswith("your projected share is 500.00 CNY.")
    await settle(client, world, pool["id"], "approve")
    clock.set(datetime(2026, 4, 1, 2, 0, tzinfo=UTC))
    await settle(client, world, pool["id"], "lock")
    shares = {}
    for who in ("staff_s1", "manager_s1"):
        notice = (await inbox(client, world, who))["items"][0]
        assert notice["kind"] == "pool.settled"
        shares[who] = notice["body"]
    assert sorted(shares.values()) == sorted(
        f"{pool['name']} is settled: your share of {amount} CNY goes to payroll." for amount in ("500.01", "500.00")
    )
    assert await kinds(client, world, "staff_s2") == []


# --- reading, marking, muting ------------------------------------------------------------------------


async def test_the_unread_count_covers_all_pages_and_read_marks_lower_it(
    client: httpx.AsyncClient, world: World
) -> None:
    for n in range(3):
        await submit(client, world, start=f"2026-0{n + 4}-10", end=f"2026-0{n + 4}-20")
    await deliver_events(world.app)
    first = await client.get(f"{API}/me/notifications", params={"limit": 2}, headers=world.headers("ops_head"))
    page = first.json()
    assert (len(page["items"]), page["unread_count"]) == (2, 3)
    rest = await client.get(
        f"{API}/me/notifications", params={"limit": 2, "cursor": page["next_cursor"]}, headers=world.headers("ops_head")
    )
    assert len(rest.json()["items"]) == 1 and rest.json()["next_cursor"] is None
    assert [n["seq"] for n in page["items"]] == sorted((n["seq"] for n in page["items"]), reverse=True)
    marked = await client.post(
        f"{API}/me/notifications/{page['items'][0]['id']}/read", headers=world.headers("ops_head")
    )
    assert marked.json() == {"marked": 1}
    assert (await inbox(client, world, "ops_head"))["unread_count"] == 2
    bad = await client.get(f"{API}/me/notifications", params={"cursor": "nonsense"}, headers=world.headers("ops_head"))
    assert bad.status_code == 422


async def test_a_muted_kind_is_not_sent_unless_hr_makes_it_mandatory(client: httpx.AsyncClient, world: World) -> None:
    mute = {"preferences": [{"kind": "transfer.waiting", "muted": True}]}
    answer = await client.put(f"{API}/me/notification-preferences", json=mute, headers=world.headers("ops_head"))
    assert answer.status_code == 200, answer.text
    waiting = next(p for p in answer.json() if p["kind"] == "transfer.waiting")
    assert waiting == {
        "kind": "transfer.waiting",
        "title": "A request waits for you",
        "audience": "whoever may decide the step it waits at",
        "muted": True,
        "mandatory": False,
    }
    await submit(client, world)
    assert await kinds(client, world, "ops_head") == []

    refused = await client.put(
        f"{API}/notification-kinds/transfer.waiting", json={"mandatory": True}, headers=world.headers("ops_head")
    )
    assert_problem(refused, 403, "notification.not_hr")
    made = await client.put(
        f"{API}/notification-kinds/transfer.waiting", json={"mandatory": True}, headers=world.headers("hr")
    )
    assert made.status_code == 200 and made.json()["mandatory"] is True
    await submit(client, world, start="2026-04-10", end="2026-04-20")
    assert await kinds(client, world, "ops_head") == ["transfer.waiting"]
    again = await client.put(f"{API}/me/notification-preferences", json=mute, headers=world.headers("ops_head"))
    assert_problem(again, 422, "notification.mandatory")
    assert again.json()["errors"][0]["field"] == "body.preferences.0.kind"
    unknown = {"preferences": [{"kind": "no.such_kind", "muted": True}]}
    assert_problem(
        await client.put(f"{API}/me/notification-preferences", json=unknown, headers=world.headers("ops_head")),
        422,
        "notification.unknown_kind",
    )
    missing = await client.put(
        f"{API}/notification-kinds/no.such", json={"mandatory": True}, headers=world.headers("hr")
    )
    assert_problem(missing, 404, "notification.unknown_kind")


async def test_preferences_list_every_kind_in_the_readers_language(client: httpx.AsyncClient, world: World) -> None:
    answer = await client.get(
        f"{API}/me/notification-preferences", headers={**world.headers("staff_s1"), "Accept-Language": "zh-CN"}
    )
    assert answer.status_code == 200
    shown = {p["kind"]: p["title"] for p in answer.json()}
    assert shown["ticket.resolved"] == "工单已解决"
    assert "legacy" not in shown and len(shown) >= 30


# --- the recorder ------------------------------------------------------------------------------------


async def test_an_event_is_written_with_its_change_and_a_rollback_leaves_neither(
    world: World, database: Database, clock: ManualClock
) -> None:
    event = TransferCancelled(
        transfer_id=world.units["S1"],
        employee_id=world.employees["ops_staff"],
        requested_by=world.accounts["ops_staff"],
        kind="secondment",
        destination_unit_id=world.units["S1"],
        status="cancelled",
        current_step=None,
        start_date=clock.now().date(),
        end_date=None,
        actor_account_id=None,
    )

    class Boom(Exception):
        pass

    async def record_then_fail() -> None:
        async with database.session_scope() as session:
            await record(session, event, actor=None, clock=clock, changes={"status": "x"})
            raise Boom

    with pytest.raises(Boom):
        await record_then_fail()

    async def counts() -> tuple[int, int]:
        async with database.session_scope() as session:
            events = await session.scalar(select(func.count()).select_from(OutboxEvent))
            audits = await session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "transfer.cancelled")
            )
        return int(events or 0), int(audits or 0)

    assert await counts() == (0, 0)
    async with database.session_scope() as session:
        await record(session, event, actor=None, clock=clock, changes={"status": "x"})
    assert await counts() == (1, 1)
    async with database.session_scope() as session:
        stored = await session.scalar(select(OutboxEvent))
    assert stored is not None
    assert (stored.topic, stored.schema_version) == ("transfer.cancelled", 1)
    assert TransferCancelled.model_validate(stored.payload) == event


async def test_racing_preference_and_kind_changes_all_succeed_and_the_last_wins(
    client: httpx.AsyncClient, world: World
) -> None:
    """Two phones saving the same mute at once, two HR screens marking a kind at once: no 500."""
    mute = {"preferences": [{"kind": "ticket.rated", "muted": True}]}
    answers = await asyncio.gather(
        *(
            client.put(f"{API}/me/notification-preferences", json=mute, headers=world.headers("ops_head"))
            for _ in range(4)
        )
    )
    assert [a.status_code for a in answers] == [200] * 4, [a.text for a in answers]
    marks = await asyncio.gather(
        *(
            client.put(f"{API}/notification-kinds/ticket.rated", json={"mandatory": True}, headers=world.headers("hr"))
            for _ in range(3)
        )
    )
    assert [a.status_code for a in marks] == [200] * 3, [a.text for a in marks]


async def test_a_returns_comment_reaches_the_requester_but_not_the_webhook_payload(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    tid = (await submit(client, world))["id"]
    assert (
        await decide(client, world, tid, "ops_head", 0, "return", "Her nursing hours need a closer store")
    ).status_code == 200
    async with database.session_scope() as session:
        decided = await session.scalar(select(OutboxEvent).where(OutboxEvent.topic == "transfer.decided"))
    assert decided is not None and "Her nursing" not in str(decided.payload)
    body = (await inbox(client, world, "ops_staff"))["items"][0]["body"]
    assert body.endswith("Her nursing hours need a closer store")
