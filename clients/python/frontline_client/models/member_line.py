from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_side import PoolSide

if TYPE_CHECKING:
    from ..models.member_line_details import MemberLineDetails


T = TypeVar("T", bound="MemberLine")


@_attrs_define
class MemberLine:
    """
    Attributes:
        contribution (str): The member's weight on their side
        details (MemberLineDetails):
        employee_id (UUID):
        employee_no (str):
        full_name (str):
        projected_amount (str):
        rule (str): How the contribution was worked out
        side (PoolSide):
    """

    contribution: str
    details: MemberLineDetails
    employee_id: UUID
    employee_no: str
    full_name: str
    projected_amount: str
    rule: str
    side: PoolSide
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contribution = self.contribution

        details = self.details.to_dict()

        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        full_name = self.full_name

        projected_amount = self.projected_amount

        rule = self.rule

        side = self.side.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contribution": contribution,
                "details": details,
                "employee_id": employee_id,
                "employee_no": employee_no,
                "full_name": full_name,
                "projected_amount": projected_amount,
                "rule": rule,
                "side": side,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_line_details import MemberLineDetails  # noqa: PLC0415

        d = dict(src_dict)
        contribution = d.pop("contribution")

        details = MemberLineDetails.from_dict(d.pop("details"))

        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        full_name = d.pop("full_name")

        projected_amount = d.pop("projected_amount")

        rule = d.pop("rule")

        side = PoolSide(d.pop("side"))

        member_line = cls(
            contribution=contribution,
            details=details,
            employee_id=employee_id,
            employee_no=employee_no,
            full_name=full_name,
            projected_amount=projected_amount,
            rule=rule,
            side=side,
        )

        member_line.additional_properties = d
        return member_line

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
