"""Contains all the data models used in inputs/outputs"""

from .access_point_in import AccessPointIn
from .access_point_read import AccessPointRead
from .access_points_update import AccessPointsUpdate
from .account_create import AccountCreate
from .account_read import AccountRead
from .account_update import AccountUpdate
from .approver import Approver
from .assignment_kind import AssignmentKind
from .assignment_read import AssignmentRead
from .attendance_day import AttendanceDay
from .audit_entry_read import AuditEntryRead
from .audit_entry_read_changes import AuditEntryReadChanges
from .batch_item_result import BatchItemResult
from .batch_item_result_problem_type_0 import BatchItemResultProblemType0
from .batch_punch import BatchPunch
from .batch_result import BatchResult
from .cancel_request import CancelRequest
from .chain_read import ChainRead
from .chain_step import ChainStep
from .chain_update import ChainUpdate
from .clock_qr import ClockQr
from .current_step import CurrentStep
from .decision import Decision
from .department_participation import DepartmentParticipation
from .employee_assignments import EmployeeAssignments
from .employee_create import EmployeeCreate
from .employee_read import EmployeeRead
from .employee_status import EmployeeStatus
from .employee_update import EmployeeUpdate
from .field_problem import FieldProblem
from .flag import Flag
from .grant_view import GrantView
from .inbox import Inbox
from .liveness import Liveness
from .me_read import MeRead
from .method import Method
from .org_unit_create import OrgUnitCreate
from .org_unit_kind import OrgUnitKind
from .org_unit_read import OrgUnitRead
from .org_unit_update import OrgUnitUpdate
from .page_account_read import PageAccountRead
from .page_audit_entry_read import PageAuditEntryRead
from .page_employee_read import PageEmployeeRead
from .page_org_unit_read import PageOrgUnitRead
from .page_punch_read import PagePunchRead
from .page_transfer_summary import PageTransferSummary
from .password_change import PasswordChange
from .password_grant import PasswordGrant
from .person_ref import PersonRef
from .problem import Problem
from .punch_batch import PunchBatch
from .punch_create import PunchCreate
from .punch_kind import PunchKind
from .punch_read import PunchRead
from .punch_review import PunchReview
from .punch_review_decision import PunchReviewDecision
from .readiness import Readiness
from .refresh_grant import RefreshGrant
from .role import Role
from .role_grant_create import RoleGrantCreate
from .role_grant_read import RoleGrantRead
from .step_decision import StepDecision
from .step_view import StepView
from .store_attendance import StoreAttendance
from .store_attendance_person import StoreAttendancePerson
from .timesheet import Timesheet
from .timesheet_row import TimesheetRow
from .token_response import TokenResponse
from .trail_action import TrailAction
from .trail_entry_read import TrailEntryRead
from .transfer_create import TransferCreate
from .transfer_kind import TransferKind
from .transfer_note import TransferNote
from .transfer_read import TransferRead
from .transfer_stats import TransferStats
from .transfer_status import TransferStatus
from .transfer_summary import TransferSummary
from .transfer_update import TransferUpdate
from .unit_member import UnitMember
from .unit_member_source import UnitMemberSource

__all__ = (
    "AccessPointIn",
    "AccessPointRead",
    "AccessPointsUpdate",
    "AccountCreate",
    "AccountRead",
    "AccountUpdate",
    "Approver",
    "AssignmentKind",
    "AssignmentRead",
    "AttendanceDay",
    "AuditEntryRead",
    "AuditEntryReadChanges",
    "BatchItemResult",
    "BatchItemResultProblemType0",
    "BatchPunch",
    "BatchResult",
    "CancelRequest",
    "ChainRead",
    "ChainStep",
    "ChainUpdate",
    "ClockQr",
    "CurrentStep",
    "Decision",
    "DepartmentParticipation",
    "EmployeeAssignments",
    "EmployeeCreate",
    "EmployeeRead",
    "EmployeeStatus",
    "EmployeeUpdate",
    "FieldProblem",
    "Flag",
    "GrantView",
    "Inbox",
    "Liveness",
    "MeRead",
    "Method",
    "OrgUnitCreate",
    "OrgUnitKind",
    "OrgUnitRead",
    "OrgUnitUpdate",
    "PageAccountRead",
    "PageAuditEntryRead",
    "PageEmployeeRead",
    "PageOrgUnitRead",
    "PagePunchRead",
    "PageTransferSummary",
    "PasswordChange",
    "PasswordGrant",
    "PersonRef",
    "Problem",
    "PunchBatch",
    "PunchCreate",
    "PunchKind",
    "PunchRead",
    "PunchReview",
    "PunchReviewDecision",
    "Readiness",
    "RefreshGrant",
    "Role",
    "RoleGrantCreate",
    "RoleGrantRead",
    "StepDecision",
    "StepView",
    "StoreAttendance",
    "StoreAttendancePerson",
    "Timesheet",
    "TimesheetRow",
    "TokenResponse",
    "TrailAction",
    "TrailEntryRead",
    "TransferCreate",
    "TransferKind",
    "TransferNote",
    "TransferRead",
    "TransferStats",
    "TransferStatus",
    "TransferSummary",
    "TransferUpdate",
    "UnitMember",
    "UnitMemberSource",
)
