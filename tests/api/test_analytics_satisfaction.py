"""Satisfaction from pulse surveys over the API, on both databases: the share of 4 and 5 worked
out by hand, only closed waves, small groups and the groups that would reveal them suppressed,
the reasons of the unsatisfied, comments for HR alone, and the flags."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import httpx

from domain.analytics.flags import evaluate_flags
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.surveys.models import PulseSurvey, Stage, SurveyResponse, SurveyStatus, SurveyWave
from tests.factories import World
from tests.support import assert_problem

SATISFACTION = "/api/v1/analytics/satisfaction"
COMMENTS = "/api/v1/analytics/satisfaction/comments"
FLAGS = "/api/v1/analytics/flags"
EARLY_2026 = {"from": "2026-01-01", "to": "2026-02-28"}

# (home department, posting's store, woman, headline score, reason, comment)
Answer = tuple[str, str, bool, int, str | None, str | None]
JANUARY: list[Answer] = [
    # Operations: 6 answers, 4 of them 4 or 5 (at S1: 5, 4, 4, 2; at S2: 4, 3); its two women satisfied
    ("D-OPS", "S1", True, 5, "mentor_support", "My mentor was great"),
    ("D-OPS", "S1", True, 4, None, None),
    ("D-OPS", "S1", False, 4, "workload", None),
    ("D-OPS", "S1", False, 2, "commute", "Two hours each way"),
    ("D-OPS", "S2", False, 4, None, None),
    ("D-OPS", "S2", False, 3, "family", None),
    # IT: 5 answers at S3, 2 satisfied; the three unsatisfied all name the commute
    ("D-IT", "S3", False, 2, "commute", "Too far"),
    ("D-IT", "S3", False, 1, "commute", None),
    ("D-IT", "S3", False, 3, "commute", None),
    ("D-IT", "S3", False, 5, "workload", None),
    ("D-IT", "S3", False, 4, "workload", None),
]
FEBRUARY: list[Answer] = [
    # Operations: 6 at S1, 5 satisfied; IT: 4 at S3, 1 satisfied
    *[("D-OPS", "S1", False, 5, None, None)] * 5,
    ("D-OPS", "S1", False, 1, "safety", "Late closing alone"),
    ("D-IT", "S3", False, 4, None, None),
    *[("D-IT", "S3", False, 2, "workload", None)] * 3,
]


async def survey_with_waves(database: Database, world: World) -> None:
    """A closed wave opened on 5 January, a closed one on 2 February, and one opened on 20 February
    still open (its five answers count nowhere yet)."""
    moment = world.app.state.clock.now()
    survey_id = uuid.uuid4()
    async with database.session_scope() as session:
        session.add(
            PulseSurvey(
                id=survey_id,
                title="Frontline pulse",
                scales=[{"key": "overall", "text": "Overall"}],
                reasons=[
                    {"key": "commute", "text": "Commute", "local_text": "通勤"},
                    {"key": "workload", "text": "Workload", "local_text": "工作量"},
                    {"key": "mentor_support", "text": "Mentor support"},
                    {"key": "family", "text": "Family"},
                    {"key": "safety", "text": "Safety"},
                ],
                comment_prompt="Anything else?",
                cadence_days=28,
                open_days=7,
                at_end=True,
                status=SurveyStatus.ACTIVE,
                version=1,
                created_at=moment,
                updated_at=moment,
            )
        )
        await session.flush()
        waves: list[tuple[date, bool, list[Answer]]] = [
            (date(2026, 1, 5), True, JANUARY),
            (date(2026, 2, 2), True, FEBRUARY),
            (date(2026, 2, 20), False, [("D-OPS", "S1", False, 1, None, None)] * 5),
        ]
        for opened_on, closed, answers in waves:
            wave = SurveyWave(
                id=uuid.uuid4(),
                survey_id=survey_id,
                opened_on=opened_on,
                closes_on=opened_on.replace(day=opened_on.day + 6),
                invited=len(answers),
                closed_at=moment if closed else None,
                created_at=moment,
            )
            session.add(wave)
            await session.flush()
            session.add_all(
                SurveyResponse(
                    id=uuid.uuid4(),
                    wave_id=wave.id,
                    stage=Stage.DURING,
                    home_unit_id=world.units[home],
                    unit_id=world.units[store],
                    woman=woman,
                    score=score,
                    scores={"overall": score},
                    reason=reason,
                    comment=comment,
                )
                for home, store, woman, score, reason, comment in answers
            )


async def read(client: httpx.AsyncClient, world: World, who: str = "hr", **params: Any) -> dict[str, Any]:
    answer = await client.get(SATISFACTION, params={**EARLY_2026, **params}, headers=world.headers(who))
    assert answer.status_code == 200, answer.text
    found: dict[str, Any] = answer.json()
    return found


def at(series: dict[str, Any], period: str, code: str | None = None, sex: str | None = None) -> dict[str, Any]:
    (point,) = [
        p
        for p in series["points"]
        if p["period"] == period and p["group"]["unit_code"] == code and p["group"]["sex"] == sex
    ]
    found: dict[str, Any] = point
    return found


def shown(point: dict[str, Any]) -> tuple[Any, ...]:
    return (point["numerator"], point["denominator"], point["value"], point["suppressed"], point["flagged"])


async def test_satisfaction_is_the_share_of_four_and_five_in_closed_waves(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await survey_with_waves(database, world)
    whole = await read(client, world)
    assert whole["threshold"] == "0.6000" and whole["direction"] == "below"
    # January 6 of 11; February 6 of 10 (the open wave's five answers are not counted)
    assert shown(at(whole, "2026-01")) == (6, 11, "0.5455", False, True)
    assert shown(at(whole, "2026-02")) == (6, 10, "0.6000", False, False)

    by_department = await read(client, world, group_by="department")
    assert shown(at(by_department, "2026-01", "D-OPS")) == (4, 6, "0.6667", False, False)
    assert shown(at(by_department, "2026-01", "D-IT")) == (2, 5, "0.4000", False, True)
    assert shown(at(by_department, "2026-01", "D-HR")) == (0, 0, None, False, False)  # nobody answered
    # February: IT's 4 answers are too few, and Operations' 6 would give them away (10 - 6)
    assert at(by_department, "2026-02", "D-IT")["suppressed"] and at(by_department, "2026-02", "D-OPS")["suppressed"]
    assert at(by_department, "2026-02", "D-IT")["value"] is None

    by_store = await read(client, world, group_by="store")
    assert shown(at(by_store, "2026-01", "R-EAST")) == (4, 6, "0.6667", False, False)
    assert at(by_store, "2026-01", "S1")["suppressed"] and at(by_store, "2026-01", "S2")["suppressed"]  # 4 and 2
    assert shown(at(by_store, "2026-01", "S3")) == (2, 5, "0.4000", False, True)

    # the unsatisfied's reasons first: IT's three name the commute
    reasons = [
        (r["reason"], r["text"], r["chosen"], r["unsatisfied"])
        for r in by_department["reasons"]
        if r["period"] == "2026-01" and r["group"]["unit_code"] == "D-IT"
    ]
    assert reasons == [("commute", "Commute", 3, 3), ("workload", "Workload", 2, 0)]
    assert not [r for r in by_department["reasons"] if r["period"] == "2026-02" and r["group"]["unit_code"]]

    # Operations' women (2) and the others (4) are both too few to show
    by_sex = await read(client, world, group_by=["department", "sex"])
    assert (
        at(by_sex, "2026-01", "D-OPS", "women")["suppressed"] and at(by_sex, "2026-01", "D-OPS", "others")["suppressed"]
    )

    csv = await client.get(SATISFACTION, params={**EARLY_2026, "format": "csv"}, headers=world.headers("hr"))
    assert csv.status_code == 200 and csv.text.lstrip("\ufeff").splitlines()[1].startswith("2026-01,,,,,,0.5455,6,11")


async def test_who_reads_satisfaction_and_its_comments(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await survey_with_waves(database, world)
    # a store manager reads their store's postings; a department head their department's people
    mine = await read(client, world, "manager_s2", group_by="store")
    assert {p["group"]["unit_code"] for p in mine["points"]} == {"S2"}
    ops = await read(client, world, "ops_head")
    assert {p["group"]["unit_code"] for p in ops["points"]} == {"D-OPS"}
    other = {**EARLY_2026, "unit_id": str(world.units["D-IT"])}
    assert_problem(await client.get(SATISFACTION, params=other, headers=world.headers("ops_head")), 404)
    assert_problem(await client.get(SATISFACTION, params=EARLY_2026, headers=world.headers("staff_s1")), 404)
    both = {**EARLY_2026, "group_by": ["department", "store"]}
    assert_problem(
        await client.get(SATISFACTION, params=both, headers=world.headers("hr")), 422, "analytics.grouping_conflict"
    )

    january = {"from": "2026-01-01", "to": "2026-01-31"}
    it = await client.get(
        COMMENTS, params={**january, "unit_id": str(world.units["D-IT"])}, headers=world.headers("hr")
    )
    assert it.status_code == 200 and it.json()["respondents"] == 5
    assert [(c["text"], c["reason"]) for c in it.json()["comments"]] == [("Too far", "commute")]
    february = {"from": "2026-02-01", "to": "2026-02-28", "unit_id": str(world.units["D-IT"])}
    few = (await client.get(COMMENTS, params=february, headers=world.headers("hr"))).json()
    assert (few["suppressed"], few["respondents"], few["comments"]) == (True, None, [])
    everyone = (await client.get(COMMENTS, params=EARLY_2026, headers=world.headers("hr"))).json()
    assert sorted(c["text"] for c in everyone["comments"]) == [
        "Late closing alone",
        "My mentor was great",
        "Too far",
        "Two hours each way",
    ]
    assert_problem(await client.get(COMMENTS, params=january, headers=world.headers("ops_head")), 403)
    assert_problem(await client.get(COMMENTS, params=january, headers=world.headers("leader")), 403)
    assert_problem(await client.get(COMMENTS, params=january, headers=world.headers("staff_s1")), 404)


async def test_satisfaction_flags_read_the_quarter_up_to_the_day(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    """On 2 March the waves opened since 1 December count: head office 12 of 21 (57.1 %), IT 3 of
    9 (33.3 %), Operations 9 of 12 (75 %); stores: S1 8 of 10, S3 3 of 9, S2 too few."""
    await survey_with_waves(database, world)
    assert await evaluate_flags(database, clock, ("satisfaction",)) == 3
    flags = (await client.get(FLAGS, headers=world.headers("hr"))).json()
    assert sorted((f["figure"], f["group"]["unit_code"] or "", f["value"]) for f in flags) == [
        ("satisfaction", "", "0.5714"),
        ("satisfaction", "D-IT", "0.3333"),
        ("satisfaction", "S3", "0.3333"),
    ]
    assert [
        f["group"]["unit_code"] for f in (await client.get(FLAGS, headers=world.headers("manager_s1"))).json()
    ] == []
