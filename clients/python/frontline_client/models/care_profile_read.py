from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.care_profile_read_sex_type_0 import CareProfileReadSexType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.child import Child
    from ..models.consent_read import ConsentRead
    from ..models.home import Home
    from ..models.nursing import Nursing
    from ..models.pregnancy import Pregnancy
    from ..models.safety import Safety


T = TypeVar("T", bound="CareProfileRead")


@_attrs_define
class CareProfileRead:
    """
    Attributes:
        consents (list[ConsentRead]):
        employee_id (UUID):
        updated_at (datetime.datetime | None): When a category last changed; None while empty
        children (list[Child] | None | Unset):
        home (Home | None | Unset):
        notes (None | str | Unset): Free text for HR
        nursing (None | Nursing | Unset):
        pregnancy (None | Pregnancy | Unset):
        safety (None | Safety | Unset):
        sex (CareProfileReadSexType0 | None | Unset): As recorded for labour-law purposes
    """

    consents: list[ConsentRead]
    employee_id: UUID
    updated_at: datetime.datetime | None
    children: list[Child] | None | Unset = UNSET
    home: Home | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    nursing: None | Nursing | Unset = UNSET
    pregnancy: None | Pregnancy | Unset = UNSET
    safety: None | Safety | Unset = UNSET
    sex: CareProfileReadSexType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.home import Home  # noqa: PLC0415
        from ..models.nursing import Nursing  # noqa: PLC0415
        from ..models.pregnancy import Pregnancy  # noqa: PLC0415
        from ..models.safety import Safety  # noqa: PLC0415

        consents = []
        for consents_item_data in self.consents:
            consents_item = consents_item_data.to_dict()
            consents.append(consents_item)

        employee_id = str(self.employee_id)

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        home: dict[str, Any] | None | Unset
        if isinstance(self.home, Unset):
            home = UNSET
        elif isinstance(self.home, Home):
            home = self.home.to_dict()
        else:
            home = self.home

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        nursing: dict[str, Any] | None | Unset
        if isinstance(self.nursing, Unset):
            nursing = UNSET
        elif isinstance(self.nursing, Nursing):
            nursing = self.nursing.to_dict()
        else:
            nursing = self.nursing

        pregnancy: dict[str, Any] | None | Unset
        if isinstance(self.pregnancy, Unset):
            pregnancy = UNSET
        elif isinstance(self.pregnancy, Pregnancy):
            pregnancy = self.pregnancy.to_dict()
        else:
            pregnancy = self.pregnancy

        safety: dict[str, Any] | None | Unset
        if isinstance(self.safety, Unset):
            safety = UNSET
        elif isinstance(self.safety, Safety):
            safety = self.safety.to_dict()
        else:
            safety = self.safety

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        elif isinstance(self.sex, CareProfileReadSexType0):
            sex = self.sex.value
        else:
            sex = self.sex

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "consents": consents,
                "employee_id": employee_id,
                "updated_at": updated_at,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children
        if home is not UNSET:
            field_dict["home"] = home
        if notes is not UNSET:
            field_dict["notes"] = notes
        if nursing is not UNSET:
            field_dict["nursing"] = nursing
        if pregnancy is not UNSET:
            field_dict["pregnancy"] = pregnancy
        if safety is not UNSET:
            field_dict["safety"] = safety
        if sex is not UNSET:
            field_dict["sex"] = sex

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.child import Child  # noqa: PLC0415
        from ..models.consent_read import ConsentRead  # noqa: PLC0415
        from ..models.home import Home  # noqa: PLC0415
        from ..models.nursing import Nursing  # noqa: PLC0415
        from ..models.pregnancy import Pregnancy  # noqa: PLC0415
        from ..models.safety import Safety  # noqa: PLC0415

        d = dict(src_dict)
        consents = []
        _consents = d.pop("consents")
        for consents_item_data in _consents:
            consents_item = ConsentRead.from_dict(consents_item_data)

            consents.append(consents_item)

        employee_id = UUID(d.pop("employee_id"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        def _parse_children(data: object) -> list[Child] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = Child.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Child] | None | Unset, data)

        children = _parse_children(d.pop("children", UNSET))

        def _parse_home(data: object) -> Home | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                home_type_0 = Home.from_dict(data)

                return home_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Home | None | Unset, data)

        home = _parse_home(d.pop("home", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_nursing(data: object) -> None | Nursing | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nursing_type_0 = Nursing.from_dict(data)

                return nursing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Nursing | Unset, data)

        nursing = _parse_nursing(d.pop("nursing", UNSET))

        def _parse_pregnancy(data: object) -> None | Pregnancy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pregnancy_type_0 = Pregnancy.from_dict(data)

                return pregnancy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Pregnancy | Unset, data)

        pregnancy = _parse_pregnancy(d.pop("pregnancy", UNSET))

        def _parse_safety(data: object) -> None | Safety | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                safety_type_0 = Safety.from_dict(data)

                return safety_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Safety | Unset, data)

        safety = _parse_safety(d.pop("safety", UNSET))

        def _parse_sex(data: object) -> CareProfileReadSexType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_0 = CareProfileReadSexType0(data)

                return sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CareProfileReadSexType0 | None | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))

        care_profile_read = cls(
            consents=consents,
            employee_id=employee_id,
            updated_at=updated_at,
            children=children,
            home=home,
            notes=notes,
            nursing=nursing,
            pregnancy=pregnancy,
            safety=safety,
            sex=sex,
        )

        care_profile_read.additional_properties = d
        return care_profile_read

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
