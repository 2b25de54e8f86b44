"""The committed generated clients are what the committed spec generates today."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() == "true"
REGENERATE = "run `make clients` and commit the result"


def files_under(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): path.read_text()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not {"__pycache__", ".ruff_cache"} & set(path.parts)
    }


def test_python_client_matches_the_spec(tmp_path: Path) -> None:
    generated = tmp_path / "python"
    bin_dir = Path(sys.executable).parent
    subprocess.run(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(ROOT / "openapi" / "openapi.json"),
            "--output-path",
            str(generated),
            "--overwrite",
            "--config",
            str(ROOT / "clients" / "python-config.yaml"),
            "--custom-template-path",
            str(ROOT / "clients" / "python-templates"),
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"},
    )
    committed, fresh = files_under(ROOT / "clients" / "python"), files_under(generated)
    assert sorted(committed) == sorted(fresh), f"clients/python files differ: {REGENERATE}"
    stale = [name for name in fresh if committed[name] != fresh[name]]
    assert not stale, f"clients/python is stale in {stale[:5]}: {REGENERATE}"


def test_typescript_types_match_the_spec(tmp_path: Path) -> None:
    package = ROOT / "clients" / "typescript"
    npx = shutil.which("npx")
    if npx is None or not (package / "node_modules").exists():
        if IN_CI:
            pytest.fail("CI needs Node.js and npm for the TypeScript client (make test installs its packages)")
        pytest.skip("Node.js/npm or clients/typescript/node_modules missing; `make test` installs them")
    fresh = tmp_path / "schema.ts"
    subprocess.run(
        [
            npx,
            "openapi-typescript",
            str(ROOT / "openapi" / "openapi.json"),
            "--default-non-nullable",
            "false",
            "--output",
            str(fresh),
        ],
        cwd=package,
        check=True,
        capture_output=True,
    )
    assert (package / "src" / "schema.ts").read_text() == fresh.read_text(), f"TypeScript types stale: {REGENERATE}"
