from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.consent_answer_decision import ConsentAnswerDecision

T = TypeVar("T", bound="ConsentAnswer")


@_attrs_define
class ConsentAnswer:
    """
    Attributes:
        decision (ConsentAnswerDecision):
    """

    decision: ConsentAnswerDecision

    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = ConsentAnswerDecision(d.pop("decision"))

        consent_answer = cls(
            decision=decision,
        )

        return consent_answer
