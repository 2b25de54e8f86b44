from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PracticeScore")


@_attrs_define
class PracticeScore:
    """A mentor's score (0-10) of a person's on-the-job practice of a course.

    Attributes:
        completed_on (datetime.date):
        employee_id (UUID):
        score (int):
        note (str | Unset):  Default: ''.
    """

    completed_on: datetime.date
    employee_id: UUID
    score: int
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        completed_on = self.completed_on.isoformat()

        employee_id = str(self.employee_id)

        score = self.score

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "completed_on": completed_on,
                "employee_id": employee_id,
                "score": score,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed_on = datetime.date.fromisoformat(d.pop("completed_on"))

        employee_id = UUID(d.pop("employee_id"))

        score = d.pop("score")

        note = d.pop("note", UNSET)

        practice_score = cls(
            completed_on=completed_on,
            employee_id=employee_id,
            score=score,
            note=note,
        )

        return practice_score
