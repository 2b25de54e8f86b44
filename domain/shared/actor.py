"""Who is acting: a signed-in person (role grants scoped to org subtrees) or a machine client
(scopes such as `ingest:sales`, optionally limited to org subtrees).

Services receive an Actor and make every authorization decision from it; routers never decide.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field, replace


class Role(enum.StrEnum):
    EMPLOYEE = "employee"
    STORE_MANAGER = "store_manager"
    DEPT_HEAD = "dept_head"
    HR = "hr"
    LEADER = "leader"
    ADMIN = "admin"


# Roles that see every person in the organisation, whatever unit their grant names.
ORGANISATION_WIDE_READERS = frozenset({Role.HR, Role.LEADER, Role.ADMIN})
# Roles whose sight reaches the subtree of the unit the grant names.
SUBTREE_READERS = frozenset({Role.STORE_MANAGER, Role.DEPT_HEAD})


USER = "user"
CLIENT = "client"


@dataclass(frozen=True, slots=True)
class Grant:
    role: Role
    org_unit_id: uuid.UUID


@dataclass(frozen=True, slots=True)
class Actor:
    """The caller of a use case. `request_id` ties audit rows to logs."""

    account_id: uuid.UUID
    employee_id: uuid.UUID | None
    grants: tuple[Grant, ...] = ()
    request_id: str | None = None
    session_id: uuid.UUID | None = None
    kind: str = USER
    scopes: frozenset[str] = field(default_factory=frozenset)
    # machine clients only: the org units (with their subtrees) it may act for; None = all
    client_units: tuple[uuid.UUID, ...] | None = None
    # the language texts are rendered in for this caller (domain.shared.i18n), chosen per request
    language: str = "en"

    @property
    def is_client(self) -> bool:
        return self.kind == CLIENT

    def has_role(self, *roles: Role) -> bool:
        return any(grant.role in roles for grant in self.grants)

    @property
    def sees_everyone(self) -> bool:
        return self.has_role(*ORGANISATION_WIDE_READERS)

    def units_for(self, *roles: Role) -> tuple[uuid.UUID, ...]:
        return tuple(dict.fromkeys(g.org_unit_id for g in self.grants if g.role in roles))

    def with_request_id(self, request_id: str | None) -> Actor:
        return replace(self, request_id=request_id)

    def speaking(self, language: str) -> Actor:
        return replace(self, language=language)
