from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_times import CategoryTimes


T = TypeVar("T", bound="SlowestCategories")


@_attrs_define
class SlowestCategories:
    """
    Attributes:
        first_response (list[CategoryTimes]): The slowest to a first answer, slowest first
        from_ (datetime.date):
        resolution (list[CategoryTimes]): The slowest to resolution, slowest first
        to (datetime.date):
        as_of (datetime.datetime | None | Unset): When the oldest whole month read from the nightly roll-up was
            computed; null when every ticket was counted for this request (the range's other days always are)
    """

    first_response: list[CategoryTimes]
    from_: datetime.date
    resolution: list[CategoryTimes]
    to: datetime.date
    as_of: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_response = []
        for first_response_item_data in self.first_response:
            first_response_item = first_response_item_data.to_dict()
            first_response.append(first_response_item)

        from_ = self.from_.isoformat()

        resolution = []
        for resolution_item_data in self.resolution:
            resolution_item = resolution_item_data.to_dict()
            resolution.append(resolution_item)

        to = self.to.isoformat()

        as_of: None | str | Unset
        if isinstance(self.as_of, Unset):
            as_of = UNSET
        elif isinstance(self.as_of, datetime.datetime):
            as_of = self.as_of.isoformat()
        else:
            as_of = self.as_of

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_response": first_response,
                "from": from_,
                "resolution": resolution,
                "to": to,
            }
        )
        if as_of is not UNSET:
            field_dict["as_of"] = as_of

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_times import CategoryTimes  # noqa: PLC0415

        d = dict(src_dict)
        first_response = []
        _first_response = d.pop("first_response")
        for first_response_item_data in _first_response:
            first_response_item = CategoryTimes.from_dict(first_response_item_data)

            first_response.append(first_response_item)

        from_ = datetime.date.fromisoformat(d.pop("from"))

        resolution = []
        _resolution = d.pop("resolution")
        for resolution_item_data in _resolution:
            resolution_item = CategoryTimes.from_dict(resolution_item_data)

            resolution.append(resolution_item)

        to = datetime.date.fromisoformat(d.pop("to"))

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

        slowest_categories = cls(
            first_response=first_response,
            from_=from_,
            resolution=resolution,
            to=to,
            as_of=as_of,
        )

        slowest_categories.additional_properties = d
        return slowest_categories

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
