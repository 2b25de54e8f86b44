"""The care profile: consent per category, sealed at rest, read by the person and by HR with a
stated purpose (logged for the person), never by anyone else; withdrawing deletes; managers see
derived constraints without their reason."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from api.settings import ConfigurationError, Settings
from domain.care.models import CareConsent, CarePeriod, CareRecord
from domain.care.profile import read_profile, reseal_all
from domain.shared.audit import AuditEntry
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.shared.outbox import OutboxEvent
from domain.shared.sealing import Sealer, new_key_text
from tests.conftest import TEST_CARE_KEYS
from tests.factories import World
from tests.support import assert_problem

ME = "/api/v1/me/care-profile"
# the test clock starts on Monday 2026-03-02
NURSING = {"births": [{"born_on": "2025-10-01", "babies": 1}]}
SENSITIVE = ("2025-10-01", "births", "nursing", "pregnan", "baby", "child", "哺乳", "怀孕")


async def consent(client: httpx.AsyncClient, world: World, who: str, *categories: str) -> None:
    response = await client.post(f"{ME}/consents", json={"categories": list(categories)}, headers=world.headers(who))
    assert response.status_code == 200, response.text


async def record(client: httpx.AsyncClient, world: World, who: str, body: dict[str, Any]) -> httpx.Response:
    return await client.put(ME, json=body, headers=world.headers(who))


async def nursing_mother(client: httpx.AsyncClient, world: World, who: str = "ops_staff") -> None:
    await consent(client, world, who, "nursing", "safety")
    response = await record(client, world, who, {"nursing": NURSING, "safety": {"latest_shift_end": "21:00"}})
    assert response.status_code == 200, response.text


def fields(response: httpx.Response) -> list[str]:
    return [e["field"] for e in response.json().get("errors") or []]


async def test_nothing_is_kept_without_consent_to_its_category(client: httpx.AsyncClient, world: World) -> None:
    refused = await record(client, world, "ops_staff", {"nursing": NURSING})
    assert_problem(refused, 409, "care.consent_required")
    assert fields(refused) == ["body.nursing"]
    mine = (await client.get(ME, headers=world.headers("ops_staff"))).json()
    assert mine["nursing"] is None and mine["consents"] == []

    await consent(client, world, "ops_staff", "nursing")
    stored = await record(client, world, "ops_staff", {"nursing": NURSING})
    assert stored.status_code == 200
    assert stored.json()["nursing"] == NURSING
    assert [c["category"] for c in stored.json()["consents"]] == ["nursing"]
    assert stored.headers["cache-control"] == "no-store"


async def test_the_profile_is_sealed_at_rest(client: httpx.AsyncClient, world: World, database: Database) -> None:
    await consent(client, world, "ops_staff", "home", "notes")
    address = "上海市浦东新区世纪大道100号"
    response = await record(
        client,
        world,
        "ops_staff",
        {"home": {"address": address, "latitude": 31.2304, "longitude": 121.4737}, "notes": "school run at 16:30"},
    )
    assert response.status_code == 200, response.text
    async with database.session_scope() as session:
        raw = [row.sealed for row in await session.scalars(select(CareRecord))]
        audit_rows = [json.dumps(row.changes, ensure_ascii=False) for row in await session.scalars(select(AuditEntry))]
        outbox = [json.dumps(row.payload, ensure_ascii=False) for row in await session.scalars(select(OutboxEvent))]
    assert len(raw) == 2
    for text in raw:
        for plain in (address, "31.2304", "school run", "16:30", "latitude"):
            assert plain not in text
    # nor does any value reach the audit trail or the event stream (webhooks, notifications)
    for text in audit_rows + outbox:
        assert address not in text and "school run" not in text
    assert (await client.get(ME, headers=world.headers("ops_staff"))).json()["home"]["address"] == address


@pytest.mark.parametrize(
    ("reader", "status"),
    [
        ("ops_staff", None),  # the person reads their own through /me
        ("hr", 200),
        ("admin", 403),
        ("leader", 403),
        ("ops_head", 403),
        ("manager_s1", 403),
        ("staff_s2", 403),
    ],
)
async def test_only_hr_reads_someone_else_s_profile(
    client: httpx.AsyncClient, world: World, reader: str, status: int | None
) -> None:
    await nursing_mother(client, world)
    if status is None:
        assert (await client.get(ME, headers=world.headers(reader))).json()["nursing"] == NURSING
        return
    url = f"/api/v1/employees/{world.employees['ops_staff']}/care-profile"
    response = await client.get(url, params={"purpose": "Roster review"}, headers=world.headers(reader))
    if status == 200:
        assert response.status_code == 200, response.text
        assert response.json()["nursing"] == NURSING
    else:
        body = assert_problem(response, status, "care.hr_only")
        assert not any(word in json.dumps(body) for word in SENSITIVE)


async def test_every_hr_read_is_logged_for_the_person_and_a_purpose_is_required(
    client: httpx.AsyncClient, world: World
) -> None:
    await nursing_mother(client, world)
    url = f"/api/v1/employees/{world.employees['ops_staff']}/care-profile"
    refused = await client.get(url, headers=world.headers("hr"))
    assert_problem(refused, 422, "care.purpose_required")
    assert fields(refused) == ["query.purpose"]
    for purpose in ("Plan the May roster", "Check the nursing-hour claim"):
        assert (await client.get(url, params={"purpose": purpose}, headers=world.headers("hr"))).status_code == 200
    log = await client.get(f"{ME}/access-log", headers=world.headers("ops_staff"))
    assert log.status_code == 200
    entries = log.json()["items"]
    assert [e["purpose"] for e in entries] == ["Check the nursing-hour claim", "Plan the May roster"]
    assert {e["reader_name"] for e in entries} == {"Hr"}
    assert {tuple(e["categories"]) for e in entries} == {("nursing", "safety")}
    # HR's own log is their own: it holds nothing of this person's
    assert (await client.get(f"{ME}/access-log", headers=world.headers("hr"))).json()["items"] == []


async def test_withdrawing_consent_deletes_the_category_and_its_protections(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await nursing_mother(client, world)
    employee = world.employees["ops_staff"]
    constraints_url = f"/api/v1/employees/{employee}/constraints"
    window = {"from": "2026-03-02", "to": "2026-03-08"}
    before = (await client.get(constraints_url, params=window, headers=world.headers("ops_head"))).json()
    assert "protected_time" in {c["kind"] for c in before["constraints"]}

    response = await client.delete(f"{ME}/consents/nursing", headers=world.headers("ops_staff"))
    assert response.status_code == 204
    mine = (await client.get(ME, headers=world.headers("ops_staff"))).json()
    assert mine["nursing"] is None
    assert [c["category"] for c in mine["consents"]] == ["safety"]
    async with database.session_scope() as session:
        categories = set(await session.scalars(select(CareRecord.category).where(CareRecord.employee_id == employee)))
        consents = set(await session.scalars(select(CareConsent.category).where(CareConsent.employee_id == employee)))
        kinds = set(await session.scalars(select(CarePeriod.kind).where(CarePeriod.employee_id == employee)))
        withdrawn = (
            await session.scalars(select(AuditEntry).where(AuditEntry.action == "care.consent_withdrawn"))
        ).one()
    assert categories == {"safety"} and consents == {"safety"}
    assert kinds == {"shift_ends_by"}
    assert withdrawn.changes == {"category": "nursing", "data_deleted": True}
    after = (await client.get(constraints_url, params=window, headers=world.headers("ops_head"))).json()
    assert {c["kind"] for c in after["constraints"]} == {"shift_ends_by"}


@pytest.mark.parametrize(
    ("reader", "sees"),
    [
        ("ops_staff", True),
        ("hr", True),
        ("leader", True),
        ("admin", True),
        ("ops_head", True),
        ("manager_s1", False),
        ("staff_s2", False),
    ],
)
async def test_managers_see_constraints_never_their_reason(
    client: httpx.AsyncClient, world: World, reader: str, sees: bool
) -> None:
    await nursing_mother(client, world)
    url = f"/api/v1/employees/{world.employees['ops_staff']}/constraints"
    response = await client.get(url, params={"from": "2026-03-01", "to": "2026-12-31"}, headers=world.headers(reader))
    if not sees:
        assert_problem(response, 404, "employee.not_found")
        return
    assert response.status_code == 200, response.text
    found = {(c["kind"], c["start"], c["end"]) for c in response.json()["constraints"]}
    assert found == {
        ("no_night_work", "2026-03-01", "2026-09-30"),
        ("no_extended_hours", "2026-03-01", "2026-09-30"),
        ("protected_time", "2026-03-01", "2026-09-30"),
        ("shift_ends_by", "2026-03-01", "2026-12-31"),
    }
    text = response.text.lower()
    assert not any(word in text for word in SENSITIVE)
    night = next(c for c in response.json()["constraints"] if c["kind"] == "no_night_work")
    assert night["text"] == "No night work (22:00-06:00), 2026-03-01 to 2026-09-30"
    assert night["basis"] == "law"


async def test_constraints_speak_the_reader_s_language(client: httpx.AsyncClient, world: World) -> None:
    await nursing_mother(client, world)
    url = f"/api/v1/employees/{world.employees['ops_staff']}/constraints"
    headers = {**world.headers("ops_head"), "Accept-Language": "zh-CN"}
    response = await client.get(url, params={"from": "2026-03-02", "to": "2026-03-02"}, headers=headers)
    texts = {c["kind"]: c["text"] for c in response.json()["constraints"]}
    assert "夜班" in texts["no_night_work"]


@pytest.mark.parametrize(
    ("body", "field", "slug"),
    [
        ({"pregnancy": {"due_date": "2027-02-01"}}, "body.pregnancy.due_date", "care.due_date_out_of_range"),
        ({"pregnancy": {"due_date": "2026-01-15"}}, "body.pregnancy.due_date", "care.due_date_out_of_range"),
        ({"nursing": {"births": [{"born_on": "2026-03-03"}]}}, "body.nursing.births.0.born_on", "care.birth_in_future"),
        ({"children": [{"birth_month": "2026-04"}]}, "body.children.0.birth_month", "care.birth_in_future"),
        ({"home": {"address": "Somewhere 1", "latitude": 91.5, "longitude": 121.0}}, "body.home.latitude", None),
        ({"home": {"address": "Somewhere 1", "latitude": 31.0, "longitude": 181.5}}, "body.home.longitude", None),
    ],
)
async def test_implausible_values_are_refused_by_field_and_never_echoed(
    client: httpx.AsyncClient, world: World, body: dict[str, Any], field: str, slug: str | None
) -> None:
    await consent(client, world, "ops_staff", "pregnancy", "nursing", "children", "home")
    response = await record(client, world, "ops_staff", body)
    problem = assert_problem(response, 422, slug)
    assert field in fields(response)
    echoed = json.dumps(problem)
    for value in ("2027-02-01", "2026-01-15", "2026-03-03", "2026-04", "91.5", "181.5", "Somewhere"):
        assert value not in echoed
    assert (await client.get(ME, headers=world.headers("ops_staff"))).json()["updated_at"] is None


async def test_the_export_holds_everything_kept_about_my_care(client: httpx.AsyncClient, world: World) -> None:
    await nursing_mother(client, world)
    url = f"/api/v1/employees/{world.employees['ops_staff']}/care-profile"
    await client.get(url, params={"purpose": "Roster review"}, headers=world.headers("hr"))
    response = await client.get(f"{ME}/export", headers=world.headers("ops_staff"))
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="care-profile.json"'
    assert response.headers["cache-control"] == "no-store"
    export = response.json()
    assert export["profile"]["nursing"] == NURSING
    assert [e["purpose"] for e in export["access_log"]] == ["Roster review"]
    assert {c["kind"] for c in export["constraints"]} >= {"no_night_work", "protected_time"}


async def test_a_policy_change_is_versioned_and_every_profile_follows(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await nursing_mother(client, world)
    default = (await client.get("/api/v1/care-policy", headers=world.headers("staff_s1"))).json()
    assert default["version"] == 0 and default["nursing_minutes"] == 60
    body = {**{k: v for k, v in default.items() if k not in ("version", "created_at")}, "nursing_minutes": 90}
    refused = await client.put("/api/v1/care-policy", json=body, headers=world.headers("manager_s1"))
    assert_problem(refused, 403, "care.policy_forbidden")
    changed = await client.put("/api/v1/care-policy", json=body, headers=world.headers("hr"))
    assert changed.status_code == 200, changed.text
    assert changed.json()["version"] == 1 and changed.json()["nursing_minutes"] == 90
    url = f"/api/v1/employees/{world.employees['ops_staff']}/constraints"
    found = (
        await client.get(url, params={"from": "2026-03-02", "to": "2026-03-02"}, headers=world.headers("hr"))
    ).json()
    assert {c["minutes"] for c in found["constraints"] if c["kind"] == "protected_time"} == {90}
    async with database.session_scope() as session:
        audited = (await session.scalars(select(AuditEntry).where(AuditEntry.action == "care.policy_changed"))).one()
    assert audited.changes["policy"]["before"]["nursing_minutes"] == 60


async def test_keys_rotate_by_resealing_every_value(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await nursing_mother(client, world)
    old = world.app.state.sealer
    old_text = TEST_CARE_KEYS
    rotated = Sealer.parse(f"{new_key_text('k2027')},{old_text}")
    async with database.session_scope() as session:
        assert await reseal_all(session, rotated) == 2
    async with database.session_scope() as session:
        assert await reseal_all(session, rotated) == 0
        assert {row.sealed.split(".")[0] for row in await session.scalars(select(CareRecord))} == {"k2027"}
        # the old key can be retired: the new one alone opens everything
        only_new = Sealer(keys={"k2027": rotated.keys["k2027"]}, current="k2027")
        profile = await read_profile(session, only_new, world.employees["ops_staff"])
    assert profile.nursing is not None and str(profile.nursing.births[0].born_on) == "2025-10-01"
    assert old.current == "test1"


def test_production_refuses_to_start_without_care_keys(tmp_path: Path) -> None:
    settings = Settings(env="production", jwt_secret="x" * 40, var_dir=tmp_path)
    with pytest.raises(ConfigurationError, match="FRONTLINE_CARE_KEYS"):
        _ = settings.sealer
    assert not (tmp_path / "care-keys").exists()


async def test_racing_consents_and_edits_all_succeed_and_keep_one_row_each(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    consents = await asyncio.gather(
        *(
            client.post(f"{ME}/consents", json={"categories": ["nursing", "notes"]}, headers=world.headers("ops_staff"))
            for _ in range(3)
        )
    )
    assert [r.status_code for r in consents] == [200, 200, 200]
    edits = await asyncio.gather(*(record(client, world, "ops_staff", {"notes": f"note {n}"}) for n in range(3)))
    assert [r.status_code for r in edits] == [200, 200, 200]
    async with database.session_scope() as session:
        rows = list(await session.scalars(select(CareRecord.category)))
        consented = list(await session.scalars(select(CareConsent.category).order_by(CareConsent.category)))
    assert rows == ["notes"] and consented == ["notes", "nursing"]


FULL_PROFILE = {
    "sex": "female",
    "home": {"address": "Lane 88 Xinhua Road", "latitude": 31.2104, "longitude": 121.4286},
    "children": [
        {
            "birth_month": "2019-09",
            "school_name": "Xuhui Experimental",
            "school_latitude": 31.19,
            "school_longitude": 121.43,
        }
    ],
    "pregnancy": {"due_date": "2026-06-20"},
    "nursing": {"births": [{"born_on": "2025-10-01", "babies": 2}]},
    "safety": {"latest_shift_end": "21:00", "max_commute_km": 7.5},
    "notes": "Prefers the early shift",
}
FULL_VALUES = ("female", "Lane 88", "31.2104", "Xuhui", "2019-09", "Prefers the early", "babies", "twin")
# A constraint holds between dates, and a legal one ends on the day the law says ("no night work
# until 2027-05-01"), so its dates may be those of the facts; nothing else of them is shown.
DATES = ("2026-06-20", "2025-10-01")


@pytest.mark.parametrize("reader", ["admin", "leader", "ops_head", "manager_s1", "staff_s2", "hr"])
async def test_no_field_reaches_anyone_through_the_other_reads(
    client: httpx.AsyncClient, world: World, reader: str
) -> None:
    """Every category filled in; every read a role can make of the person (their record, their
    constraints, the organisation's people list, the audit trail) holds none of the values."""
    await consent(client, world, "ops_staff", *FULL_PROFILE)
    assert (await record(client, world, "ops_staff", FULL_PROFILE)).status_code == 200
    employee = world.employees["ops_staff"]
    reads = [
        await client.get(f"/api/v1/employees/{employee}", headers=world.headers(reader)),
        await client.get(
            f"/api/v1/employees/{employee}/constraints",
            params={"from": "2026-03-01", "to": "2026-12-31"},
            headers=world.headers(reader),
        ),
        await client.get("/api/v1/employees", params={"limit": 200}, headers=world.headers(reader)),
        await client.get("/api/v1/audit", params={"limit": 200}, headers=world.headers(reader)),
    ]
    assert any(r.status_code == 200 for r in reads)
    for position, response in enumerate(reads):
        for value in FULL_VALUES + (DATES if position != 1 else ()):
            assert value not in response.text, (reader, str(response.url), value)


async def test_the_export_works_on_29_february(client: httpx.AsyncClient, world: World, clock: ManualClock) -> None:
    await nursing_mother(client, world)
    clock.set(datetime(2028, 2, 29, 2, 0, tzinfo=UTC))  # 10:00 in Shanghai on a leap day
    response = await client.get(f"{ME}/export", headers=world.headers("ops_staff"))
    assert response.status_code == 200, response.text
    assert {c["kind"] for c in response.json()["constraints"]} == {"shift_ends_by"}  # the baby turned one


async def test_the_access_log_pages_with_the_server_s_cursors(client: httpx.AsyncClient, world: World) -> None:
    await nursing_mother(client, world)
    url = f"/api/v1/employees/{world.employees['ops_staff']}/care-profile"
    for purpose in ("first read", "second read", "third read"):
        await client.get(url, params={"purpose": purpose}, headers=world.headers("hr"))
    first = (await client.get(f"{ME}/access-log", params={"limit": 2}, headers=world.headers("ops_staff"))).json()
    rest = await client.get(
        f"{ME}/access-log", params={"limit": 2, "cursor": first["next_cursor"]}, headers=world.headers("ops_staff")
    )
    assert [e["purpose"] for e in first["items"] + rest.json()["items"]] == ["third read", "second read", "first read"]
    forged = await client.get(f"{ME}/access-log", params={"cursor": "12"}, headers=world.headers("ops_staff"))
    assert_problem(forged, 422, "pagination.invalid_cursor")


async def test_an_incoherent_policy_is_refused_in_the_reader_s_words(client: httpx.AsyncClient, world: World) -> None:
    default = (await client.get("/api/v1/care-policy", headers=world.headers("hr"))).json()
    body = {**{k: v for k, v in default.items() if k not in ("version", "created_at")}, "working_weekdays": [0, 0, 1]}
    response = await client.put(
        "/api/v1/care-policy", json=body, headers={**world.headers("hr"), "Accept-Language": "zh-CN"}
    )
    problem = assert_problem(response, 422)
    assert "工作日" in json.dumps(problem, ensure_ascii=False)
    assert (await client.get("/api/v1/care-policy", headers=world.headers("hr"))).json()["version"] == 0
