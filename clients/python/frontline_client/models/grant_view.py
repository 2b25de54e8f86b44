from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.org_unit_kind import OrgUnitKind
from ..models.role import Role

T = TypeVar("T", bound="GrantView")


@_attrs_define
class GrantView:
    """
    Attributes:
        org_unit_code (str):
        org_unit_id (UUID):
        org_unit_kind (OrgUnitKind):
        org_unit_name (str):
        role (Role):
    """

    org_unit_code: str
    org_unit_id: UUID
    org_unit_kind: OrgUnitKind
    org_unit_name: str
    role: Role
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_unit_code = self.org_unit_code

        org_unit_id = str(self.org_unit_id)

        org_unit_kind = self.org_unit_kind.value

        org_unit_name = self.org_unit_name

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org_unit_code": org_unit_code,
                "org_unit_id": org_unit_id,
                "org_unit_kind": org_unit_kind,
                "org_unit_name": org_unit_name,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        org_unit_code = d.pop("org_unit_code")

        org_unit_id = UUID(d.pop("org_unit_id"))

        org_unit_kind = OrgUnitKind(d.pop("org_unit_kind"))

        org_unit_name = d.pop("org_unit_name")

        role = Role(d.pop("role"))

        grant_view = cls(
            org_unit_code=org_unit_code,
            org_unit_id=org_unit_id,
            org_unit_kind=org_unit_kind,
            org_unit_name=org_unit_name,
            role=role,
        )

        grant_view.additional_properties = d
        return grant_view

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
