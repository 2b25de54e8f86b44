from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PeriodClosed")


@_attrs_define
class PeriodClosed:
    """
    Attributes:
        closing (int):
        early (bool):
        frozen_scores (int):
        period (str):
    """

    closing: int
    early: bool
    frozen_scores: int
    period: str

    def to_dict(self) -> dict[str, Any]:
        closing = self.closing

        early = self.early

        frozen_scores = self.frozen_scores

        period = self.period

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "closing": closing,
                "early": early,
                "frozen_scores": frozen_scores,
                "period": period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        closing = d.pop("closing")

        early = d.pop("early")

        frozen_scores = d.pop("frozen_scores")

        period = d.pop("period")

        period_closed = cls(
            closing=closing,
            early=early,
            frozen_scores=frozen_scores,
            period=period,
        )

        return period_closed
