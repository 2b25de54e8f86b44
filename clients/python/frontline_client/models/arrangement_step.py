from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.arrangement_step_approver import ArrangementStepApprover

T = TypeVar("T", bound="ArrangementStep")


@_attrs_define
class ArrangementStep:
    """
    Attributes:
        approver (ArrangementStepApprover):
        name (str):
    """

    approver: ArrangementStepApprover
    name: str

    def to_dict(self) -> dict[str, Any]:
        approver = self.approver.value

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "approver": approver,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approver = ArrangementStepApprover(d.pop("approver"))

        name = d.pop("name")

        arrangement_step = cls(
            approver=approver,
            name=name,
        )

        return arrangement_step
