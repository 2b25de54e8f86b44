"""The knowledge base that deflects tickets: articles with versions, Chinese search on both
databases, drafts for their owning side only, suggestions while a ticket is drafted, "this solved
it" counted in the ticket figures of the article's department, and a resolved ticket turned into an
article by its owning team."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import func, select

from domain.knowledge import rules
from domain.knowledge.models import KnowledgeArticle, KnowledgeDeflection
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from tests.api.test_tickets import raise_ticket, reply, resolve, route
from tests.factories import World, machine
from tests.support import assert_problem

API = "/api/v1"
ARTICLES = f"{API}/knowledge/articles"
SCANNER = "扫描枪无法连接库存系统"


async def routes(client: httpx.AsyncClient, world: World) -> None:
    await route(client, world, "stock-system", "D-OPS")
    await route(client, world, "printer", "D-OPS")
    await route(client, world, "payroll", "D-HR")


async def write(client: httpx.AsyncClient, world: World, who: str = "ops_staff", **change: Any) -> httpx.Response:
    body: dict[str, Any] = {
        "title": SCANNER,
        "body": "1. 检查扫描枪电量。\n2. 在设置里重新配对蓝牙。\n3. 重启库存系统客户端后再扫描。",
        "category": "stock-system",
        "tags": ["扫描枪", "库存"],
        **change,
    }
    return await client.post(ARTICLES, json=body, headers=world.headers(who))


async def written(client: httpx.AsyncClient, world: World, who: str = "ops_staff", **change: Any) -> dict[str, Any]:
    response = await write(client, world, who, **change)
    assert response.status_code == 201, response.text
    article: dict[str, Any] = response.json()
    return article


async def publish(
    client: httpx.AsyncClient, world: World, article: dict[str, Any], who: str = "ops_head"
) -> dict[str, Any]:
    response = await client.post(
        f"{ARTICLES}/{article['id']}/publish", json={"version": article["version"]}, headers=world.headers(who)
    )
    assert response.status_code == 200, response.text
    published: dict[str, Any] = response.json()
    return published


async def found(client: httpx.AsyncClient, world: World, who: str, **params: Any) -> list[dict[str, Any]]:
    response = await client.get(ARTICLES, params=params, headers=world.headers(who))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def test_chinese_search_finds_published_articles_and_drafts_stay_with_their_department(
    client: httpx.AsyncClient, world: World
) -> None:
    await routes(client, world)
    scanner = await written(client, world)
    assert (scanner["status"], scanner["revision"], scanner["version"]) == ("draft", 1, 1)
    assert scanner["department_id"] == str(world.units["D-OPS"])  # the category's route
    printer = await written(
        client,
        world,
        title="小票打印机卡纸",
        body="打开打印机盖，取出卡住的纸，再换新纸卷。",
        category="printer",
        tags=["打印机"],
    )
    payroll = await written(
        client,
        world,
        "hr",
        title="工资条在哪里查询",
        body="在手机应用的“我的”里查看工资条。扫描枪与此无关。",
        category="payroll",
        tags=[],
    )

    # a draft is its department's: others neither find nor read it
    assert await found(client, world, "staff_s1", q="扫描枪") == []
    assert_problem(await client.get(f"{ARTICLES}/{scanner['id']}", headers=world.headers("staff_s1")), 404)
    assert (await client.get(f"{ARTICLES}/{scanner['id']}", headers=world.headers("hr"))).status_code == 200
    drafts = await found(client, world, "ops_staff", status="draft")
    assert {a["id"] for a in drafts} == {scanner["id"], printer["id"]}
    assert {a["id"] for a in await found(client, world, "hr", status="draft")} == {
        scanner["id"],
        printer["id"],
        payroll["id"],
    }
    assert await found(client, world, "manager_s2", status="draft") == []
    assert await found(client, world, "staff_s1", status="draft") == []

    for article in (scanner, printer):
        await publish(client, world, article)
    await publish(client, world, payroll, who="hr")

    hits = await found(client, world, "staff_s1", q="扫描枪")
    assert [h["id"] for h in hits] == [scanner["id"], payroll["id"]]  # a title match before a body match
    assert "扫描枪" in hits[0]["snippet"]
    assert "扫描枪" in hits[1]["snippet"]
    # two characters have no trigram: matched whole
    assert [h["id"] for h in await found(client, world, "staff_s1", q="库存")] == [scanner["id"]]
    # a draft-like phrase: its trigram 扫描枪 finds the scanner article first
    assert (await found(client, world, "staff_s1", q="扫描枪连不上库存"))[0]["id"] == scanner["id"]
    assert [h["id"] for h in await found(client, world, "staff_s1", q="卡纸")] == [printer["id"]]
    assert [h["id"] for h in await found(client, world, "staff_s1", q="扫描枪", category="payroll")] == [payroll["id"]]
    assert [h["id"] for h in await found(client, world, "staff_s1", tag="打印机")] == [printer["id"]]
    assert await found(client, world, "staff_s1", q="不存在的问题") == []
    assert await found(client, world, "staff_s1", q="100%") == []  # LIKE's wildcards are text

    # the database orders as the rules say (rules.tier is the reference): whole query in the title,
    # then anywhere; part of it in the title only when no article holds it all
    tiers = {"title": rules.TITLE_TIER, "text": rules.TEXT_TIER, "partial": rules.PARTIAL_TIER}
    published = [scanner, printer, payroll]
    for query in (
        "扫描枪",
        "扫描枪 库存系统",
        "打印机卡纸",
        "库存",
        "打印机无法连接",
        "查询扫描枪",
        "卡纸 打印机",
        "扫描枪 工资条",
    ):
        hits = await found(client, world, "staff_s1", q=query)
        expected = {}
        for article in published:
            text = rules.searchable_text(article["title"], article["tags"], article["body"])
            if (tier := rules.tier(query, article["title"], text)) != rules.NO_MATCH:
                expected[article["id"]] = tier
        if any(tier > rules.PARTIAL_TIER for tier in expected.values()):
            expected = {key: tier for key, tier in expected.items() if tier > rules.PARTIAL_TIER}
        assert {h["id"]: tiers[h["match"]] for h in hits} == expected, query
        assert [tiers[h["match"]] for h in hits] == sorted((tiers[h["match"]] for h in hits), reverse=True)

    # pages: one at a time, no repeats, in the same order
    first = await client.get(ARTICLES, params={"q": "扫描枪", "limit": 1}, headers=world.headers("staff_s1"))
    assert [h["id"] for h in first.json()["items"]] == [scanner["id"]]
    second = await client.get(
        ARTICLES,
        params={"q": "扫描枪", "limit": 1, "cursor": first.json()["next_cursor"]},
        headers=world.headers("staff_s1"),
    )
    assert [h["id"] for h in second.json()["items"]] == [payroll["id"]], second.text
    assert second.json()["next_cursor"] is None
    listed = await client.get(ARTICLES, params={"limit": 2}, headers=world.headers("staff_s1"))
    rest = await client.get(
        ARTICLES, params={"limit": 2, "cursor": listed.json()["next_cursor"]}, headers=world.headers("staff_s1")
    )
    assert len({h["id"] for h in listed.json()["items"] + rest.json()["items"]}) == 3

    # archived: no longer found, still readable by its department
    archived = await client.post(
        f"{ARTICLES}/{printer['id']}/archive",
        json={"version": printer["version"] + 1},
        headers=world.headers("ops_staff"),
    )
    assert archived.status_code == 200, archived.text
    assert await found(client, world, "staff_s1", q="卡纸") == []
    assert_problem(await client.get(f"{ARTICLES}/{printer['id']}", headers=world.headers("staff_s1")), 404)
    assert [a["id"] for a in await found(client, world, "ops_head", status="archived")] == [printer["id"]]


async def test_a_new_text_is_a_new_revision_and_a_stale_version_is_refused(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await routes(client, world)
    article = await written(client, world)
    url = f"{ARTICLES}/{article['id']}"
    change = {
        "title": "扫描枪连不上库存系统怎么办",
        "body": "先重启扫描枪。",
        "category": "stock-system",
        "tags": ["扫描枪"],
    }
    saved = await client.put(url, json={**change, "version": 1}, headers=world.headers("ops_head"))
    assert saved.status_code == 200, saved.text
    assert (saved.json()["revision"], saved.json()["version"], saved.json()["title"]) == (2, 2, change["title"])
    stale = assert_problem(
        await client.put(url, json={**change, "title": "过期", "version": 1}, headers=world.headers("ops_staff")),
        409,
        "knowledge_article.version_conflict",
    )
    assert stale["current_version"] == 2
    assert (await client.get(url, headers=world.headers("ops_staff"))).json()["title"] == change["title"]
    assert_problem(
        await client.post(f"{url}/publish", json={"version": 1}, headers=world.headers("ops_head")),
        409,
        "knowledge_article.version_conflict",
    )
    versions = await client.get(f"{url}/versions", headers=world.headers("ops_staff"))
    assert versions.status_code == 200, versions.text
    assert [(v["revision"], v["title"]) for v in versions.json()["items"]] == [(2, change["title"]), (1, SCANNER)]
    assert versions.json()["items"][0]["edited_by"] == str(world.accounts["ops_head"])
    page = await client.get(f"{url}/versions", params={"limit": 1}, headers=world.headers("ops_staff"))
    after = await client.get(
        f"{url}/versions", params={"limit": 1, "cursor": page.json()["next_cursor"]}, headers=world.headers("ops_staff")
    )
    assert [v["revision"] for v in after.json()["items"]] == [1]

    # other departments: a draft does not exist for them; a published article is read, not written
    assert_problem(await client.put(url, json={**change, "version": 2}, headers=world.headers("manager_s2")), 404)
    published = await publish(client, world, {**article, "version": 2})
    assert published["published_at"] is not None
    assert_problem(
        await client.put(url, json={**change, "version": 3}, headers=world.headers("staff_s1")),
        403,
        "knowledge.not_owner",
    )
    assert_problem(await client.get(f"{url}/versions", headers=world.headers("staff_s1")), 404)
    assert_problem(
        await client.post(f"{url}/publish", json={"version": 3}, headers=world.headers("ops_head")),
        409,
        "knowledge_article.already_published",
    )
    # racing editors of one version: one wins, the other is told
    answers = await asyncio.gather(
        *(
            client.put(url, json={**change, "title": f"并发 {n}", "version": 3}, headers=world.headers(who))
            for n, who in enumerate(("ops_head", "ops_staff"))
        )
    )
    assert sorted(a.status_code for a in answers) == [200, 409], [a.text for a in answers]
    async with database.session_scope() as session:
        assert await session.scalar(select(KnowledgeArticle.revision).where(KnowledgeArticle.title.like("并发%"))) == 3


async def test_texts_are_plain_and_bad_input_writes_nothing(client: httpx.AsyncClient, world: World) -> None:
    await routes(client, world)
    script = "<script>alert(1)</script>"
    article = await written(client, world, title=f"{script} 标题", body=f"<b>粗体</b>\n\t{script}", tags=[script[:32]])
    assert (article["title"], article["body"], article["tags"]) == (
        f"{script} 标题",
        f"<b>粗体</b>\n\t{script}",
        [script[:32]],
    )
    read = await client.get(f"{ARTICLES}/{article['id']}", headers=world.headers("ops_staff"))
    assert read.headers["content-type"] == "application/json"
    assert read.json()["body"] == f"<b>粗体</b>\n\t{script}"
    await publish(client, world, article)
    hits = await found(client, world, "staff_s1", q="<script>")
    assert [h["title"] for h in hits] == [f"{script} 标题"]

    cases: list[tuple[dict[str, Any], str]] = [
        ({"title": "   "}, "title"),
        ({"title": "标" * 201}, "title"),
        ({"title": "两行\n标题"}, "title"),
        ({"body": ""}, "body"),
        ({"body": "x" * 20_001}, "body"),
        ({"body": "响铃\x07字符"}, "body"),
        ({"tags": ["t"] * 11}, "tags"),
        ({"tags": ["x" * 33]}, "tags"),
        ({"category": "Stock System"}, "category"),
        ({"unknown": 1}, "unknown"),
    ]
    for change, field in cases:
        response = await write(client, world, **change)
        problem = assert_problem(response, 422)
        assert any(field in e["field"] for e in problem["errors"]), (change, problem)
    assert_problem(await write(client, world, category="bakery"), 422, "knowledge.unknown_category")
    assert_problem(await write(client, world, department_id=str(world.units["S1"])), 422, "knowledge.not_a_department")
    assert_problem(await write(client, world, "staff_s1"), 403, "knowledge.not_owner")
    assert_problem(await write(client, world, "ops_staff", category="payroll"), 403, "knowledge.not_owner")
    assert_problem(await client.get(ARTICLES, params={"q": "x" * 101}, headers=world.headers("staff_s1")), 422)
    assert_problem(await client.get(ARTICLES, params={"qq": "扫描枪"}, headers=world.headers("staff_s1")), 422)
    assert_problem(
        await client.get(ARTICLES, params={"cursor": "not-a-cursor", "q": "扫描枪"}, headers=world.headers("staff_s1")),
        422,
        "pagination.invalid_cursor",
    )
    # nothing half-written: only the one good article exists
    assert len(await found(client, world, "hr", status="draft")) == 0
    assert len(await found(client, world, "hr")) == 1

    bot = await machine(client, world, "ingest:sales")
    assert_problem(await client.get(ARTICLES, headers=bot.headers), 403)
    assert_problem(await client.get(f"{ARTICLES}/{article['id']}", headers=bot.headers), 403)
    assert_problem(
        await client.post(
            f"{API}/tickets/suggestions", json={"title": "扫描枪", "category": "pos"}, headers=bot.headers
        ),
        403,
    )


async def suggest(client: httpx.AsyncClient, world: World, who: str, title: str, category: str) -> dict[str, Any]:
    response = await client.post(
        f"{API}/tickets/suggestions", json={"title": title, "category": category}, headers=world.headers(who)
    )
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


async def deflect(client: httpx.AsyncClient, world: World, who: str, suggestion: str, article: str) -> httpx.Response:
    return await client.post(
        f"{API}/tickets/suggestions/{suggestion}/deflection", json={"article_id": article}, headers=world.headers(who)
    )


async def figures(
    client: httpx.AsyncClient, world: World, clock: ManualClock, who: str = "hr", days: int = 0, **params: Any
) -> dict[str, int]:
    start = clock.now() - timedelta(hours=1) + timedelta(days=days)
    response = await client.get(
        f"{API}/tickets/stats",
        params={"from": start.isoformat(), "to": (start + timedelta(days=1)).isoformat(), **params},
        headers=world.headers(who),
    )
    assert response.status_code == 200, response.text
    by_id = {str(world.units[code]): code for code in world.units}
    return {by_id[d["department_id"]]: d["deflections"] for d in response.json()["departments"]}


async def test_suggestions_offer_the_draft_category_first_and_a_deflection_counts_once_for_the_articles_department(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
) -> None:
    await routes(client, world)
    scanner = await publish(client, world, await written(client, world))
    payroll = await publish(
        client,
        world,
        await written(
            client,
            world,
            "hr",
            title="扫描枪扫描枪扫描工资条",
            body="扫描枪扫描工资条。",
            category="payroll",
            tags=["扫描枪"],
        ),
        who="hr",
    )
    await written(client, world, title="扫描枪草稿", body="未发布", tags=[])  # a draft is never offered

    offer = await suggest(client, world, "staff_s1", "扫描枪连不上库存", "stock-system")
    assert [a["id"] for a in offer["articles"]] == [scanner["id"], payroll["id"]]  # the draft's category first
    assert offer["articles"][0]["snippet"]
    other = await suggest(client, world, "staff_s1", "扫描枪连不上库存", "payroll")
    assert [a["id"] for a in other["articles"]] == [payroll["id"], scanner["id"]]
    assert (await suggest(client, world, "staff_s2", "空调不制冷", "stock-system"))["articles"] == []

    assert await figures(client, world, clock) == {}
    first = await deflect(client, world, "staff_s1", offer["suggestion_id"], scanner["id"])
    assert first.status_code == 201, first.text
    again = await deflect(client, world, "staff_s1", offer["suggestion_id"], scanner["id"])
    assert again.status_code == 200, again.text
    assert again.json()["id"] == first.json()["id"]
    assert first.json()["department_id"] == str(world.units["D-OPS"])
    assert_problem(
        await deflect(client, world, "staff_s2", offer["suggestion_id"], scanner["id"]), 404, "suggestion.not_found"
    )
    assert_problem(await deflect(client, world, "manager_s1", offer["suggestion_id"], scanner["id"]), 404)
    unoffered = await written(client, world, title="另一篇", body="正文", tags=[])
    assert_problem(
        await deflect(client, world, "staff_s1", offer["suggestion_id"], unoffered["id"]), 422, "deflection.not_offered"
    )

    # racing "this solved it" of one offer and article: one row
    racing = await asyncio.gather(
        *(deflect(client, world, "staff_s1", other["suggestion_id"], payroll["id"]) for _ in range(4))
    )
    assert sorted(r.status_code for r in racing) == [200, 200, 200, 201], [r.text for r in racing]
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(KnowledgeDeflection)) == 2

    # counted in the period, for the department owning the article, and not elsewhere
    assert await figures(client, world, clock) == {"D-OPS": 1, "D-HR": 1}
    assert await figures(client, world, clock, "ops_head", department=str(world.units["D-OPS"])) == {"D-OPS": 1}
    assert await figures(client, world, clock, department=str(world.units["D-IT"])) == {}
    assert await figures(client, world, clock, days=1) == {}
    assert await figures(client, world, clock, days=-1) == {}
    # beside the tickets of the period: the department's figures carry both
    await raise_ticket(client, world, category="stock-system", title="扫描枪又坏了", description="还是连不上")
    stats = (
        await client.get(
            f"{API}/tickets/stats",
            params={
                "from": (clock.now() - timedelta(hours=1)).isoformat(),
                "to": (clock.now() + timedelta(hours=1)).isoformat(),
                "department": str(world.units["D-OPS"]),
            },
            headers=world.headers("hr"),
        )
    ).json()["departments"]
    assert [(d["tickets"], d["deflections"]) for d in stats] == [(1, 1)]


async def test_a_resolved_ticket_becomes_a_draft_of_its_owning_team_once(
    client: httpx.AsyncClient, world: World
) -> None:
    await routes(client, world)
    ticket = await raise_ticket(
        client, world, category="printer", title="小票打印机不出纸", description="2号收银台的打印机不出纸。<b>急</b>"
    )
    tid = ticket["id"]
    assert (await reply(client, world, tid, "ops_staff", "请打开打印机盖，重新装入纸卷。")).status_code == 201
    assert (await reply(client, world, tid, "ops_staff", "内部：供应商已知问题", internal=True)).status_code == 201
    assert (await reply(client, world, tid, "staff_s1", "好的，我试试")).status_code == 201
    assert_problem(
        await client.post(f"{API}/tickets/{tid}/article", headers=world.headers("ops_staff")),
        409,
        "knowledge.ticket_not_resolved",
    )
    await resolve(client, world, tid)
    assert_problem(
        await client.post(f"{API}/tickets/{tid}/article", headers=world.headers("staff_s1")), 403, "knowledge.not_owner"
    )
    assert_problem(await client.post(f"{API}/tickets/{tid}/article", headers=world.headers("manager_s1")), 403)
    assert_problem(await client.post(f"{API}/tickets/{tid}/article", headers=world.headers("manager_s2")), 404)
    assert_problem(await client.post(f"{API}/tickets/{tid}/article", headers=world.headers("staff_s2")), 404)
    made = await client.post(f"{API}/tickets/{tid}/article", headers=world.headers("ops_head"))
    assert made.status_code == 201, made.text
    article = made.json()
    assert (article["title"], article["status"], article["category"], article["source_ticket_id"]) == (
        "小票打印机不出纸",
        "draft",
        "printer",
        tid,
    )
    assert article["department_id"] == str(world.units["D-OPS"])
    assert article["body"] == "2号收银台的打印机不出纸。<b>急</b>\n\n请打开打印机盖，重新装入纸卷。"
    assert "内部" not in article["body"] and "我试试" not in article["body"]
    assert_problem(
        await client.post(f"{API}/tickets/{tid}/article", headers=world.headers("hr")),
        409,
        "knowledge.ticket_already_article",
    )
    # the draft is the department's to finish
    assert_problem(await client.get(f"{ARTICLES}/{article['id']}", headers=world.headers("staff_s1")), 404)
    assert (await client.get(f"{ARTICLES}/{article['id']}", headers=world.headers("ops_staff"))).status_code == 200
