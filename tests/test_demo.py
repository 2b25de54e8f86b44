"""The demo organisation: realistic, loaded once, refused in production."""

from __future__ import annotations

from decimal import Decimal
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import func, select

from api import cli
from api.demo_data import DEMO_ACCOUNTS, DEMO_METRICS, DEMO_TEMPLATES, load_demo
from domain.org.models import OrgUnit, OrgUnitKind
from domain.people.models import Employee
from domain.performance.rules import Side, TemplateLineRule, check_template
from domain.shared.clock import ManualClock
from domain.shared.db import Database


async def test_demo_loads_a_realistic_chain_once_and_every_demo_account_signs_in(
    app, database: Database, clock: ManualClock, client: httpx.AsyncClient
):
    password = "demo-password-for-tests"
    first = await load_demo(database, clock=clock, hashing=app.state.hashing, password=password)
    second = await load_demo(database, clock=clock, hashing=app.state.hashing, password=password)
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
            # no sales or targets yet: the pool does not qualify, and says why
            assert preview.json()["conditions"][0]["note"] == "no target set"
            assert len({m["employee_no"] for m in preview.json()["members"]}) > 100
        if email == "store-manager@demo.example":
            store = next(g["org_unit_id"] for g in me.json()["grants"] if g["role"] == "store_manager")
            members = await client.get(f"/api/v1/org-units/{store}/members", headers=bearer(token))
            assert "secondment" in {m["source"] for m in members.json()}


async def test_demo_scorecards_follow_the_rules_and_show_a_store_managers_rating(
    app, database: Database, clock: ManualClock, client: httpx.AsyncClient
):
    password = "demo-password-for-tests"
    await load_demo(database, clock=clock, hashing=app.state.hashing, password=password)
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
