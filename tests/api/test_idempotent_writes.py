"""Writes a phone may retry offline take an Idempotency-Key: tickets, replies, attachments, ratings,
transfer requests and step decisions. A retry with the same key and body gets the first answer
(status and body, `Idempotent-Replayed: true`) and makes no second effect; the same key with another
body, or on another object, is refused; keys belong to their caller."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx

from tests.api.test_ticket_attachments import png_bytes
from tests.factories import World
from tests.support import assert_problem

API = "/api/v1"
TICKET = {"category": "printer", "title": "Receipt printer jams", "description": "Till 2 jams on every receipt."}
SECONDMENT = {
    "kind": "secondment",
    "destination_unit_id": None,
    "start_date": "2026-03-10",
    "end_date": "2026-03-20",
    "reason": "Cover the spring relaunch",
}


def keyed(world: World, who: str, key: str) -> dict[str, str]:
    return {**world.headers(who), "Idempotency-Key": key}


async def route_everything_to_operations(client: httpx.AsyncClient, world: World) -> None:
    routed = await client.post(
        f"{API}/ticket-routing-rules",
        json={"category": "*", "department_id": str(world.units["D-OPS"])},
        headers=world.headers("admin"),
    )
    assert routed.status_code == 201, routed.text


async def raise_ticket(client: httpx.AsyncClient, world: World, key: str, **change: Any) -> httpx.Response:
    return await client.post(f"{API}/tickets", json={**TICKET, **change}, headers=keyed(world, "staff_s1", key))


async def my_tickets(client: httpx.AsyncClient, world: World, who: str = "staff_s1") -> list[dict[str, Any]]:
    listed = await client.get(f"{API}/tickets", params={"scope": "mine"}, headers=world.headers(who))
    assert listed.status_code == 200, listed.text
    items: list[dict[str, Any]] = listed.json()["items"]
    return items


async def test_a_ticket_sent_twice_with_one_key_is_raised_once(client: httpx.AsyncClient, world: World):
    """Found by walking the service: the same POST /tickets with one Idempotency-Key made two tickets."""
    await route_everything_to_operations(client, world)
    key = str(uuid.uuid4())
    first = await raise_ticket(client, world, key)
    assert first.status_code == 201, first.text
    assert "Idempotent-Replayed" not in first.headers
    again = await raise_ticket(client, world, key)
    assert again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert [t["id"] for t in await my_tickets(client, world)] == [first.json()["id"]]

    other_body = await raise_ticket(client, world, key, title="Another problem")
    assert_problem(other_body, 422, "idempotency.mismatch")
    # a key is the caller's own: a colleague's identical key raises their own ticket
    colleague = await client.post(f"{API}/tickets", json=TICKET, headers=keyed(world, "staff_s2", key))
    assert colleague.status_code == 201 and colleague.json()["id"] != first.json()["id"]
    # without a key every request is a new one
    plain = await client.post(f"{API}/tickets", json=TICKET, headers=world.headers("staff_s1"))
    assert plain.status_code == 201
    assert len(await my_tickets(client, world)) == 2


async def test_racing_twins_of_one_ticket_make_one(client: httpx.AsyncClient, world: World):
    await route_everything_to_operations(client, world)
    key = str(uuid.uuid4())
    answers = await asyncio.gather(*(raise_ticket(client, world, key) for _ in range(6)))
    assert {a.status_code for a in answers} == {201}, [a.text for a in answers]
    assert len({a.json()["id"] for a in answers}) == 1
    assert sum(a.headers.get("Idempotent-Replayed") == "true" for a in answers) == 5
    assert len(await my_tickets(client, world)) == 1


async def test_replies_attachments_and_ratings_replay_their_first_answer(client: httpx.AsyncClient, world: World):
    await route_everything_to_operations(client, world)
    ticket = (await raise_ticket(client, world, str(uuid.uuid4()))).json()
    tid = ticket["id"]

    reply_key = str(uuid.uuid4())
    replies = [
        await client.post(
            f"{API}/tickets/{tid}/replies", json={"body": "Still jams"}, headers=keyed(world, "staff_s1", reply_key)
        )
        for _ in range(2)
    ]
    assert [r.status_code for r in replies] == [201, 201]
    assert replies[1].json() == replies[0].json() and replies[1].headers["Idempotent-Replayed"] == "true"

    upload_key = str(uuid.uuid4())
    uploads = [
        await client.post(
            f"{API}/tickets/{tid}/attachments",
            files={"file": ("jam.png", png_bytes(), "image/png")},
            headers=keyed(world, "staff_s1", upload_key),
        )
        for _ in range(2)
    ]
    assert [u.status_code for u in uploads] == [201, 201], uploads[0].text
    assert uploads[1].json() == uploads[0].json()
    listed = await client.get(f"{API}/tickets/{tid}/attachments", headers=world.headers("staff_s1"))
    assert len(listed.json()["items"]) == 1
    other_file = await client.post(
        f"{API}/tickets/{tid}/attachments",
        files={"file": ("other.png", png_bytes() + b"\x00", "image/png")},
        headers=keyed(world, "staff_s1", upload_key),
    )
    assert_problem(other_file, 422, "idempotency.mismatch")

    resolved = await client.post(
        f"{API}/tickets/{tid}/status", json={"status": "resolved"}, headers=world.headers("ops_staff")
    )
    assert resolved.status_code == 200, resolved.text
    rating_key = str(uuid.uuid4())
    ratings = [
        await client.post(
            f"{API}/tickets/{tid}/rating", json={"score": 4}, headers=keyed(world, "staff_s1", rating_key)
        )
        for _ in range(2)
    ]
    # the retry is answered like the first time, not refused as "already rated"
    assert [r.status_code for r in ratings] == [200, 200], ratings[1].text
    assert ratings[1].headers["Idempotent-Replayed"] == "true"

    timeline = await client.get(f"{API}/tickets/{tid}/timeline", headers=world.headers("staff_s1"))
    kinds = [event["kind"] for event in timeline.json()["items"]]
    assert kinds.count("reply") == 1 and kinds.count("rated") == 1 and kinds.count("attachment") == 1


async def test_a_refusal_is_replayed_and_a_key_is_not_reused_on_another_ticket(client: httpx.AsyncClient, world: World):
    await route_everything_to_operations(client, world)
    first = (await raise_ticket(client, world, str(uuid.uuid4()))).json()["id"]
    second = (await raise_ticket(client, world, str(uuid.uuid4()))).json()["id"]
    key = str(uuid.uuid4())
    early = await client.post(f"{API}/tickets/{first}/rating", json={"score": 5}, headers=keyed(world, "staff_s1", key))
    assert_problem(early, 409, "ticket.invalid_state")
    replayed = await client.post(
        f"{API}/tickets/{first}/rating", json={"score": 5}, headers=keyed(world, "staff_s1", key)
    )
    assert_problem(replayed, 409, "ticket.invalid_state")
    assert replayed.headers["Idempotent-Replayed"] == "true"
    elsewhere = await client.post(
        f"{API}/tickets/{second}/rating", json={"score": 5}, headers=keyed(world, "staff_s1", key)
    )
    assert_problem(elsewhere, 422, "idempotency.mismatch")
    bad_key = await client.post(
        f"{API}/tickets/{second}/rating", json={"score": 5}, headers=keyed(world, "staff_s1", "with space")
    )
    assert_problem(bad_key, 400, "idempotency.invalid_key")


async def test_a_transfer_request_and_a_decision_sent_twice_count_once(client: httpx.AsyncClient, world: World):
    body = {**SECONDMENT, "destination_unit_id": str(world.units["S1"])}
    key = str(uuid.uuid4())
    requests = [
        await client.post(f"{API}/transfers", json=body, headers=keyed(world, "ops_staff", key)) for _ in range(2)
    ]
    assert [r.status_code for r in requests] == [201, 201], requests[0].text
    assert requests[1].json() == requests[0].json() and requests[1].headers["Idempotent-Replayed"] == "true"
    listed = await client.get(f"{API}/transfers", headers=world.headers("ops_staff"))
    assert [t["id"] for t in listed.json()["items"]] == [requests[0].json()["id"]]

    tid = requests[0].json()["id"]
    decision_key = str(uuid.uuid4())
    decisions = [
        await client.post(
            f"{API}/transfers/{tid}/steps/current/decision",
            json={"step": 0, "decision": "approve"},
            headers=keyed(world, "ops_head", decision_key),
        )
        for _ in range(2)
    ]
    # the retry is not told the step "has already been decided": it gets its own first answer
    assert [d.status_code for d in decisions] == [200, 200], decisions[1].text
    assert decisions[1].json() == decisions[0].json()
    trail = (await client.get(f"{API}/transfers/{tid}", headers=world.headers("ops_staff"))).json()["trail"]
    assert [entry["action"] for entry in trail] == ["submitted", "approved"]
