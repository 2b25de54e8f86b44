"""Every table, imported in one place so migrations and tests see the whole schema."""

from domain.attendance.models import ClockIn, StoreAccessPoint
from domain.auth.models import RefreshToken
from domain.org.models import OrgUnit
from domain.people.models import Account, Assignment, Employee, RoleGrant
from domain.shared.audit import AuditEntry
from domain.shared.idempotency import IdempotencyRecord
from domain.shared.outbox import OutboxEvent
from domain.transfers.models import Transfer, TransferChain, TransferTrailEntry

__all__ = [
    "Account",
    "Assignment",
    "AuditEntry",
    "ClockIn",
    "Employee",
    "IdempotencyRecord",
    "OrgUnit",
    "OutboxEvent",
    "RefreshToken",
    "RoleGrant",
    "StoreAccessPoint",
    "Transfer",
    "TransferChain",
    "TransferTrailEntry",
]
