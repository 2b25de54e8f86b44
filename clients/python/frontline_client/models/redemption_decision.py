from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.redemption_decision_decision import RedemptionDecisionDecision
from ..types import UNSET, Unset

T = TypeVar("T", bound="RedemptionDecision")


@_attrs_define
class RedemptionDecision:
    """
    Attributes:
        decision (RedemptionDecisionDecision):
        reason (None | str | Unset): Required to reject; the requester reads it
    """

    decision: RedemptionDecisionDecision
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = RedemptionDecisionDecision(d.pop("decision"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        redemption_decision = cls(
            decision=decision,
            reason=reason,
        )

        return redemption_decision
