"""Volume targets pro-rated for a person's available hours.

A volume-based metric counts work done (sales, visits, tickets closed), so a person with fewer
working hours in the month (an approved reduced day or daily window, protected time the law gives)
has its target multiplied by available over standard hours (`domain.care.protections.
target_adjustment`): two people with the same output per available hour score alike. The score's
breakdown says so on the line, with the short days behind the factor, never their reason.

The scorer writes the explanation in English into the breakdown (the document month-end freezes),
beside the facts it is made of (`target_as_set`, `target_factor`, `target_stretches`); where a score
is read for someone, the explanation is rendered again from those facts in the reader's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from domain.care.protections import Kind, TargetAdjustment
from domain.performance.schemas import EmployeeScore, HoursKind, TargetStretch
from domain.shared.i18n import ENGLISH, Message, _, render

_MINUTES_PER_HOUR = Decimal(60)
_HOURS_PLACES = Decimal("0.01")
_KINDS = {
    Kind.PROTECTED_TIME: HoursKind.PROTECTED_TIME,
    Kind.REDUCED_DAY: HoursKind.REDUCED_DAY,
    Kind.DAY_WINDOW: HoursKind.DAY_WINDOW,
}
_WORDS = {
    HoursKind.PROTECTED_TIME: _("protected time"),
    HoursKind.REDUCED_DAY: _("reduced day"),
    HoursKind.DAY_WINDOW: _("day window"),
}


@dataclass(frozen=True, slots=True)
class ProRating:
    """One person's adjustment, ready for the scorer: the factor, and its facts as the breakdown
    shows them (serialised once per person, not once per line)."""

    factor: Decimal
    factor_text: str
    stretches: tuple[TargetStretch, ...]
    stretches_document: list[dict[str, Any]]


def pro_rating(adjustment: TargetAdjustment) -> ProRating:
    stretches = tuple(
        TargetStretch(
            start=stretch.start,
            end=stretch.end,
            available_minutes=stretch.expected_minutes,
            standard_minutes=stretch.standard_minutes,
            kinds=[_KINDS[kind] for kind in stretch.kinds if kind in _KINDS],
        )
        for stretch in adjustment.stretches
    )
    return ProRating(
        factor=adjustment.factor,
        factor_text=str(adjustment.factor),
        stretches=stretches,
        stretches_document=[stretch.model_dump(mode="json") for stretch in stretches],
    )


def adjusted_target(target_micro: int, factor: Decimal) -> int:
    """The target as set (micro-units) x the factor, exact, then to micro-units like every target
    (half to even: 0.0000005 more or less decides nothing)."""
    return int((Decimal(target_micro) * factor).to_integral_value(rounding=ROUND_HALF_EVEN))


def _plain(value: Decimal) -> Decimal:
    """Without trailing zeros (7.50 -> 7.5, 8.00 -> 8), and never in exponent form (10, not 1E+1)."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _hours(minutes: int) -> Decimal:
    return _plain((Decimal(minutes) / _MINUTES_PER_HOUR).quantize(_HOURS_PLACES, rounding=ROUND_HALF_EVEN))


def _stretch(stretch: TargetStretch) -> Message:
    kinds = tuple(_WORDS[kind] for kind in stretch.kinds)
    available, standard = _hours(stretch.available_minutes), _hours(stretch.standard_minutes)
    if stretch.start == stretch.end:
        return _(
            "{kinds} {available} h of {standard} h, {day}",
            kinds=kinds,
            available=available,
            standard=standard,
            day=stretch.start.isoformat(),
        )
    return _(
        "{kinds} {available} h of {standard} h, {start}..{end}",
        kinds=kinds,
        available=available,
        standard=standard,
        start=stretch.start.isoformat(),
        end=stretch.end.isoformat(),
    )


def explanation(target_as_set: Decimal, factor: Decimal, stretches: Sequence[TargetStretch]) -> Message:
    """'target 90 x 0.875: reduced day 7 h of 8 h, 2026-12-01..2026-12-31' (stretches after one
    another, separated as the language separates clauses)."""
    described: Message | str = ""
    for position, stretch in enumerate(stretches):
        text = _stretch(stretch)
        described = text if position == 0 else _("{earlier}; {later}", earlier=described, later=text)
    return _(
        "target {target} x {factor}: {stretches}",
        target=_plain(target_as_set),
        factor=_plain(factor),
        stretches=described,
    )


def line_fields(target_as_set: Decimal, target_as_set_text: str, rating: ProRating) -> dict[str, Any]:
    """The breakdown line's extra members, the explanation in English (the stored document's)."""
    return {
        "target_as_set": target_as_set_text,
        "target_factor": rating.factor_text,
        "target_adjustment": render(explanation(target_as_set, rating.factor, rating.stretches), ENGLISH),
        "target_stretches": rating.stretches_document,
    }


def in_language(score: EmployeeScore, language: str) -> EmployeeScore:
    """The score with each pro-rating's explanation in `language` (the document holds English)."""
    if language == ENGLISH:
        return score
    for part in score.parts:
        for line in part.metrics:
            if line.target_stretches is None or line.target_as_set is None or line.target_factor is None:
                continue
            line.target_adjustment = render(
                explanation(Decimal(line.target_as_set), Decimal(line.target_factor), line.target_stretches), language
            )
    return score
