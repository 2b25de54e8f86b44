from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RankingEntry")


@_attrs_define
class RankingEntry:
    """
    Attributes:
        employee_id (UUID):
        employee_no (str):
        full_name (str):
        percentile (str): 100 x (below + (equal - 1) / 2) / (n - 1); 100 for a cohort of one
        rank (int): Competition ranking: ties share a rank, the next rank skips (1, 2, 2, 4)
        score (str):
    """

    employee_id: UUID
    employee_no: str
    full_name: str
    percentile: str
    rank: int
    score: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = str(self.employee_id)

        employee_no = self.employee_no

        full_name = self.full_name

        percentile = self.percentile

        rank = self.rank

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "employee_no": employee_no,
                "full_name": full_name,
                "percentile": percentile,
                "rank": rank,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employee_id = UUID(d.pop("employee_id"))

        employee_no = d.pop("employee_no")

        full_name = d.pop("full_name")

        percentile = d.pop("percentile")

        rank = d.pop("rank")

        score = d.pop("score")

        ranking_entry = cls(
            employee_id=employee_id,
            employee_no=employee_no,
            full_name=full_name,
            percentile=percentile,
            rank=rank,
            score=score,
        )

        ranking_entry.additional_properties = d
        return ranking_entry

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
