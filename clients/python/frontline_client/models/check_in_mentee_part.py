from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckInMenteePart")


@_attrs_define
class CheckInMenteePart:
    """The mentee's side of a check-in: their own notes and how useful the support was.

    Attributes:
        mentee_notes (None | str | Unset):
        support_rating (int | None | Unset):
    """

    mentee_notes: None | str | Unset = UNSET
    support_rating: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mentee_notes: None | str | Unset
        if isinstance(self.mentee_notes, Unset):
            mentee_notes = UNSET
        else:
            mentee_notes = self.mentee_notes

        support_rating: int | None | Unset
        if isinstance(self.support_rating, Unset):
            support_rating = UNSET
        else:
            support_rating = self.support_rating

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if mentee_notes is not UNSET:
            field_dict["mentee_notes"] = mentee_notes
        if support_rating is not UNSET:
            field_dict["support_rating"] = support_rating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_mentee_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mentee_notes = _parse_mentee_notes(d.pop("mentee_notes", UNSET))

        def _parse_support_rating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        support_rating = _parse_support_rating(d.pop("support_rating", UNSET))

        check_in_mentee_part = cls(
            mentee_notes=mentee_notes,
            support_rating=support_rating,
        )

        return check_in_mentee_part
