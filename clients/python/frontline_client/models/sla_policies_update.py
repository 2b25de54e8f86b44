from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.sla_policy_in import SlaPolicyIn


T = TypeVar("T", bound="SlaPoliciesUpdate")


@_attrs_define
class SlaPoliciesUpdate:
    """
    Attributes:
        policies (list[SlaPolicyIn]):
    """

    policies: list[SlaPolicyIn]

    def to_dict(self) -> dict[str, Any]:
        policies = []
        for policies_item_data in self.policies:
            policies_item = policies_item_data.to_dict()
            policies.append(policies_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "policies": policies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sla_policy_in import SlaPolicyIn  # noqa: PLC0415

        d = dict(src_dict)
        policies = []
        _policies = d.pop("policies")
        for policies_item_data in _policies:
            policies_item = SlaPolicyIn.from_dict(policies_item_data)

            policies.append(policies_item)

        sla_policies_update = cls(
            policies=policies,
        )

        return sla_policies_update
