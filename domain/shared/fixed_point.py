"""Exact non-money decimals (metric values, targets) as micro-units in a 64-bit integer: value x 10^6.

Up to 12 integer digits and 6 decimals fit (10^18 < 2^63), so inputs are capped there.
"""

from __future__ import annotations

from decimal import Decimal

MICRO = Decimal(1_000_000)


def to_micro(value: str | Decimal) -> int:
    return int(Decimal(value) * MICRO)


def from_micro(value: int) -> Decimal:
    return Decimal(value) / MICRO


def decimal_text(value: Decimal) -> str:
    """A decimal as plain text, no exponent, no trailing zeros: 1200.00 -> '1200', 4.50 -> '4.5'."""
    return format(value.normalize(), "f")


def micro_text(value: int) -> str:
    return decimal_text(from_micro(value))
