from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.punch_kind import PunchKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="PunchCreate")


@_attrs_define
class PunchCreate:
    """
    Attributes:
        accuracy_m (float):
        client_time (datetime.datetime): The phone's clock when the punch was made (offline punches)
        device_id (str):
        kind (PunchKind):
        lat (float):
        lon (float):
        store_id (UUID):
        mock_location (bool | Unset): The phone's own mock-location flag Default: False.
        qr_token (None | str | Unset): The code shown on the store's clock-in screen
        wifi_bssid (None | str | Unset): The access point the phone is connected to
    """

    accuracy_m: float
    client_time: datetime.datetime
    device_id: str
    kind: PunchKind
    lat: float
    lon: float
    store_id: UUID
    mock_location: bool | Unset = False
    qr_token: None | str | Unset = UNSET
    wifi_bssid: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        accuracy_m = self.accuracy_m

        client_time = self.client_time.isoformat()

        device_id = self.device_id

        kind = self.kind.value

        lat = self.lat

        lon = self.lon

        store_id = str(self.store_id)

        mock_location = self.mock_location

        qr_token: None | str | Unset
        if isinstance(self.qr_token, Unset):
            qr_token = UNSET
        else:
            qr_token = self.qr_token

        wifi_bssid: None | str | Unset
        if isinstance(self.wifi_bssid, Unset):
            wifi_bssid = UNSET
        else:
            wifi_bssid = self.wifi_bssid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accuracy_m": accuracy_m,
                "client_time": client_time,
                "device_id": device_id,
                "kind": kind,
                "lat": lat,
                "lon": lon,
                "store_id": store_id,
            }
        )
        if mock_location is not UNSET:
            field_dict["mock_location"] = mock_location
        if qr_token is not UNSET:
            field_dict["qr_token"] = qr_token
        if wifi_bssid is not UNSET:
            field_dict["wifi_bssid"] = wifi_bssid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accuracy_m = d.pop("accuracy_m")

        client_time = datetime.datetime.fromisoformat(d.pop("client_time"))

        device_id = d.pop("device_id")

        kind = PunchKind(d.pop("kind"))

        lat = d.pop("lat")

        lon = d.pop("lon")

        store_id = UUID(d.pop("store_id"))

        mock_location = d.pop("mock_location", UNSET)

        def _parse_qr_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        qr_token = _parse_qr_token(d.pop("qr_token", UNSET))

        def _parse_wifi_bssid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wifi_bssid = _parse_wifi_bssid(d.pop("wifi_bssid", UNSET))

        punch_create = cls(
            accuracy_m=accuracy_m,
            client_time=client_time,
            device_id=device_id,
            kind=kind,
            lat=lat,
            lon=lon,
            store_id=store_id,
            mock_location=mock_location,
            qr_token=qr_token,
            wifi_bssid=wifi_bssid,
        )

        return punch_create
