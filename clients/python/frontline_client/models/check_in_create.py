from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.check_in_create_mentee_state import CheckInCreateMenteeState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.practice_score_in import PracticeScoreIn


T = TypeVar("T", bound="CheckInCreate")


@_attrs_define
class CheckInCreate:
    """
    Attributes:
        held_on (datetime.date):
        mentee_state (CheckInCreateMenteeState):
        notes (str):
        practice (None | PracticeScoreIn | Unset):
    """

    held_on: datetime.date
    mentee_state: CheckInCreateMenteeState
    notes: str
    practice: None | PracticeScoreIn | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.practice_score_in import PracticeScoreIn  # noqa: PLC0415

        held_on = self.held_on.isoformat()

        mentee_state = self.mentee_state.value

        notes = self.notes

        practice: dict[str, Any] | None | Unset
        if isinstance(self.practice, Unset):
            practice = UNSET
        elif isinstance(self.practice, PracticeScoreIn):
            practice = self.practice.to_dict()
        else:
            practice = self.practice

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "held_on": held_on,
                "mentee_state": mentee_state,
                "notes": notes,
            }
        )
        if practice is not UNSET:
            field_dict["practice"] = practice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.practice_score_in import PracticeScoreIn  # noqa: PLC0415

        d = dict(src_dict)
        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        mentee_state = CheckInCreateMenteeState(d.pop("mentee_state"))

        notes = d.pop("notes")

        def _parse_practice(data: object) -> None | PracticeScoreIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                practice_type_0 = PracticeScoreIn.from_dict(data)

                return practice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PracticeScoreIn | Unset, data)

        practice = _parse_practice(d.pop("practice", UNSET))

        check_in_create = cls(
            held_on=held_on,
            mentee_state=mentee_state,
            notes=notes,
            practice=practice,
        )

        return check_in_create
