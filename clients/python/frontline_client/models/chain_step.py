from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.approver import Approver

T = TypeVar("T", bound="ChainStep")


@_attrs_define
class ChainStep:
    """
    Attributes:
        approver (Approver): How a step's decider is found; each implies its role.
        name (str):
    """

    approver: Approver
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
        approver = Approver(d.pop("approver"))

        name = d.pop("name")

        chain_step = cls(
            approver=approver,
            name=name,
        )

        return chain_step
