"""What the signed-in person learns about themselves."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, Field

from domain.org.models import OrgUnitKind
from domain.people.schemas import EmployeeRead
from domain.shared.actor import Role
from domain.shared.schemas import InputModel, Language, Password


class GrantView(BaseModel):
    role: Role
    org_unit_id: uuid.UUID
    org_unit_code: str
    org_unit_name: str
    org_unit_kind: OrgUnitKind


class MeRead(BaseModel):
    account_id: uuid.UUID
    email: str | None
    employee: EmployeeRead | None
    grants: list[GrantView] = Field(description="Each role reaches the named unit and its whole subtree")
    sees_everyone: bool = Field(description="True for HR, leaders and administrators")
    language: Language | None = Field(
        description="The language I chose for texts (null: the organisation's default); an Accept-Language "
        "naming zh-CN or en wins for that request"
    )


class MeUpdate(InputModel):
    """What a person changes about their own account (tokens issued from now on carry it)."""

    language: Language | None = Field(
        default=None, description="zh-CN or en; null returns to the organisation's default"
    )


class PasswordChange(InputModel):
    current_password: str = Field(max_length=128)
    new_password: Password
