from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecommendedCourse")


@_attrs_define
class RecommendedCourse:
    """
    Attributes:
        code (str):
        local_title (None | str):
        metrics (list[str]): The gaps it is meant to close
        title (str):
    """

    code: str
    local_title: None | str
    metrics: list[str]
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        local_title: None | str
        local_title = self.local_title

        metrics = self.metrics

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "local_title": local_title,
                "metrics": metrics,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_local_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        local_title = _parse_local_title(d.pop("local_title"))

        metrics = cast(list[str], d.pop("metrics"))

        title = d.pop("title")

        recommended_course = cls(
            code=code,
            local_title=local_title,
            metrics=metrics,
            title=title,
        )

        recommended_course.additional_properties = d
        return recommended_course

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
