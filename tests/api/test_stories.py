"""Stories, the experience board and broadcasts, on both databases: audiences reach exactly the
people they name (nobody outside sees or hears), consent gates publication, photos are typed and
bounded, typed texts come back verbatim, moderation, reports, reactions and read receipts."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx

from domain.shared.db import Database
from tests.factories import World, assign, deliver_events
from tests.support import assert_problem

API = "/api/v1"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
SCRIPT = "<script>alert(1)</script>"


async def story(
    client: httpx.AsyncClient, world: World, audiences: list[dict[str, Any]], **extra: Any
) -> dict[str, Any]:
    body = {"title": "A night at the store", "body": "Fresh delivery at 4 a.m.", "audiences": audiences, **extra}
    made = await client.post(f"{API}/stories", json=body, headers=world.headers("hr"))
    assert made.status_code == 201, made.text
    return dict(made.json())


async def kinds(client: httpx.AsyncClient, world: World, who: str, kind: str) -> list[dict[str, Any]]:
    inbox = (await client.get(f"{API}/me/notifications", headers=world.headers(who))).json()["items"]
    return [n for n in inbox if n["kind"] == kind]


async def listed(client: httpx.AsyncClient, world: World, who: str) -> list[str]:
    page = await client.get(f"{API}/stories", headers=world.headers(who))
    assert page.status_code == 200, page.text
    return [s["id"] for s in page.json()["items"]]


async def test_audiences_reach_exactly_their_people_who_alone_see_and_hear(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    # ops_staff is seconded to S1 today: a region audience reaches them by the assignment
    await assign(database, world, "ops_staff", "S1", date(2026, 3, 1), date(2026, 4, 1))
    department = await story(client, world, [{"kind": "department", "unit_id": str(world.units["D-OPS"])}])
    region = await story(client, world, [{"kind": "region", "unit_id": str(world.units["R-EAST"])}])
    head_office = await story(client, world, [{"kind": "head_office"}])
    for made in (department, region, head_office):
        published = await client.post(f"{API}/stories/{made['id']}/publish", headers=world.headers("hr"))
        assert published.status_code == 200, published.text
    await deliver_events(world.app)

    expected = {
        department["id"]: {"ops_head", "ops_staff", "leader", "region_east"},
        region["id"]: {"manager_s1", "staff_s1", "manager_s2", "staff_s2", "ops_staff"},
        head_office["id"]: {"admin", "leader", "ops_head", "ops_staff", "region_east"},
    }
    everyone = set(world.accounts) - {"hr"}  # the author hears nothing of her own story
    for story_id, reached in expected.items():
        for who in everyone:
            heard = [
                n for n in await kinds(client, world, who, "stories.story_published") if n["subject_id"] == story_id
            ]
            assert len(heard) == (1 if who in reached else 0), (who, story_id)
            seen = await client.get(f"{API}/stories/{story_id}", headers=world.headers(who))
            readers_of_all = who in ("admin", "leader")
            if who in reached or readers_of_all:
                assert seen.status_code == 200, (who, seen.text)
            else:
                assert_problem(seen, 404, "story.not_found")
            if not readers_of_all:
                assert (story_id in await listed(client, world, who)) == (who in reached), (who, story_id)
    # staff of the West region (S3) are in no audience
    assert await listed(client, world, "staff_s3") == []
    # a unit of the wrong kind is a clear 422 naming it, and nothing is drafted
    wrong = await client.post(
        f"{API}/stories",
        json={"title": "x", "body": "y", "audiences": [{"kind": "region", "unit_id": str(world.units["D-OPS"])}]},
        headers=world.headers("hr"),
    )
    assert assert_problem(wrong, 422, "audience.unit_invalid")["errors"][0]["field"] == "body.audiences[0].unit_id"
    assert len(await listed(client, world, "hr")) == 3


async def test_a_story_is_published_only_with_everyone_featureds_consent(
    client: httpx.AsyncClient, world: World
) -> None:
    featured = [str(world.employees["staff_s1"]), str(world.employees["staff_s2"])]
    made = await story(client, world, [{"kind": "everyone"}], featured_ids=featured)
    url = f"{API}/stories/{made['id']}"
    assert [f["consent"] for f in made["featured"]] == ["pending", "pending"]
    await deliver_events(world.app)
    assert len(await kinds(client, world, "staff_s1", "stories.consent_requested")) == 1

    # the featured person sees the draft; nobody else but HR and leaders does
    assert (await client.get(url, headers=world.headers("staff_s1"))).status_code == 200
    assert_problem(await client.get(url, headers=world.headers("staff_s3")), 404)

    given = await client.post(f"{url}/consent", json={"decision": "given"}, headers=world.headers("staff_s1"))
    assert given.status_code == 200, given.text
    refused = await client.post(f"{url}/consent", json={"decision": "refused"}, headers=world.headers("staff_s2"))
    assert refused.status_code == 200, refused.text
    assert_problem(
        await client.post(f"{url}/consent", json={"decision": "given"}, headers=world.headers("hr")),
        403,
        "story.not_featured",
    )
    blocked = assert_problem(
        await client.post(f"{url}/publish", headers=world.headers("hr")), 409, "story.consent_missing"
    )
    assert blocked["missing"] == [
        {"employee_id": str(world.employees["staff_s2"]), "full_name": "Staff S2", "consent": "refused"}
    ]
    assert "Staff S2" in blocked["detail"]
    # nothing was published and nobody heard of it
    assert (await client.get(url, headers=world.headers("hr"))).json()["status"] == "draft"
    await deliver_events(world.app)
    assert await kinds(client, world, "staff_s3", "stories.story_published") == []
    assert made["id"] not in await listed(client, world, "staff_s3")

    assert (
        await client.post(f"{url}/consent", json={"decision": "given"}, headers=world.headers("staff_s2"))
    ).status_code == 200
    published = await client.post(f"{url}/publish", headers=world.headers("hr"))
    assert published.status_code == 200 and published.json()["status"] == "published", published.text
    # consent can be withdrawn: the story leaves every reader's list
    withdrawn = await client.post(f"{url}/consent", json={"decision": "refused"}, headers=world.headers("staff_s2"))
    assert withdrawn.json()["status"] == "draft"
    assert made["id"] not in await listed(client, world, "staff_s3")
    # a changed text asks again
    edited = await client.patch(url, json={"body": "A new ending."}, headers=world.headers("hr"))
    assert [f["consent"] for f in edited.json()["featured"]] == ["pending", "pending"]
    unknown = await client.patch(url, json={"featured_ids": [str(world.units["S1"])]}, headers=world.headers("hr"))
    assert assert_problem(unknown, 422, "story.featured_unknown")["errors"][0]["field"] == "body.featured_ids[0]"


async def test_photos_are_typed_from_their_bytes_and_bounded(client: httpx.AsyncClient, world: World) -> None:
    made = await story(client, world, [{"kind": "everyone"}])
    url = f"{API}/stories/{made['id']}/photos"

    def upload(data: bytes, name: str = "p.png", who: str = "hr") -> Any:
        return client.post(url, files={"file": (name, data, "image/png")}, headers=world.headers(who))

    assert_problem(
        await upload(b"<html><script>alert(1)</script></html>", "x.png"), 415, "story.photo_unsupported_type"
    )
    assert_problem(await upload(b"GIF89a" + b"\x00" * 100, "x.gif"), 415, "story.photo_unsupported_type")
    too_big = PNG + b"\x00" * (5 * 1024 * 1024)
    assert_problem(await upload(too_big), 413, "story.photo_too_large")
    assert_problem(await upload(PNG + b"\x00" * (7 * 1024 * 1024)), 413)  # refused before it is read
    assert_problem(await upload(PNG, who="staff_s1"), 403, "stories.hr_only")
    assert (await client.get(f"{API}/stories/{made['id']}", headers=world.headers("hr"))).json()["photos"] == []
    for _ in range(6):
        added = await upload(PNG)
        assert added.status_code == 201, added.text
    assert_problem(await upload(PNG), 409, "story.too_many_photos")
    photo = added.json()["photos"][0]
    assert photo["media_type"] == "image/png"
    assert (await client.post(f"{API}/stories/{made['id']}/publish", headers=world.headers("hr"))).status_code == 200
    got = await client.get(f"{url}/{photo['id']}", headers=world.headers("staff_s3"))
    assert got.status_code == 200 and got.content == PNG and got.headers["content-type"] == "image/png"
    assert got.headers["x-content-type-options"] == "nosniff"
    assert_problem(await upload(PNG), 409, "story.not_draft")


async def test_typed_texts_come_back_verbatim_and_control_characters_are_refused(
    client: httpx.AsyncClient, world: World
) -> None:
    made = await story(client, world, [{"kind": "everyone"}], title=SCRIPT, body=f"{SCRIPT}\n<b>bold</b>\t&amp;")
    assert (made["title"], made["body"]) == (SCRIPT, f"{SCRIPT}\n<b>bold</b>\t&amp;")
    got = await client.get(f"{API}/stories/{made['id']}", headers=world.headers("hr"))
    assert got.headers["content-type"].startswith("application/json") and got.json()["title"] == SCRIPT
    post = await client.post(
        f"{API}/experience-posts",
        json={"title": SCRIPT, "body": SCRIPT, "tags": [SCRIPT[:20]]},
        headers=world.headers("staff_s1"),
    )
    assert post.status_code == 201 and post.json()["body"] == SCRIPT, post.text
    assert post.headers["content-type"].startswith("application/json")
    for bad in ({"title": "a\x07b", "body": "x"}, {"title": "ok", "body": "a\x00b"}, {"title": "ok", "body": "a\rb"}):
        refused = await client.post(f"{API}/experience-posts", json=bad, headers=world.headers("staff_s1"))
        assert_problem(refused, 422)
    too_many = {"title": "t", "body": "b", "tags": [f"t{i}" for i in range(11)]}
    assert_problem(await client.post(f"{API}/experience-posts", json=too_many, headers=world.headers("staff_s1")), 422)
    long_tag = {"title": "t", "body": "b", "tags": ["x" * 21]}
    assert_problem(await client.post(f"{API}/experience-posts", json=long_tag, headers=world.headers("staff_s1")), 422)
    mine = (await client.get(f"{API}/experience-posts?mine=true", headers=world.headers("staff_s1"))).json()["items"]
    assert len(mine) == 1  # nothing half-written


async def test_moderation_comments_and_reports(client: httpx.AsyncClient, world: World) -> None:
    written = await client.post(
        f"{API}/experience-posts",
        json={"title": "School run", "body": "I start at 9:30.", "tags": ["Family", " family ", "Shifts"]},
        headers=world.headers("staff_s1"),
    )
    post = written.json()
    url = f"{API}/experience-posts/{post['id']}"
    assert (post["status"], post["tags"]) == ("submitted", ["family", "shifts"])
    assert_problem(await client.get(url, headers=world.headers("staff_s2")), 404, "post.not_found")
    assert (await client.get(url, headers=world.headers("staff_s1"))).status_code == 200
    assert_problem(await client.post(f"{url}/publish", headers=world.headers("staff_s1")), 403, "board.hr_only")
    queue = (await client.get(f"{API}/experience-posts?status=submitted", headers=world.headers("hr"))).json()["items"]
    assert [p["id"] for p in queue] == [post["id"]]
    assert_problem(await client.get(f"{API}/experience-posts?status=submitted", headers=world.headers("staff_s2")), 403)

    assert (await client.post(f"{url}/publish", headers=world.headers("hr"))).status_code == 200
    board = (await client.get(f"{API}/experience-posts?tag=FAMILY", headers=world.headers("staff_s3"))).json()["items"]
    assert [p["id"] for p in board] == [post["id"]]
    assert (await client.get(f"{API}/experience-posts?tag=other", headers=world.headers("staff_s3"))).json()[
        "items"
    ] == []

    comment = await client.post(f"{url}/comments", json={"body": "Same here!"}, headers=world.headers("staff_s2"))
    assert comment.status_code == 201, comment.text
    mine = await client.post(f"{url}/comments", json={"body": "Thanks"}, headers=world.headers("staff_s1"))
    await deliver_events(world.app)
    assert len(await kinds(client, world, "staff_s1", "stories.post_commented")) == 1  # not for her own comment
    cid = comment.json()["id"]
    assert_problem(await client.delete(f"{url}/comments/{cid}", headers=world.headers("staff_s1")), 403)
    hidden = await client.post(f"{url}/comments/{cid}/hide", headers=world.headers("hr"))
    assert hidden.status_code == 200 and hidden.json()["hidden"], hidden.text
    visible = (await client.get(f"{url}/comments", headers=world.headers("staff_s3"))).json()["items"]
    assert [c["id"] for c in visible] == [mine.json()["id"]]
    assert (
        await client.delete(f"{url}/comments/{mine.json()['id']}", headers=world.headers("staff_s1"))
    ).status_code == 204

    # reports: once per person; the third reporter takes it off the board until HR reviews it
    first = await client.post(f"{url}/reports", json={"reason": "Off topic"}, headers=world.headers("staff_s2"))
    again = await client.post(f"{url}/reports", json={"reason": "Still off"}, headers=world.headers("staff_s2"))
    assert (first.status_code, again.status_code, again.json()["reason"]) == (201, 200, "Off topic")
    assert (
        await client.post(f"{url}/reports", json={"reason": "No"}, headers=world.headers("staff_s3"))
    ).status_code == 201
    assert (await client.get(url, headers=world.headers("hr"))).json()["report_count"] == 2
    assert (await client.get(url, headers=world.headers("staff_s3"))).json()["report_count"] is None
    assert (
        await client.post(f"{url}/reports", json={"reason": "No"}, headers=world.headers("ops_staff"))
    ).status_code == 201
    assert_problem(await client.get(url, headers=world.headers("staff_s3")), 404)
    reports = (await client.get(f"{API}/experience-reports", headers=world.headers("hr"))).json()["items"]
    assert len(reports) == 3 and {r["post_status"] for r in reports} == {"submitted"}
    assert_problem(await client.get(f"{API}/experience-reports", headers=world.headers("staff_s2")), 403)

    hide = await client.post(f"{url}/hide", json={"reason": "Names a customer"}, headers=world.headers("hr"))
    assert hide.status_code == 200 and hide.json()["status"] == "hidden", hide.text
    await deliver_events(world.app)
    [told] = await kinds(client, world, "staff_s1", "stories.post_hidden")
    assert "Names a customer" in told["body"]
    assert (await client.get(url, headers=world.headers("staff_s1"))).json()["hidden_reason"] == "Names a customer"
    assert_problem(await client.get(url, headers=world.headers("staff_s2")), 404)


async def test_reads_and_reactions_count_once_per_person(client: httpx.AsyncClient, world: World) -> None:
    made = await story(client, world, [{"kind": "everyone"}])
    url = f"{API}/stories/{made['id']}"
    assert_problem(await client.post(f"{url}/read", headers=world.headers("hr")), 409, "story.not_published")
    await client.post(f"{url}/publish", headers=world.headers("hr"))
    for who in ("staff_s1", "staff_s1", "staff_s2"):
        assert (await client.post(f"{url}/read", headers=world.headers(who))).status_code == 200
    for who, kind in (("staff_s1", "like"), ("staff_s1", "like"), ("staff_s1", "applause"), ("staff_s2", "like")):
        assert (await client.put(f"{url}/reactions/{kind}", headers=world.headers(who))).status_code == 200
    seen = (await client.get(url, headers=world.headers("staff_s1"))).json()
    assert (seen["reads"], seen["read_by_me"], seen["my_reactions"]) == (2, True, ["applause", "like"])
    assert seen["reactions"] == {"like": 2, "applause": 1, "inspired": 0}
    back = await client.delete(f"{url}/reactions/like", headers=world.headers("staff_s1"))
    assert back.json()["reactions"]["like"] == 1 and back.json()["my_reactions"] == ["applause"]
    assert_problem(await client.put(f"{url}/reactions/love", headers=world.headers("staff_s1")), 422)


async def test_broadcasts_fix_their_recipients_and_answer_read_receipts(
    client: httpx.AsyncClient, world: World
) -> None:
    body = {
        "title": "Typhoon: stores close at 18:00",
        "body": "Go home safely.",
        "audiences": [{"kind": "region", "unit_id": str(world.units["R-EAST"])}],
        "requires_ack": True,
    }
    assert_problem(
        await client.post(f"{API}/broadcasts", json=body, headers=world.headers("manager_s1")), 403, "stories.hr_only"
    )
    made = (await client.post(f"{API}/broadcasts", json=body, headers=world.headers("hr"))).json()
    url = f"{API}/broadcasts/{made['id']}"
    assert_problem(await client.post(f"{url}/publish", headers=world.headers("staff_s1")), 403, "stories.hr_only")
    published = await client.post(f"{url}/publish", headers=world.headers("hr"))
    assert published.status_code == 200 and published.json()["recipient_count"] == 4, published.text
    assert_problem(await client.post(f"{url}/publish", headers=world.headers("hr")), 409, "broadcast.published")
    await deliver_events(world.app)
    assert len(await kinds(client, world, "staff_s1", "stories.broadcast")) == 1
    assert await kinds(client, world, "staff_s3", "stories.broadcast") == []
    assert_problem(await client.get(url, headers=world.headers("staff_s3")), 404)

    first = await client.post(f"{url}/read", headers=world.headers("staff_s1"))
    again = await client.post(f"{url}/read", headers=world.headers("staff_s1"))
    assert first.json()["read_at"] == again.json()["read_at"] is not None
    acked = await client.post(f"{url}/acknowledge", headers=world.headers("staff_s2"))
    assert acked.json()["acknowledged_at"] and acked.json()["read_at"]
    assert_problem(await client.post(f"{url}/read", headers=world.headers("hr")), 403, "broadcast.not_recipient")
    receipts = (await client.get(f"{url}/receipts?limit=1", headers=world.headers("hr"))).json()
    assert (receipts["recipients"], receipts["read"], receipts["unread"], receipts["acknowledged"]) == (4, 2, 2, 1)
    unread = [receipts["items"][0]["employee_no"]]
    rest = (
        await client.get(f"{url}/receipts?limit=1&cursor={receipts['next_cursor']}", headers=world.headers("hr"))
    ).json()
    unread.append(rest["items"][0]["employee_no"])
    assert unread == ["E0101", "E0201"] and rest["next_cursor"] is None
    assert_problem(await client.get(f"{url}/receipts", headers=world.headers("manager_s1")), 403)
    mine = (await client.get(f"{API}/broadcasts", headers=world.headers("staff_s1"))).json()["items"]
    assert [b["id"] for b in mine] == [made["id"]] and mine[0]["read_at"]
    assert (await client.get(f"{API}/broadcasts", headers=world.headers("staff_s3"))).json()["items"] == []
