from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequiredCourse")


@_attrs_define
class RequiredCourse:
    """
    Attributes:
        course_code (str):
        pass_mark (int | Unset): Score out of 100 to reach Default: 90.
    """

    course_code: str
    pass_mark: int | Unset = 90

    def to_dict(self) -> dict[str, Any]:
        course_code = self.course_code

        pass_mark = self.pass_mark

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "course_code": course_code,
            }
        )
        if pass_mark is not UNSET:
            field_dict["pass_mark"] = pass_mark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_code = d.pop("course_code")

        pass_mark = d.pop("pass_mark", UNSET)

        required_course = cls(
            course_code=course_code,
            pass_mark=pass_mark,
        )

        return required_course
