"""Every table, imported in one place so migrations and tests see the whole schema."""

from domain.attendance.models import ClockIn, StoreAccessPoint
from domain.auth.models import RefreshToken, SignInKnownAddress, SignInThrottle
from domain.care.models import (
    ArrangementChain,
    ArrangementTrailEntry,
    CareAccessEntry,
    CareConsent,
    CarePeriod,
    CareRecord,
    FlexibleArrangement,
    ProtectionPolicyVersion,
    WomenShareMember,
)
from domain.integrations.models import (
    ChangeFeedCounter,
    ClientSecret,
    DailyEmployeeSales,
    DailyStoreSales,
    IntegrationClient,
    RateWindow,
    SalesLine,
    WebhookAttempt,
    WebhookDelivery,
    WebhookSubscription,
)
from domain.notifications.models import Notification, NotificationKindSetting, NotificationPreference
from domain.org.models import OrgUnit
from domain.org.settings import OrganisationSettings
from domain.people.models import Account, Assignment, Employee, RoleGrant
from domain.performance.models import (
    FrozenScore,
    MetricDefinition,
    MetricTarget,
    MetricValue,
    PerformancePeriod,
    ScorecardTemplate,
    ScoringSettings,
)
from domain.pools.models import Pool, PoolAdjustment, PoolLedgerEntry, PoolMember
from domain.postings.models import EmployeeSkill, Posting, PostingApplication, Skill
from domain.rosters.models import (
    Roster,
    RosterOverride,
    RosterPolicyVersion,
    RosterShift,
    ShiftSwap,
    ShiftTemplate,
)
from domain.shared.audit import AuditEntry
from domain.shared.idempotency import IdempotencyRecord
from domain.shared.outbox import OutboxEvent
from domain.shared.subscribers import SubscriberTask
from domain.tickets.models import (
    DepartmentCalendar,
    RoutingRule,
    SlaPolicy,
    Ticket,
    TicketAttachment,
    TicketEscalation,
    TicketEvent,
    TicketPause,
)
from domain.training.models import (
    Course,
    CourseCredit,
    CreditEntry,
    CreditPlan,
    TrainingCompletion,
    TrainingPolicyVersion,
)
from domain.transfers.models import Transfer, TransferChain, TransferTrailEntry

__all__ = [
    "Account",
    "ArrangementChain",
    "ArrangementTrailEntry",
    "Assignment",
    "AuditEntry",
    "CareAccessEntry",
    "CareConsent",
    "CarePeriod",
    "CareRecord",
    "ChangeFeedCounter",
    "ClientSecret",
    "ClockIn",
    "Course",
    "CourseCredit",
    "CreditEntry",
    "CreditPlan",
    "DailyEmployeeSales",
    "DailyStoreSales",
    "DepartmentCalendar",
    "Employee",
    "EmployeeSkill",
    "FlexibleArrangement",
    "FrozenScore",
    "IdempotencyRecord",
    "IntegrationClient",
    "MetricDefinition",
    "MetricTarget",
    "MetricValue",
    "Notification",
    "NotificationKindSetting",
    "NotificationPreference",
    "OrgUnit",
    "OrganisationSettings",
    "OutboxEvent",
    "PerformancePeriod",
    "Pool",
    "PoolAdjustment",
    "PoolLedgerEntry",
    "PoolMember",
    "Posting",
    "PostingApplication",
    "ProtectionPolicyVersion",
    "RateWindow",
    "RefreshToken",
    "RoleGrant",
    "Roster",
    "RosterOverride",
    "RosterPolicyVersion",
    "RosterShift",
    "RoutingRule",
    "SalesLine",
    "ScorecardTemplate",
    "ScoringSettings",
    "ShiftSwap",
    "ShiftTemplate",
    "SignInKnownAddress",
    "SignInThrottle",
    "Skill",
    "SlaPolicy",
    "StoreAccessPoint",
    "SubscriberTask",
    "Ticket",
    "TicketAttachment",
    "TicketEscalation",
    "TicketEvent",
    "TicketPause",
    "TrainingCompletion",
    "TrainingPolicyVersion",
    "Transfer",
    "TransferChain",
    "TransferTrailEntry",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookSubscription",
    "WomenShareMember",
]
