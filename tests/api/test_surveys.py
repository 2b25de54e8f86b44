"""Pulse surveys over the API, on both databases: HR writes and activates a survey, the worker
opens a wave for the people on postings (and those whose posting just ended), they answer once,
those who have not are reminded once, the wave closes; answers carry no person."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from typing import Any

import httpx
from sqlalchemy import DateTime, func, select

from domain.notifications.models import Notification
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.surveys.models import SurveyInvitation, SurveyResponse, SurveyWave
from domain.surveys.waves import run_waves
from tests.factories import World, assign, deliver_events
from tests.support import assert_problem

SURVEYS = "/api/v1/surveys"
MINE = "/api/v1/me/surveys"
PULSE: dict[str, Any] = {
    "title": "Frontline pulse",
    "local_title": "一线脉搏",
    "scales": [
        {"key": "overall", "text": "How satisfied are you with your posting?", "local_text": "你对派驻满意吗"},
        {"key": "mentor", "text": "My mentor helps me", "local_text": "导师对我有帮助"},
    ],
    "comment_prompt": "Anything else?",
}


async def active_survey(client: httpx.AsyncClient, world: World) -> dict[str, Any]:
    hr = world.headers("hr")
    created = await client.post(SURVEYS, json=PULSE, headers=hr)
    assert created.status_code == 201, created.text
    survey = created.json()
    assert survey["status"] == "draft" and [r["key"] for r in survey["reasons"]] == [
        "mentor_support",
        "fair_targets",
        "commute",
        "family",
        "safety",
        "workload",
    ]
    activated = await client.post(f"{SURVEYS}/{survey['id']}/activate", headers=hr)
    assert activated.status_code == 200 and activated.json()["status"] == "active"
    return activated.json()  # type: ignore[no-any-return]


async def postings(database: Database, world: World) -> None:
    """On 2 March: ops_staff at S1 since February and the leader at S2 since February (both asked
    during their posting); HR's posting at S1 ended on 19 February (asked at its end); ops_head
    arrived at S2 on 27 February (not settled: not asked); staff_s3 is on no posting."""
    await assign(database, world, "ops_staff", "S1", date(2026, 2, 1))
    await assign(database, world, "leader", "S2", date(2026, 2, 1))
    await assign(database, world, "hr", "S1", date(2026, 1, 1), date(2026, 2, 20))
    await assign(database, world, "ops_head", "S2", date(2026, 2, 27))


async def told(database: Database, world: World, kind: str) -> list[str]:
    async with database.session_scope() as session:
        accounts = await session.scalars(select(Notification.account_id).where(Notification.kind == kind))
        names = {account: name for name, account in world.accounts.items()}
        return sorted(names[a] for a in accounts)


async def test_a_wave_asks_the_people_on_postings_once_and_keeps_answers_without_names(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    await postings(database, world)
    survey = await active_survey(client, world)
    assert await run_waves(database, clock) == 1
    assert await run_waves(database, clock) == 0  # one wave a cadence
    await deliver_events(world.app)
    assert await told(database, world, "surveys.wave_opened") == ["hr", "leader", "ops_staff"]

    mine = await client.get(MINE, headers=world.headers("ops_staff"))
    assert mine.status_code == 200
    (asked,) = mine.json()
    assert (asked["stage"], asked["unit_name"], asked["closes_on"], asked["answered_at"]) == (
        "during",
        "People's Square store",
        "2026-03-08",
        None,
    )
    ended = (await client.get(MINE, headers=world.headers("hr"))).json()
    assert [a["stage"] for a in ended] == ["end"]
    assert (await client.get(MINE, headers=world.headers("ops_head"))).json() == []
    wave = asked["wave_id"]
    answer_of = f"{MINE}/{wave}/answer"

    given = {"scores": {"overall": 4, "mentor": 5}, "reason": "commute", "comment": "A long ride home"}
    first = await client.post(answer_of, json=given, headers=world.headers("ops_staff"))
    assert first.status_code == 201, first.text
    assert first.json()["stage"] == "during"
    again = await client.post(answer_of, json=given, headers=world.headers("ops_staff"))
    assert_problem(again, 409, "survey.already_answered")
    assert_problem(await client.post(answer_of, json=given, headers=world.headers("ops_head")), 404, "survey.not_found")

    hr = world.headers("hr")
    missing = await client.post(answer_of, json={"scores": {"overall": 3}}, headers=hr)
    assert_problem(missing, 422, "survey.answer_missing")
    assert missing.json()["errors"][0]["field"] == "body.scores.mentor"
    assert_problem(
        await client.post(answer_of, json={"scores": {"overall": 6, "mentor": 1}}, headers=hr),
        422,
        "survey.answer_range",
    )
    assert_problem(
        await client.post(answer_of, json={"scores": {"overall": 3, "mentor": 1}, "reason": "weather"}, headers=hr),
        422,
        "survey.answer_unknown",
    )
    keyed = {**hr, "Idempotency-Key": "pulse-1"}
    ok = await client.post(answer_of, json={"scores": {"overall": 2, "mentor": 2}}, headers=keyed)
    assert ok.status_code == 201, ok.text
    replay = await client.post(answer_of, json={"scores": {"overall": 2, "mentor": 2}}, headers=keyed)
    assert replay.status_code == 201 and replay.headers.get("Idempotent-Replayed") == "true"

    async with database.session_scope() as session:
        responses = (await session.scalars(select(SurveyResponse).order_by(SurveyResponse.score))).all()
    assert [(r.score, r.scores, r.reason, r.comment) for r in responses] == [
        (2, {"overall": 2, "mentor": 2}, None, None),
        (4, {"overall": 4, "mentor": 5}, "commute", "A long ride home"),
    ]
    # nothing in an answer points at a person or says when it was given
    table = SurveyResponse.__table__
    assert {fk.column.table.name for fk in table.foreign_keys} == {"survey_waves", "org_units"}
    assert not [c for c in table.columns if isinstance(c.type, DateTime) or "employee" in c.name or "account" in c.name]

    waves = (await client.get(f"{SURVEYS}/{survey['id']}/waves", headers=hr)).json()
    assert [(w["invited"], w["answered"], w["response_rate"], w["closed"]) for w in waves] == [(3, 2, "0.6667", False)]

    # two days before the last day (8 March) the leader, who has not answered, is reminded once
    clock.advance(timedelta(days=3))
    assert await run_waves(database, clock) == 0
    clock.advance(timedelta(days=1))
    assert await run_waves(database, clock) == 1
    assert await run_waves(database, clock) == 0
    await deliver_events(world.app)
    assert await told(database, world, "surveys.wave_reminded") == ["leader"]

    # the day after the last day the wave closes, and takes no more answers
    clock.advance(timedelta(days=3))
    assert await run_waves(database, clock) == 1
    late = await client.post(answer_of, json={"scores": {"overall": 5, "mentor": 5}}, headers=world.headers("leader"))
    assert_problem(late, 409, "survey.wave_closed")
    assert (await client.get(MINE, headers=world.headers("leader"))).json() == []
    closed = await client.get(f"{SURVEYS}/{survey['id']}/waves", headers=world.headers("hr"))
    assert closed.json()[0]["closed"] is True


async def test_the_next_wave_opens_after_the_cadence_and_asks_those_whose_posting_ended(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    await assign(database, world, "ops_staff", "S1", date(2026, 2, 1), date(2026, 3, 20))
    await active_survey(client, world)
    assert await run_waves(database, clock) == 1
    clock.advance(timedelta(days=27))
    await run_waves(database, clock)  # closes the first
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(SurveyWave)) == 1
    clock.advance(timedelta(days=1))  # 30 March: 28 days on, the posting ended on 19 March
    assert await run_waves(database, clock) == 1
    async with database.session_scope() as session:
        stages = (
            await session.execute(
                select(SurveyWave.opened_on, SurveyInvitation.stage)
                .join(SurveyInvitation, SurveyInvitation.wave_id == SurveyWave.id)
                .order_by(SurveyWave.opened_on)
            )
        ).all()
    assert [(str(day), str(stage)) for day, stage in stages] == [("2026-03-02", "during"), ("2026-03-30", "end")]


async def test_two_workers_open_one_wave(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    await postings(database, world)
    await active_survey(client, world)
    opened = await asyncio.gather(run_waves(database, clock), run_waves(database, clock))
    assert sorted(opened) == [0, 1]
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(SurveyInvitation)) == 3


async def test_hr_keeps_the_surveys_and_an_active_survey_is_frozen(client: httpx.AsyncClient, world: World) -> None:
    hr = world.headers("hr")
    assert_problem(await client.post(SURVEYS, json=PULSE, headers=world.headers("ops_head")), 403)
    assert_problem(await client.get(SURVEYS, headers=world.headers("staff_s1")), 404, "survey.not_found")
    twice = {**PULSE, "scales": [PULSE["scales"][0], PULSE["scales"][0]]}
    assert (await client.post(SURVEYS, json=twice, headers=hr)).status_code == 422
    long_wave = await client.post(SURVEYS, json={**PULSE, "open_days": 20, "cadence_days": 14}, headers=hr)
    assert_problem(long_wave, 422, "survey.open_too_long")

    draft = (await client.post(SURVEYS, json=PULSE, headers=hr)).json()
    changed = await client.put(f"{SURVEYS}/{draft['id']}", json={**PULSE, "title": "Pulse", "version": 1}, headers=hr)
    assert changed.status_code == 200 and changed.json()["version"] == 2
    stale = await client.put(f"{SURVEYS}/{draft['id']}", json={**PULSE, "version": 1}, headers=hr)
    assert_problem(stale, 409, "survey.version_conflict")
    first = await active_survey(client, world)
    await client.post(f"{SURVEYS}/{draft['id']}/activate", headers=hr)
    surveys = {s["id"]: s["status"] for s in (await client.get(SURVEYS, headers=hr)).json()}
    assert surveys == {first["id"]: "retired", draft["id"]: "active"}
    frozen = await client.put(f"{SURVEYS}/{draft['id']}", json={**PULSE, "version": 2}, headers=hr)
    assert_problem(frozen, 409, "survey.not_draft")
    assert_problem(await client.post(f"{SURVEYS}/{first['id']}/activate", headers=hr), 409, "survey.retired")
    assert (await client.get(SURVEYS, headers=world.headers("leader"))).status_code == 200


async def test_an_answer_of_true_or_a_fraction_is_refused_not_read_as_a_score(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    await postings(database, world)
    await active_survey(client, world)
    await run_waves(database, clock)
    (asked,) = (await client.get(MINE, headers=world.headers("ops_staff"))).json()
    answer_of = f"{MINE}/{asked['wave_id']}/answer"
    for wrong in (True, 4.5, "4"):
        refused = await client.post(
            answer_of, json={"scores": {"overall": wrong, "mentor": 4}}, headers=world.headers("ops_staff")
        )
        assert refused.status_code == 422 and "scores" in refused.text, (wrong, refused.text)
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(SurveyResponse)) == 0


async def test_two_surveys_activated_at_once_leave_one_active(client: httpx.AsyncClient, world: World) -> None:
    hr = world.headers("hr")
    drafts = [(await client.post(SURVEYS, json={**PULSE, "title": f"Pulse {n}"}, headers=hr)).json() for n in (1, 2)]
    answers = await asyncio.gather(*(client.post(f"{SURVEYS}/{draft['id']}/activate", headers=hr) for draft in drafts))
    assert sorted(a.status_code for a in answers) in ([200, 200], [200, 409]), [a.text for a in answers]
    for refused in (a for a in answers if a.status_code == 409):
        assert_problem(refused, 409, "survey.activated_meanwhile")
    statuses = [s["status"] for s in (await client.get(SURVEYS, headers=hr)).json()]
    assert statuses.count("active") == 1
