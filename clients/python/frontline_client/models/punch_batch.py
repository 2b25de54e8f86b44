from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.batch_punch import BatchPunch


T = TypeVar("T", bound="PunchBatch")


@_attrs_define
class PunchBatch:
    """Punches the phone kept while offline, sent when it is back; each answered on its own.

    Attributes:
        punches (list[BatchPunch]):
    """

    punches: list[BatchPunch]

    def to_dict(self) -> dict[str, Any]:
        punches = []
        for punches_item_data in self.punches:
            punches_item = punches_item_data.to_dict()
            punches.append(punches_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "punches": punches,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_punch import BatchPunch  # noqa: PLC0415

        d = dict(src_dict)
        punches = []
        _punches = d.pop("punches")
        for punches_item_data in _punches:
            punches_item = BatchPunch.from_dict(punches_item_data)

            punches.append(punches_item)

        punch_batch = cls(
            punches=punches,
        )

        return punch_batch
