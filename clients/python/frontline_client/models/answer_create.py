from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.answer_create_scores import AnswerCreateScores


T = TypeVar("T", bound="AnswerCreate")


@_attrs_define
class AnswerCreate:
    """
    Attributes:
        scores (AnswerCreateScores): Every scale question's answer, 1 to 5, by key
        comment (None | str | Unset): Only if the survey asks for one; only HR reads comments
        reason (None | str | Unset): One of the survey's reasons, or none
    """

    scores: AnswerCreateScores
    comment: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        scores = self.scores.to_dict()

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scores": scores,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.answer_create_scores import AnswerCreateScores  # noqa: PLC0415

        d = dict(src_dict)
        scores = AnswerCreateScores.from_dict(d.pop("scores"))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        answer_create = cls(
            scores=scores,
            comment=comment,
            reason=reason,
        )

        return answer_create
