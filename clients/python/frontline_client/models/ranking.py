from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ranking_source import RankingSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ranking_entry import RankingEntry


T = TypeVar("T", bound="Ranking")


@_attrs_define
class Ranking:
    """
    Attributes:
        cohort (int): People with a score whose month used this scorecard
        entries (list[RankingEntry]): One page of the cohort, by rank (ties by employee number)
        period (str):
        source (RankingSource): frozen once the month is closed, else live scores
        template_code (str):
        as_of (datetime.datetime | None | Unset): When a live ranking was ranked: an open month is ranked anew every few
            minutes (at most 10 minutes old); absent for a closed month's frozen ranking.
        next_cursor (None | str | Unset): Pass as `cursor` to get the next page; absent on the last page.
    """

    cohort: int
    entries: list[RankingEntry]
    period: str
    source: RankingSource
    template_code: str
    as_of: datetime.datetime | None | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cohort = self.cohort

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        period = self.period

        source = self.source.value

        template_code = self.template_code

        as_of: None | str | Unset
        if isinstance(self.as_of, Unset):
            as_of = UNSET
        elif isinstance(self.as_of, datetime.datetime):
            as_of = self.as_of.isoformat()
        else:
            as_of = self.as_of

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cohort": cohort,
                "entries": entries,
                "period": period,
                "source": source,
                "template_code": template_code,
            }
        )
        if as_of is not UNSET:
            field_dict["as_of"] = as_of
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ranking_entry import RankingEntry  # noqa: PLC0415

        d = dict(src_dict)
        cohort = d.pop("cohort")

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = RankingEntry.from_dict(entries_item_data)

            entries.append(entries_item)

        period = d.pop("period")

        source = RankingSource(d.pop("source"))

        template_code = d.pop("template_code")

        def _parse_as_of(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                as_of_type_0 = datetime.datetime.fromisoformat(data)

                return as_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        as_of = _parse_as_of(d.pop("as_of", UNSET))

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        ranking = cls(
            cohort=cohort,
            entries=entries,
            period=period,
            source=source,
            template_code=template_code,
            as_of=as_of,
            next_cursor=next_cursor,
        )

        ranking.additional_properties = d
        return ranking

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
