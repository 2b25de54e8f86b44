"""Assertions, headers and local resources shared by the tests."""

from __future__ import annotations

import os
import shutil
import socket
from typing import Any

import httpx
import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"


def free_port() -> int:
    """A port nothing listens on (once this probe closes)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def required_tool(name: str, package: str) -> str:
    """The path of a command some tests drive (Debian's `package`): missing, the test fails under
    CI=true (make test installs it) and is skipped elsewhere, with a message that says so."""
    found = shutil.which(name) or next(
        (path for path in (f"/usr/sbin/{name}", f"/usr/bin/{name}") if os.access(path, os.X_OK)), None
    )
    if found is None:
        if IN_CI:
            pytest.fail(f"{name} is required under CI=true (Debian package {package}; make test installs it)")
        pytest.skip(f"{name} not installed (apt-get install {package}): the tests that drive it are skipped")
    return found


PROBLEM = "application/problem+json"


def assert_problem(response: httpx.Response, status: int, slug: str | None = None) -> dict[str, Any]:
    """The response is an RFC 9457 problem with this status (and this stable type, when given)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    assert body["detail"]
    if slug is not None:
        assert body["type"] == f"/problems/{slug}"
    return body


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
