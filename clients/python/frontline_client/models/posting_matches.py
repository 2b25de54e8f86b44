from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.posting_match import PostingMatch
    from ..models.posting_matches_excluded import PostingMatchesExcluded


T = TypeVar("T", bound="PostingMatches")


@_attrs_define
class PostingMatches:
    """
    Attributes:
        excluded (PostingMatchesExcluded): Postings left out, by reason (care_rule, dates_overlap)
        located (bool): Whether a home or school location was on file to measure from
        matches (list[PostingMatch]):
        radius_km (float):
    """

    excluded: PostingMatchesExcluded
    located: bool
    matches: list[PostingMatch]
    radius_km: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        excluded = self.excluded.to_dict()

        located = self.located

        matches = []
        for matches_item_data in self.matches:
            matches_item = matches_item_data.to_dict()
            matches.append(matches_item)

        radius_km = self.radius_km

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "excluded": excluded,
                "located": located,
                "matches": matches,
                "radius_km": radius_km,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.posting_match import PostingMatch  # noqa: PLC0415
        from ..models.posting_matches_excluded import PostingMatchesExcluded  # noqa: PLC0415

        d = dict(src_dict)
        excluded = PostingMatchesExcluded.from_dict(d.pop("excluded"))

        located = d.pop("located")

        matches = []
        _matches = d.pop("matches")
        for matches_item_data in _matches:
            matches_item = PostingMatch.from_dict(matches_item_data)

            matches.append(matches_item)

        radius_km = d.pop("radius_km")

        posting_matches = cls(
            excluded=excluded,
            located=located,
            matches=matches,
            radius_km=radius_km,
        )

        posting_matches.additional_properties = d
        return posting_matches

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
