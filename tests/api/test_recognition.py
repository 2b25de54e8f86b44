"""Recognition through the API on both databases: cards and their refusals (nothing half-written),
budgets and the pair cap, programmes, private cards, the feed, notifications and the growth archive,
the catalogue, redemptions (hold, approve, reject with refund, export, webhook event), expiry by the
worker, and the races: two cards for the last points of a budget, two redemptions for the last item
or the last points (one winner each, the balance never negative)."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import DBAPIError

from domain.notifications.models import Notification
from domain.recognition.ledger import expire_points
from domain.recognition.models import PointsEntry, RecognitionCard
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.shared.outbox import OutboxEvent
from tests.factories import World, deliver_events
from tests.support import assert_problem

API = "/api/v1"
CARDS = f"{API}/recognition/cards"
REDEMPTIONS = f"{API}/recognition/redemptions"
SCRIPT = "<script>alert(1)</script> & <b>thanks</b>"


async def send(
    client: httpx.AsyncClient, world: World, sender: str, receiver: str, points: int | None = None, **extra: Any
) -> httpx.Response:
    body = {"receiver_id": str(world.employees[receiver]), "category": "teamwork", "text": "Thank you!", **extra}
    if points is not None:
        body["points"] = points
    return await client.post(CARDS, json=body, headers=world.headers(sender))


async def mine(client: httpx.AsyncClient, world: World, who: str) -> dict[str, Any]:
    answer = await client.get(f"{API}/me/recognition", headers=world.headers(who))
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


async def item(client: httpx.AsyncClient, world: World, code: str, price: int, stock: int) -> None:
    saved = await client.put(
        f"{API}/recognition/catalogue/{code}",
        json={"name": f"Item {code}", "local_name": "购物卡", "kind": "shopping_card", "price": price, "stock": stock},
        headers=world.headers("hr"),
    )
    assert saved.status_code == 200, saved.text


async def programme(client: httpx.AsyncClient, world: World, pool: int = 1000) -> None:
    saved = await client.put(
        f"{API}/recognition/programmes/HEROES",
        json={"name": "Spring heroes", "local_name": "春节坚守英雄", "pool": pool},
        headers=world.headers("hr"),
    )
    assert saved.status_code == 200, saved.text


async def ledger_rows(database: Database) -> list[PointsEntry]:
    async with database.session_scope() as session:
        return list(await session.scalars(select(PointsEntry).order_by(PointsEntry.id)))


async def test_a_card_with_points_from_the_budget_reaches_the_receiver_verbatim(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    sent = await send(client, world, "manager_s1", "staff_s1", 30, text=SCRIPT, category="customer")
    assert sent.status_code == 201, sent.text
    assert sent.headers["content-type"] == "application/json"
    card = sent.json()
    assert (card["text"], card["points"], card["sender"]["full_name"]) == (SCRIPT, 30, "Manager S1")
    assert card["receiver_unit_id"] == str(world.units["S1"])
    read = await client.get(f"{CARDS}/{card['id']}", headers=world.headers("staff_s3"))
    assert read.status_code == 200 and read.json()["text"] == SCRIPT  # public: anyone signed in
    assert not read.headers["content-type"].startswith("text/html")
    assert (await mine(client, world, "staff_s1"))["balance"] == 30
    me = await mine(client, world, "manager_s1")
    assert me["budget"] == {"month": "2026-03", "budget": 500, "spent": 30, "remaining": 470}
    assert me["cards_sent"] == 1
    await deliver_events(world.app)
    inbox = (await client.get(f"{API}/me/notifications", headers=world.headers("staff_s1"))).json()["items"]
    assert [n["kind"] for n in inbox] == ["recognition.card_received"]
    assert "Manager S1" in inbox[0]["body"] and "30" in inbox[0]["body"]
    # the feed of the region shows it; the West's does not
    east = await client.get(
        f"{API}/recognition/feed", params={"unit_id": str(world.units["R-EAST"])}, headers=world.headers("staff_s2")
    )
    assert [c["id"] for c in east.json()["items"]] == [card["id"]]
    west = await client.get(
        f"{API}/recognition/feed", params={"unit_id": str(world.units["R-WEST"])}, headers=world.headers("staff_s2")
    )
    assert west.json()["items"] == []
    points = (await client.get(f"{API}/me/points", headers=world.headers("staff_s1"))).json()["items"]
    assert [(p["kind"], p["delta"], p["card_id"]) for p in points] == [("award", 30, card["id"])]
    assert points[0]["expires_at"].startswith("2028-03-02")  # 24 months


async def test_bad_cards_are_clear_problems_and_write_nothing(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    own = assert_problem(await send(client, world, "staff_s1", "staff_s1", 10), 422, "recognition.self")
    assert own["errors"][0]["field"] == "body.receiver_id"
    unknown = await client.post(
        CARDS,
        json={"receiver_id": "00000000-0000-4000-8000-000000000000", "category": "other", "text": "Hi"},
        headers=world.headers("staff_s1"),
    )
    assert assert_problem(unknown, 422, "recognition.unknown_receiver")["errors"][0]["field"] == "body.receiver_id"
    assert_problem(await send(client, world, "staff_s1", "staff_s2", -5), 422)
    assert_problem(await send(client, world, "staff_s1", "staff_s2", 5, category="bribery"), 422)
    assert_problem(await send(client, world, "staff_s1", "staff_s2", 5, text="bell\x07"), 422)
    assert_problem(await send(client, world, "staff_s1", "staff_s2", 5, text="x" * 2001), 422)
    over = assert_problem(await send(client, world, "staff_s1", "staff_s2", 51), 409, "recognition.over_budget")
    assert (over["remaining"], over["budget"]) == (50, 50)
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(RecognitionCard)) == 0
    assert await ledger_rows(database) == []
    assert (await mine(client, world, "staff_s1"))["budget"]["spent"] == 0
    # zero points is a card without points; the budget is untouched
    assert (await send(client, world, "staff_s1", "staff_s2", 0)).status_code == 201
    assert (await send(client, world, "staff_s1", "staff_s2", 40)).status_code == 201
    left = assert_problem(await send(client, world, "staff_s1", "staff_s3", 20), 409, "recognition.over_budget")
    assert left["remaining"] == 10
    assert (await mine(client, world, "staff_s2"))["balance"] == 40


async def test_points_between_two_people_are_capped_both_ways_and_programmes_go_beyond(
    client: httpx.AsyncClient, world: World
) -> None:
    assert (await send(client, world, "manager_s1", "staff_s1", 70)).status_code == 201
    capped = assert_problem(await send(client, world, "staff_s1", "manager_s1", 40), 409, "recognition.pair_cap")
    assert (capped["remaining"], capped["cap"]) == (30, 100)
    assert (await send(client, world, "staff_s1", "manager_s1", 30)).status_code == 201
    assert (await mine(client, world, "staff_s1"))["budget"]["spent"] == 30  # the refused card spent nothing

    await programme(client, world, pool=1000)
    award = await send(client, world, "manager_s1", "staff_s1", 300, programme_code="HEROES")
    assert award.status_code == 201, award.text
    assert award.json()["programme_code"] == "HEROES"
    assert (await mine(client, world, "manager_s1"))["budget"]["spent"] == 70  # not from the budget
    outside = await send(client, world, "manager_s1", "staff_s2", 10, programme_code="HEROES")
    assert_problem(outside, 422, "recognition.programme_outside_scope")
    assert_problem(await send(client, world, "staff_s1", "staff_s2", 10, programme_code="HEROES"), 403)
    assert_problem(
        await send(client, world, "hr", "staff_s2", 800, programme_code="HEROES"),
        409,
        "recognition.programme_exhausted",
    )
    assert_problem(
        await send(client, world, "hr", "staff_s2", 10, programme_code="NOPE"), 422, "recognition.programme_closed"
    )
    read = await client.get(f"{API}/recognition/programmes/HEROES", headers=world.headers("manager_s1"))
    assert (read.json()["pool"], read.json()["remaining"]) == (1000, 700)
    smaller = await client.put(
        f"{API}/recognition/programmes/HEROES",
        json={"name": "Spring heroes", "pool": 200, "version": 1},
        headers=world.headers("hr"),
    )
    assert_problem(smaller, 409, "recognition.pool_below_awarded")
    assert_problem(await client.get(f"{API}/recognition/programmes/HEROES", headers=world.headers("staff_s1")), 403)
    assert (await mine(client, world, "staff_s1"))["balance"] == 370


async def test_private_cards_are_for_the_pair_the_receivers_managers_and_hr(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    sent = await send(client, world, "staff_s2", "staff_s1", 10, visibility="private")
    card_id = sent.json()["id"]
    for who in ("staff_s2", "staff_s1", "manager_s1", "region_east", "hr", "leader"):
        assert (await client.get(f"{CARDS}/{card_id}", headers=world.headers(who))).status_code == 200, who
    for who in ("manager_s2", "staff_s3", "ops_head"):
        assert_problem(await client.get(f"{CARDS}/{card_id}", headers=world.headers(who)), 404)
    feed = await client.get(f"{API}/recognition/feed", headers=world.headers("staff_s1"))
    assert feed.json()["items"] == []  # private cards never show in a feed
    received = await client.get(f"{API}/me/recognition/cards", headers=world.headers("staff_s1"))
    assert [c["id"] for c in received.json()["items"]] == [card_id]
    archive = await client.get(
        f"{API}/employees/{world.employees['staff_s1']}/growth", headers=world.headers("manager_s1")
    )
    assert archive.status_code == 200, archive.text
    assert [(c["sender_name"], c["points"], c["visibility"]) for c in archive.json()["recognition"]] == [
        ("Staff S2", 10, "private")
    ]


async def test_settings_are_hrs_and_saved_with_the_version_read(client: httpx.AsyncClient, world: World) -> None:
    url = f"{API}/recognition/settings"
    read = (await client.get(url, headers=world.headers("staff_s1"))).json()
    assert (read["budgets"]["employee"], read["budgets"]["store_manager"], read["pair_cap"], read["version"]) == (
        50,
        500,
        100,
        0,
    )
    body = {"budgets": {"employee": 80}, "pair_cap": 60, "expiry_months": 12, "version": 0}
    assert_problem(await client.put(url, json=body, headers=world.headers("manager_s1")), 403)
    saved = await client.put(url, json=body, headers=world.headers("hr"))
    assert saved.status_code == 200, saved.text
    assert (saved.json()["budgets"]["employee"], saved.json()["budgets"]["store_manager"]) == (80, 500)
    assert_problem(await client.put(url, json=body, headers=world.headers("hr")), 409, "recognition.settings_changed")
    assert (await mine(client, world, "staff_s1"))["budget"]["budget"] == 80
    assert_problem(await send(client, world, "manager_s1", "staff_s1", 61), 409, "recognition.pair_cap")


async def test_redemptions_hold_points_hr_approves_or_rejects_with_a_refund_and_exports(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    await item(client, world, "CARD-100", price=100, stock=2)
    assert_problem(
        await client.put(
            f"{API}/recognition/catalogue/X",
            json={"name": "X", "kind": "other", "price": 1, "stock": 1},
            headers=world.headers("manager_s1"),
        ),
        403,
    )
    assert (await send(client, world, "manager_s1", "staff_s1", 90)).status_code == 201
    poor = await client.post(REDEMPTIONS, json={"item_code": "CARD-100"}, headers=world.headers("staff_s1"))
    assert assert_problem(poor, 409, "recognition.insufficient_points")["balance"] == 90
    unknown = await client.post(REDEMPTIONS, json={"item_code": "NOPE"}, headers=world.headers("staff_s1"))
    assert assert_problem(unknown, 422, "recognition.unknown_item")["errors"][0]["field"] == "body.item_code"
    assert (await send(client, world, "region_east", "staff_s1", 100)).status_code == 201
    headers = {**world.headers("staff_s1"), "Idempotency-Key": "redeem-1"}
    asked = await client.post(REDEMPTIONS, json={"item_code": "CARD-100", "note": SCRIPT}, headers=headers)
    assert asked.status_code == 201, asked.text
    again = await client.post(REDEMPTIONS, json={"item_code": "CARD-100", "note": SCRIPT}, headers=headers)
    assert again.headers.get("Idempotent-Replayed") == "true" and again.json()["id"] == asked.json()["id"]
    first = asked.json()
    assert (first["status"], first["points"], first["note"]) == ("pending", 100, SCRIPT)
    assert (await mine(client, world, "staff_s1"))["balance"] == 90
    stock = await client.get(f"{API}/recognition/catalogue/CARD-100", headers=world.headers("staff_s1"))
    assert stock.json()["stock"] == 1
    await deliver_events(world.app)
    hr_inbox = (await client.get(f"{API}/me/notifications", headers=world.headers("hr"))).json()["items"]
    assert [n["kind"] for n in hr_inbox] == ["recognition.redemption_requested"]

    decision = f"{REDEMPTIONS}/{first['id']}/decision"
    assert_problem(await client.post(decision, json={"decision": "approve"}, headers=world.headers("staff_s1")), 403)
    assert_problem(await client.post(decision, json={"decision": "approve"}, headers=world.headers("manager_s2")), 404)
    assert_problem(await client.post(decision, json={"decision": "reject"}, headers=world.headers("hr")), 422)
    clock.set(datetime(2026, 3, 5, 3, tzinfo=UTC))
    approved = await client.post(decision, json={"decision": "approve"}, headers=world.headers("hr"))
    assert approved.status_code == 200 and approved.json()["status"] == "approved", approved.text
    assert_problem(
        await client.post(decision, json={"decision": "approve"}, headers=world.headers("hr")),
        409,
        "recognition.redemption_decided",
    )
    async with database.session_scope() as session:
        [event] = list(
            await session.scalars(
                select(OutboxEvent.payload).where(OutboxEvent.topic == "recognition.redemption_approved")
            )
        )
    assert (event["employee_no"], event["item_code"], event["item_kind"], event["points"]) == (
        "E0102",
        "CARD-100",
        "shopping_card",
        100,
    )
    exported = await client.get(
        f"{REDEMPTIONS}/export",
        params={"from": "2026-03-01", "to": "2026-03-31"},
        headers={**world.headers("hr"), "Accept-Language": "zh-CN"},
    )
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(exported.text.lstrip("\ufeff"))))
    assert rows[0][:3] == ["兑换编号", "工号", "姓名"]
    assert [r[1:7] for r in rows[1:]] == [["E0102", "Staff S1", "CARD-100", "Item CARD-100", "shopping_card", "100"]]
    assert_problem(
        await client.get(
            f"{REDEMPTIONS}/export",
            params={"from": "2026-03-01", "to": "2026-03-31"},
            headers=world.headers("manager_s1"),
        ),
        403,
    )

    # a second one, rejected: the points come back and the item returns to stock
    assert (await send(client, world, "ops_head", "staff_s1", 20)).status_code == 201
    second = (await client.post(REDEMPTIONS, json={"item_code": "CARD-100"}, headers=world.headers("staff_s1"))).json()
    assert (await mine(client, world, "staff_s1"))["balance"] == 10
    out = await client.post(REDEMPTIONS, json={"item_code": "CARD-100"}, headers=world.headers("staff_s2"))
    assert_problem(out, 409, "recognition.out_of_stock")
    rejected = await client.post(
        f"{REDEMPTIONS}/{second['id']}/decision",
        json={"decision": "reject", "reason": SCRIPT},
        headers=world.headers("hr"),
    )
    assert rejected.status_code == 200 and rejected.json()["reason"] == SCRIPT, rejected.text
    assert (await mine(client, world, "staff_s1"))["balance"] == 110
    assert (await client.get(f"{API}/recognition/catalogue/CARD-100", headers=world.headers("hr"))).json()["stock"] == 1
    entries = await ledger_rows(database)
    assert sum(e.delta for e in entries) == 110
    assert [e.kind for e in entries][-2:] == ["redemption", "refund"] or [e.kind for e in entries][-3:-1] == [
        "redemption",
        "refund",
    ]
    await deliver_events(world.app)
    inbox = (await client.get(f"{API}/me/notifications", headers=world.headers("staff_s1"))).json()["items"]
    kinds = [n["kind"] for n in inbox]
    assert "recognition.redemption_approved" in kinds and "recognition.redemption_rejected" in kinds
    listed = await client.get(REDEMPTIONS, headers=world.headers("staff_s2"))
    assert listed.json()["items"] == []
    assert len((await client.get(REDEMPTIONS, headers=world.headers("hr"))).json()["items"]) == 2
    assert_problem(await client.get(f"{REDEMPTIONS}/{second['id']}", headers=world.headers("staff_s2")), 404)

    # nobody decides their own
    assert (await send(client, world, "manager_s1", "hr", 100)).status_code == 201
    own = (await client.post(REDEMPTIONS, json={"item_code": "CARD-100"}, headers=world.headers("hr"))).json()
    refused = await client.post(
        f"{REDEMPTIONS}/{own['id']}/decision", json={"decision": "approve"}, headers=world.headers("hr")
    )
    assert_problem(refused, 403, "recognition.own_redemption")
    # the ledger is append-only in the database itself
    with pytest.raises(DBAPIError):
        async with database.session_scope() as session:
            await session.execute(update(PointsEntry).values(delta=1000))
    with pytest.raises(DBAPIError):
        async with database.session_scope() as session:
            await session.execute(delete(PointsEntry))


async def test_points_expire_after_24_months_oldest_first_once(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    assert (await send(client, world, "manager_s1", "staff_s1", 60)).status_code == 201
    clock.set(datetime(2026, 6, 2, 1, tzinfo=UTC))
    assert (await send(client, world, "manager_s1", "staff_s1", 40)).status_code == 201
    await item(client, world, "TEA", price=50, stock=5)
    assert (
        await client.post(REDEMPTIONS, json={"item_code": "TEA"}, headers=world.headers("staff_s1"))
    ).status_code == 201
    clock.set(datetime(2028, 3, 1, 1, tzinfo=UTC))
    assert await expire_points(world.app.state.database, clock) == 0  # not yet
    assert (await mine(client, world, "staff_s1"))["expiring_within_30_days"] == 10
    clock.set(datetime(2028, 3, 3, 1, tzinfo=UTC))
    assert await expire_points(database, clock) == 1
    assert await expire_points(database, clock) == 0  # once
    entries = await ledger_rows(database)
    # the redemption took 50 of the March lot: 10 of it expire, the June lot is whole
    assert [(e.kind, e.delta) for e in entries] == [("award", 60), ("award", 40), ("redemption", -50), ("expiry", -10)]
    assert entries[-1].expires_lot_id == entries[0].id
    assert (await mine(client, world, "staff_s1"))["balance"] == sum(e.delta for e in entries) == 40
    clock.set(datetime(2028, 6, 3, 1, tzinfo=UTC))
    assert await expire_points(database, clock) == 1
    assert (await mine(client, world, "staff_s1"))["balance"] == 0
    await deliver_events(world.app)
    async with database.session_scope() as session:
        told = await session.scalar(select(func.count()).where(Notification.kind == "recognition.points_expired"))
    assert told == 2


# --- races (real on PostgreSQL; serialised by SQLite's write lock) ---------------------------------


async def test_two_cards_racing_for_the_last_50_points_of_a_budget_leave_one(
    client: httpx.AsyncClient, world: World
) -> None:
    assert (await send(client, world, "manager_s1", "staff_s1", 100)).status_code == 201
    assert (await send(client, world, "manager_s1", "staff_s2", 100)).status_code == 201
    assert (await send(client, world, "manager_s1", "ops_staff", 100)).status_code == 201
    assert (await send(client, world, "manager_s1", "staff_s3", 100)).status_code == 201
    assert (await send(client, world, "manager_s1", "region_east", 50)).status_code == 201  # 50 left
    for attempt in range(3):
        answers = await asyncio.gather(
            send(client, world, "manager_s1", "leader", 50), send(client, world, "manager_s1", "ops_head", 50)
        )
        codes = sorted(a.status_code for a in answers)
        if attempt == 0:
            assert codes == [201, 409], [a.text for a in answers]
        else:
            assert codes == [409, 409]
    me = await mine(client, world, "manager_s1")
    assert (me["budget"]["spent"], me["cards_sent"]) == (500, 6)


async def test_redemptions_racing_for_the_last_item_or_the_last_points_leave_one_winner(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await item(client, world, "LAST", price=40, stock=1)
    await item(client, world, "MANY", price=100, stock=10)
    for who in ("staff_s1", "staff_s2"):
        assert (
            await send(client, world, "manager_s1" if who == "staff_s1" else "manager_s2", who, 100)
        ).status_code == 201
    last = await asyncio.gather(
        *(
            client.post(REDEMPTIONS, json={"item_code": "LAST"}, headers=world.headers(w))
            for w in ("staff_s1", "staff_s2")
        )
    )
    assert sorted(a.status_code for a in last) == [201, 409], [a.text for a in last]
    assert (await client.get(f"{API}/recognition/catalogue/LAST", headers=world.headers("hr"))).json()["stock"] == 0
    # staff_s2 holds exactly 100 (if it lost the item) or 60: three requests for 100 points each
    richest = "staff_s2" if last[1].status_code == 409 else "staff_s1"
    many = await asyncio.gather(
        *(client.post(REDEMPTIONS, json={"item_code": "MANY"}, headers=world.headers(richest)) for _ in range(3))
    )
    assert sorted(a.status_code for a in many) == [201, 409, 409], [a.text for a in many]
    for who in ("staff_s1", "staff_s2"):
        me = await mine(client, world, who)
        assert me["balance"] >= 0
    async with database.session_scope() as session:
        sums = (
            await session.execute(
                select(PointsEntry.employee_id, func.sum(PointsEntry.delta)).group_by(PointsEntry.employee_id)
            )
        ).all()
    assert all(total >= 0 for _employee, total in sums)
    assert (await client.get(f"{API}/recognition/catalogue/MANY", headers=world.headers("hr"))).json()["stock"] == 9
