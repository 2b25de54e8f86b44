"""A calendar month, the period every performance figure is kept for (values, targets, scores,
closings): parsed from `2026-11`, with its first and last day."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from domain.shared.errors import InvalidInput
from domain.shared.i18n import _


@dataclass(frozen=True, slots=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        try:
            year, month = (int(part) for part in text.split("-"))
            if not 1 <= month <= 12 or not 1900 <= year <= 2999:
                raise ValueError
        except ValueError:
            raise InvalidInput(_("A period is a month, e.g. 2026-11."), field="query.period") from None
        return cls(year, month)

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    @property
    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"
