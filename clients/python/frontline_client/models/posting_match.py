from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.posting_read import PostingRead
    from ..models.readiness_read import ReadinessRead


T = TypeVar("T", bound="PostingMatch")


@_attrs_define
class PostingMatch:
    """
    Attributes:
        home_km (float | None): Great-circle distance from my home; never shown to anyone else
        posting (PostingRead):
        readiness (None | ReadinessRead): My progress on the required courses; null: none required
        reasons (list[str]):
        school_km (float | None): From my nearest child's school
        score (float):
        skills_matched (list[str]):
        skills_missing (list[str]):
        within_radius (bool | None): None: no home or school on file
    """

    home_km: float | None
    posting: PostingRead
    readiness: None | ReadinessRead
    reasons: list[str]
    school_km: float | None
    score: float
    skills_matched: list[str]
    skills_missing: list[str]
    within_radius: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.readiness_read import ReadinessRead  # noqa: PLC0415

        home_km: float | None
        home_km = self.home_km

        posting = self.posting.to_dict()

        readiness: dict[str, Any] | None
        if isinstance(self.readiness, ReadinessRead):
            readiness = self.readiness.to_dict()
        else:
            readiness = self.readiness

        reasons = self.reasons

        school_km: float | None
        school_km = self.school_km

        score = self.score

        skills_matched = self.skills_matched

        skills_missing = self.skills_missing

        within_radius: bool | None
        within_radius = self.within_radius

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "home_km": home_km,
                "posting": posting,
                "readiness": readiness,
                "reasons": reasons,
                "school_km": school_km,
                "score": score,
                "skills_matched": skills_matched,
                "skills_missing": skills_missing,
                "within_radius": within_radius,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.posting_read import PostingRead  # noqa: PLC0415
        from ..models.readiness_read import ReadinessRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_home_km(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        home_km = _parse_home_km(d.pop("home_km"))

        posting = PostingRead.from_dict(d.pop("posting"))

        def _parse_readiness(data: object) -> None | ReadinessRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                readiness_type_0 = ReadinessRead.from_dict(data)

                return readiness_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReadinessRead, data)

        readiness = _parse_readiness(d.pop("readiness"))

        reasons = cast(list[str], d.pop("reasons"))

        def _parse_school_km(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        school_km = _parse_school_km(d.pop("school_km"))

        score = d.pop("score")

        skills_matched = cast(list[str], d.pop("skills_matched"))

        skills_missing = cast(list[str], d.pop("skills_missing"))

        def _parse_within_radius(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        within_radius = _parse_within_radius(d.pop("within_radius"))

        posting_match = cls(
            home_km=home_km,
            posting=posting,
            readiness=readiness,
            reasons=reasons,
            school_km=school_km,
            score=score,
            skills_matched=skills_matched,
            skills_missing=skills_missing,
            within_radius=within_radius,
        )

        posting_match.additional_properties = d
        return posting_match

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
