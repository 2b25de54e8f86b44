from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.measure import Measure
from ..models.operator import Operator

T = TypeVar("T", bound="ConditionResult")


@_attrs_define
class ConditionResult:
    """
    Attributes:
        compared (None | str): The value, or the value as a percent of its target
        description (str):
        measure (Measure):
        note (None | str):
        operator (Operator):
        passed (bool):
        shortfall (None | str): How far it missed, in the threshold's units
        target (None | str):
        threshold (str):
        value (None | str):
    """

    compared: None | str
    description: str
    measure: Measure
    note: None | str
    operator: Operator
    passed: bool
    shortfall: None | str
    target: None | str
    threshold: str
    value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compared: None | str
        compared = self.compared

        description = self.description

        measure = self.measure.value

        note: None | str
        note = self.note

        operator = self.operator.value

        passed = self.passed

        shortfall: None | str
        shortfall = self.shortfall

        target: None | str
        target = self.target

        threshold = self.threshold

        value: None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compared": compared,
                "description": description,
                "measure": measure,
                "note": note,
                "operator": operator,
                "passed": passed,
                "shortfall": shortfall,
                "target": target,
                "threshold": threshold,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_compared(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        compared = _parse_compared(d.pop("compared"))

        description = d.pop("description")

        measure = Measure(d.pop("measure"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        operator = Operator(d.pop("operator"))

        passed = d.pop("passed")

        def _parse_shortfall(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        shortfall = _parse_shortfall(d.pop("shortfall"))

        def _parse_target(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target = _parse_target(d.pop("target"))

        threshold = d.pop("threshold")

        def _parse_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value = _parse_value(d.pop("value"))

        condition_result = cls(
            compared=compared,
            description=description,
            measure=measure,
            note=note,
            operator=operator,
            passed=passed,
            shortfall=shortfall,
            target=target,
            threshold=threshold,
            value=value,
        )

        condition_result.additional_properties = d
        return condition_result

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
