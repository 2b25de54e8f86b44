from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.arrangement_decision_decision import ArrangementDecisionDecision
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArrangementDecision")


@_attrs_define
class ArrangementDecision:
    """
    Attributes:
        decision (ArrangementDecisionDecision):
        step (int): The step being decided, as the decider saw it
        comment (None | str | Unset): Required to reject
    """

    decision: ArrangementDecisionDecision
    step: int
    comment: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        step = self.step

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
                "step": step,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = ArrangementDecisionDecision(d.pop("decision"))

        step = d.pop("step")

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        arrangement_decision = cls(
            decision=decision,
            step=step,
            comment=comment,
        )

        return arrangement_decision
