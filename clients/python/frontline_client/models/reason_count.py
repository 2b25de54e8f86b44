from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.series_group import SeriesGroup


T = TypeVar("T", bound="ReasonCount")


@_attrs_define
class ReasonCount:
    """
    Attributes:
        chosen (int): Respondents of the group who chose it
        group (SeriesGroup):
        local_text (None | str):
        period (str):
        reason (str): The reason's key, e.g. commute
        text (str):
        unsatisfied (int): Of those, how many answered the headline question 1 to 3
    """

    chosen: int
    group: SeriesGroup
    local_text: None | str
    period: str
    reason: str
    text: str
    unsatisfied: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chosen = self.chosen

        group = self.group.to_dict()

        local_text: None | str
        local_text = self.local_text

        period = self.period

        reason = self.reason

        text = self.text

        unsatisfied = self.unsatisfied

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chosen": chosen,
                "group": group,
                "local_text": local_text,
                "period": period,
                "reason": reason,
                "text": text,
                "unsatisfied": unsatisfied,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.series_group import SeriesGroup  # noqa: PLC0415

        d = dict(src_dict)
        chosen = d.pop("chosen")

        group = SeriesGroup.from_dict(d.pop("group"))

        def _parse_local_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        local_text = _parse_local_text(d.pop("local_text"))

        period = d.pop("period")

        reason = d.pop("reason")

        text = d.pop("text")

        unsatisfied = d.pop("unsatisfied")

        reason_count = cls(
            chosen=chosen,
            group=group,
            local_text=local_text,
            period=period,
            reason=reason,
            text=text,
            unsatisfied=unsatisfied,
        )

        reason_count.additional_properties = d
        return reason_count

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
