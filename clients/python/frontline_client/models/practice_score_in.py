from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PracticeScoreIn")


@_attrs_define
class PracticeScoreIn:
    """
    Attributes:
        course_code (str): A practice course
        score (int): 0-10; 8 or more earns the practice credits
    """

    course_code: str
    score: int

    def to_dict(self) -> dict[str, Any]:
        course_code = self.course_code

        score = self.score

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "course_code": course_code,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        course_code = d.pop("course_code")

        score = d.pop("score")

        practice_score_in = cls(
            course_code=course_code,
            score=score,
        )

        return practice_score_in
