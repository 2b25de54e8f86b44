from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.band import Band


T = TypeVar("T", bound="BandsScoring")


@_attrs_define
class BandsScoring:
    """A banded table: the points of the band the value falls in (see rules.band_points).

    Attributes:
        bands (list[Band]):
        method (Literal['bands']):
        cap (str | Unset): Decimal string, e.g. '4.5' Default: '100'.
    """

    bands: list[Band]
    method: Literal["bands"]
    cap: str | Unset = "100"

    def to_dict(self) -> dict[str, Any]:
        bands = []
        for bands_item_data in self.bands:
            bands_item = bands_item_data.to_dict()
            bands.append(bands_item)

        method = self.method

        cap = self.cap

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bands": bands,
                "method": method,
            }
        )
        if cap is not UNSET:
            field_dict["cap"] = cap

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.band import Band  # noqa: PLC0415

        d = dict(src_dict)
        bands = []
        _bands = d.pop("bands")
        for bands_item_data in _bands:
            bands_item = Band.from_dict(bands_item_data)

            bands.append(bands_item)

        method = cast(Literal["bands"], d.pop("method"))
        if method != "bands":
            raise ValueError(f"method must match const 'bands', got '{method}'")

        cap = d.pop("cap", UNSET)

        bands_scoring = cls(
            bands=bands,
            method=method,
            cap=cap,
        )

        return bands_scoring
