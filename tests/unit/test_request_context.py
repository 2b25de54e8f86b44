import re

import pytest

from api.request_context import accept_or_create

GENERATED = re.compile(r"^[0-9a-f]{32}$")


@pytest.mark.parametrize(
    "candidate",
    [
        "abc",
        "req-123",
        "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
        "trace:span.1_2",
        "x" * 128,
        "7",
    ],
)
def test_well_formed_ids_are_kept(candidate):
    assert accept_or_create(candidate) == candidate


@pytest.mark.parametrize(
    "candidate",
    [
        None,
        "",
        "x" * 129,
        "has space",
        "semi;colon",
        "slash/id",
        "ünïcode",
        "<script>",
        "tab\tid",
        "\nleading-newline",
        "new\nline",
    ],
)
def test_malformed_or_overlong_ids_are_replaced(candidate):
    created = accept_or_create(candidate)
    assert created != candidate
    assert GENERATED.match(created)


def test_created_ids_are_unique():
    assert len({accept_or_create(None) for _ in range(50)}) == 50


@pytest.mark.parametrize("candidate", ["abc\n", "a" * 128 + "\n"])
def test_a_trailing_newline_is_not_smuggled_into_logs(candidate):
    assert accept_or_create(candidate) != candidate
