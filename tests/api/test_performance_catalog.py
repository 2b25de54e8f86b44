"""Metric definitions, scorecard templates (refused with the reason when they break the rules),
the organisation's template rules and targets: who may change them and what they refuse."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from domain.auth.scopes import Scope
from tests.factories import World, machine
from tests.support import assert_problem

METRICS = "/api/v1/performance/metrics"
TEMPLATES = "/api/v1/performance/templates"
RULES = "/api/v1/performance/template-rules"
TARGETS = "/api/v1/performance/targets"

CATALOG: list[dict[str, Any]] = [
    {"code": "store_csat", "name": "Store customer satisfaction", "unit": "points", "side": "store",
     "source": "pushed", "direction": "higher", "scoring": {"method": "rating", "scale_min": "1", "scale_max": "5"}},
    {"code": "store_efficiency", "name": "Store operating efficiency", "unit": "%", "side": "store",
     "source": "manual", "direction": "higher", "scoring": {"method": "target", "cap": "120"}},
    {"code": "hq_sales", "name": "HQ sales", "unit": "CNY", "side": "hq", "source": "sales",
     "direction": "higher", "scoring": {"method": "target", "cap": "120"}},
    {"code": "frontline_satisfaction", "name": "Frontline satisfaction", "unit": "points", "side": "support",
     "source": "tickets", "direction": "higher", "scoring": {"method": "rating"}},
    {"code": "resolution_time", "name": "Resolution time", "unit": "minutes", "side": "support",
     "source": "tickets", "direction": "lower",
     "scoring": {"method": "bands", "bands": [{"threshold": "60", "points": "100"},
                                              {"threshold": "120", "points": "80"},
                                              {"threshold": "240", "points": "50"}]}},
]  # fmt: skip


def lines(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    return [{"metric_code": code, "weight": weight} for code, weight in pairs]


def bands(*pairs: tuple[str, str]) -> dict[str, Any]:
    return {"method": "bands", "bands": [{"threshold": t, "points": p} for t, p in pairs]}


SECONDED = {
    "code": "seconded",
    "name": "HQ staff seconded to a store",
    "population": "seconded",
    "lines": [
        {"metric_code": "store_csat", "weight": "40"},
        {"metric_code": "store_efficiency", "weight": "30"},
        {"metric_code": "hq_sales", "weight": "30"},
    ],
}


async def define(client: httpx.AsyncClient, world: World) -> None:
    for metric in CATALOG:
        created = await client.post(METRICS, json=metric, headers=world.headers("hr"))
        assert created.status_code == 201, created.text


async def test_hr_defines_metrics_everyone_reads_them(client: httpx.AsyncClient, world: World) -> None:
    await define(client, world)
    listed = await client.get(METRICS, headers=world.headers("staff_s1"))
    assert listed.status_code == 200
    assert [m["code"] for m in listed.json()["items"]] == sorted(m["code"] for m in CATALOG)
    banded = next(m for m in listed.json()["items"] if m["code"] == "resolution_time")
    assert banded["scoring"]["bands"][0] == {"threshold": "60", "points": "100"}
    again = await client.post(METRICS, json=CATALOG[0], headers=world.headers("hr"))
    assert_problem(again, 409, "metric.code_taken")
    for who in ("manager_s1", "staff_s1", "leader"):
        assert_problem(await client.post(METRICS, json={**CATALOG[0], "code": "x"}, headers=world.headers(who)), 403)


@pytest.mark.parametrize(
    ("scoring", "direction"),
    [
        ({"method": "target", "cap": "90"}, "higher"),  # a cap below 100
        (
            {"method": "bands", "bands": [{"threshold": "2", "points": "50"}, {"threshold": "1", "points": "80"}]},
            "higher",
        ),
        ({"method": "bands", "bands": [{"threshold": "1", "points": "150"}]}, "higher"),  # above the cap
        ({"method": "rating", "scale_min": "5", "scale_max": "1"}, "higher"),
        ({"method": "guess"}, "higher"),
    ],
)
async def test_impossible_scoring_rules_are_refused(
    client: httpx.AsyncClient, world: World, scoring: dict[str, Any], direction: str
) -> None:
    body = {**CATALOG[1], "code": "bad", "scoring": scoring, "direction": direction}
    problem = assert_problem(await client.post(METRICS, json=body, headers=world.headers("hr")), 422)
    assert any(error["field"].startswith("body.scoring") for error in problem.get("errors", [])) or problem[
        "type"
    ].endswith("metric.scoring_invalid")


async def test_a_template_keeping_the_rules_is_accepted(client: httpx.AsyncClient, world: World) -> None:
    await define(client, world)
    created = await client.post(TEMPLATES, json=SECONDED, headers=world.headers("hr"))
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["frontline_weight"] == "70"
    assert [(line["metric_code"], line["side"], line["weight"]) for line in body["lines"]] == [
        ("store_csat", "store", "40"),
        ("store_efficiency", "store", "30"),
        ("hq_sales", "hq", "30"),
    ]
    fetched = await client.get(f"{TEMPLATES}/{body['id']}", headers=world.headers("staff_s1"))
    assert fetched.json() == body


@pytest.mark.parametrize(
    ("template", "violation"),
    [
        (
            {**SECONDED, "lines": lines(("store_csat", "40"), ("hq_sales", "50"))},
            "weights.sum",
        ),
        (
            {**SECONDED, "lines": lines(("store_csat", "20"), ("hq_sales", "80"))},
            "seconded.frontline_weight",
        ),
        (
            {"code": "support", "name": "Back office", "population": "support",
             "lines": lines(("frontline_satisfaction", "10"), ("hq_sales", "90"))},
            "support.frontline_satisfaction_weight",
        ),
        (
            {**SECONDED, "lines": lines(("store_csat", "50"), ("store_csat", "50"))},
            "metrics.duplicate",
        ),
    ],
)  # fmt: skip
async def test_a_template_breaking_a_rule_is_refused_with_the_reason(
    client: httpx.AsyncClient, world: World, template: dict[str, Any], violation: str
) -> None:
    await define(client, world)
    refused = await client.post(TEMPLATES, json=template, headers=world.headers("hr"))
    problem = assert_problem(refused, 422, "scorecard.rule_violation")
    assert violation in [v["code"] for v in problem["violations"]]
    assert problem["detail"]


async def test_support_template_within_the_band_and_unknown_metrics(client: httpx.AsyncClient, world: World) -> None:
    await define(client, world)
    support = {
        "code": "support",
        "name": "Back-office support",
        "population": "support",
        "lines": [
            {"metric_code": "frontline_satisfaction", "weight": "25"},
            {"metric_code": "resolution_time", "weight": "35"},
            {"metric_code": "hq_sales", "weight": "40"},
        ],
    }
    assert (await client.post(TEMPLATES, json=support, headers=world.headers("hr"))).status_code == 201
    unknown = {**support, "code": "other", "lines": [{"metric_code": "nope", "weight": "100"}]}
    problem = assert_problem(await client.post(TEMPLATES, json=unknown, headers=world.headers("hr")), 422)
    assert problem["errors"][0]["field"] == "body.lines.0.metric_code"


async def test_the_organisation_changes_its_rules(client: httpx.AsyncClient, world: World) -> None:
    await define(client, world)
    defaults = await client.get(RULES, headers=world.headers("staff_s1"))
    assert defaults.json()["seconded_min_frontline_weight"] == "30"
    stricter = {**defaults.json(), "seconded_min_frontline_weight": "80"}
    assert_problem(await client.put(RULES, json=stricter, headers=world.headers("manager_s1")), 403)
    assert (await client.put(RULES, json=stricter, headers=world.headers("hr"))).status_code == 200
    refused = await client.post(TEMPLATES, json=SECONDED, headers=world.headers("hr"))
    assert "seconded.frontline_weight" in [v["code"] for v in assert_problem(refused, 422)["violations"]]
    inverted = {**defaults.json(), "support_frontline_satisfaction_min_weight": "40"}
    assert_problem(await client.put(RULES, json=inverted, headers=world.headers("hr")), 422)


async def test_targets_per_unit_and_employee_and_month(client: httpx.AsyncClient, world: World) -> None:
    await define(client, world)
    unit_target = {"metric_code": "hq_sales", "unit_id": str(world.units["S1"]), "period": "2026-03", "value": "150000"}
    first = await client.put(TARGETS, json=unit_target, headers=world.headers("hr"))
    assert first.status_code == 200, first.text
    replaced = await client.put(TARGETS, json={**unit_target, "value": "160000.5"}, headers=world.headers("hr"))
    assert replaced.json()["id"] == first.json()["id"] and replaced.json()["value"] == "160000.5"
    personal = {"metric_code": "store_efficiency", "employee_id": str(world.employees["staff_s1"]),
                "period": "2026-03", "value": "95"}  # fmt: skip
    assert (await client.put(TARGETS, json=personal, headers=world.headers("hr"))).status_code == 200
    mine = await client.get(TARGETS, params={"period": "2026-03"}, headers=world.headers("staff_s1"))
    assert len(mine.json()) == 2
    others = await client.get(TARGETS, params={"period": "2026-03"}, headers=world.headers("staff_s2"))
    assert [t["unit_id"] for t in others.json()] == [str(world.units["S1"])]
    assert_problem(await client.put(TARGETS, json=personal, headers=world.headers("manager_s1")), 403)
    both = {**unit_target, "employee_id": str(world.employees["staff_s1"])}
    assert_problem(await client.put(TARGETS, json=both, headers=world.headers("hr")), 422)
    unknown = {**unit_target, "metric_code": "nope"}
    assert_problem(await client.put(TARGETS, json=unknown, headers=world.headers("hr")), 422, "metric.not_found")


async def test_a_metric_update_is_checked_against_its_direction(client: httpx.AsyncClient, world: World) -> None:
    await define(client, world)
    listed = (await client.get(METRICS, headers=world.headers("hr"))).json()["items"]
    bands = next(m for m in listed if m["code"] == "resolution_time")
    # these bands only make sense when lower is better
    flipped = await client.patch(f"{METRICS}/{bands['id']}", json={"direction": "higher"}, headers=world.headers("hr"))
    assert_problem(flipped, 422, "metric.scoring_invalid")
    renamed = await client.patch(
        f"{METRICS}/{bands['id']}", json={"name": "Time to resolve"}, headers=world.headers("hr")
    )
    assert renamed.json()["name"] == "Time to resolve"


async def test_integration_clients_are_refused_the_catalogue_like_every_people_only_read(
    client: httpx.AsyncClient, world: World
) -> None:
    """A machine client is authenticated: refusing it is a 403 with the house slug auth.people_only,
    not a 401 (which tells a client to sign in again) under auth.client_only (which means the reverse)."""
    await define(client, world)
    template = await client.post(TEMPLATES, json=SECONDED, headers=world.headers("hr"))
    metrics = (await client.get(METRICS, headers=world.headers("staff_s1"))).json()["items"]
    bot = await machine(client, world, *(scope.value for scope in Scope))
    for path in (
        METRICS,
        f"{METRICS}/{metrics[0]['id']}",
        TEMPLATES,
        f"{TEMPLATES}/{template.json()['id']}",
        RULES,
        f"{TARGETS}?period=2026-03",
    ):
        assert_problem(await client.get(path, headers=bot.headers), 403, "auth.people_only")
        assert (await client.get(path, headers=world.headers("staff_s1"))).status_code == 200, path
