"""Every table, imported in one place so migrations and tests see the whole schema."""

from domain.auth.models import RefreshToken
from domain.org.models import OrgUnit
from domain.people.models import Account, Assignment, Employee, RoleGrant
from domain.shared.audit import AuditEntry
from domain.shared.outbox import OutboxEvent
from domain.transfers.models import Transfer, TransferChain, TransferTrailEntry

__all__ = [
    "Account",
    "Assignment",
    "AuditEntry",
    "Employee",
    "OrgUnit",
    "OutboxEvent",
    "RefreshToken",
    "RoleGrant",
    "Transfer",
    "TransferChain",
    "TransferTrailEntry",
]
