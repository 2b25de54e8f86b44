from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.population import Population

if TYPE_CHECKING:
    from ..models.template_line import TemplateLine


T = TypeVar("T", bound="TemplateCreate")


@_attrs_define
class TemplateCreate:
    """
    Attributes:
        code (str):
        lines (list[TemplateLine]):
        name (str):
        population (Population):
    """

    code: str
    lines: list[TemplateLine]
    name: str
    population: Population

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        name = self.name

        population = self.population.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "lines": lines,
                "name": name,
                "population": population,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_line import TemplateLine  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = TemplateLine.from_dict(lines_item_data)

            lines.append(lines_item)

        name = d.pop("name")

        population = Population(d.pop("population"))

        template_create = cls(
            code=code,
            lines=lines,
            name=name,
            population=population,
        )

        return template_create
