"""The eligibility's percentile statement (domain/growth/facts.py `_RANKED`) under the plan
PostgreSQL settles on for a prepared statement run again and again (the generic plan, after five
runs): the people asked about are joined, never looked up in an array row by row. On the big
tenant a filter `employee_id = ANY($2)` searched 80,000 ids for each of 2.4 million ranked rows
and one growth period took minutes. PostgreSQL only."""

from __future__ import annotations

import uuid

import pytest

from domain.growth.conditions import Aggregate
from domain.growth.facts import _FIGURE, _RANKED
from domain.shared.db import Database
from tests.test_query_plans import connect


async def test_the_people_are_joined_in_the_generic_plan(database: Database) -> None:
    if database.engine.dialect.name != "postgresql":
        pytest.skip("plans are PostgreSQL's")
    statement = _RANKED.format(figures=_FIGURE[Aggregate.BEST].format(n=4), nothing="NULL::numeric")
    connection = await connect(database)
    try:
        await connection.execute("SET plan_cache_mode = force_generic_plan")
        await connection.execute(f"PREPARE ranked (text, uuid[], uuid[], text) AS {statement}")
        people = "{" + ",".join(str(uuid.uuid4()) for _ in range(100)) + "}"  # only uuids: safe to inline
        rows = await connection.fetch(f"EXPLAIN EXECUTE ranked ('2025-01', '{people}', '{people}', '2025-01')")
    finally:
        await connection.close()
    plan = "\n".join(row[0] for row in rows)
    assert "ANY" not in plan, plan
    assert "Function Scan on unnest" in plan, plan
