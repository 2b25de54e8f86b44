from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..models.method import Method
from ..models.punch_kind import PunchKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="PunchRead")


@_attrs_define
class PunchRead:
    """
    Attributes:
        accuracy_m (float):
        client_time (datetime.datetime):
        distance_m (float):
        flags (list[Flag]):
        id (UUID):
        kind (PunchKind):
        method (Method):
        offline (bool):
        punched_at (datetime.datetime):
        received_at (datetime.datetime):
        review_status (None | str):
        store_id (UUID):
        punched_at_local (datetime.datetime | None | Unset): The same moment in the store's time zone, with its offset
        store_name (None | str | Unset):
        time_zone (None | str | Unset): The store's IANA time zone
        verdict (Literal['accepted'] | Unset):  Default: 'accepted'.
    """

    accuracy_m: float
    client_time: datetime.datetime
    distance_m: float
    flags: list[Flag]
    id: UUID
    kind: PunchKind
    method: Method
    offline: bool
    punched_at: datetime.datetime
    received_at: datetime.datetime
    review_status: None | str
    store_id: UUID
    punched_at_local: datetime.datetime | None | Unset = UNSET
    store_name: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    verdict: Literal["accepted"] | Unset = "accepted"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accuracy_m = self.accuracy_m

        client_time = self.client_time.isoformat()

        distance_m = self.distance_m

        flags = []
        for flags_item_data in self.flags:
            flags_item = flags_item_data.value
            flags.append(flags_item)

        id = str(self.id)

        kind = self.kind.value

        method = self.method.value

        offline = self.offline

        punched_at = self.punched_at.isoformat()

        received_at = self.received_at.isoformat()

        review_status: None | str
        review_status = self.review_status

        store_id = str(self.store_id)

        punched_at_local: None | str | Unset
        if isinstance(self.punched_at_local, Unset):
            punched_at_local = UNSET
        elif isinstance(self.punched_at_local, datetime.datetime):
            punched_at_local = self.punched_at_local.isoformat()
        else:
            punched_at_local = self.punched_at_local

        store_name: None | str | Unset
        if isinstance(self.store_name, Unset):
            store_name = UNSET
        else:
            store_name = self.store_name

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        verdict = self.verdict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accuracy_m": accuracy_m,
                "client_time": client_time,
                "distance_m": distance_m,
                "flags": flags,
                "id": id,
                "kind": kind,
                "method": method,
                "offline": offline,
                "punched_at": punched_at,
                "received_at": received_at,
                "review_status": review_status,
                "store_id": store_id,
            }
        )
        if punched_at_local is not UNSET:
            field_dict["punched_at_local"] = punched_at_local
        if store_name is not UNSET:
            field_dict["store_name"] = store_name
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if verdict is not UNSET:
            field_dict["verdict"] = verdict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accuracy_m = d.pop("accuracy_m")

        client_time = datetime.datetime.fromisoformat(d.pop("client_time"))

        distance_m = d.pop("distance_m")

        flags = []
        _flags = d.pop("flags")
        for flags_item_data in _flags:
            flags_item = Flag(flags_item_data)

            flags.append(flags_item)

        id = UUID(d.pop("id"))

        kind = PunchKind(d.pop("kind"))

        method = Method(d.pop("method"))

        offline = d.pop("offline")

        punched_at = datetime.datetime.fromisoformat(d.pop("punched_at"))

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        def _parse_review_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        review_status = _parse_review_status(d.pop("review_status"))

        store_id = UUID(d.pop("store_id"))

        def _parse_punched_at_local(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                punched_at_local_type_0 = datetime.datetime.fromisoformat(data)

                return punched_at_local_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        punched_at_local = _parse_punched_at_local(d.pop("punched_at_local", UNSET))

        def _parse_store_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        store_name = _parse_store_name(d.pop("store_name", UNSET))

        def _parse_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("time_zone", UNSET))

        verdict = cast(Literal["accepted"] | Unset, d.pop("verdict", UNSET))
        if verdict != "accepted" and not isinstance(verdict, Unset):
            raise ValueError(f"verdict must match const 'accepted', got '{verdict}'")

        punch_read = cls(
            accuracy_m=accuracy_m,
            client_time=client_time,
            distance_m=distance_m,
            flags=flags,
            id=id,
            kind=kind,
            method=method,
            offline=offline,
            punched_at=punched_at,
            received_at=received_at,
            review_status=review_status,
            store_id=store_id,
            punched_at_local=punched_at_local,
            store_name=store_name,
            time_zone=time_zone,
            verdict=verdict,
        )

        punch_read.additional_properties = d
        return punch_read

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
