from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.constraint_read import ConstraintRead


T = TypeVar("T", bound="ConstraintsRead")


@_attrs_define
class ConstraintsRead:
    """
    Attributes:
        constraints (list[ConstraintRead]):
        employee_id (UUID):
        period_from (datetime.date):
        period_to (datetime.date):
    """

    constraints: list[ConstraintRead]
    employee_id: UUID
    period_from: datetime.date
    period_to: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        constraints = []
        for constraints_item_data in self.constraints:
            constraints_item = constraints_item_data.to_dict()
            constraints.append(constraints_item)

        employee_id = str(self.employee_id)

        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "constraints": constraints,
                "employee_id": employee_id,
                "period_from": period_from,
                "period_to": period_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.constraint_read import ConstraintRead  # noqa: PLC0415

        d = dict(src_dict)
        constraints = []
        _constraints = d.pop("constraints")
        for constraints_item_data in _constraints:
            constraints_item = ConstraintRead.from_dict(constraints_item_data)

            constraints.append(constraints_item)

        employee_id = UUID(d.pop("employee_id"))

        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        constraints_read = cls(
            constraints=constraints,
            employee_id=employee_id,
            period_from=period_from,
            period_to=period_to,
        )

        constraints_read.additional_properties = d
        return constraints_read

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
