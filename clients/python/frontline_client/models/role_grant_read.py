from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role

T = TypeVar("T", bound="RoleGrantRead")


@_attrs_define
class RoleGrantRead:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        org_unit_id (UUID):
        role (Role):
    """

    created_at: datetime.datetime
    id: UUID
    org_unit_id: UUID
    role: Role
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        org_unit_id = str(self.org_unit_id)

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "org_unit_id": org_unit_id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        org_unit_id = UUID(d.pop("org_unit_id"))

        role = Role(d.pop("role"))

        role_grant_read = cls(
            created_at=created_at,
            id=id,
            org_unit_id=org_unit_id,
            role=role,
        )

        role_grant_read.additional_properties = d
        return role_grant_read

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
