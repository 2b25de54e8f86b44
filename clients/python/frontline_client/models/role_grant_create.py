from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.role import Role

T = TypeVar("T", bound="RoleGrantCreate")


@_attrs_define
class RoleGrantCreate:
    """
    Attributes:
        org_unit_id (UUID): The grant reaches this unit and its whole subtree
        role (Role):
    """

    org_unit_id: UUID
    role: Role

    def to_dict(self) -> dict[str, Any]:
        org_unit_id = str(self.org_unit_id)

        role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "org_unit_id": org_unit_id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        org_unit_id = UUID(d.pop("org_unit_id"))

        role = Role(d.pop("role"))

        role_grant_create = cls(
            org_unit_id=org_unit_id,
            role=role,
        )

        return role_grant_create
