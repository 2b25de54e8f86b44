"""Property-based fuzzing of every operation with valid credentials: no server errors, every
response conforms to the committed contract, and input the schema forbids is refused."""

from __future__ import annotations

import asyncio
import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.specs.openapi import checks as openapi_checks

from api.main import create_app
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from tests.conftest import START, make_settings, run_in_thread
from tests.factories import seed_world

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "openapi" / "openapi.json").read_text())
# The live stream never ends (tests/test_stream.py holds it against real servers instead).
ENDLESS = {"me-stream"}
OPERATIONS = [
    pytest.param(path, method.upper(), id=operation["operationId"])
    for path, methods in SPEC["paths"].items()
    for method, operation in methods.items()
    if operation["operationId"] not in ENDLESS
]


def committed_schema(app: Any) -> Any:
    """The committed contract is the code's (tests/contract checks it): read from the file rather
    than every test's app generating its document again (2 s each, hundreds of times). A schema
    object per test: its operations keep the app they were made for."""
    schema = schemathesis.openapi.from_dict(copy.deepcopy(SPEC))
    schema.app = app
    schema.location = "/api/v1/openapi.json"
    return schema


def negative_data_rejected(ctx: Any, response: Any, case: Any) -> bool | None:
    """Schema-violating input must be refused; 413 (the body limit, checked before parsing) is a
    refusal too, though schemathesis does not count it as one."""
    if response.status_code == 413:
        return None
    return openapi_checks.negative_data_rejection(ctx, response, case)


CHECKS = [
    schemathesis.checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_schema_conformance,
    openapi_checks.response_headers_conformance,
    negative_data_rejected,
    openapi_checks.ignored_auth,
]
# PostgreSQL gets the broad fuzz: it is the strict dialect (NUL in text and JSON, lone surrogates,
# overflowing numbers fail there first), and what the contract checks does not vary with the
# dialect. SQLite gets a lighter pass for the failures of its own. FRONTLINE_FUZZ_EXAMPLES sets both.
EXAMPLES_PER_OPERATION = {"postgresql": 20, "sqlite": 5}
if "FRONTLINE_FUZZ_EXAMPLES" in os.environ:
    EXAMPLES_PER_OPERATION = dict.fromkeys(EXAMPLES_PER_OPERATION, int(os.environ["FRONTLINE_FUZZ_EXAMPLES"]))


@pytest.mark.parametrize(("path", "method"), OPERATIONS)
def test_operation_honours_the_contract(
    path: str, method: str, dialect: str, database_url: str, tmp_path: Path
) -> None:
    clock = ManualClock(START)
    # The ASGI test transport runs each call on its own event loop, so connections are not pooled.
    database = Database(database_url, null_pool=True)
    app = create_app(make_settings(database_url, tmp_path / "var"), clock=clock, database=database)
    world = run_in_thread(asyncio.run, seed_world(app, clock))
    operation = committed_schema(app)[path][method]
    credentials = world.headers("admin")
    strategies = st.one_of(*(operation.as_strategy(generation_mode=mode) for mode in schemathesis.GenerationMode))

    @given(data=st.data())
    @settings(max_examples=EXAMPLES_PER_OPERATION[dialect], deadline=None, suppress_health_check=list(HealthCheck))
    def fuzz(data: st.DataObject) -> None:
        case = data.draw(strategies)
        case.call_and_validate(headers=credentials, checks=CHECKS)

    fuzz()
