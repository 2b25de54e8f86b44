from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CourseReadinessRead")


@_attrs_define
class CourseReadinessRead:
    """
    Attributes:
        best_score (int | None): The best score so far (exam, or a practice score x 10)
        course_code (str):
        course_title (str):
        done (bool):
        pass_mark (int):
    """

    best_score: int | None
    course_code: str
    course_title: str
    done: bool
    pass_mark: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        best_score: int | None
        best_score = self.best_score

        course_code = self.course_code

        course_title = self.course_title

        done = self.done

        pass_mark = self.pass_mark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "best_score": best_score,
                "course_code": course_code,
                "course_title": course_title,
                "done": done,
                "pass_mark": pass_mark,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_best_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        best_score = _parse_best_score(d.pop("best_score"))

        course_code = d.pop("course_code")

        course_title = d.pop("course_title")

        done = d.pop("done")

        pass_mark = d.pop("pass_mark")

        course_readiness_read = cls(
            best_score=best_score,
            course_code=course_code,
            course_title=course_title,
            done=done,
            pass_mark=pass_mark,
        )

        course_readiness_read.additional_properties = d
        return course_readiness_read

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
