"""Money parsing and formatting: exact, currency-aware, and each other's inverse."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.shared.money import MAX_ABS_MINOR, AmountError, format_minor, parse_minor


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("12.50", "EUR", 1250),
        ("12.5", "EUR", 1250),
        ("12", "EUR", 1200),
        ("-0.05", "EUR", -5),
        ("100", "JPY", 100),
        ("1.234", "KWD", 1234),
        ("0", "CNY", 0),
    ],
)
def test_parse(text: str, currency: str, minor: int) -> None:
    assert parse_minor(text, currency) == minor


@pytest.mark.parametrize(
    ("text", "currency"),
    [("12.345", "EUR"), ("1.5", "JPY"), ("1e3", "EUR"), ("1,000.00", "EUR"), ("", "EUR"), (" 1", "EUR"), ("+1", "EUR")],
)
def test_refused(text: str, currency: str) -> None:
    with pytest.raises(AmountError):
        parse_minor(text, currency)


def test_too_large_is_refused() -> None:
    with pytest.raises(AmountError):
        parse_minor(str(MAX_ABS_MINOR), "JPY")


@given(st.integers(min_value=-(MAX_ABS_MINOR - 1), max_value=MAX_ABS_MINOR - 1), st.sampled_from(["EUR", "JPY", "KWD"]))
def test_format_and_parse_are_inverse(minor: int, currency: str) -> None:
    assert parse_minor(format_minor(minor, currency), currency) == minor
