"""Every table, imported in one place so migrations and tests see the whole schema; importing it also
imports every context, so the registrations contexts make with lower ones (domain.performance.sources)
are all made. The app and the worker import it at start."""

from domain.attendance.models import ClockIn, StoreAccessPoint
from domain.auth.client_models import ClientSecret, IntegrationClient, RateWindow
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
from domain.growth.models import (
    EligibilityNotice,
    EligibilityRule,
    EligibilityWatermark,
    GrowthReport,
    MentorCheckIn,
    Mentorship,
    PostingFeedback,
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
from domain.postings.models import Posting, PostingApplication
from domain.rosters.models import (
    Roster,
    RosterOverride,
    RosterPolicyVersion,
    RosterShift,
    ShiftSwap,
    ShiftTemplate,
)
from domain.sales.models import DailyEmployeeSales, DailyStoreSales, SalesLine
from domain.shared.audit import AuditEntry
from domain.shared.idempotency import IdempotencyRecord
from domain.shared.outbox import OutboxEvent
from domain.shared.subscribers import SubscriberTask
from domain.skills.models import EmployeeSkill, Skill
from domain.sync.models import ChangeFeedCounter
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
    AllowanceLine,
    AllowanceMonth,
    BonusLine,
    BonusRule,
    Course,
    CourseCredit,
    CreditEntry,
    CreditPlan,
    TrainingCompletion,
    TrainingPolicyVersion,
)
from domain.transfers.models import Transfer, TransferChain, TransferTrailEntry
from domain.webhooks.models import WebhookAttempt, WebhookDelivery, WebhookSubscription

__all__ = [
    "Account",
    "AllowanceLine",
    "AllowanceMonth",
    "ArrangementChain",
    "ArrangementTrailEntry",
    "Assignment",
    "AuditEntry",
    "BonusLine",
    "BonusRule",
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
    "EligibilityNotice",
    "EligibilityRule",
    "EligibilityWatermark",
    "Employee",
    "EmployeeSkill",
    "FlexibleArrangement",
    "FrozenScore",
    "GrowthReport",
    "IdempotencyRecord",
    "IntegrationClient",
    "MentorCheckIn",
    "Mentorship",
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
    "PostingFeedback",
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
