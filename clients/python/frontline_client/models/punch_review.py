from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.punch_review_decision import PunchReviewDecision

T = TypeVar("T", bound="PunchReview")


@_attrs_define
class PunchReview:
    """
    Attributes:
        decision (PunchReviewDecision):
        reason (str):
    """

    decision: PunchReviewDecision
    reason: str

    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = PunchReviewDecision(d.pop("decision"))

        reason = d.pop("reason")

        punch_review = cls(
            decision=decision,
            reason=reason,
        )

        return punch_review
