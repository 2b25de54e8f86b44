from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignInLine")


@_attrs_define
class SignInLine:
    """
    Attributes:
        attended (bool):
        employee_id (UUID):
        exam_score (int | None | Unset):
    """

    attended: bool
    employee_id: UUID
    exam_score: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        attended = self.attended

        employee_id = str(self.employee_id)

        exam_score: int | None | Unset
        if isinstance(self.exam_score, Unset):
            exam_score = UNSET
        else:
            exam_score = self.exam_score

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attended": attended,
                "employee_id": employee_id,
            }
        )
        if exam_score is not UNSET:
            field_dict["exam_score"] = exam_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attended = d.pop("attended")

        employee_id = UUID(d.pop("employee_id"))

        def _parse_exam_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exam_score = _parse_exam_score(d.pop("exam_score", UNSET))

        sign_in_line = cls(
            attended=attended,
            employee_id=employee_id,
            exam_score=exam_score,
        )

        return sign_in_line
