"""The client packages as an adopter gets them, outside the repository: the packed TypeScript
client types an app's calls (a path the API lacks does not compile), and the Python client's wheel
installs in a clean virtual environment and parses answers into its models.

Inside the repository both clients work whatever their packages ship (which is how a client without
its types once got out): these install only what the packages ship, in temporary folders."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import tomllib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "clients" / "typescript"
PY = ROOT / "clients" / "python"
IN_CI = os.environ.get("CI", "").lower() == "true"
SPEC_VERSION = json.loads((ROOT / "openapi" / "openapi.json").read_text())["info"]["version"]


def test_both_clients_carry_the_apis_version() -> None:
    package = json.loads((TS / "package.json").read_text())
    lock = json.loads((TS / "package-lock.json").read_text())
    wheel = tomllib.loads((PY / "pyproject.toml").read_text())["tool"]["poetry"]
    versions = {
        "clients/typescript/package.json": package["version"],
        "clients/typescript/package-lock.json": lock["version"],
        "clients/python/pyproject.toml": wheel["version"],
    }
    assert set(versions.values()) == {SPEC_VERSION}, f"{versions} != info.version {SPEC_VERSION}: run `make clients`"


# --- TypeScript ---------------------------------------------------------------------------------------------------


def node_toolchain() -> tuple[str, dict[str, str]]:
    """npm, and an environment whose `node` is the client's own Node (the `node` dev dependency)."""
    npm = shutil.which("npm")
    bin_dir = TS / "node_modules" / ".bin"
    if npm is None or not (bin_dir / "node").exists() or not (bin_dir / "tsc").exists():
        if IN_CI:
            pytest.fail("CI needs npm and clients/typescript/node_modules (make test installs them)")
        pytest.skip("npm or clients/typescript/node_modules missing; `make test` installs them")
    return npm, {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


class Stub(BaseHTTPRequestHandler):
    """GET /healthz answers like the API; anything else is a 404 problem."""

    def do_GET(self) -> None:
        if self.path == "/healthz":
            status, body, kind = 200, {"status": "ok"}, "application/json"
        else:
            status, body, kind = 404, {"type": "/problems/not-found", "title": "Not found"}, "application/problem+json"
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def stub_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# The README's example, which an app should be able to compile as it is, and a health check.
RIGHT_CALLS = """
import { createFrontlineClient, type components } from "@frontline/api-client";

export async function alive(baseUrl: string): Promise<string> {
  const { data, error } = await createFrontlineClient(baseUrl).GET("/healthz");
  if (error !== undefined) {
    return error.type;
  }
  const liveness: components["schemas"]["Liveness"] = data;
  return liveness.status;
}
"""

WRONG_CALL = """
import { createFrontlineClient } from "@frontline/api-client";

export const answer = await createFrontlineClient("http://127.0.0.1").GET("/api/v1/no-such-path", {});
"""

RUNTIME_CALL = """
import { createFrontlineClient } from "@frontline/api-client";

const { data, response } = await createFrontlineClient(process.argv[2]).GET("/healthz");
console.log(JSON.stringify({ node: process.version, status: response.status, data }));
"""


def readme_example() -> str:
    readme = (TS / "README.md").read_text()
    return readme.split("```ts\n", 1)[1].split("```", 1)[0]


def test_the_packed_typescript_client_types_an_apps_calls(tmp_path: Path, stub_server: str) -> None:
    npm, env = node_toolchain()
    packed = run([npm, "pack", "--json", "--pack-destination", str(tmp_path)], cwd=TS, env=env)
    assert packed.returncode == 0, packed.stdout + packed.stderr
    (manifest,) = json.loads(packed.stdout)
    shipped = {entry["path"] for entry in manifest["files"]}
    package = json.loads((TS / "package.json").read_text())
    entry_points = {package["main"], package["types"], *package["exports"]["."].values()}
    assert {path.removeprefix("./") for path in entry_points} <= shipped, f"entry points not packed: {shipped}"
    assert {"dist/index.d.ts", "dist/schema.d.ts", "README.md"} <= shipped, shipped
    assert manifest["version"] == SPEC_VERSION

    app = tmp_path / "app"
    app.mkdir()
    tarball = tmp_path / manifest["filename"]
    (app / "package.json").write_text(
        json.dumps(
            {
                "name": "an-app",
                "private": True,
                "type": "module",
                "dependencies": {"@frontline/api-client": f"file:{tarball}"},
            }
        )
    )
    installed = run([npm, "install", "--prefer-offline", "--no-audit", "--no-fund"], cwd=app, env=env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert "EBADENGINE" not in installed.stderr, installed.stderr
    copy = app / "node_modules" / "@frontline" / "api-client"
    assert not copy.is_symlink() and (copy / "dist" / "schema.d.ts").is_file()

    # strict, and without skipLibCheck: the package's declarations are checked as the app sees them
    (app / "tsconfig.json").write_text(
        json.dumps(
            {
                "compilerOptions": {
                    "target": "ES2022",
                    "module": "NodeNext",
                    "moduleResolution": "NodeNext",
                    "lib": ["ES2022", "DOM"],
                    "types": [],
                    "strict": True,
                    "skipLibCheck": False,
                    "noEmit": True,
                },
                "include": ["*.ts"],
            }
        )
    )
    (app / "right.ts").write_text(RIGHT_CALLS)
    (app / "readme.ts").write_text(readme_example())
    (app / "wrong.ts").write_text(WRONG_CALL)
    # One compilation for the three files: tsc reports every file's errors, so the right calls and the
    # README must come out without any while the made-up path must not compile.
    checked = run([str(TS / "node_modules" / ".bin" / "tsc"), "-p", ".", "--pretty", "false"], cwd=app, env=env)
    diagnostics = [line for line in checked.stdout.splitlines() if ": error TS" in line]
    assert checked.returncode != 0, "a call to a path the API does not have compiled"
    assert diagnostics, checked.stdout + checked.stderr
    assert all(line.startswith("wrong.ts(") for line in diagnostics), "\n".join(diagnostics)
    assert any('"/api/v1/no-such-path"' in line for line in diagnostics), "\n".join(diagnostics)

    # and the packed JavaScript runs, on the client's Node
    (app / "main.mjs").write_text(RUNTIME_CALL)
    ran = run([str(TS / "node_modules" / ".bin" / "node"), "main.mjs", stub_server], cwd=app, env=env)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    answer = json.loads(ran.stdout)
    assert answer["status"] == 200 and answer["data"] == {"status": "ok"}
    assert answer["node"].startswith(f"v{package['engines']['node'].removeprefix('>=')}."), answer["node"]


# --- Python -------------------------------------------------------------------------------------------------------

UNIT_ID = "0b6f4a52-3c1e-4d0a-9a57-2f1c8e0d5b11"

# Run by the clean environment's Python: answers come from an httpx MockTransport standing in for the API.
PYTHON_CALLS = f"""
import json, uuid, datetime
import httpx
import frontline_client
from frontline_client import AuthenticatedClient
from frontline_client.api.org_units import org_units_get
from frontline_client.models import OrgUnitKind, OrgUnitRead, Problem

UNIT = {{
    "id": "{UNIT_ID}", "code": "S001", "name": "Store One", "local_name": None, "kind": "store",
    "parent_id": None, "timezone": "Asia/Shanghai", "address": None, "latitude": 31.23,
    "longitude": 121.47, "geofence_radius_m": 150, "created_at": "2026-01-02T03:04:05Z",
    "updated_at": "2026-01-02T03:04:05+08:00",
}}

def answer(request):
    assert request.headers["Authorization"] == "Bearer t0ken", request.headers
    if request.url.path == "/api/v1/org-units/{UNIT_ID}":
        return httpx.Response(200, json=UNIT)
    return httpx.Response(404, json={{"type": "/problems/not-found", "title": "Not found", "status": 404,
                                      "detail": "No such object"}},
                          headers={{"Content-Type": "application/problem+json"}})

api = AuthenticatedClient(base_url="http://frontline.test", token="t0ken",
                          httpx_args={{"transport": httpx.MockTransport(answer)}})
with api:
    unit = org_units_get.sync(uuid.UUID("{UNIT_ID}"), client=api)
    missing = org_units_get.sync(uuid.uuid4(), client=api)
assert isinstance(unit, OrgUnitRead), unit
assert isinstance(unit.id, uuid.UUID) and unit.kind is OrgUnitKind.STORE, unit
assert unit.created_at == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc), unit.created_at
assert isinstance(missing, Problem) and missing.status == 404, missing
print(json.dumps({{"module": frontline_client.__file__, "name": unit.name, "latitude": unit.latitude,
                  "problem": missing.type_}}))
"""


def test_the_python_clients_wheel_works_in_a_clean_environment(tmp_path: Path) -> None:
    wheels, env_dir = tmp_path / "wheels", tmp_path / "env"
    built = run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(wheels), str(PY)],
        cwd=tmp_path,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = wheels.glob("*.whl")
    assert wheel.name == f"frontline_client-{SPEC_VERSION}-py3-none-any.whl"

    # A clean environment (no pip of its own, not the project's packages): the project's pip installs
    # the wheel and what it declares it needs, and nothing else.
    made = run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], cwd=tmp_path)
    assert made.returncode == 0, made.stdout + made.stderr
    python = env_dir / "bin" / "python"
    installed = run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", str(wheel)], cwd=tmp_path
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr

    script = tmp_path / "calls.py"
    script.write_text(PYTHON_CALLS)
    called = run([str(python), "-I", str(script)], cwd=tmp_path, env={"PATH": os.environ.get("PATH", "")})
    assert called.returncode == 0, called.stdout + called.stderr
    result = json.loads(called.stdout)
    assert Path(result["module"]).is_relative_to(env_dir), result["module"]
    assert result == {**result, "name": "Store One", "latitude": 31.23, "problem": "/problems/not-found"}
