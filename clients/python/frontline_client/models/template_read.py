from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.population import Population

if TYPE_CHECKING:
    from ..models.template_line_read import TemplateLineRead


T = TypeVar("T", bound="TemplateRead")


@_attrs_define
class TemplateRead:
    """
    Attributes:
        active (bool):
        code (str):
        created_at (datetime.datetime):
        frontline_weight (str): Total weight of store-side metrics, in percent
        id (UUID):
        lines (list[TemplateLineRead]):
        name (str):
        population (Population):
        updated_at (datetime.datetime):
    """

    active: bool
    code: str
    created_at: datetime.datetime
    frontline_weight: str
    id: UUID
    lines: list[TemplateLineRead]
    name: str
    population: Population
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        code = self.code

        created_at = self.created_at.isoformat()

        frontline_weight = self.frontline_weight

        id = str(self.id)

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        name = self.name

        population = self.population.value

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "code": code,
                "created_at": created_at,
                "frontline_weight": frontline_weight,
                "id": id,
                "lines": lines,
                "name": name,
                "population": population,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_line_read import TemplateLineRead  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active")

        code = d.pop("code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        frontline_weight = d.pop("frontline_weight")

        id = UUID(d.pop("id"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = TemplateLineRead.from_dict(lines_item_data)

            lines.append(lines_item)

        name = d.pop("name")

        population = Population(d.pop("population"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        template_read = cls(
            active=active,
            code=code,
            created_at=created_at,
            frontline_weight=frontline_weight,
            id=id,
            lines=lines,
            name=name,
            population=population,
            updated_at=updated_at,
        )

        template_read.additional_properties = d
        return template_read

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
