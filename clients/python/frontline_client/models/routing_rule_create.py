from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoutingRuleCreate")


@_attrs_define
class RoutingRuleCreate:
    """
    Attributes:
        category (Literal['*'] | str): "*" is the default queue
        department_id (UUID):
        region_id (None | Unset | UUID):
    """

    category: Literal["*"] | str
    department_id: UUID
    region_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        category: Literal["*"] | str
        category = self.category

        department_id = str(self.department_id)

        region_id: None | str | Unset
        if isinstance(self.region_id, Unset):
            region_id = UNSET
        elif isinstance(self.region_id, UUID):
            region_id = str(self.region_id)
        else:
            region_id = self.region_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
                "department_id": department_id,
            }
        )
        if region_id is not UNSET:
            field_dict["region_id"] = region_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_category(data: object) -> Literal["*"] | str:
            category_type_1 = cast(Literal["*"], data)
            if category_type_1 != "*":
                raise ValueError(f"category_type_1 must match const '*', got '{category_type_1}'")
            return category_type_1
            return cast(Literal["*"] | str, data)

        category = _parse_category(d.pop("category"))

        department_id = UUID(d.pop("department_id"))

        def _parse_region_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                region_id_type_0 = UUID(data)

                return region_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        region_id = _parse_region_id(d.pop("region_id", UNSET))

        routing_rule_create = cls(
            category=category,
            department_id=department_id,
            region_id=region_id,
        )

        return routing_rule_create
