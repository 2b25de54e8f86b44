from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OverrideRead")


@_attrs_define
class OverrideRead:
    """
    Attributes:
        created_at (datetime.datetime):
        employee_id (UUID):
        id (UUID):
        reason (str):
        rule (str):
    """

    created_at: datetime.datetime
    employee_id: UUID
    id: UUID
    reason: str
    rule: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        employee_id = str(self.employee_id)

        id = str(self.id)

        reason = self.reason

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "employee_id": employee_id,
                "id": id,
                "reason": reason,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        employee_id = UUID(d.pop("employee_id"))

        id = UUID(d.pop("id"))

        reason = d.pop("reason")

        rule = d.pop("rule")

        override_read = cls(
            created_at=created_at,
            employee_id=employee_id,
            id=id,
            reason=reason,
            rule=rule,
        )

        override_read.additional_properties = d
        return override_read

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
