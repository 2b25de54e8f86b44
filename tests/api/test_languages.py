"""Texts in the reader's language: Accept-Language first, then the account's language, then the
organisation's default (zh-CN here, the product's default); slugs, field names and CSV cells never
change with the language."""

from __future__ import annotations

import csv
import io
import math
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.settings import Settings
from tests.api.test_auth import sign_in
from tests.conftest import make_settings
from tests.factories import World
from tests.support import assert_problem

API = "/api/v1"
ZH = {"Accept-Language": "zh-CN,zh;q=0.9"}
EN = {"Accept-Language": "en-US,en;q=0.9"}
EARTH_RADIUS_M = 6_371_008.8
S1 = (31.2304, 121.4737)


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return make_settings(database_url, tmp_path / "var", default_language="zh-CN")


def with_header(world: World, who: str, language: dict[str, str] | None) -> dict[str, str]:
    return {**world.headers(who), **(language or {})}


async def unknown_unit(client: httpx.AsyncClient, headers: dict[str, str]) -> dict[str, Any]:
    answer = await client.get(f"{API}/org-units/{uuid.UUID(int=7)}", headers=headers)
    return assert_problem(answer, 404, "org_unit.not_found")


async def test_accept_language_chooses_the_texts_and_the_slug_stays(client: httpx.AsyncClient, world: World):
    chinese = await unknown_unit(client, with_header(world, "hr", ZH))
    english = await unknown_unit(client, with_header(world, "hr", EN))
    assert chinese["type"] == english["type"] and chinese["type"].endswith("/org_unit.not_found")
    assert (chinese["title"], english["title"]) == ("未找到", "Not found")
    assert chinese["detail"] == f"没有组织单元 {uuid.UUID(int=7)}。"
    assert english["detail"] == f"No org unit {uuid.UUID(int=7)}."


async def test_without_the_header_the_organisations_default_then_the_accounts_language_speaks(
    client: httpx.AsyncClient, world: World
):
    assert (await unknown_unit(client, world.headers("hr")))["title"] == "未找到"  # no account language: zh-CN
    hr = world.headers("hr")
    changed = await client.patch(f"{API}/me", json={"language": "en"}, headers=hr)
    assert changed.status_code == 200, changed.text
    assert changed.json()["language"] == "en"
    assert (await client.get(f"{API}/me", headers=hr)).json()["language"] == "en"
    # the language rides in the token: a new sign-in carries it
    tokens = await sign_in(client, "hr@test.example")
    mine = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert (await unknown_unit(client, mine))["title"] == "Not found"
    assert (await unknown_unit(client, {**mine, **ZH}))["title"] == "未找到"  # the header still wins
    # back to the default
    assert (await client.patch(f"{API}/me", json={"language": None}, headers=mine)).json()["language"] is None


async def test_a_language_we_do_not_speak_is_refused_with_its_field(client: httpx.AsyncClient, world: World):
    refused = await client.patch(f"{API}/me", json={"language": "fr"}, headers=with_header(world, "hr", ZH))
    problem = assert_problem(refused, 422, "validation.failed")
    assert problem["title"] == "输入无效"
    assert [(e["field"], e["type"]) for e in problem["errors"]] == [("body.language", "literal_error")]
    assert "zh-CN" in problem["errors"][0]["message"] and problem["errors"][0]["message"].startswith("取值应为")


async def test_validation_errors_speak_chinese_with_unchanged_field_paths(client: httpx.AsyncClient, world: World):
    body = {"code": "X" * 40, "kind": "store", "timezone": "Asia/Shanghai", "extra": 1}
    answers = {
        language: await client.post(f"{API}/org-units", json=body, headers=with_header(world, "hr", headers))
        for language, headers in (("zh", ZH), ("en", EN))
    }
    chinese = assert_problem(answers["zh"], 422, "validation.failed")
    english = assert_problem(answers["en"], 422, "validation.failed")
    assert [(e["field"], e["type"]) for e in chinese["errors"]] == [(e["field"], e["type"]) for e in english["errors"]]
    messages = {e["field"]: e["message"] for e in chinese["errors"]}
    assert messages["body.name"] == "此字段必填。"
    assert messages["body.code"] == "最多只能有 32 个字符。"
    assert messages["body.extra"] == "未知字段，此请求不接受该字段。"
    assert chinese["detail"].startswith("请求不符合接口格式")
    assert {e["field"]: e["message"] for e in english["errors"]}["body.name"] == "Field required"


async def test_the_timesheet_csv_has_chinese_headers_and_the_same_cells(client: httpx.AsyncClient, world: World):
    def read(answer: httpx.Response) -> list[list[str]]:
        assert answer.status_code == 200, answer.text
        return list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"), newline="")))

    params = {"from": "2026-03-01", "to": "2026-03-31", "format": "csv"}
    chinese = read(
        await client.get(f"{API}/attendance/timesheets", params=params, headers=with_header(world, "hr", ZH))
    )
    english = read(
        await client.get(f"{API}/attendance/timesheets", params=params, headers=with_header(world, "hr", EN))
    )
    assert chinese[0] == [
        "工号",
        "姓名",
        "门店编码",
        "日期",
        "首次上班打卡（UTC）",
        "最后下班打卡（UTC）",
        "工作分钟数",
        "标记",
        "应工作分钟数",
        "不足分钟数",
        "计划分钟数",
        "迟到分钟数",
        "早退分钟数",
        "班次标记",
        "时区",
        "首次上班打卡（当地时间）",
        "最后下班打卡（当地时间）",
    ]
    assert english[0][:2] == ["employee_no", "full_name"]  # English keeps the stable keys
    assert chinese[1:] == english[1:]


async def test_a_geofence_refusal_in_chinese_formats_its_numbers(client: httpx.AsyncClient, world: World):
    lat = S1[0] + math.degrees(1400 / EARTH_RADIUS_M)
    body = {
        "kind": "in",
        "store_id": str(world.units["S1"]),
        "lat": lat,
        "lon": S1[1],
        "accuracy_m": 10.0,
        "client_time": world.app.state.clock.now().isoformat(),
        "device_id": "phone-1",
    }
    headers = {**with_header(world, "staff_s1", ZH), "Idempotency-Key": "lang-1"}
    answer = await client.post(f"{API}/clock-ins", json=body, headers=headers)
    problem = assert_problem(answer, 422, "geofence.outside")
    assert problem["title"] == "打卡被拒绝"
    assert problem["distance_m"] == 1400  # extension members are data, never translated
    assert problem["detail"] == "您距离People's Square store 1,400 米；须在 150 米范围内打卡才有效。"


async def test_local_names_round_trip(client: httpx.AsyncClient, world: World):
    hr = world.headers("hr")
    created = await client.post(
        f"{API}/org-units",
        json={
            "code": "S-JAS",
            "name": "Jing'an Temple store",
            "local_name": "静安寺店",
            "kind": "store",
            "parent_id": str(world.units["R-EAST"]),
            "timezone": "Asia/Shanghai",
            "latitude": 31.2235,
            "longitude": 121.4453,
            "geofence_radius_m": 150,
        },
        headers=hr,
    )
    assert created.status_code == 201, created.text
    unit = created.json()
    assert unit["local_name"] == "静安寺店"
    assert (await client.get(f"{API}/org-units/{unit['id']}", headers=hr)).json()["local_name"] == "静安寺店"
    staff = world.employees["staff_s1"]
    renamed = await client.patch(f"{API}/employees/{staff}", json={"local_name": "李娜"}, headers=hr)
    assert renamed.status_code == 200, renamed.text
    assert (await client.get(f"{API}/employees/{staff}", headers=hr)).json()["local_name"] == "李娜"
    cleared = await client.patch(f"{API}/employees/{staff}", json={"local_name": None}, headers=hr)
    assert cleared.json()["local_name"] is None


async def test_an_administrator_sets_an_accounts_language(client: httpx.AsyncClient, world: World):
    admin = world.headers("admin")
    account = world.accounts["staff_s1"]
    changed = await client.patch(f"{API}/accounts/{account}", json={"language": "en"}, headers=admin)
    assert changed.status_code == 200, changed.text
    assert changed.json()["language"] == "en"
    tokens = await sign_in(client, "staff-s1@test.example")
    mine = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert (await client.get(f"{API}/me", headers=mine)).json()["language"] == "en"
