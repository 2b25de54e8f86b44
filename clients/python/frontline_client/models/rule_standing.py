from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.condition_status import ConditionStatus


T = TypeVar("T", bound="RuleStanding")


@_attrs_define
class RuleStanding:
    """
    Attributes:
        close (bool): Not yet, but at 80 % or more of every condition
        conditions (list[ConditionStatus]):
        eligible (bool):
        local_title (None | str):
        rule_code (str):
        target (str):
        title (str):
    """

    close: bool
    conditions: list[ConditionStatus]
    eligible: bool
    local_title: None | str
    rule_code: str
    target: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        close = self.close

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        eligible = self.eligible

        local_title: None | str
        local_title = self.local_title

        rule_code = self.rule_code

        target = self.target

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "close": close,
                "conditions": conditions,
                "eligible": eligible,
                "local_title": local_title,
                "rule_code": rule_code,
                "target": target,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition_status import ConditionStatus  # noqa: PLC0415

        d = dict(src_dict)
        close = d.pop("close")

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = ConditionStatus.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        eligible = d.pop("eligible")

        def _parse_local_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        local_title = _parse_local_title(d.pop("local_title"))

        rule_code = d.pop("rule_code")

        target = d.pop("target")

        title = d.pop("title")

        rule_standing = cls(
            close=close,
            conditions=conditions,
            eligible=eligible,
            local_title=local_title,
            rule_code=rule_code,
            target=target,
            title=title,
        )

        rule_standing.additional_properties = d
        return rule_standing

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
