"""The checks every figure makes of its query: a range it can cut into periods, grouping keys it knows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from domain.analytics import cuts, rules
from domain.shared.errors import InvalidInput
from domain.shared.i18n import _


def check_range(start: date, end: date) -> None:
    if end < start:
        raise InvalidInput(_("`to` must not be before `from`."), field="query.to", slug="validation.invalid_range")
    if rules.range_too_long(start, end):
        raise InvalidInput(
            _("A range may cover at most three years."), field="query.to", slug="analytics.range_too_long"
        )


def check_grouping(group_by: Sequence[str], known: Sequence[str] = cuts.GROUPINGS) -> None:
    """The grouping keys a figure knows (department and sex unless it says)."""
    unknown = [g for g in group_by if g not in known]
    if unknown:
        raise InvalidInput(
            _("Group by {keys}.", keys=", ".join(known)),
            field="query.group_by",
            slug="analytics.unknown_grouping",
        )
