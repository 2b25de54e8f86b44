from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.me_update_language_type_0 import MeUpdateLanguageType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeUpdate")


@_attrs_define
class MeUpdate:
    """What a person changes about their own account (tokens issued from now on carry it).

    Attributes:
        language (MeUpdateLanguageType0 | None | Unset): zh-CN or en; null returns to the organisation's default
    """

    language: MeUpdateLanguageType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, MeUpdateLanguageType0):
            language = self.language.value
        else:
            language = self.language

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_language(data: object) -> MeUpdateLanguageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = MeUpdateLanguageType0(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeUpdateLanguageType0 | None | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        me_update = cls(
            language=language,
        )

        return me_update
