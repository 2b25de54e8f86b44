from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_status_kind import ConditionStatusKind

T = TypeVar("T", bound="ConditionStatus")


@_attrs_define
class ConditionStatus:
    """
    Attributes:
        figure (None | str): Days, percentile or credits now (None: no data yet)
        kind (ConditionStatusKind):
        met (bool):
        needed (str): What the condition needs, in the same unit
        summary (str): In words, e.g. '132 of 180 days (4 months 12 days of 6 months)'
    """

    figure: None | str
    kind: ConditionStatusKind
    met: bool
    needed: str
    summary: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        figure: None | str
        figure = self.figure

        kind = self.kind.value

        met = self.met

        needed = self.needed

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "figure": figure,
                "kind": kind,
                "met": met,
                "needed": needed,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_figure(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        figure = _parse_figure(d.pop("figure"))

        kind = ConditionStatusKind(d.pop("kind"))

        met = d.pop("met")

        needed = d.pop("needed")

        summary = d.pop("summary")

        condition_status = cls(
            figure=figure,
            kind=kind,
            met=met,
            needed=needed,
            summary=summary,
        )

        condition_status.additional_properties = d
        return condition_status

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
