from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.question import Question


T = TypeVar("T", bound="SurveyWrite")


@_attrs_define
class SurveyWrite:
    """
    Attributes:
        scales (list[Question]): Questions answered 1 (not at all) to 5 (fully); the first is the headline the
            satisfaction figure counts (4 or 5: satisfied)
        title (str):
        at_end (bool | Unset): Also ask those whose posting ended since the last wave Default: True.
        cadence_days (int | Unset): Days between waves while people are on postings Default: 28.
        comment_prompt (None | str | Unset): The optional free-text question; none: no comment
        local_title (None | str | Unset):
        open_days (int | Unset): Days a wave takes answers Default: 7.
        reasons (list[Question] | Unset): Single-choice options for what weighs most on the posting (mentor support,
            fair targets, commute, family, safety, workload unless given)
        version (int | None | Unset): The version read, when changing a draft
    """

    scales: list[Question]
    title: str
    at_end: bool | Unset = True
    cadence_days: int | Unset = 28
    comment_prompt: None | str | Unset = UNSET
    local_title: None | str | Unset = UNSET
    open_days: int | Unset = 7
    reasons: list[Question] | Unset = UNSET
    version: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        scales = []
        for scales_item_data in self.scales:
            scales_item = scales_item_data.to_dict()
            scales.append(scales_item)

        title = self.title

        at_end = self.at_end

        cadence_days = self.cadence_days

        comment_prompt: None | str | Unset
        if isinstance(self.comment_prompt, Unset):
            comment_prompt = UNSET
        else:
            comment_prompt = self.comment_prompt

        local_title: None | str | Unset
        if isinstance(self.local_title, Unset):
            local_title = UNSET
        else:
            local_title = self.local_title

        open_days = self.open_days

        reasons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = []
            for reasons_item_data in self.reasons:
                reasons_item = reasons_item_data.to_dict()
                reasons.append(reasons_item)

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scales": scales,
                "title": title,
            }
        )
        if at_end is not UNSET:
            field_dict["at_end"] = at_end
        if cadence_days is not UNSET:
            field_dict["cadence_days"] = cadence_days
        if comment_prompt is not UNSET:
            field_dict["comment_prompt"] = comment_prompt
        if local_title is not UNSET:
            field_dict["local_title"] = local_title
        if open_days is not UNSET:
            field_dict["open_days"] = open_days
        if reasons is not UNSET:
            field_dict["reasons"] = reasons
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.question import Question  # noqa: PLC0415

        d = dict(src_dict)
        scales = []
        _scales = d.pop("scales")
        for scales_item_data in _scales:
            scales_item = Question.from_dict(scales_item_data)

            scales.append(scales_item)

        title = d.pop("title")

        at_end = d.pop("at_end", UNSET)

        cadence_days = d.pop("cadence_days", UNSET)

        def _parse_comment_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment_prompt = _parse_comment_prompt(d.pop("comment_prompt", UNSET))

        def _parse_local_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_title = _parse_local_title(d.pop("local_title", UNSET))

        open_days = d.pop("open_days", UNSET)

        _reasons = d.pop("reasons", UNSET)
        reasons: list[Question] | Unset = UNSET
        if _reasons is not UNSET:
            reasons = []
            for reasons_item_data in _reasons:
                reasons_item = Question.from_dict(reasons_item_data)

                reasons.append(reasons_item)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        survey_write = cls(
            scales=scales,
            title=title,
            at_end=at_end,
            cadence_days=cadence_days,
            comment_prompt=comment_prompt,
            local_title=local_title,
            open_days=open_days,
            reasons=reasons,
            version=version,
        )

        return survey_write
