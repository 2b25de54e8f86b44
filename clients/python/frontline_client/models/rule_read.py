from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role

if TYPE_CHECKING:
    from ..models.credits_ import Credits
    from ..models.frontline_performance import FrontlinePerformance
    from ..models.frontline_time import FrontlineTime


T = TypeVar("T", bound="RuleRead")


@_attrs_define
class RuleRead:
    """
    Attributes:
        active (bool):
        applies_to_roles (list[Role]):
        code (str):
        conditions (list[Credits | FrontlinePerformance | FrontlineTime]):
        local_title (None | str):
        target (str):
        title (str):
        updated_at (datetime.datetime):
        version (int):
    """

    active: bool
    applies_to_roles: list[Role]
    code: str
    conditions: list[Credits | FrontlinePerformance | FrontlineTime]
    local_title: None | str
    target: str
    title: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.frontline_performance import FrontlinePerformance  # noqa: PLC0415
        from ..models.frontline_time import FrontlineTime  # noqa: PLC0415

        active = self.active

        applies_to_roles = []
        for applies_to_roles_item_data in self.applies_to_roles:
            applies_to_roles_item = applies_to_roles_item_data.value
            applies_to_roles.append(applies_to_roles_item)

        code = self.code

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item: dict[str, Any]
            if isinstance(conditions_item_data, FrontlineTime):
                conditions_item = conditions_item_data.to_dict()
            elif isinstance(conditions_item_data, FrontlinePerformance):
                conditions_item = conditions_item_data.to_dict()
            else:
                conditions_item = conditions_item_data.to_dict()

            conditions.append(conditions_item)

        local_title: None | str
        local_title = self.local_title

        target = self.target

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "applies_to_roles": applies_to_roles,
                "code": code,
                "conditions": conditions,
                "local_title": local_title,
                "target": target,
                "title": title,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credits_ import Credits  # noqa: PLC0415
        from ..models.frontline_performance import FrontlinePerformance  # noqa: PLC0415
        from ..models.frontline_time import FrontlineTime  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active")

        applies_to_roles = []
        _applies_to_roles = d.pop("applies_to_roles")
        for applies_to_roles_item_data in _applies_to_roles:
            applies_to_roles_item = Role(applies_to_roles_item_data)

            applies_to_roles.append(applies_to_roles_item)

        code = d.pop("code")

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:

            def _parse_conditions_item(data: object) -> Credits | FrontlinePerformance | FrontlineTime:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    conditions_item_type_0 = FrontlineTime.from_dict(data)

                    return conditions_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    conditions_item_type_1 = FrontlinePerformance.from_dict(data)

                    return conditions_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                conditions_item_type_2 = Credits.from_dict(data)

                return conditions_item_type_2

            conditions_item = _parse_conditions_item(conditions_item_data)

            conditions.append(conditions_item)

        def _parse_local_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        local_title = _parse_local_title(d.pop("local_title"))

        target = d.pop("target")

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        rule_read = cls(
            active=active,
            applies_to_roles=applies_to_roles,
            code=code,
            conditions=conditions,
            local_title=local_title,
            target=target,
            title=title,
            updated_at=updated_at,
            version=version,
        )

        rule_read.additional_properties = d
        return rule_read

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
