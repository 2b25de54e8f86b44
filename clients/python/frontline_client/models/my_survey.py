from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage import Stage

if TYPE_CHECKING:
    from ..models.question_read import QuestionRead


T = TypeVar("T", bound="MySurvey")


@_attrs_define
class MySurvey:
    """
    Attributes:
        answered_at (datetime.datetime | None): When I answered (what I answered is not kept with my name)
        closes_on (datetime.date):
        comment_prompt (None | str):
        local_title (None | str):
        reasons (list[QuestionRead]):
        scales (list[QuestionRead]):
        stage (Stage):
        title (str):
        unit_id (UUID): The store or project of the posting asked about
        unit_name (str):
        wave_id (UUID):
    """

    answered_at: datetime.datetime | None
    closes_on: datetime.date
    comment_prompt: None | str
    local_title: None | str
    reasons: list[QuestionRead]
    scales: list[QuestionRead]
    stage: Stage
    title: str
    unit_id: UUID
    unit_name: str
    wave_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answered_at: None | str
        if isinstance(self.answered_at, datetime.datetime):
            answered_at = self.answered_at.isoformat()
        else:
            answered_at = self.answered_at

        closes_on = self.closes_on.isoformat()

        comment_prompt: None | str
        comment_prompt = self.comment_prompt

        local_title: None | str
        local_title = self.local_title

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)

        scales = []
        for scales_item_data in self.scales:
            scales_item = scales_item_data.to_dict()
            scales.append(scales_item)

        stage = self.stage.value

        title = self.title

        unit_id = str(self.unit_id)

        unit_name = self.unit_name

        wave_id = str(self.wave_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answered_at": answered_at,
                "closes_on": closes_on,
                "comment_prompt": comment_prompt,
                "local_title": local_title,
                "reasons": reasons,
                "scales": scales,
                "stage": stage,
                "title": title,
                "unit_id": unit_id,
                "unit_name": unit_name,
                "wave_id": wave_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.question_read import QuestionRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_answered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_at_type_0 = datetime.datetime.fromisoformat(data)

                return answered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        answered_at = _parse_answered_at(d.pop("answered_at"))

        closes_on = datetime.date.fromisoformat(d.pop("closes_on"))

        def _parse_comment_prompt(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment_prompt = _parse_comment_prompt(d.pop("comment_prompt"))

        def _parse_local_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        local_title = _parse_local_title(d.pop("local_title"))

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in _reasons:
            reasons_item = QuestionRead.from_dict(reasons_item_data)

            reasons.append(reasons_item)

        scales = []
        _scales = d.pop("scales")
        for scales_item_data in _scales:
            scales_item = QuestionRead.from_dict(scales_item_data)

            scales.append(scales_item)

        stage = Stage(d.pop("stage"))

        title = d.pop("title")

        unit_id = UUID(d.pop("unit_id"))

        unit_name = d.pop("unit_name")

        wave_id = UUID(d.pop("wave_id"))

        my_survey = cls(
            answered_at=answered_at,
            closes_on=closes_on,
            comment_prompt=comment_prompt,
            local_title=local_title,
            reasons=reasons,
            scales=scales,
            stage=stage,
            title=title,
            unit_id=unit_id,
            unit_name=unit_name,
            wave_id=wave_id,
        )

        my_survey.additional_properties = d
        return my_survey

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
