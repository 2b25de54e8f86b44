from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.access_entry_read import AccessEntryRead
    from ..models.care_profile_read import CareProfileRead
    from ..models.constraint_read import ConstraintRead


T = TypeVar("T", bound="CareExport")


@_attrs_define
class CareExport:
    """Everything the system holds about the person's care: the profile, consents, HR's reads and the
    constraints in force, as one document (PIPL: the right to a copy).

        Attributes:
            access_log (list[AccessEntryRead]):
            constraints (list[ConstraintRead]):
            exported_at (datetime.datetime):
            profile (CareProfileRead):
    """

    access_log: list[AccessEntryRead]
    constraints: list[ConstraintRead]
    exported_at: datetime.datetime
    profile: CareProfileRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_log = []
        for access_log_item_data in self.access_log:
            access_log_item = access_log_item_data.to_dict()
            access_log.append(access_log_item)

        constraints = []
        for constraints_item_data in self.constraints:
            constraints_item = constraints_item_data.to_dict()
            constraints.append(constraints_item)

        exported_at = self.exported_at.isoformat()

        profile = self.profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_log": access_log,
                "constraints": constraints,
                "exported_at": exported_at,
                "profile": profile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_entry_read import AccessEntryRead  # noqa: PLC0415
        from ..models.care_profile_read import CareProfileRead  # noqa: PLC0415
        from ..models.constraint_read import ConstraintRead  # noqa: PLC0415

        d = dict(src_dict)
        access_log = []
        _access_log = d.pop("access_log")
        for access_log_item_data in _access_log:
            access_log_item = AccessEntryRead.from_dict(access_log_item_data)

            access_log.append(access_log_item)

        constraints = []
        _constraints = d.pop("constraints")
        for constraints_item_data in _constraints:
            constraints_item = ConstraintRead.from_dict(constraints_item_data)

            constraints.append(constraints_item)

        exported_at = datetime.datetime.fromisoformat(d.pop("exported_at"))

        profile = CareProfileRead.from_dict(d.pop("profile"))

        care_export = cls(
            access_log=access_log,
            constraints=constraints,
            exported_at=exported_at,
            profile=profile,
        )

        care_export.additional_properties = d
        return care_export

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
