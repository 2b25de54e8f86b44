"""The demo organisation: realistic, loaded once, refused in production."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import func, select

from api import cli
from api.demo_data import DEMO_ACCOUNTS, DEMO_METRICS, DEMO_TEMPLATES, load_demo
from domain.org.models import OrgUnit, OrgUnitKind
from domain.people.models import Assignment, AssignmentKind, Employee
from domain.performance.rules import Side, TemplateLineRule, check_template
from domain.shared.clock import ManualClock
from domain.shared.db import Database


async def test_demo_loads_a_realistic_chain_once_and_every_demo_account_signs_in(
    app, database: Database, clock: ManualClock, client: httpx.AsyncClient
):
    password = "demo-password-for-tests"
    first = await load_demo(
        database, clock=clock, hashing=app.state.hashing, sealer=app.state.sealer, password=password
    )
    second = await load_demo(
        database, clock=clock, hashing=app.state.hashing, sealer=app.state.sealer, password=password
    )
    assert "loaded" in first and "nothing changed" in second
    async with database.session_scope() as session:
        kinds = dict((await session.execute(select(OrgUnit.kind, func.count()).group_by(OrgUnit.kind))).all())
        people = await session.scalar(select(func.count()).select_from(Employee))
        zones = set((await session.scalars(select(OrgUnit.timezone).where(OrgUnit.kind == OrgUnitKind.STORE))).all())
    assert kinds[OrgUnitKind.DEPARTMENT] >= 6 and kinds[OrgUnitKind.REGION] == 3 and kinds[OrgUnitKind.STORE] >= 40
    assert 750 <= (people or 0) <= 900
    assert len(zones) >= 3
    for email, role, _ in DEMO_ACCOUNTS:
        token = await client.post(
            "/api/v1/auth/token", data={"grant_type": "password", "username": email, "password": password}
        )
        assert token.status_code == 200, email
        me = await client.get("/api/v1/me", headers=bearer(token))
        assert role.value in {g["role"] for g in me.json()["grants"]}
        if email == "dept-head@demo.example":
            inbox = await client.get("/api/v1/approvals/inbox", headers=bearer(token))
            assert [t["status"] for t in inbox.json()["items"]] == ["in_review"]
        if email == "hr@demo.example":
            (pool,) = (await client.get("/api/v1/pools", headers=bearer(token))).json()["items"]
            preview = await client.get(f"/api/v1/pools/{pool['id']}/preview", headers=bearer(token))
            assert preview.status_code == 200, preview.text
            # no sales yet: the pool does not qualify, and says by how much
            condition = preview.json()["conditions"][0]
            assert (condition["passed"], condition["target"], condition["shortfall"]) == (False, "1500000", "100")
            assert len({m["employee_no"] for m in preview.json()["members"]}) > 100
        if email in ("nursing-mother@demo.example", "school-run@demo.example"):
            today = clock.now().astimezone(ZoneInfo("Asia/Shanghai")).date().isoformat()
            mine = (await client.get("/api/v1/me/care-profile", headers=bearer(token))).json()
            assert mine["sex"] == "female"
            url = f"/api/v1/employees/{mine['employee_id']}/constraints"
            found = await client.get(url, params={"from": today, "to": today}, headers=bearer(token))
            held = {c["kind"] for c in found.json()["constraints"]}
            if email == "nursing-mother@demo.example":
                assert mine["nursing"]["births"] and {"no_night_work", "protected_time", "shift_ends_by"} <= held
            else:
                # a dozen open postings near the demo's stores, some within 3 km of her home
                matches = (await client.get("/api/v1/me/posting-matches", headers=bearer(token))).json()
                assert matches["located"] is True and matches["matches"], matches
                assert all(m["within_radius"] for m in matches["matches"])
                parent = next(m for m in matches["matches"] if m["posting"]["shift_codes"] == ["PARENT"])
                assert parent["readiness"]["courses"][0]["course_code"] == "SAFE-101"
                assert parent["readiness"]["complete"] is False
                everyone = (await client.get("/api/v1/postings", params={"limit": 50}, headers=bearer(token))).json()
                assert len(everyone["items"]) == 12
                arrangements = (await client.get("/api/v1/me/arrangements", headers=bearer(token))).json()["items"]
                assert [a["status"] for a in arrangements] == ["approved"]
                assert mine["children"][0]["school_name"] and held == {"reduced_day", "day_window"}
        if email == "employee@demo.example":
            # a Chinese catalogue, this year's plan, and 1.5 credits to go to junior (a failed exam retaken)
            credits = (await client.get("/api/v1/me/credits", headers=bearer(token))).json()
            assert (credits["balance"], credits["level"]["level"]) == ("18.5", "none")
            assert credits["next_level"] == {"level": "junior", "credits_missing": "1.5"}
            assert credits["plan_population"] == "support" and len(credits["ledger"]) == 6
            courses = (await client.get("/api/v1/courses", headers=bearer(token))).json()
            assert "工业互联网应用" in {c["title"] for c in courses}
            # back from 180 days at the store: eligible for frontline excellence, not yet a manager
            standing = {
                s["rule_code"]: s for s in (await client.get("/api/v1/me/eligibility", headers=bearer(token))).json()
            }
            assert standing["frontline-excellence"]["eligible"] is True
            assert [c["met"] for c in standing["dept-manager"]["conditions"]] == [True, False, False]
        if email == "nursing-mother@demo.example":
            standing = {
                s["rule_code"]: s for s in (await client.get("/api/v1/me/eligibility", headers=bearer(token))).json()
            }
            excellence = standing["frontline-excellence"]
            assert (excellence["eligible"], excellence["close"]) == (False, True)
            assert 76 <= int(excellence["conditions"][0]["figure"]) <= 82  # 75 days, and this week's so far
        if email == "dept-head@demo.example":
            [mentoring] = (await client.get("/api/v1/me/mentorships", headers=bearer(token))).json()
            assert mentoring["check_ins"][0]["support_rating"] == 5 and mentoring["next_check_in_due"]
        if email == "store-employee@demo.example":
            # thanked by the store manager, and a scanner that will not connect answered before a ticket
            recognition = (await client.get("/api/v1/me/recognition", headers=bearer(token))).json()
            assert recognition["cards_received"] >= 1 and recognition["balance"] > 0
            draft = {"title": "扫描枪连不上库存", "category": "stock-system"}
            offered = await client.post("/api/v1/tickets/suggestions", json=draft, headers=bearer(token))
            assert "扫描枪" in offered.json()["articles"][0]["title"], offered.text
            stories = (await client.get("/api/v1/stories", headers=bearer(token))).json()["items"]
            assert len(stories) == 1  # the published one; the draft waits for consent
        if email == "hr@demo.example":
            catalogue = (await client.get("/api/v1/recognition/catalogue", headers=bearer(token))).json()["items"]
            assert {i["kind"] for i in catalogue} >= {"shopping_card", "leave"}
            stories = (await client.get("/api/v1/stories", headers=bearer(token))).json()["items"]
            assert sorted(s["status"] for s in stories) == ["draft", "published"]
            posts = (await client.get("/api/v1/experience-posts", headers=bearer(token))).json()["items"]
            queue = await client.get("/api/v1/experience-posts", params={"status": "submitted"}, headers=bearer(token))
            assert len(posts) == 2 and len(queue.json()["items"]) == 1  # one waits for HR's moderation
            articles = await client.get("/api/v1/knowledge/articles", params={"limit": 100}, headers=bearer(token))
            assert len(articles.json()["items"]) == 30 and all(
                a["status"] == "published" for a in articles.json()["items"]
            )
            pending = await client.get(
                "/api/v1/recognition/redemptions", params={"status": "pending"}, headers=bearer(token)
            )
            assert len(pending.json()["items"]) == 1
        if email == "store-manager@demo.example":
            store = next(g["org_unit_id"] for g in me.json()["grants"] if g["role"] == "store_manager")
            members = await client.get(f"/api/v1/org-units/{store}/members", headers=bearer(token))
            assert "secondment" in {m["source"] for m in members.json()["items"]}
            # this week's published roster keeps every rule; the nursing mother works early shifts
            local_day = clock.now().astimezone(ZoneInfo("Asia/Shanghai")).date()
            week = local_day - timedelta(days=local_day.weekday())
            roster = await client.get(f"/api/v1/stores/{store}/rosters/{week.isoformat()}", headers=bearer(token))
            assert roster.status_code == 200, roster.text
            body = roster.json()
            assert body["status"] == "published" and body["violations"] == [] and len(body["shifts"]) >= 30
            assert {s["code"] for s in body["shifts"]} == {"EARLY", "MIDDLE", "LATE"}
            mother_shifts = [s for s in body["shifts"] if s["protected_minutes"]]
            assert len(mother_shifts) == 5 and {s["code"] for s in mother_shifts} == {"EARLY"}


async def test_demo_scorecards_follow_the_rules_and_show_a_store_managers_rating(
    app, database: Database, clock: ManualClock, client: httpx.AsyncClient
):
    password = "demo-password-for-tests"
    await load_demo(database, clock=clock, hashing=app.state.hashing, sealer=app.state.sealer, password=password)
    metrics = {code: side for code, _, _, side, _, _ in DEMO_METRICS}
    for _, _, population, template_lines in DEMO_TEMPLATES:
        rules = [TemplateLineRule(code, Side(metrics[code]), Decimal(weight)) for code, weight in template_lines]
        assert check_template(population, rules) == [], population

    async def sign_in(email: str) -> dict[str, str]:
        token = await client.post(
            "/api/v1/auth/token", data={"grant_type": "password", "username": email, "password": password}
        )
        return bearer(token)

    manager, employee = await sign_in("store-manager@demo.example"), await sign_in("store-employee@demo.example")
    period = clock.now().astimezone(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m")
    me = (await client.get("/api/v1/me", headers=employee)).json()
    rating = {"metric_code": "manager_rating", "employee_id": me["employee"]["id"], "period": period, "value": "4"}
    entered = await client.put("/api/v1/performance/values", json=rating, headers=manager)
    assert entered.status_code == 200, entered.text
    score = (await client.get("/api/v1/me/performance", params={"period": period}, headers=employee)).json()
    (part,) = score["parts"]
    assert part["template_code"] == "store"
    lines = {line["metric_code"]: line for line in part["metrics"]}
    assert (lines["manager_rating"]["value"], lines["manager_rating"]["points"]) == ("4", "75")
    assert lines["customer_satisfaction"]["note"] == "no value yet"
    assert lines["customer_satisfaction"]["target"] == "90"


async def sign_in(client: httpx.AsyncClient, email: str, password: str = "demo-password-for-tests") -> dict[str, str]:
    token = await client.post(
        "/api/v1/auth/token", data={"grant_type": "password", "username": email, "password": password}
    )
    assert token.status_code == 200, token.text
    return bearer(token)


async def test_a_store_managers_rating_counts_in_a_seconded_persons_score(
    app, database: Database, clock: ManualClock, client: httpx.AsyncClient
):
    """The seconded scorecard carries the store-side rating: the manager of the store an HQ person is
    seconded to rates her, with a written comment, and it moves her score."""
    await load_demo(
        database, clock=clock, hashing=app.state.hashing, sealer=app.state.sealer, password="demo-password-for-tests"
    )
    async with database.session_scope() as session:
        seconded = await session.scalar(
            select(Assignment.employee_id).where(Assignment.kind == AssignmentKind.SECONDMENT).limit(1)
        )
    period = clock.now().astimezone(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m")
    manager, hr = await sign_in(client, "store-manager@demo.example"), await sign_in(client, "hr@demo.example")
    rating = {"metric_code": "manager_rating", "employee_id": str(seconded), "period": period, "value": "5",
              "comment": "Rebuilt the spring displays with the team."}  # fmt: skip
    entered = await client.put("/api/v1/performance/values", json=rating, headers=manager)
    assert entered.status_code == 200, entered.text
    score = await client.get(f"/api/v1/performance/employees/{seconded}", params={"period": period}, headers=hr)
    (part,) = score.json()["parts"]
    assert (part["population"], part["template_code"]) == ("seconded", "seconded")
    lines = {line["metric_code"]: line for line in part["metrics"]}
    assert (lines["manager_rating"]["value"], lines["manager_rating"]["points"]) == ("5", "100")
    assert lines["manager_rating"]["comment"] == rating["comment"]
    assert part["score"] == "100"  # the only line with a value yet


async def test_the_demo_pool_qualifies_when_the_east_sells_its_target(
    app, database: Database, clock: ManualClock, client: httpx.AsyncClient
):
    """The demo pool's condition and linked rule name the real sales metric (`store_sales`), whose
    target the demo sets: once the East region sells it, the pool pays and the back office's share grows."""
    await load_demo(
        database, clock=clock, hashing=app.state.hashing, sealer=app.state.sealer, password="demo-password-for-tests"
    )
    admin, hr = await sign_in(client, "admin@demo.example"), await sign_in(client, "hr@demo.example")
    created = await client.post(
        "/api/v1/integration-clients", json={"name": "POS", "scopes": ["ingest:sales"]}, headers=admin
    )
    assert created.status_code == 201, created.text
    token = await client.post(
        "/api/v1/auth/token",
        data={"grant_type": "client_credentials", "client_id": created.json()["id"],
              "client_secret": created.json()["client_secret"]},
    )  # fmt: skip
    local = clock.now().astimezone(ZoneInfo("Asia/Shanghai"))
    sale = {"external_id": "big-1", "store_code": "SH-001", "sku": "A", "quantity": 1, "amount": "1650000.00",
            "currency": "CNY", "sold_at": local.replace(hour=8, minute=0).isoformat()}  # fmt: skip
    pushed = await client.post("/api/v1/ingest/sales", json={"lines": [sale]}, headers=bearer(token))
    assert pushed.json()["accepted"] == 1, pushed.text
    (pool,) = (await client.get("/api/v1/pools", headers=hr)).json()["items"]
    preview = (await client.get(f"/api/v1/pools/{pool['id']}/preview", headers=hr)).json()
    (condition,) = preview["conditions"]
    assert (condition["value"], condition["target"], condition["compared"], condition["passed"]) == (
        "1650000",
        "1500000",
        "110",
        True,
    )
    assert preview["qualified"] is True and preview["pool_amount"] == preview["funded_amount"] != "0.00"
    assert preview["linked"] == {"achievement": "110", "bonus_points": "5", "capped": False}
    assert (preview["frontline_percent"], preview["back_office_percent"]) == ("65", "35")


def bearer(token: httpx.Response) -> dict[str, str]:
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


def test_demo_is_refused_in_production(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FRONTLINE_ENV", "production")
    monkeypatch.setenv("FRONTLINE_JWT_SECRET", "p" * 40)
    assert cli.main(["demo"]) == 2
    assert "production" in capsys.readouterr().err


def test_production_refuses_to_start_without_a_signing_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTLINE_ENV", "production")
    monkeypatch.delenv("FRONTLINE_JWT_SECRET", raising=False)
    assert cli.main(["openapi", "--output", "/dev/null"]) == 2


async def test_the_demo_shows_the_mission_figures_and_a_flag_of_each_kind(
    app, database: Database, clock: ManualClock, client: httpx.AsyncClient
):
    await load_demo(database, clock=clock, hashing=app.state.hashing, sealer=app.state.sealer, password="demo-pw-1")
    token = await client.post(
        "/api/v1/auth/token", data={"grant_type": "password", "username": "hr@demo.example", "password": "demo-pw-1"}
    )
    hr = {"Authorization": f"Bearer {token.json()['access_token']}"}
    flags = (await client.get("/api/v1/analytics/flags", headers=hr)).json()
    assert {f["figure"] for f in flags} == {
        "participation",
        "satisfaction",
        "retention",
        "turnover",
        "late_shifts",
        "leader_days",
    }
    # IT's answers are under 60 %, and the open wave waits for the demo employee
    assert ("satisfaction", "D-IT") in {(f["figure"], f["group"]["unit_code"]) for f in flags}
    token = await client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": "employee@demo.example", "password": "demo-pw-1"},
    )
    waiting = await client.get(
        "/api/v1/me/surveys", headers={"Authorization": f"Bearer {token.json()['access_token']}"}
    )
    assert [s["answered_at"] for s in waiting.json()] == [None]
