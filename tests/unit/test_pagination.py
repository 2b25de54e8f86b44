import base64
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.shared.errors import InvalidInput
from domain.shared.pagination import decode_cursor, encode_cursor

keys = st.lists(st.one_of(st.text(), st.integers()), min_size=1, max_size=5)


def b64(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def assert_invalid(cursor: str, arity: int = 2) -> None:
    with pytest.raises(InvalidInput) as info:
        decode_cursor(cursor, arity=arity)
    assert info.value.slug == "pagination.invalid_cursor"
    assert info.value.status == 422
    assert info.value.extra["errors"][0]["field"] == "query.cursor"


@given(keys)
def test_round_trip(key):
    assert decode_cursor(encode_cursor(key), arity=len(key)) == key


@given(keys)
def test_cursor_is_url_safe_and_unpadded(key):
    cursor = encode_cursor(key)
    assert "=" not in cursor
    assert set(cursor) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def test_tuple_key_round_trips_as_list():
    assert decode_cursor(encode_cursor(("2026-03-02T01:00:00+00:00", 17)), arity=2) == [
        "2026-03-02T01:00:00+00:00",
        17,
    ]


@given(keys)
def test_wrong_arity_is_refused(key):
    cursor = encode_cursor(key)
    assert_invalid(cursor, arity=len(key) + 1)
    assert_invalid(cursor, arity=len(key) - 1)


@given(st.text(max_size=512))
def test_arbitrary_text_is_refused_or_decodes_to_a_valid_key(text):
    """Any string either yields a key of the right shape or the domain's own refusal, never a crash."""
    slug = None
    try:
        value = decode_cursor(text, arity=2)
    except InvalidInput as exc:
        slug = exc.slug
        value = None
    if value is None:
        assert slug == "pagination.invalid_cursor"
    else:
        assert len(value) == 2
        assert all(isinstance(v, (str, int)) for v in value)


@pytest.mark.parametrize(
    "cursor",
    [
        "",
        "!!!",
        "not a cursor",
        "a",  # impossible base64 length
        "ÿÿÿÿ",
        base64.urlsafe_b64encode(b"\xff\xfe\xfd").decode(),  # not UTF-8
    ],
)
def test_garbage_cursors_are_refused(cursor):
    assert_invalid(cursor)


@given(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.text(),
        st.dictionaries(st.text(), st.integers()),
    )
)
def test_valid_base64_of_non_lists_is_refused(value):
    assert_invalid(b64(json.dumps(value)), arity=1)


@pytest.mark.parametrize(
    "value",
    [
        [1.5, "x"],
        [None, "x"],
        [["nested"], 1],
        [{"k": 1}, 1],
    ],
)
def test_lists_holding_other_than_str_or_int_are_refused(value):
    assert_invalid(b64(json.dumps(value)), arity=2)


def test_base64_of_invalid_json_is_refused():
    assert_invalid(b64("[1, 2"))
