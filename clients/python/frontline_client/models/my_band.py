from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.my_band_band import MyBandBand

T = TypeVar("T", bound="MyBand")


@_attrs_define
class MyBand:
    """Where my score stood in a closed month, never anyone's score (mine included: that is in my
    performance page).

        Attributes:
            band (MyBandBand): top_10: at or above the 90th percentile; top_30: the 70th; top_50: the 50th; other
            period (str):
    """

    band: MyBandBand
    period: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        band = self.band.value

        period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "band": band,
                "period": period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        band = MyBandBand(d.pop("band"))

        period = d.pop("period")

        my_band = cls(
            band=band,
            period=period,
        )

        my_band.additional_properties = d
        return my_band

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
