from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.swap_decision_decision import SwapDecisionDecision
from ..types import UNSET, Unset

T = TypeVar("T", bound="SwapDecision")


@_attrs_define
class SwapDecision:
    """
    Attributes:
        decision (SwapDecisionDecision):
        version (int):
        comment (None | str | Unset):
    """

    decision: SwapDecisionDecision
    version: int
    comment: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        version = self.version

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
                "version": version,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = SwapDecisionDecision(d.pop("decision"))

        version = d.pop("version")

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        swap_decision = cls(
            decision=decision,
            version=version,
            comment=comment,
        )

        return swap_decision
