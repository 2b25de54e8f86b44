from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.survey_status import SurveyStatus

if TYPE_CHECKING:
    from ..models.question_read import QuestionRead


T = TypeVar("T", bound="SurveyRead")


@_attrs_define
class SurveyRead:
    """
    Attributes:
        activated_at (datetime.datetime | None):
        at_end (bool):
        cadence_days (int):
        comment_prompt (None | str):
        created_at (datetime.datetime):
        id (UUID):
        local_title (None | str):
        open_days (int):
        reasons (list[QuestionRead]):
        retired_at (datetime.datetime | None):
        scales (list[QuestionRead]):
        status (SurveyStatus):
        title (str):
        updated_at (datetime.datetime):
        version (int):
    """

    activated_at: datetime.datetime | None
    at_end: bool
    cadence_days: int
    comment_prompt: None | str
    created_at: datetime.datetime
    id: UUID
    local_title: None | str
    open_days: int
    reasons: list[QuestionRead]
    retired_at: datetime.datetime | None
    scales: list[QuestionRead]
    status: SurveyStatus
    title: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activated_at: None | str
        if isinstance(self.activated_at, datetime.datetime):
            activated_at = self.activated_at.isoformat()
        else:
            activated_at = self.activated_at

        at_end = self.at_end

        cadence_days = self.cadence_days

        comment_prompt: None | str
        comment_prompt = self.comment_prompt

        created_at = self.created_at.isoformat()

        id = str(self.id)

        local_title: None | str
        local_title = self.local_title

        open_days = self.open_days

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)

        retired_at: None | str
        if isinstance(self.retired_at, datetime.datetime):
            retired_at = self.retired_at.isoformat()
        else:
            retired_at = self.retired_at

        scales = []
        for scales_item_data in self.scales:
            scales_item = scales_item_data.to_dict()
            scales.append(scales_item)

        status = self.status.value

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activated_at": activated_at,
                "at_end": at_end,
                "cadence_days": cadence_days,
                "comment_prompt": comment_prompt,
                "created_at": created_at,
                "id": id,
                "local_title": local_title,
                "open_days": open_days,
                "reasons": reasons,
                "retired_at": retired_at,
                "scales": scales,
                "status": status,
                "title": title,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.question_read import QuestionRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_activated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activated_at_type_0 = datetime.datetime.fromisoformat(data)

                return activated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        activated_at = _parse_activated_at(d.pop("activated_at"))

        at_end = d.pop("at_end")

        cadence_days = d.pop("cadence_days")

        def _parse_comment_prompt(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment_prompt = _parse_comment_prompt(d.pop("comment_prompt"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        def _parse_local_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        local_title = _parse_local_title(d.pop("local_title"))

        open_days = d.pop("open_days")

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in _reasons:
            reasons_item = QuestionRead.from_dict(reasons_item_data)

            reasons.append(reasons_item)

        def _parse_retired_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retired_at_type_0 = datetime.datetime.fromisoformat(data)

                return retired_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        retired_at = _parse_retired_at(d.pop("retired_at"))

        scales = []
        _scales = d.pop("scales")
        for scales_item_data in _scales:
            scales_item = QuestionRead.from_dict(scales_item_data)

            scales.append(scales_item)

        status = SurveyStatus(d.pop("status"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        survey_read = cls(
            activated_at=activated_at,
            at_end=at_end,
            cadence_days=cadence_days,
            comment_prompt=comment_prompt,
            created_at=created_at,
            id=id,
            local_title=local_title,
            open_days=open_days,
            reasons=reasons,
            retired_at=retired_at,
            scales=scales,
            status=status,
            title=title,
            updated_at=updated_at,
            version=version,
        )

        survey_read.additional_properties = d
        return survey_read

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
