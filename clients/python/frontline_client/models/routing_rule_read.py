from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoutingRuleRead")


@_attrs_define
class RoutingRuleRead:
    """
    Attributes:
        category (str):
        department_id (UUID):
        id (UUID):
        region_id (None | UUID):
        department_name (None | str | Unset):
        region_name (None | str | Unset):
    """

    category: str
    department_id: UUID
    id: UUID
    region_id: None | UUID
    department_name: None | str | Unset = UNSET
    region_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        department_id = str(self.department_id)

        id = str(self.id)

        region_id: None | str
        if isinstance(self.region_id, UUID):
            region_id = str(self.region_id)
        else:
            region_id = self.region_id

        department_name: None | str | Unset
        if isinstance(self.department_name, Unset):
            department_name = UNSET
        else:
            department_name = self.department_name

        region_name: None | str | Unset
        if isinstance(self.region_name, Unset):
            region_name = UNSET
        else:
            region_name = self.region_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "department_id": department_id,
                "id": id,
                "region_id": region_id,
            }
        )
        if department_name is not UNSET:
            field_dict["department_name"] = department_name
        if region_name is not UNSET:
            field_dict["region_name"] = region_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        department_id = UUID(d.pop("department_id"))

        id = UUID(d.pop("id"))

        def _parse_region_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                region_id_type_0 = UUID(data)

                return region_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        region_id = _parse_region_id(d.pop("region_id"))

        def _parse_department_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department_name = _parse_department_name(d.pop("department_name", UNSET))

        def _parse_region_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_name = _parse_region_name(d.pop("region_name", UNSET))

        routing_rule_read = cls(
            category=category,
            department_id=department_id,
            id=id,
            region_id=region_id,
            department_name=department_name,
            region_name=region_name,
        )

        routing_rule_read.additional_properties = d
        return routing_rule_read

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
