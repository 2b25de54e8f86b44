from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.role import Role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credits_ import Credits
    from ..models.frontline_performance import FrontlinePerformance
    from ..models.frontline_time import FrontlineTime


T = TypeVar("T", bound="RuleUpdate")


@_attrs_define
class RuleUpdate:
    """
    Attributes:
        conditions (list[Credits | FrontlinePerformance | FrontlineTime]): All must be met
        target (str): The role or title the rule opens the way to
        title (str):
        active (bool | Unset):  Default: True.
        applies_to_roles (list[Role] | Unset): Who is evaluated: holders of these roles (none: every active employee)
        local_title (None | str | Unset):
        version (int | None | Unset): The version read, when changing a rule
    """

    conditions: list[Credits | FrontlinePerformance | FrontlineTime]
    target: str
    title: str
    active: bool | Unset = True
    applies_to_roles: list[Role] | Unset = UNSET
    local_title: None | str | Unset = UNSET
    version: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.frontline_performance import FrontlinePerformance  # noqa: PLC0415
        from ..models.frontline_time import FrontlineTime  # noqa: PLC0415

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

        target = self.target

        title = self.title

        active = self.active

        applies_to_roles: list[str] | Unset = UNSET
        if not isinstance(self.applies_to_roles, Unset):
            applies_to_roles = []
            for applies_to_roles_item_data in self.applies_to_roles:
                applies_to_roles_item = applies_to_roles_item_data.value
                applies_to_roles.append(applies_to_roles_item)

        local_title: None | str | Unset
        if isinstance(self.local_title, Unset):
            local_title = UNSET
        else:
            local_title = self.local_title

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conditions": conditions,
                "target": target,
                "title": title,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if applies_to_roles is not UNSET:
            field_dict["applies_to_roles"] = applies_to_roles
        if local_title is not UNSET:
            field_dict["local_title"] = local_title
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credits_ import Credits  # noqa: PLC0415
        from ..models.frontline_performance import FrontlinePerformance  # noqa: PLC0415
        from ..models.frontline_time import FrontlineTime  # noqa: PLC0415

        d = dict(src_dict)
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

        target = d.pop("target")

        title = d.pop("title")

        active = d.pop("active", UNSET)

        _applies_to_roles = d.pop("applies_to_roles", UNSET)
        applies_to_roles: list[Role] | Unset = UNSET
        if _applies_to_roles is not UNSET:
            applies_to_roles = []
            for applies_to_roles_item_data in _applies_to_roles:
                applies_to_roles_item = Role(applies_to_roles_item_data)

                applies_to_roles.append(applies_to_roles_item)

        def _parse_local_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_title = _parse_local_title(d.pop("local_title", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        rule_update = cls(
            conditions=conditions,
            target=target,
            title=title,
            active=active,
            applies_to_roles=applies_to_roles,
            local_title=local_title,
            version=version,
        )

        return rule_update
