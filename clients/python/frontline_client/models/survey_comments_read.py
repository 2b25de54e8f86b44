from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.survey_comment_read import SurveyCommentRead


T = TypeVar("T", bound="SurveyCommentsRead")


@_attrs_define
class SurveyCommentsRead:
    """
    Attributes:
        comments (list[SurveyCommentRead]):
        from_ (datetime.date):
        respondents (int | None): Answers of the group in the range; null when suppressed
        suppressed (bool): Fewer respondents than the minimum group: no comment is shown
        to (datetime.date):
        unit_id (None | UUID):
    """

    comments: list[SurveyCommentRead]
    from_: datetime.date
    respondents: int | None
    suppressed: bool
    to: datetime.date
    unit_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comments = []
        for comments_item_data in self.comments:
            comments_item = comments_item_data.to_dict()
            comments.append(comments_item)

        from_ = self.from_.isoformat()

        respondents: int | None
        respondents = self.respondents

        suppressed = self.suppressed

        to = self.to.isoformat()

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comments": comments,
                "from": from_,
                "respondents": respondents,
                "suppressed": suppressed,
                "to": to,
                "unit_id": unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.survey_comment_read import SurveyCommentRead  # noqa: PLC0415

        d = dict(src_dict)
        comments = []
        _comments = d.pop("comments")
        for comments_item_data in _comments:
            comments_item = SurveyCommentRead.from_dict(comments_item_data)

            comments.append(comments_item)

        from_ = datetime.date.fromisoformat(d.pop("from"))

        def _parse_respondents(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        respondents = _parse_respondents(d.pop("respondents"))

        suppressed = d.pop("suppressed")

        to = datetime.date.fromisoformat(d.pop("to"))

        def _parse_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        survey_comments_read = cls(
            comments=comments,
            from_=from_,
            respondents=respondents,
            suppressed=suppressed,
            to=to,
            unit_id=unit_id,
        )

        survey_comments_read.additional_properties = d
        return survey_comments_read

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
