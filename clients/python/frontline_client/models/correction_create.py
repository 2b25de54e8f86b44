from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.correction_line import CorrectionLine


T = TypeVar("T", bound="CorrectionCreate")


@_attrs_define
class CorrectionCreate:
    """
    Attributes:
        lines (list[CorrectionLine]):
        reason (str):
    """

    lines: list[CorrectionLine]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lines": lines,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.correction_line import CorrectionLine  # noqa: PLC0415

        d = dict(src_dict)
        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = CorrectionLine.from_dict(lines_item_data)

            lines.append(lines_item)

        reason = d.pop("reason")

        correction_create = cls(
            lines=lines,
            reason=reason,
        )

        return correction_create
