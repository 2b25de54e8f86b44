"""Contains all the data models used in inputs/outputs"""

from .access_point_in import AccessPointIn
from .access_point_read import AccessPointRead
from .access_points_update import AccessPointsUpdate
from .account_create import AccountCreate
from .account_read import AccountRead
from .account_update import AccountUpdate
from .adjustment_create import AdjustmentCreate
from .adjustment_read import AdjustmentRead
from .approver import Approver
from .assign_input import AssignInput
from .assignment_kind import AssignmentKind
from .assignment_read import AssignmentRead
from .attachment_read import AttachmentRead
from .attempt_read import AttemptRead
from .attendance_day import AttendanceDay
from .audit_entry_read import AuditEntryRead
from .audit_entry_read_changes import AuditEntryReadChanges
from .band import Band
from .bands_scoring import BandsScoring
from .batch_item_result import BatchItemResult
from .batch_item_result_problem_type_0 import BatchItemResultProblemType0
from .batch_punch import BatchPunch
from .batch_result import BatchResult
from .business_hours_in import BusinessHoursIn
from .business_hours_in_weekly import BusinessHoursInWeekly
from .business_hours_read import BusinessHoursRead
from .business_hours_read_weekly import BusinessHoursReadWeekly
from .cancel_request import CancelRequest
from .chain_read import ChainRead
from .chain_step import ChainStep
from .chain_update import ChainUpdate
from .client_create import ClientCreate
from .client_credentials_grant import ClientCredentialsGrant
from .client_read import ClientRead
from .client_update import ClientUpdate
from .client_with_secret import ClientWithSecret
from .clock_qr import ClockQr
from .clock_view import ClockView
from .commission_funding import CommissionFunding
from .condition import Condition
from .condition_result import ConditionResult
from .correction_create import CorrectionCreate
from .correction_line import CorrectionLine
from .correction_read import CorrectionRead
from .current_step import CurrentStep
from .decision import Decision
from .delivery_read import DeliveryRead
from .delivery_read_data import DeliveryReadData
from .delivery_status import DeliveryStatus
from .department_participation import DepartmentParticipation
from .department_stats import DepartmentStats
from .direction import Direction
from .early_close import EarlyClose
from .employee_assignments import EmployeeAssignments
from .employee_create import EmployeeCreate
from .employee_read import EmployeeRead
from .employee_score import EmployeeScore
from .employee_status import EmployeeStatus
from .employee_update import EmployeeUpdate
from .event_kind import EventKind
from .event_read import EventRead
from .event_read_data import EventReadData
from .field_problem import FieldProblem
from .fixed_funding import FixedFunding
from .flag import Flag
from .funding_line import FundingLine
from .grant_view import GrantView
from .inbox import Inbox
from .ledger_entry_read import LedgerEntryRead
from .ledger_entry_read_kind import LedgerEntryReadKind
from .line_ref import LineRef
from .line_rejection import LineRejection
from .linked_result import LinkedResult
from .linked_rule import LinkedRule
from .liveness import Liveness
from .marked import Marked
from .me_read import MeRead
from .measure import Measure
from .member_line import MemberLine
from .member_line_details import MemberLineDetails
from .member_read import MemberRead
from .member_set import MemberSet
from .method import Method
from .metric_definition_create import MetricDefinitionCreate
from .metric_definition_read import MetricDefinitionRead
from .metric_definition_update import MetricDefinitionUpdate
from .metric_ingest_result import MetricIngestResult
from .metric_score import MetricScore
from .metric_value_batch import MetricValueBatch
from .metric_value_in import MetricValueIn
from .my_pool import MyPool
from .notification_read import NotificationRead
from .operator import Operator
from .org_unit_create import OrgUnitCreate
from .org_unit_kind import OrgUnitKind
from .org_unit_read import OrgUnitRead
from .org_unit_update import OrgUnitUpdate
from .organisation_settings_read import OrganisationSettingsRead
from .organisation_settings_update import OrganisationSettingsUpdate
from .page_account_read import PageAccountRead
from .page_audit_entry_read import PageAuditEntryRead
from .page_client_read import PageClientRead
from .page_delivery_read import PageDeliveryRead
from .page_employee_read import PageEmployeeRead
from .page_metric_definition_read import PageMetricDefinitionRead
from .page_notification_read import PageNotificationRead
from .page_org_unit_read import PageOrgUnitRead
from .page_pool_read import PagePoolRead
from .page_punch_read import PagePunchRead
from .page_subscription_read import PageSubscriptionRead
from .page_template_read import PageTemplateRead
from .page_ticket_read import PageTicketRead
from .page_transfer_summary import PageTransferSummary
from .password_change import PasswordChange
from .password_grant import PasswordGrant
from .period_read import PeriodRead
from .period_read_status import PeriodReadStatus
from .person_ref import PersonRef
from .pool_create import PoolCreate
from .pool_preview import PoolPreview
from .pool_preview_source import PoolPreviewSource
from .pool_read import PoolRead
from .pool_side import PoolSide
from .pool_status import PoolStatus
from .pool_update import PoolUpdate
from .population import Population
from .problem import Problem
from .profit_funding import ProfitFunding
from .punch_batch import PunchBatch
from .punch_create import PunchCreate
from .punch_kind import PunchKind
from .punch_read import PunchRead
from .punch_review import PunchReview
from .punch_review_decision import PunchReviewDecision
from .ranking import Ranking
from .ranking_entry import RankingEntry
from .ranking_source import RankingSource
from .rating_input import RatingInput
from .rating_scoring import RatingScoring
from .readiness import Readiness
from .refresh_grant import RefreshGrant
from .reopen_input import ReopenInput
from .reply_create import ReplyCreate
from .responder_stats import ResponderStats
from .role import Role
from .role_grant_create import RoleGrantCreate
from .role_grant_read import RoleGrantRead
from .routing_rule_create import RoutingRuleCreate
from .routing_rule_read import RoutingRuleRead
from .sales_batch import SalesBatch
from .sales_funding import SalesFunding
from .sales_ingest_result import SalesIngestResult
from .sales_line_in import SalesLineIn
from .scope import Scope
from .score_part import ScorePart
from .secret_info import SecretInfo
from .secret_rotation import SecretRotation
from .side import Side
from .sla_policies_update import SlaPoliciesUpdate
from .sla_policy_in import SlaPolicyIn
from .sla_policy_read import SlaPolicyRead
from .source import Source
from .statement import Statement
from .status_change import StatusChange
from .status_change_status import StatusChangeStatus
from .step_decision import StepDecision
from .step_view import StepView
from .store_attendance import StoreAttendance
from .store_attendance_person import StoreAttendancePerson
from .subscription_create import SubscriptionCreate
from .subscription_read import SubscriptionRead
from .subscription_update import SubscriptionUpdate
from .subscription_with_secret import SubscriptionWithSecret
from .sync_page_synced_assignment import SyncPageSyncedAssignment
from .sync_page_synced_employee import SyncPageSyncedEmployee
from .sync_page_synced_transfer import SyncPageSyncedTransfer
from .synced_assignment import SyncedAssignment
from .synced_employee import SyncedEmployee
from .synced_transfer import SyncedTransfer
from .target_read import TargetRead
from .target_scoring import TargetScoring
from .target_set import TargetSet
from .template_create import TemplateCreate
from .template_line import TemplateLine
from .template_line_read import TemplateLineRead
from .template_read import TemplateRead
from .template_rules_settings import TemplateRulesSettings
from .template_update import TemplateUpdate
from .ticket_create import TicketCreate
from .ticket_priority import TicketPriority
from .ticket_read import TicketRead
from .ticket_stats import TicketStats
from .ticket_status import TicketStatus
from .tickets_attach_form import TicketsAttachForm
from .tickets_list_scope import TicketsListScope
from .timesheet import Timesheet
from .timesheet_row import TimesheetRow
from .token_response import TokenResponse
from .trail_action import TrailAction
from .trail_entry_read import TrailEntryRead
from .transfer_create import TransferCreate
from .transfer_input import TransferInput
from .transfer_kind import TransferKind
from .transfer_note import TransferNote
from .transfer_read import TransferRead
from .transfer_stats import TransferStats
from .transfer_status import TransferStatus
from .transfer_summary import TransferSummary
from .transfer_update import TransferUpdate
from .unit_member import UnitMember
from .unit_member_source import UnitMemberSource
from .value_entry import ValueEntry
from .value_read import ValueRead
from .webhook_event import WebhookEvent

__all__ = (
    "AccessPointIn",
    "AccessPointRead",
    "AccessPointsUpdate",
    "AccountCreate",
    "AccountRead",
    "AccountUpdate",
    "AdjustmentCreate",
    "AdjustmentRead",
    "Approver",
    "AssignInput",
    "AssignmentKind",
    "AssignmentRead",
    "AttachmentRead",
    "AttemptRead",
    "AttendanceDay",
    "AuditEntryRead",
    "AuditEntryReadChanges",
    "Band",
    "BandsScoring",
    "BatchItemResult",
    "BatchItemResultProblemType0",
    "BatchPunch",
    "BatchResult",
    "BusinessHoursIn",
    "BusinessHoursInWeekly",
    "BusinessHoursRead",
    "BusinessHoursReadWeekly",
    "CancelRequest",
    "ChainRead",
    "ChainStep",
    "ChainUpdate",
    "ClientCreate",
    "ClientCredentialsGrant",
    "ClientRead",
    "ClientUpdate",
    "ClientWithSecret",
    "ClockQr",
    "ClockView",
    "CommissionFunding",
    "Condition",
    "ConditionResult",
    "CorrectionCreate",
    "CorrectionLine",
    "CorrectionRead",
    "CurrentStep",
    "Decision",
    "DeliveryRead",
    "DeliveryReadData",
    "DeliveryStatus",
    "DepartmentParticipation",
    "DepartmentStats",
    "Direction",
    "EarlyClose",
    "EmployeeAssignments",
    "EmployeeCreate",
    "EmployeeRead",
    "EmployeeScore",
    "EmployeeStatus",
    "EmployeeUpdate",
    "EventKind",
    "EventRead",
    "EventReadData",
    "FieldProblem",
    "FixedFunding",
    "Flag",
    "FundingLine",
    "GrantView",
    "Inbox",
    "LedgerEntryRead",
    "LedgerEntryReadKind",
    "LineRef",
    "LineRejection",
    "LinkedResult",
    "LinkedRule",
    "Liveness",
    "Marked",
    "Measure",
    "MemberLine",
    "MemberLineDetails",
    "MemberRead",
    "MemberSet",
    "MeRead",
    "Method",
    "MetricDefinitionCreate",
    "MetricDefinitionRead",
    "MetricDefinitionUpdate",
    "MetricIngestResult",
    "MetricScore",
    "MetricValueBatch",
    "MetricValueIn",
    "MyPool",
    "NotificationRead",
    "Operator",
    "OrganisationSettingsRead",
    "OrganisationSettingsUpdate",
    "OrgUnitCreate",
    "OrgUnitKind",
    "OrgUnitRead",
    "OrgUnitUpdate",
    "PageAccountRead",
    "PageAuditEntryRead",
    "PageClientRead",
    "PageDeliveryRead",
    "PageEmployeeRead",
    "PageMetricDefinitionRead",
    "PageNotificationRead",
    "PageOrgUnitRead",
    "PagePoolRead",
    "PagePunchRead",
    "PageSubscriptionRead",
    "PageTemplateRead",
    "PageTicketRead",
    "PageTransferSummary",
    "PasswordChange",
    "PasswordGrant",
    "PeriodRead",
    "PeriodReadStatus",
    "PersonRef",
    "PoolCreate",
    "PoolPreview",
    "PoolPreviewSource",
    "PoolRead",
    "PoolSide",
    "PoolStatus",
    "PoolUpdate",
    "Population",
    "Problem",
    "ProfitFunding",
    "PunchBatch",
    "PunchCreate",
    "PunchKind",
    "PunchRead",
    "PunchReview",
    "PunchReviewDecision",
    "Ranking",
    "RankingEntry",
    "RankingSource",
    "RatingInput",
    "RatingScoring",
    "Readiness",
    "RefreshGrant",
    "ReopenInput",
    "ReplyCreate",
    "ResponderStats",
    "Role",
    "RoleGrantCreate",
    "RoleGrantRead",
    "RoutingRuleCreate",
    "RoutingRuleRead",
    "SalesBatch",
    "SalesFunding",
    "SalesIngestResult",
    "SalesLineIn",
    "Scope",
    "ScorePart",
    "SecretInfo",
    "SecretRotation",
    "Side",
    "SlaPoliciesUpdate",
    "SlaPolicyIn",
    "SlaPolicyRead",
    "Source",
    "Statement",
    "StatusChange",
    "StatusChangeStatus",
    "StepDecision",
    "StepView",
    "StoreAttendance",
    "StoreAttendancePerson",
    "SubscriptionCreate",
    "SubscriptionRead",
    "SubscriptionUpdate",
    "SubscriptionWithSecret",
    "SyncedAssignment",
    "SyncedEmployee",
    "SyncedTransfer",
    "SyncPageSyncedAssignment",
    "SyncPageSyncedEmployee",
    "SyncPageSyncedTransfer",
    "TargetRead",
    "TargetScoring",
    "TargetSet",
    "TemplateCreate",
    "TemplateLine",
    "TemplateLineRead",
    "TemplateRead",
    "TemplateRulesSettings",
    "TemplateUpdate",
    "TicketCreate",
    "TicketPriority",
    "TicketRead",
    "TicketsAttachForm",
    "TicketsListScope",
    "TicketStats",
    "TicketStatus",
    "Timesheet",
    "TimesheetRow",
    "TokenResponse",
    "TrailAction",
    "TrailEntryRead",
    "TransferCreate",
    "TransferInput",
    "TransferKind",
    "TransferNote",
    "TransferRead",
    "TransferStats",
    "TransferStatus",
    "TransferSummary",
    "TransferUpdate",
    "UnitMember",
    "UnitMemberSource",
    "ValueEntry",
    "ValueRead",
    "WebhookEvent",
)
