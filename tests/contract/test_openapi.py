"""The committed contract matches the code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from api.cli import openapi_document
from api.settings import Settings
from domain.auth.scopes import Scope

ROOT = Path(__file__).resolve().parents[2]


def test_committed_openapi_matches_the_code(tmp_path: Path) -> None:
    settings = Settings(
        env="test", var_dir=tmp_path, jwt_secret="x" * 40, database_url=f"sqlite+aiosqlite:///{tmp_path}/x.db"
    )
    generated = openapi_document(settings)
    committed = (ROOT / "openapi" / "openapi.json").read_text()
    assert generated == committed, "openapi/openapi.json is stale: run `make openapi` and commit the result"


def test_every_schema_has_a_plain_name() -> None:
    # Two models with one class name make FastAPI name both by module path (domain__x__Model); the
    # Python client generator then drops them and every operation that uses them, silently.
    spec = json.loads((ROOT / "openapi" / "openapi.json").read_text())
    mangled = sorted(name for name in spec["components"]["schemas"] if "__" in name)
    assert mangled == [], f"rename the models so their names are unique: {mangled}"


def test_every_operation_has_a_tag_style_id_and_declares_problems() -> None:
    spec = json.loads((ROOT / "openapi" / "openapi.json").read_text())
    seen: set[str] = set()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            operation_id = operation["operationId"]
            tag, _, name = operation_id.partition("-")
            assert tag and name, f"{method.upper()} {path}: operationId {operation_id!r} is not tag-name"
            assert operation_id not in seen
            seen.add(operation_id)
            errors = {code: r for code, r in operation["responses"].items() if int(code) >= 400}
            assert errors, f"{operation_id} declares no error responses"
            for code, response in errors.items():
                assert "application/problem+json" in response["content"], f"{operation_id} {code} is not problem+json"
    names = spec["components"]["schemas"]
    assert not [n for n in names if n.startswith("Body_") or n.endswith("-Input") or n.endswith("-Output")]


def test_every_operation_says_in_prose_what_it_does_and_who_may_call_it() -> None:
    """Adopters read the generated docs and client docstrings: a summary line and a description (the
    route's docstring) on every operation, more than a restated summary."""
    spec = json.loads((ROOT / "openapi" / "openapi.json").read_text())
    bare = [
        operation["operationId"]
        for operations in spec["paths"].values()
        for operation in operations.values()
        if not operation.get("summary") or len(operation.get("description", "")) < 60
    ]
    assert bare == [], f"give these routes a docstring: {bare}"


def test_the_webhooks_section_documents_every_event_offered_with_its_data() -> None:
    """Generated from the event classes: each offered topic has its envelope, with the type and
    version fixed and the data's fields; internal events are not offered."""
    from domain.events import EVENTS

    spec = json.loads((ROOT / "openapi" / "openapi.json").read_text())
    schemas = spec["components"]["schemas"]
    offered = {topic for topic, kind in EVENTS.items() if kind.webhook}
    assert set(spec["webhooks"]) == offered
    assert "webhook.subscription_disabled" not in spec["webhooks"]
    for topic in offered:
        body = spec["webhooks"][topic]["post"]["requestBody"]["content"]["application/json"]["schema"]
        envelope = schemas[body["$ref"].rsplit("/", 1)[1]]
        assert envelope["properties"]["type"]["const"] == topic
        assert envelope["properties"]["version"]["const"] == EVENTS[topic].version
        data = schemas[envelope["properties"]["data"]["$ref"].rsplit("/", 1)[1]]
        assert set(data["properties"]) == set(EVENTS[topic].model_fields), topic


def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((ROOT / "openapi" / "openapi.json").read_text())
    return loaded


def test_the_contract_says_who_may_call_what_and_where() -> None:
    document = spec()
    assert document["servers"] and all(tag.get("description") for tag in document["tags"])
    used = {t for ops in document["paths"].values() for o in ops.values() for t in o.get("tags", [])}
    assert used == {tag["name"] for tag in document["tags"]}
    machines = document["components"]["securitySchemes"]["ClientCredentials"]["flows"]["clientCredentials"]
    assert set(machines["scopes"]) == {scope.value for scope in Scope}
    public = sorted(path for path, ops in document["paths"].items() for o in ops.values() if o["security"] == [])
    assert public == ["/api/v1/auth/token", "/healthz", "/readyz"]
    sales = document["paths"]["/api/v1/ingest/sales"]["post"]["security"]
    assert sales == [{"ClientCredentials": ["ingest:sales"]}]
    assert all(o["security"] == [] for ops in document["webhooks"].values() for o in ops.values())


def test_mobile_and_integration_bodies_carry_examples() -> None:
    schemas = spec()["components"]["schemas"]
    for name in ("PunchCreate", "PunchBatch", "SalesBatch", "MetricValueBatch", "CompletionBatch"):
        assert schemas[name].get("examples"), name


def test_redocly_finds_no_error_in_the_contract() -> None:
    package = ROOT / "clients" / "typescript"
    npm = shutil.which("npm")
    if npm is None or not (package / "node_modules" / ".bin" / "redocly").exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI needs npm and the TypeScript client's packages (make test installs them) to lint the spec")
        pytest.skip("npm or clients/typescript/node_modules missing; `make test` installs them")
    path = f"{package / 'node_modules' / '.bin'}{os.pathsep}{os.environ['PATH']}"  # its Node (24), not the system's
    linted = subprocess.run(
        [npm, "run", "--silent", "lint:spec"],
        cwd=package,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PATH": path},
    )
    assert linted.returncode == 0, linted.stdout + linted.stderr
