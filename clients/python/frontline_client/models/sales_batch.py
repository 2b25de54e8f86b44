from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.sales_line_in import SalesLineIn


T = TypeVar("T", bound="SalesBatch")


@_attrs_define
class SalesBatch:
    """The request body as documented (the server reads it line by line).

    Attributes:
        lines (list[SalesLineIn]):
    """

    lines: list[SalesLineIn]

    def to_dict(self) -> dict[str, Any]:
        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lines": lines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sales_line_in import SalesLineIn  # noqa: PLC0415

        d = dict(src_dict)
        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = SalesLineIn.from_dict(lines_item_data)

            lines.append(lines_item)

        sales_batch = cls(
            lines=lines,
        )

        return sales_batch
