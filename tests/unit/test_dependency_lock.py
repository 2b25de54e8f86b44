"""Dev, CI and the image install the same versions: every dependency pyproject.toml asks for is
pinned, with hashes, in requirements/dev.lock (make, CI) and, for the runtime ones, in
requirements/runtime.lock (the image), which carries no test tools."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


def pins(lock: str) -> dict[str, str]:
    text = (ROOT / "requirements" / lock).read_text()
    found: dict[str, str] = {canonicalize_name(m.group(1)): m.group(2) for m in map(PIN.match, text.splitlines()) if m}
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 1)[1])
    for entry in entries:
        if PIN.match(entry):
            assert "--hash=sha256:" in entry, f"{lock}: {entry.splitlines()[0]} has no hash"
    return found


def wanted(*extras: str) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    asked = list(project["dependencies"])
    for extra in extras:
        asked += project["optional-dependencies"][extra]
    return {canonicalize_name(Requirement(line).name) for line in asked}


def test_every_dependency_is_pinned_with_hashes_in_the_dev_lock() -> None:
    locked = pins("dev.lock")
    assert wanted("dev") - set(locked) == set()


def test_the_image_lock_has_the_runtime_dependencies_at_the_same_versions_and_no_test_tools() -> None:
    runtime, dev = pins("runtime.lock"), pins("dev.lock")
    assert wanted() - set(runtime) == set()
    assert {name: runtime[name] for name in runtime} == {name: dev[name] for name in runtime}
    assert not {"pytest", "hypothesis", "moto", "mypy"} & set(runtime)
