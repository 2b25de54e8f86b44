from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.score_part import ScorePart


T = TypeVar("T", bound="EmployeeScore")


@_attrs_define
class EmployeeScore:
    """
    Attributes:
        complete (bool): True when every metric of every part has points
        employee_id (UUID):
        employee_no (str):
        full_name (str):
        parts (list[ScorePart]):
        period (str):
        score (None | str): The parts' scores weighted by days (parts without a score left out)
    """

    complete: bool
    employee_id: UUID
    employee_no: str
    full_name: str
    parts: list[ScorePart]
    period: str
    score: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complete = self.complete

        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        full_name = self.full_name

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        period = self.period

        score: None | str
        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complete": complete,
                "employee_id": employee_id,
                "employee_no": employee_no,
                "full_name": full_name,
                "parts": parts,
                "period": period,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.score_part import ScorePart  # noqa: PLC0415

        d = dict(src_dict)
        complete = d.pop("complete")

        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        full_name = d.pop("full_name")

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = ScorePart.from_dict(parts_item_data)

            parts.append(parts_item)

        period = d.pop("period")

        def _parse_score(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        score = _parse_score(d.pop("score"))

        employee_score = cls(
            complete=complete,
            employee_id=employee_id,
            employee_no=employee_no,
            full_name=full_name,
            parts=parts,
            period=period,
            score=score,
        )

        employee_score.additional_properties = d
        return employee_score

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
