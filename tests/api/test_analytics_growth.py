"""Growth figures over the API, on both databases: who meets a promotion rule and the credits earned,
worked out by hand on a small organisation; women's groups suppressed at 4 and shown at 5; who
reads what; CSV; bad input."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date
from typing import Any

import httpx

from domain.growth.models import EligibilityRule
from domain.shared.actor import Role
from domain.shared.db import Database
from domain.training.models import CreditEntry
from tests.api.test_analytics import women
from tests.api.test_analytics_retention import leave
from tests.factories import World, assign, hire
from tests.support import assert_problem

GROWTH = "/api/v1/analytics/growth"
EARLY_2026 = {"from": "2026-01-01", "to": "2026-02-28"}


async def rule(database: Database, world: World, code: str = "STORE-LEAD", min_days: int = 30) -> None:
    """30 frontline days in the last twelve months, for everyone."""
    moment = world.app.state.clock.now()
    async with database.session_scope() as session:
        session.add(
            EligibilityRule(
                code=code,
                title="Store lead",
                local_title=None,
                target="Store lead",
                applies_to_roles=[],
                conditions=[{"kind": "frontline_time", "min_days": min_days, "window_months": 12}],
                active=True,
                version=1,
                created_at=moment,
                updated_at=moment,
            )
        )


async def credit(database: Database, world: World, who: str, month: str, centi: int, kind: str = "award") -> None:
    moment = world.app.state.clock.now()
    async with database.session_scope() as session:
        session.add(
            CreditEntry(
                id=uuid.uuid4(),
                employee_id=world.employees[who],
                kind=kind,
                category="elective",
                course_code=None,
                credits_centi=centi,
                counts_in=month,
                recorded_at=moment,
                recorded_by=None,
            )
        )


async def organisation(database: Database, world: World) -> None:
    """Head office: Operations ten people (the world's four and ops_a .. ops_f), HR and IT six each:
    22; five people at stores: 27 active.

    Rule: 30 frontline days in the twelve months up to the day. On 31 January: the five store
    people (home at a store), ops_a (45 days, December to mid-January) and ops_c (45 days last
    autumn): 7 of 27, Operations 2 of 10. On 28 February ops_b (from 10 January) has 50: 8 of 27,
    Operations 3 of 10.

    Credits: January ops_a 3, ops_b 1.5 (Operations 4.5, two people); February hr_0 2 and a
    correction of ops_a's -1 (Operations -1, the whole 1, two people)."""
    for letter, number in zip("abcdef", range(1, 7), strict=True):
        await hire(database, world, f"ops_{letter}", f"E09{number:02d}", "D-OPS", [(Role.EMPLOYEE, "D-OPS")])
    for number in range(5):
        await hire(database, world, f"hr_{number}", f"E07{number:02d}", "D-HR", [(Role.EMPLOYEE, "D-HR")])
        await hire(database, world, f"it_{number}", f"E06{number:02d}", "D-IT", [(Role.EMPLOYEE, "D-IT")])
    await assign(database, world, "ops_a", "S1", date(2025, 12, 1), date(2026, 1, 15))
    await assign(database, world, "ops_b", "S1", date(2026, 1, 10))
    await assign(database, world, "ops_c", "S2", date(2025, 10, 1), date(2025, 11, 15))
    await rule(database, world)
    await credit(database, world, "ops_a", "2026-01", 300)
    await credit(database, world, "ops_b", "2026-01", 150)
    await credit(database, world, "hr_0", "2026-02", 200)
    await credit(database, world, "ops_a", "2026-02", -100, kind="correction")
    await credit(database, world, "ops_a", "2025-12", 999)  # before the range


def points(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()["points"]
    return found


def pick(
    found: list[dict[str, Any]], measure: str, period: str, code: str | None = None, sex: str | None = None
) -> tuple[Any, ...]:
    (point,) = [
        p
        for p in found
        if p["measure"] == measure
        and p["period"] == period
        and p["group"]["unit_code"] == code
        and p["group"]["sex"] == sex
    ]
    return point["value"], point["numerator"], point["denominator"], point["suppressed"]


async def test_eligibility_and_credits_by_period_and_department(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await organisation(database, world)
    whole = points(await client.get(GROWTH, params=EARLY_2026, headers=world.headers("hr")))
    assert pick(whole, "eligible", "2026-01") == ("0.2593", 7, 27, False)
    assert pick(whole, "eligible", "2026-02") == ("0.2963", 8, 27, False)
    assert pick(whole, "credits", "2026-01") == ("4.5", 2, 27, False)
    assert pick(whole, "credits", "2026-02") == ("1", 2, 27, False)
    assert not any(p["flagged"] for p in whole)
    found = points(
        await client.get(GROWTH, params={**EARLY_2026, "group_by": "department"}, headers=world.headers("hr"))
    )
    assert pick(found, "eligible", "2026-01", "D-OPS") == ("0.2000", 2, 10, False)
    assert pick(found, "eligible", "2026-02", "D-OPS") == ("0.3000", 3, 10, False)
    assert pick(found, "eligible", "2026-02", "D-IT") == ("0.0000", 0, 6, False)
    assert pick(found, "credits", "2026-02", "D-OPS") == ("-1", 1, 10, False)
    assert pick(found, "credits", "2026-02", "D-HR") == ("2", 1, 6, False)
    quarter = points(
        await client.get(GROWTH, params={**EARLY_2026, "granularity": "quarter"}, headers=world.headers("hr"))
    )
    assert pick(quarter, "eligible", "2026-Q1") == ("0.2963", 8, 27, False)  # on the range's last day
    assert pick(quarter, "credits", "2026-Q1") == ("5.5", 3, 27, False)  # ops_a 2, ops_b 1.5, hr_0 2
    one_rule = points(
        await client.get(GROWTH, params={**EARLY_2026, "rule": "STORE-LEAD"}, headers=world.headers("leader"))
    )
    assert pick(one_rule, "eligible", "2026-01") == ("0.2593", 7, 27, False)


async def test_people_who_left_count_in_the_periods_they_were_on_the_books(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """ops_a (45 days, eligible on 31 January, 3 credits in January) leaves on 10 February: counted
    in January, not at the end of February (7 of 26 then, and hr_0's 2 credits the only ones)."""
    await organisation(database, world)
    await leave(database, world, "ops_a", date(2026, 2, 10))
    whole = points(await client.get(GROWTH, params=EARLY_2026, headers=world.headers("hr")))
    assert pick(whole, "eligible", "2026-01") == ("0.2593", 7, 27, False)
    assert pick(whole, "eligible", "2026-02") == ("0.2692", 7, 26, False)
    assert pick(whole, "credits", "2026-01") == ("4.5", 2, 27, False)
    assert pick(whole, "credits", "2026-02") == ("2", 1, 26, False)


async def test_four_women_are_suppressed_with_the_rest_and_five_are_shown(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await organisation(database, world)
    await women(database, world, "ops_a", "ops_b", "ops_d", "ops_e")
    params = {**EARLY_2026, "group_by": "sex"}
    four = points(await client.get(GROWTH, params=params, headers=world.headers("hr")))
    assert pick(four, "eligible", "2026-01", sex="women") == (None, None, None, True)
    assert pick(four, "eligible", "2026-01", sex="others") == (None, None, None, True)  # 27 less 23: the four
    assert pick(four, "credits", "2026-01", sex="women") == (None, None, None, True)
    await women(database, world, "ops_f")
    five = points(await client.get(GROWTH, params=params, headers=world.headers("hr")))
    # January: of the five women ops_a meets the rule; of the 22 others the store people and ops_c
    assert pick(five, "eligible", "2026-01", sex="women") == ("0.2000", 1, 5, False)
    assert pick(five, "eligible", "2026-01", sex="others") == ("0.2727", 6, 22, False)
    assert pick(five, "credits", "2026-01", sex="women") == ("4.5", 2, 5, False)
    by_both = points(
        await client.get(GROWTH, params={**params, "group_by": ["department", "sex"]}, headers=world.headers("hr"))
    )
    assert pick(by_both, "eligible", "2026-02", "D-OPS", "women") == ("0.4000", 2, 5, False)
    assert pick(by_both, "eligible", "2026-02", "D-HR", "women") == (None, 0, 0, False)  # nobody: shown
    assert pick(by_both, "eligible", "2026-02", "D-OPS", "others") == ("0.2000", 1, 5, False)


async def test_readers_scope_csv_and_bad_input(client: httpx.AsyncClient, world: World, database: Database) -> None:
    await organisation(database, world)
    head = points(await client.get(GROWTH, params=EARLY_2026, headers=world.headers("ops_head")))
    assert {p["group"]["unit_code"] for p in head} == {"D-OPS"}
    assert pick(head, "eligible", "2026-01", "D-OPS") == ("0.2000", 2, 10, False)
    assert points(await client.get(GROWTH, params=EARLY_2026, headers=world.headers("manager_s1"))) == []
    assert_problem(
        await client.get(GROWTH, params=EARLY_2026, headers=world.headers("staff_s1")), 404, "analytics.not_found"
    )
    outside = {**EARLY_2026, "unit_id": str(world.units["D-HR"])}
    assert_problem(
        await client.get(GROWTH, params=outside, headers=world.headers("ops_head")), 404, "analytics.unit_not_found"
    )
    assert_problem(
        await client.get(GROWTH, params={**EARLY_2026, "rule": "NOPE"}, headers=world.headers("hr")),
        404,
        "eligibility_rule.not_found",
    )
    assert_problem(
        await client.get(GROWTH, params={**EARLY_2026, "granularity": "week"}, headers=world.headers("hr")),
        422,
        "analytics.granularity_unsupported",
    )
    answer = await client.get(
        GROWTH, params={**EARLY_2026, "group_by": "department", "format": "csv"}, headers=world.headers("hr")
    )
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text.lstrip("\ufeff"))))
    assert len(rows) == 2 * 2 * 3  # two months, two measures, three departments
    (ops,) = [r for r in rows if r["period"] == "2026-01" and r["measure"] == "credits" and r["unit_code"] == "D-OPS"]
    assert (ops["value"], ops["numerator"], ops["denominator"], ops["suppressed"]) == ("4.5", "2", "10", "false")
