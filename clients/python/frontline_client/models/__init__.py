"""Contains all the data models used in inputs/outputs"""

from .access_entry_read import AccessEntryRead
from .access_point_in import AccessPointIn
from .access_point_read import AccessPointRead
from .access_points_update import AccessPointsUpdate
from .account_create import AccountCreate
from .account_create_language_type_0 import AccountCreateLanguageType0
from .account_read import AccountRead
from .account_read_language_type_0 import AccountReadLanguageType0
from .account_update import AccountUpdate
from .account_update_language_type_0 import AccountUpdateLanguageType0
from .adjustment_create import AdjustmentCreate
from .adjustment_read import AdjustmentRead
from .aggregate import Aggregate
from .allowance_approval import AllowanceApproval
from .allowance_line_read import AllowanceLineRead
from .allowance_month_not_ended_problem import AllowanceMonthNotEndedProblem
from .allowance_month_read import AllowanceMonthRead
from .allowance_not_approved_problem import AllowanceNotApprovedProblem
from .allowance_not_approved_problem_status_now import AllowanceNotApprovedProblemStatusNow
from .allowance_version_conflict_problem import AllowanceVersionConflictProblem
from .analytics_care_arrangements_format import AnalyticsCareArrangementsFormat
from .analytics_care_arrangements_group_by_type_0_item import AnalyticsCareArrangementsGroupByType0Item
from .analytics_collaboration_format import AnalyticsCollaborationFormat
from .analytics_growth_format import AnalyticsGrowthFormat
from .analytics_growth_group_by_type_0_item import AnalyticsGrowthGroupByType0Item
from .analytics_late_shifts_format import AnalyticsLateShiftsFormat
from .analytics_late_shifts_group_by_type_0_item import AnalyticsLateShiftsGroupByType0Item
from .analytics_leader_days_format import AnalyticsLeaderDaysFormat
from .analytics_participation_format import AnalyticsParticipationFormat
from .analytics_participation_group_by_type_0_item import AnalyticsParticipationGroupByType0Item
from .analytics_pool_payouts_format import AnalyticsPoolPayoutsFormat
from .analytics_retention_format import AnalyticsRetentionFormat
from .analytics_retention_group_by_type_0_item import AnalyticsRetentionGroupByType0Item
from .analytics_satisfaction_format import AnalyticsSatisfactionFormat
from .analytics_satisfaction_group_by_type_0_item import AnalyticsSatisfactionGroupByType0Item
from .analytics_settings_read import AnalyticsSettingsRead
from .analytics_settings_update import AnalyticsSettingsUpdate
from .analytics_turnover_format import AnalyticsTurnoverFormat
from .analytics_turnover_group_by_type_0_item import AnalyticsTurnoverGroupByType0Item
from .answer_create import AnswerCreate
from .answer_create_scores import AnswerCreateScores
from .answer_read import AnswerRead
from .applicant_not_ready_problem import ApplicantNotReadyProblem
from .application_create import ApplicationCreate
from .application_read import ApplicationRead
from .application_status import ApplicationStatus
from .approver import Approver
from .archive_card import ArchiveCard
from .archive_credits import ArchiveCredits
from .archive_metric import ArchiveMetric
from .archive_month import ArchiveMonth
from .archive_posting import ArchivePosting
from .archive_tickets import ArchiveTickets
from .arrangement_chain_read import ArrangementChainRead
from .arrangement_chain_update import ArrangementChainUpdate
from .arrangement_create import ArrangementCreate
from .arrangement_decision import ArrangementDecision
from .arrangement_decision_decision import ArrangementDecisionDecision
from .arrangement_overlap_problem import ArrangementOverlapProblem
from .arrangement_read import ArrangementRead
from .arrangement_status import ArrangementStatus
from .arrangement_step import ArrangementStep
from .arrangement_step_approver import ArrangementStepApprover
from .arrangement_step_mismatch_problem import ArrangementStepMismatchProblem
from .arrangement_trail_read import ArrangementTrailRead
from .arrangement_window_too_short_problem import ArrangementWindowTooShortProblem
from .article_create import ArticleCreate
from .article_hit import ArticleHit
from .article_hit_match_type_0 import ArticleHitMatchType0
from .article_read import ArticleRead
from .article_status import ArticleStatus
from .article_transition import ArticleTransition
from .article_update import ArticleUpdate
from .article_version_read import ArticleVersionRead
from .assign_input import AssignInput
from .assignment_input import AssignmentInput
from .assignment_kind import AssignmentKind
from .assignment_read import AssignmentRead
from .assignment_starting import AssignmentStarting
from .assignment_starting_webhook import AssignmentStartingWebhook
from .attachment_read import AttachmentRead
from .attempt_read import AttemptRead
from .attendance_day import AttendanceDay
from .audience import Audience
from .audience_kind import AudienceKind
from .audience_read import AudienceRead
from .audit_entry_read import AuditEntryRead
from .audit_entry_read_changes import AuditEntryReadChanges
from .band import Band
from .bands_scoring import BandsScoring
from .basis import Basis
from .batch_item_result import BatchItemResult
from .batch_item_result_problem_type_0 import BatchItemResultProblemType0
from .batch_punch import BatchPunch
from .batch_result import BatchResult
from .birth_record import BirthRecord
from .bonus_line_read import BonusLineRead
from .bonus_rule_read import BonusRuleRead
from .bonus_rule_update import BonusRuleUpdate
from .bonus_rule_update_basis import BonusRuleUpdateBasis
from .bonus_rule_version_conflict_problem import BonusRuleVersionConflictProblem
from .broadcast_create import BroadcastCreate
from .broadcast_read import BroadcastRead
from .broadcast_status import BroadcastStatus
from .broadcasts_receipts_state import BroadcastsReceiptsState
from .budget_read import BudgetRead
from .business_hours_in import BusinessHoursIn
from .business_hours_in_weekly import BusinessHoursInWeekly
from .business_hours_read import BusinessHoursRead
from .business_hours_read_weekly import BusinessHoursReadWeekly
from .cancel_request import CancelRequest
from .card_category import CardCategory
from .card_create import CardCreate
from .card_read import CardRead
from .care_export import CareExport
from .care_profile_read import CareProfileRead
from .care_profile_read_sex_type_0 import CareProfileReadSexType0
from .care_profile_update import CareProfileUpdate
from .care_profile_update_sex_type_0 import CareProfileUpdateSexType0
from .category import Category
from .category_balance import CategoryBalance
from .category_share import CategoryShare
from .category_times import CategoryTimes
from .chain_read import ChainRead
from .chain_step import ChainStep
from .chain_update import ChainUpdate
from .check_in_create import CheckInCreate
from .check_in_create_mentee_state import CheckInCreateMenteeState
from .check_in_mentee_part import CheckInMenteePart
from .check_in_read import CheckInRead
from .check_in_read_mentee_state import CheckInReadMenteeState
from .child import Child
from .classroom_sign_in import ClassroomSignIn
from .client_create import ClientCreate
from .client_credentials_grant import ClientCredentialsGrant
from .client_read import ClientRead
from .client_update import ClientUpdate
from .client_with_secret import ClientWithSecret
from .clock_in_flagged import ClockInFlagged
from .clock_in_flagged_webhook import ClockInFlaggedWebhook
from .clock_qr import ClockQr
from .clock_view import ClockView
from .comment_create import CommentCreate
from .comment_read import CommentRead
from .commission_funding import CommissionFunding
from .completion_batch import CompletionBatch
from .completion_in import CompletionIn
from .completion_ingest_result import CompletionIngestResult
from .completion_read import CompletionRead
from .completion_ref import CompletionRef
from .completion_rejection import CompletionRejection
from .condition import Condition
from .condition_result import ConditionResult
from .condition_status import ConditionStatus
from .condition_status_kind import ConditionStatusKind
from .consent_answer import ConsentAnswer
from .consent_answer_decision import ConsentAnswerDecision
from .consent_grant import ConsentGrant
from .consent_holder import ConsentHolder
from .consent_missing_problem import ConsentMissingProblem
from .consent_read import ConsentRead
from .consent_status import ConsentStatus
from .consents_read import ConsentsRead
from .constraint_read import ConstraintRead
from .constraints_read import ConstraintsRead
from .correction import Correction
from .correction_create import CorrectionCreate
from .correction_line import CorrectionLine
from .correction_read import CorrectionRead
from .course_read import CourseRead
from .course_readiness_read import CourseReadinessRead
from .course_stats import CourseStats
from .course_update import CourseUpdate
from .course_version_conflict_problem import CourseVersionConflictProblem
from .coverage_read import CoverageRead
from .credit_category import CreditCategory
from .credit_entry_read import CreditEntryRead
from .credit_summary import CreditSummary
from .credits_ import Credits
from .current_step import CurrentStep
from .decision import Decision
from .deflection_create import DeflectionCreate
from .deflection_read import DeflectionRead
from .delivery import Delivery
from .delivery_read import DeliveryRead
from .delivery_read_data import DeliveryReadData
from .delivery_status import DeliveryStatus
from .department_participation import DepartmentParticipation
from .department_stats import DepartmentStats
from .direction import Direction
from .early_close import EarlyClose
from .eligibility_entry import EligibilityEntry
from .eligibility_list_status import EligibilityListStatus
from .eligibility_rule_version_conflict_problem import EligibilityRuleVersionConflictProblem
from .eligible_read import EligibleRead
from .employee_assignments import EmployeeAssignments
from .employee_create import EmployeeCreate
from .employee_read import EmployeeRead
from .employee_score import EmployeeScore
from .employee_skill_read import EmployeeSkillRead
from .employee_status import EmployeeStatus
from .employee_status_change_read import EmployeeStatusChangeRead
from .employee_update import EmployeeUpdate
from .event_kind import EventKind
from .event_read import EventRead
from .event_read_data import EventReadData
from .featured_read import FeaturedRead
from .feedback_read import FeedbackRead
from .feedback_write import FeedbackWrite
from .field_problem import FieldProblem
from .figure_series import FigureSeries
from .figure_series_direction_type_0 import FigureSeriesDirectionType0
from .fixed_funding import FixedFunding
from .flag import Flag
from .flag_read import FlagRead
from .flag_read_direction import FlagReadDirection
from .frontline_performance import FrontlinePerformance
from .frontline_time import FrontlineTime
from .funding_line import FundingLine
from .geofence_low_accuracy_problem import GeofenceLowAccuracyProblem
from .geofence_outside_problem import GeofenceOutsideProblem
from .grant_view import GrantView
from .granularity import Granularity
from .group_participation import GroupParticipation
from .growth_archive import GrowthArchive
from .growth_report_format import GrowthReportFormat
from .growth_report_read import GrowthReportRead
from .hide_input import HideInput
from .home import Home
from .hours_kind import HoursKind
from .inbox import Inbox
from .insufficient_points_problem import InsufficientPointsProblem
from .insufficient_scope_problem import InsufficientScopeProblem
from .item_kind import ItemKind
from .item_read import ItemRead
from .item_write import ItemWrite
from .kind import Kind
from .knowledge_article_version_conflict_problem import KnowledgeArticleVersionConflictProblem
from .leader_days_read import LeaderDaysRead
from .ledger_entry_read import LedgerEntryRead
from .ledger_entry_read_kind import LedgerEntryReadKind
from .level import Level
from .level_read import LevelRead
from .line_ref import LineRef
from .line_rejection import LineRejection
from .linked_result import LinkedResult
from .linked_rule import LinkedRule
from .liveness import Liveness
from .marked import Marked
from .me_read import MeRead
from .me_read_language_type_0 import MeReadLanguageType0
from .me_update import MeUpdate
from .me_update_language_type_0 import MeUpdateLanguageType0
from .measure import Measure
from .member_line import MemberLine
from .member_line_details import MemberLineDetails
from .member_read import MemberRead
from .member_set import MemberSet
from .mentor_assign import MentorAssign
from .mentor_candidate import MentorCandidate
from .mentorship_read import MentorshipRead
from .method import Method
from .metric_definition_create import MetricDefinitionCreate
from .metric_definition_read import MetricDefinitionRead
from .metric_definition_update import MetricDefinitionUpdate
from .metric_effect import MetricEffect
from .metric_ingest_result import MetricIngestResult
from .metric_score import MetricScore
from .metric_value_batch import MetricValueBatch
from .metric_value_in import MetricValueIn
from .my_allowance import MyAllowance
from .my_band import MyBand
from .my_band_band import MyBandBand
from .my_pool import MyPool
from .my_recognition import MyRecognition
from .my_shift_read import MyShiftRead
from .my_skills import MySkills
from .my_survey import MySurvey
from .next_level import NextLevel
from .no_decider_problem import NoDeciderProblem
from .not_assigned_problem import NotAssignedProblem
from .notification_kind_update import NotificationKindUpdate
from .notification_page import NotificationPage
from .notification_preference_read import NotificationPreferenceRead
from .notification_preference_update import NotificationPreferenceUpdate
from .notification_preferences_update import NotificationPreferencesUpdate
from .notification_read import NotificationRead
from .nursing import Nursing
from .operator import Operator
from .org_unit_create import OrgUnitCreate
from .org_unit_kind import OrgUnitKind
from .org_unit_read import OrgUnitRead
from .org_unit_update import OrgUnitUpdate
from .organisation_settings_read import OrganisationSettingsRead
from .organisation_settings_update import OrganisationSettingsUpdate
from .out_of_stock_problem import OutOfStockProblem
from .over_budget_problem import OverBudgetProblem
from .override_create import OverrideCreate
from .override_create_rule import OverrideCreateRule
from .override_read import OverrideRead
from .page_access_entry_read import PageAccessEntryRead
from .page_account_read import PageAccountRead
from .page_arrangement_read import PageArrangementRead
from .page_article_hit import PageArticleHit
from .page_article_version_read import PageArticleVersionRead
from .page_attachment_read import PageAttachmentRead
from .page_attendance_day import PageAttendanceDay
from .page_audit_entry_read import PageAuditEntryRead
from .page_broadcast_read import PageBroadcastRead
from .page_card_read import PageCardRead
from .page_client_read import PageClientRead
from .page_comment_read import PageCommentRead
from .page_delivery_read import PageDeliveryRead
from .page_eligibility_entry import PageEligibilityEntry
from .page_employee_read import PageEmployeeRead
from .page_event_read import PageEventRead
from .page_item_read import PageItemRead
from .page_metric_definition_read import PageMetricDefinitionRead
from .page_my_pool import PageMyPool
from .page_org_unit_read import PageOrgUnitRead
from .page_person_progress import PagePersonProgress
from .page_points_entry_read import PagePointsEntryRead
from .page_pool_read import PagePoolRead
from .page_post_read import PagePostRead
from .page_posting_read import PagePostingRead
from .page_programme_read import PageProgrammeRead
from .page_punch_read import PagePunchRead
from .page_redemption_read import PageRedemptionRead
from .page_report_read import PageReportRead
from .page_routing_rule_read import PageRoutingRuleRead
from .page_shift_swap_read import PageShiftSwapRead
from .page_sla_policy_read import PageSlaPolicyRead
from .page_story_summary import PageStorySummary
from .page_subscription_read import PageSubscriptionRead
from .page_template_read import PageTemplateRead
from .page_ticket_read import PageTicketRead
from .page_transfer_summary import PageTransferSummary
from .page_unit_member import PageUnitMember
from .pair_cap_problem import PairCapProblem
from .password_change import PasswordChange
from .password_grant import PasswordGrant
from .period_closed import PeriodClosed
from .period_closed_problem import PeriodClosedProblem
from .period_closed_webhook import PeriodClosedWebhook
from .period_not_ended_problem import PeriodNotEndedProblem
from .period_read import PeriodRead
from .period_read_status import PeriodReadStatus
from .person import Person
from .person_progress import PersonProgress
from .person_progress_by_category import PersonProgressByCategory
from .person_ref import PersonRef
from .photo_read import PhotoRead
from .plan_category_read import PlanCategoryRead
from .plan_read import PlanRead
from .plan_update import PlanUpdate
from .plan_version_conflict_problem import PlanVersionConflictProblem
from .points_entry_read import PointsEntryRead
from .points_entry_read_kind import PointsEntryReadKind
from .policy_read import PolicyRead
from .policy_update import PolicyUpdate
from .pool_below_awarded_problem import PoolBelowAwardedProblem
from .pool_calculated import PoolCalculated
from .pool_calculated_webhook import PoolCalculatedWebhook
from .pool_create import PoolCreate
from .pool_not_editable_problem import PoolNotEditableProblem
from .pool_not_editable_problem_status_now import PoolNotEditableProblemStatusNow
from .pool_not_locked_problem import PoolNotLockedProblem
from .pool_not_locked_problem_status_now import PoolNotLockedProblemStatusNow
from .pool_period_not_ended_problem import PoolPeriodNotEndedProblem
from .pool_preview import PoolPreview
from .pool_preview_source import PoolPreviewSource
from .pool_read import PoolRead
from .pool_settled import PoolSettled
from .pool_settled_webhook import PoolSettledWebhook
from .pool_side import PoolSide
from .pool_status import PoolStatus
from .pool_update import PoolUpdate
from .pool_wrong_status_problem import PoolWrongStatusProblem
from .pool_wrong_status_problem_status_now import PoolWrongStatusProblemStatusNow
from .population import Population
from .post_create import PostCreate
from .post_read import PostRead
from .post_status import PostStatus
from .posting_create import PostingCreate
from .posting_match import PostingMatch
from .posting_matches import PostingMatches
from .posting_matches_excluded import PostingMatchesExcluded
from .posting_read import PostingRead
from .posting_status import PostingStatus
from .posting_version import PostingVersion
from .posting_version_conflict_problem import PostingVersionConflictProblem
from .practice_score import PracticeScore
from .practice_score_in import PracticeScoreIn
from .pregnancy import Pregnancy
from .problem import Problem
from .profit_funding import ProfitFunding
from .programme_exhausted_problem import ProgrammeExhaustedProblem
from .programme_read import ProgrammeRead
from .programme_write import ProgrammeWrite
from .punch_batch import PunchBatch
from .punch_create import PunchCreate
from .punch_kind import PunchKind
from .punch_read import PunchRead
from .punch_review import PunchReview
from .punch_review_decision import PunchReviewDecision
from .question import Question
from .question_read import QuestionRead
from .ranking import Ranking
from .ranking_entry import RankingEntry
from .ranking_source import RankingSource
from .rate_limited_problem import RateLimitedProblem
from .rating_input import RatingInput
from .rating_scoring import RatingScoring
from .reaction_counts import ReactionCounts
from .reaction_kind import ReactionKind
from .readiness import Readiness
from .readiness_read import ReadinessRead
from .reason_count import ReasonCount
from .receipts_read import ReceiptsRead
from .recipient_read import RecipientRead
from .recognition_my_cards_box import RecognitionMyCardsBox
from .recognition_version_conflict_problem import RecognitionVersionConflictProblem
from .recommended_course import RecommendedCourse
from .redemption_approved import RedemptionApproved
from .redemption_approved_webhook import RedemptionApprovedWebhook
from .redemption_create import RedemptionCreate
from .redemption_decided_problem import RedemptionDecidedProblem
from .redemption_decision import RedemptionDecision
from .redemption_decision_decision import RedemptionDecisionDecision
from .redemption_read import RedemptionRead
from .redemption_status import RedemptionStatus
from .refresh_grant import RefreshGrant
from .reopen_input import ReopenInput
from .reply_create import ReplyCreate
from .report_input import ReportInput
from .report_read import ReportRead
from .report_result import ReportResult
from .report_result_verdict import ReportResultVerdict
from .required_course import RequiredCourse
from .responder_stats import ResponderStats
from .revocation import Revocation
from .role import Role
from .role_grant_create import RoleGrantCreate
from .role_grant_read import RoleGrantRead
from .roster_check import RosterCheck
from .roster_check_input import RosterCheckInput
from .roster_read import RosterRead
from .roster_rule_broken_problem import RosterRuleBrokenProblem
from .roster_rules import RosterRules
from .roster_rules_read import RosterRulesRead
from .roster_shift_read import RosterShiftRead
from .roster_status import RosterStatus
from .roster_update import RosterUpdate
from .roster_version import RosterVersion
from .roster_version_conflict_problem import RosterVersionConflictProblem
from .roster_violation import RosterViolation
from .roster_violation_numbers import RosterViolationNumbers
from .routing_rule_create import RoutingRuleCreate
from .routing_rule_read import RoutingRuleRead
from .rule_read import RuleRead
from .rule_standing import RuleStanding
from .rule_update import RuleUpdate
from .rule_violation import RuleViolation
from .safety import Safety
from .sales_batch import SalesBatch
from .sales_funding import SalesFunding
from .sales_ingest_result import SalesIngestResult
from .sales_line_in import SalesLineIn
from .satisfaction_series import SatisfactionSeries
from .satisfaction_series_direction_type_0 import SatisfactionSeriesDirectionType0
from .scope import Scope
from .score_part import ScorePart
from .scorecard_rule_violation_problem import ScorecardRuleViolationProblem
from .secret_info import SecretInfo
from .secret_rotation import SecretRotation
from .series_group import SeriesGroup
from .series_group_sex_type_0 import SeriesGroupSexType0
from .series_point import SeriesPoint
from .service_unavailable_problem import ServiceUnavailableProblem
from .settings_read import SettingsRead
from .settings_read_budgets import SettingsReadBudgets
from .settings_update import SettingsUpdate
from .settings_update_budgets import SettingsUpdateBudgets
from .shift_flag import ShiftFlag
from .shift_outcome import ShiftOutcome
from .shift_swap_already_offered_problem import ShiftSwapAlreadyOfferedProblem
from .shift_swap_create import ShiftSwapCreate
from .shift_swap_read import ShiftSwapRead
from .shift_swap_version_conflict_problem import ShiftSwapVersionConflictProblem
from .shift_template_create import ShiftTemplateCreate
from .shift_template_read import ShiftTemplateRead
from .shift_template_update import ShiftTemplateUpdate
from .side import Side
from .sign_in_line import SignInLine
from .skill_credits import SkillCredits
from .skill_read import SkillRead
from .skill_update import SkillUpdate
from .sla_policies_update import SlaPoliciesUpdate
from .sla_policy_in import SlaPolicyIn
from .sla_policy_read import SlaPolicyRead
from .slowest_categories import SlowestCategories
from .source import Source
from .stage import Stage
from .statement import Statement
from .status_change import StatusChange
from .status_change_status import StatusChangeStatus
from .step_already_decided_problem import StepAlreadyDecidedProblem
from .step_decision import StepDecision
from .step_not_open_problem import StepNotOpenProblem
from .step_view import StepView
from .store_attendance import StoreAttendance
from .store_attendance_person import StoreAttendancePerson
from .stories_add_photo_form import StoriesAddPhotoForm
from .story_create import StoryCreate
from .story_read import StoryRead
from .story_status import StoryStatus
from .story_summary import StorySummary
from .story_update import StoryUpdate
from .subscription_create import SubscriptionCreate
from .subscription_read import SubscriptionRead
from .subscription_update import SubscriptionUpdate
from .subscription_with_secret import SubscriptionWithSecret
from .suggest_input import SuggestInput
from .suggestion_read import SuggestionRead
from .suggestion_request import SuggestionRequest
from .summary_write import SummaryWrite
from .survey_comment_read import SurveyCommentRead
from .survey_comments_read import SurveyCommentsRead
from .survey_read import SurveyRead
from .survey_status import SurveyStatus
from .survey_write import SurveyWrite
from .swap_decision import SwapDecision
from .swap_decision_decision import SwapDecisionDecision
from .swap_status import SwapStatus
from .swap_version import SwapVersion
from .sync_page_synced_assignment import SyncPageSyncedAssignment
from .sync_page_synced_employee import SyncPageSyncedEmployee
from .sync_page_synced_transfer import SyncPageSyncedTransfer
from .synced_assignment import SyncedAssignment
from .synced_employee import SyncedEmployee
from .synced_transfer import SyncedTransfer
from .target_read import TargetRead
from .target_scoring import TargetScoring
from .target_set import TargetSet
from .target_stretch import TargetStretch
from .template_create import TemplateCreate
from .template_line import TemplateLine
from .template_line_read import TemplateLineRead
from .template_read import TemplateRead
from .template_rules_settings import TemplateRulesSettings
from .template_update import TemplateUpdate
from .ticket_acknowledged import TicketAcknowledged
from .ticket_acknowledged_webhook import TicketAcknowledgedWebhook
from .ticket_already_article_problem import TicketAlreadyArticleProblem
from .ticket_assigned import TicketAssigned
from .ticket_assigned_webhook import TicketAssignedWebhook
from .ticket_attachment_added import TicketAttachmentAdded
from .ticket_attachment_added_webhook import TicketAttachmentAddedWebhook
from .ticket_closed import TicketClosed
from .ticket_closed_webhook import TicketClosedWebhook
from .ticket_create import TicketCreate
from .ticket_created import TicketCreated
from .ticket_created_webhook import TicketCreatedWebhook
from .ticket_escalated import TicketEscalated
from .ticket_escalated_webhook import TicketEscalatedWebhook
from .ticket_in_progress import TicketInProgress
from .ticket_in_progress_webhook import TicketInProgressWebhook
from .ticket_priority import TicketPriority
from .ticket_rated import TicketRated
from .ticket_rated_webhook import TicketRatedWebhook
from .ticket_read import TicketRead
from .ticket_reopened import TicketReopened
from .ticket_reopened_webhook import TicketReopenedWebhook
from .ticket_replied import TicketReplied
from .ticket_replied_webhook import TicketRepliedWebhook
from .ticket_resolved import TicketResolved
from .ticket_resolved_webhook import TicketResolvedWebhook
from .ticket_stats import TicketStats
from .ticket_status import TicketStatus
from .ticket_suggestions import TicketSuggestions
from .ticket_transferred import TicketTransferred
from .ticket_transferred_webhook import TicketTransferredWebhook
from .ticket_waiting_on_requester import TicketWaitingOnRequester
from .ticket_waiting_on_requester_webhook import TicketWaitingOnRequesterWebhook
from .tickets_attach_form import TicketsAttachForm
from .tickets_list_scope import TicketsListScope
from .timesheet import Timesheet
from .timesheet_row import TimesheetRow
from .token_response import TokenResponse
from .too_many_attempts_problem import TooManyAttemptsProblem
from .trail_action import TrailAction
from .trail_entry_read import TrailEntryRead
from .training_dashboard import TrainingDashboard
from .training_effect import TrainingEffect
from .training_rules import TrainingRules
from .training_rules_read import TrainingRulesRead
from .training_rules_read_readiness_mode import TrainingRulesReadReadinessMode
from .training_rules_readiness_mode import TrainingRulesReadinessMode
from .transfer_approved import TransferApproved
from .transfer_approved_webhook import TransferApprovedWebhook
from .transfer_cancelled import TransferCancelled
from .transfer_cancelled_webhook import TransferCancelledWebhook
from .transfer_create import TransferCreate
from .transfer_decided import TransferDecided
from .transfer_decided_webhook import TransferDecidedWebhook
from .transfer_ended import TransferEnded
from .transfer_ended_webhook import TransferEndedWebhook
from .transfer_input import TransferInput
from .transfer_kind import TransferKind
from .transfer_note import TransferNote
from .transfer_overlap_problem import TransferOverlapProblem
from .transfer_read import TransferRead
from .transfer_rejected import TransferRejected
from .transfer_rejected_webhook import TransferRejectedWebhook
from .transfer_started import TransferStarted
from .transfer_started_webhook import TransferStartedWebhook
from .transfer_stats import TransferStats
from .transfer_status import TransferStatus
from .transfer_submitted import TransferSubmitted
from .transfer_submitted_webhook import TransferSubmittedWebhook
from .transfer_summary import TransferSummary
from .transfer_update import TransferUpdate
from .transfer_withdrawn import TransferWithdrawn
from .transfer_withdrawn_webhook import TransferWithdrawnWebhook
from .unfilled_read import UnfilledRead
from .unit_member import UnitMember
from .unit_member_source import UnitMemberSource
from .value_entry import ValueEntry
from .value_read import ValueRead
from .violation_read import ViolationRead
from .violation_read_numbers import ViolationReadNumbers
from .visibility import Visibility
from .wave_read import WaveRead
from .webhook_event import WebhookEvent

__all__ = (
    "AccessEntryRead",
    "AccessPointIn",
    "AccessPointRead",
    "AccessPointsUpdate",
    "AccountCreate",
    "AccountCreateLanguageType0",
    "AccountRead",
    "AccountReadLanguageType0",
    "AccountUpdate",
    "AccountUpdateLanguageType0",
    "AdjustmentCreate",
    "AdjustmentRead",
    "Aggregate",
    "AllowanceApproval",
    "AllowanceLineRead",
    "AllowanceMonthNotEndedProblem",
    "AllowanceMonthRead",
    "AllowanceNotApprovedProblem",
    "AllowanceNotApprovedProblemStatusNow",
    "AllowanceVersionConflictProblem",
    "AnalyticsCareArrangementsFormat",
    "AnalyticsCareArrangementsGroupByType0Item",
    "AnalyticsCollaborationFormat",
    "AnalyticsGrowthFormat",
    "AnalyticsGrowthGroupByType0Item",
    "AnalyticsLateShiftsFormat",
    "AnalyticsLateShiftsGroupByType0Item",
    "AnalyticsLeaderDaysFormat",
    "AnalyticsParticipationFormat",
    "AnalyticsParticipationGroupByType0Item",
    "AnalyticsPoolPayoutsFormat",
    "AnalyticsRetentionFormat",
    "AnalyticsRetentionGroupByType0Item",
    "AnalyticsSatisfactionFormat",
    "AnalyticsSatisfactionGroupByType0Item",
    "AnalyticsSettingsRead",
    "AnalyticsSettingsUpdate",
    "AnalyticsTurnoverFormat",
    "AnalyticsTurnoverGroupByType0Item",
    "AnswerCreate",
    "AnswerCreateScores",
    "AnswerRead",
    "ApplicantNotReadyProblem",
    "ApplicationCreate",
    "ApplicationRead",
    "ApplicationStatus",
    "Approver",
    "ArchiveCard",
    "ArchiveCredits",
    "ArchiveMetric",
    "ArchiveMonth",
    "ArchivePosting",
    "ArchiveTickets",
    "ArrangementChainRead",
    "ArrangementChainUpdate",
    "ArrangementCreate",
    "ArrangementDecision",
    "ArrangementDecisionDecision",
    "ArrangementOverlapProblem",
    "ArrangementRead",
    "ArrangementStatus",
    "ArrangementStep",
    "ArrangementStepApprover",
    "ArrangementStepMismatchProblem",
    "ArrangementTrailRead",
    "ArrangementWindowTooShortProblem",
    "ArticleCreate",
    "ArticleHit",
    "ArticleHitMatchType0",
    "ArticleRead",
    "ArticleStatus",
    "ArticleTransition",
    "ArticleUpdate",
    "ArticleVersionRead",
    "AssignInput",
    "AssignmentInput",
    "AssignmentKind",
    "AssignmentRead",
    "AssignmentStarting",
    "AssignmentStartingWebhook",
    "AttachmentRead",
    "AttemptRead",
    "AttendanceDay",
    "Audience",
    "AudienceKind",
    "AudienceRead",
    "AuditEntryRead",
    "AuditEntryReadChanges",
    "Band",
    "BandsScoring",
    "Basis",
    "BatchItemResult",
    "BatchItemResultProblemType0",
    "BatchPunch",
    "BatchResult",
    "BirthRecord",
    "BonusLineRead",
    "BonusRuleRead",
    "BonusRuleUpdate",
    "BonusRuleUpdateBasis",
    "BonusRuleVersionConflictProblem",
    "BroadcastCreate",
    "BroadcastRead",
    "BroadcastsReceiptsState",
    "BroadcastStatus",
    "BudgetRead",
    "BusinessHoursIn",
    "BusinessHoursInWeekly",
    "BusinessHoursRead",
    "BusinessHoursReadWeekly",
    "CancelRequest",
    "CardCategory",
    "CardCreate",
    "CardRead",
    "CareExport",
    "CareProfileRead",
    "CareProfileReadSexType0",
    "CareProfileUpdate",
    "CareProfileUpdateSexType0",
    "Category",
    "CategoryBalance",
    "CategoryShare",
    "CategoryTimes",
    "ChainRead",
    "ChainStep",
    "ChainUpdate",
    "CheckInCreate",
    "CheckInCreateMenteeState",
    "CheckInMenteePart",
    "CheckInRead",
    "CheckInReadMenteeState",
    "Child",
    "ClassroomSignIn",
    "ClientCreate",
    "ClientCredentialsGrant",
    "ClientRead",
    "ClientUpdate",
    "ClientWithSecret",
    "ClockInFlagged",
    "ClockInFlaggedWebhook",
    "ClockQr",
    "ClockView",
    "CommentCreate",
    "CommentRead",
    "CommissionFunding",
    "CompletionBatch",
    "CompletionIn",
    "CompletionIngestResult",
    "CompletionRead",
    "CompletionRef",
    "CompletionRejection",
    "Condition",
    "ConditionResult",
    "ConditionStatus",
    "ConditionStatusKind",
    "ConsentAnswer",
    "ConsentAnswerDecision",
    "ConsentGrant",
    "ConsentHolder",
    "ConsentMissingProblem",
    "ConsentRead",
    "ConsentsRead",
    "ConsentStatus",
    "ConstraintRead",
    "ConstraintsRead",
    "Correction",
    "CorrectionCreate",
    "CorrectionLine",
    "CorrectionRead",
    "CourseRead",
    "CourseReadinessRead",
    "CourseStats",
    "CourseUpdate",
    "CourseVersionConflictProblem",
    "CoverageRead",
    "CreditCategory",
    "CreditEntryRead",
    "Credits",
    "CreditSummary",
    "CurrentStep",
    "Decision",
    "DeflectionCreate",
    "DeflectionRead",
    "Delivery",
    "DeliveryRead",
    "DeliveryReadData",
    "DeliveryStatus",
    "DepartmentParticipation",
    "DepartmentStats",
    "Direction",
    "EarlyClose",
    "EligibilityEntry",
    "EligibilityListStatus",
    "EligibilityRuleVersionConflictProblem",
    "EligibleRead",
    "EmployeeAssignments",
    "EmployeeCreate",
    "EmployeeRead",
    "EmployeeScore",
    "EmployeeSkillRead",
    "EmployeeStatus",
    "EmployeeStatusChangeRead",
    "EmployeeUpdate",
    "EventKind",
    "EventRead",
    "EventReadData",
    "FeaturedRead",
    "FeedbackRead",
    "FeedbackWrite",
    "FieldProblem",
    "FigureSeries",
    "FigureSeriesDirectionType0",
    "FixedFunding",
    "Flag",
    "FlagRead",
    "FlagReadDirection",
    "FrontlinePerformance",
    "FrontlineTime",
    "FundingLine",
    "GeofenceLowAccuracyProblem",
    "GeofenceOutsideProblem",
    "GrantView",
    "Granularity",
    "GroupParticipation",
    "GrowthArchive",
    "GrowthReportFormat",
    "GrowthReportRead",
    "HideInput",
    "Home",
    "HoursKind",
    "Inbox",
    "InsufficientPointsProblem",
    "InsufficientScopeProblem",
    "ItemKind",
    "ItemRead",
    "ItemWrite",
    "Kind",
    "KnowledgeArticleVersionConflictProblem",
    "LeaderDaysRead",
    "LedgerEntryRead",
    "LedgerEntryReadKind",
    "Level",
    "LevelRead",
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
    "MentorAssign",
    "MentorCandidate",
    "MentorshipRead",
    "MeRead",
    "MeReadLanguageType0",
    "Method",
    "MetricDefinitionCreate",
    "MetricDefinitionRead",
    "MetricDefinitionUpdate",
    "MetricEffect",
    "MetricIngestResult",
    "MetricScore",
    "MetricValueBatch",
    "MetricValueIn",
    "MeUpdate",
    "MeUpdateLanguageType0",
    "MyAllowance",
    "MyBand",
    "MyBandBand",
    "MyPool",
    "MyRecognition",
    "MyShiftRead",
    "MySkills",
    "MySurvey",
    "NextLevel",
    "NoDeciderProblem",
    "NotAssignedProblem",
    "NotificationKindUpdate",
    "NotificationPage",
    "NotificationPreferenceRead",
    "NotificationPreferencesUpdate",
    "NotificationPreferenceUpdate",
    "NotificationRead",
    "Nursing",
    "Operator",
    "OrganisationSettingsRead",
    "OrganisationSettingsUpdate",
    "OrgUnitCreate",
    "OrgUnitKind",
    "OrgUnitRead",
    "OrgUnitUpdate",
    "OutOfStockProblem",
    "OverBudgetProblem",
    "OverrideCreate",
    "OverrideCreateRule",
    "OverrideRead",
    "PageAccessEntryRead",
    "PageAccountRead",
    "PageArrangementRead",
    "PageArticleHit",
    "PageArticleVersionRead",
    "PageAttachmentRead",
    "PageAttendanceDay",
    "PageAuditEntryRead",
    "PageBroadcastRead",
    "PageCardRead",
    "PageClientRead",
    "PageCommentRead",
    "PageDeliveryRead",
    "PageEligibilityEntry",
    "PageEmployeeRead",
    "PageEventRead",
    "PageItemRead",
    "PageMetricDefinitionRead",
    "PageMyPool",
    "PageOrgUnitRead",
    "PagePersonProgress",
    "PagePointsEntryRead",
    "PagePoolRead",
    "PagePostingRead",
    "PagePostRead",
    "PageProgrammeRead",
    "PagePunchRead",
    "PageRedemptionRead",
    "PageReportRead",
    "PageRoutingRuleRead",
    "PageShiftSwapRead",
    "PageSlaPolicyRead",
    "PageStorySummary",
    "PageSubscriptionRead",
    "PageTemplateRead",
    "PageTicketRead",
    "PageTransferSummary",
    "PageUnitMember",
    "PairCapProblem",
    "PasswordChange",
    "PasswordGrant",
    "PeriodClosed",
    "PeriodClosedProblem",
    "PeriodClosedWebhook",
    "PeriodNotEndedProblem",
    "PeriodRead",
    "PeriodReadStatus",
    "Person",
    "PersonProgress",
    "PersonProgressByCategory",
    "PersonRef",
    "PhotoRead",
    "PlanCategoryRead",
    "PlanRead",
    "PlanUpdate",
    "PlanVersionConflictProblem",
    "PointsEntryRead",
    "PointsEntryReadKind",
    "PolicyRead",
    "PolicyUpdate",
    "PoolBelowAwardedProblem",
    "PoolCalculated",
    "PoolCalculatedWebhook",
    "PoolCreate",
    "PoolNotEditableProblem",
    "PoolNotEditableProblemStatusNow",
    "PoolNotLockedProblem",
    "PoolNotLockedProblemStatusNow",
    "PoolPeriodNotEndedProblem",
    "PoolPreview",
    "PoolPreviewSource",
    "PoolRead",
    "PoolSettled",
    "PoolSettledWebhook",
    "PoolSide",
    "PoolStatus",
    "PoolUpdate",
    "PoolWrongStatusProblem",
    "PoolWrongStatusProblemStatusNow",
    "Population",
    "PostCreate",
    "PostingCreate",
    "PostingMatch",
    "PostingMatches",
    "PostingMatchesExcluded",
    "PostingRead",
    "PostingStatus",
    "PostingVersion",
    "PostingVersionConflictProblem",
    "PostRead",
    "PostStatus",
    "PracticeScore",
    "PracticeScoreIn",
    "Pregnancy",
    "Problem",
    "ProfitFunding",
    "ProgrammeExhaustedProblem",
    "ProgrammeRead",
    "ProgrammeWrite",
    "PunchBatch",
    "PunchCreate",
    "PunchKind",
    "PunchRead",
    "PunchReview",
    "PunchReviewDecision",
    "Question",
    "QuestionRead",
    "Ranking",
    "RankingEntry",
    "RankingSource",
    "RateLimitedProblem",
    "RatingInput",
    "RatingScoring",
    "ReactionCounts",
    "ReactionKind",
    "Readiness",
    "ReadinessRead",
    "ReasonCount",
    "ReceiptsRead",
    "RecipientRead",
    "RecognitionMyCardsBox",
    "RecognitionVersionConflictProblem",
    "RecommendedCourse",
    "RedemptionApproved",
    "RedemptionApprovedWebhook",
    "RedemptionCreate",
    "RedemptionDecidedProblem",
    "RedemptionDecision",
    "RedemptionDecisionDecision",
    "RedemptionRead",
    "RedemptionStatus",
    "RefreshGrant",
    "ReopenInput",
    "ReplyCreate",
    "ReportInput",
    "ReportRead",
    "ReportResult",
    "ReportResultVerdict",
    "RequiredCourse",
    "ResponderStats",
    "Revocation",
    "Role",
    "RoleGrantCreate",
    "RoleGrantRead",
    "RosterCheck",
    "RosterCheckInput",
    "RosterRead",
    "RosterRuleBrokenProblem",
    "RosterRules",
    "RosterRulesRead",
    "RosterShiftRead",
    "RosterStatus",
    "RosterUpdate",
    "RosterVersion",
    "RosterVersionConflictProblem",
    "RosterViolation",
    "RosterViolationNumbers",
    "RoutingRuleCreate",
    "RoutingRuleRead",
    "RuleRead",
    "RuleStanding",
    "RuleUpdate",
    "RuleViolation",
    "Safety",
    "SalesBatch",
    "SalesFunding",
    "SalesIngestResult",
    "SalesLineIn",
    "SatisfactionSeries",
    "SatisfactionSeriesDirectionType0",
    "Scope",
    "ScorecardRuleViolationProblem",
    "ScorePart",
    "SecretInfo",
    "SecretRotation",
    "SeriesGroup",
    "SeriesGroupSexType0",
    "SeriesPoint",
    "ServiceUnavailableProblem",
    "SettingsRead",
    "SettingsReadBudgets",
    "SettingsUpdate",
    "SettingsUpdateBudgets",
    "ShiftFlag",
    "ShiftOutcome",
    "ShiftSwapAlreadyOfferedProblem",
    "ShiftSwapCreate",
    "ShiftSwapRead",
    "ShiftSwapVersionConflictProblem",
    "ShiftTemplateCreate",
    "ShiftTemplateRead",
    "ShiftTemplateUpdate",
    "Side",
    "SignInLine",
    "SkillCredits",
    "SkillRead",
    "SkillUpdate",
    "SlaPoliciesUpdate",
    "SlaPolicyIn",
    "SlaPolicyRead",
    "SlowestCategories",
    "Source",
    "Stage",
    "Statement",
    "StatusChange",
    "StatusChangeStatus",
    "StepAlreadyDecidedProblem",
    "StepDecision",
    "StepNotOpenProblem",
    "StepView",
    "StoreAttendance",
    "StoreAttendancePerson",
    "StoriesAddPhotoForm",
    "StoryCreate",
    "StoryRead",
    "StoryStatus",
    "StorySummary",
    "StoryUpdate",
    "SubscriptionCreate",
    "SubscriptionRead",
    "SubscriptionUpdate",
    "SubscriptionWithSecret",
    "SuggestInput",
    "SuggestionRead",
    "SuggestionRequest",
    "SummaryWrite",
    "SurveyCommentRead",
    "SurveyCommentsRead",
    "SurveyRead",
    "SurveyStatus",
    "SurveyWrite",
    "SwapDecision",
    "SwapDecisionDecision",
    "SwapStatus",
    "SwapVersion",
    "SyncedAssignment",
    "SyncedEmployee",
    "SyncedTransfer",
    "SyncPageSyncedAssignment",
    "SyncPageSyncedEmployee",
    "SyncPageSyncedTransfer",
    "TargetRead",
    "TargetScoring",
    "TargetSet",
    "TargetStretch",
    "TemplateCreate",
    "TemplateLine",
    "TemplateLineRead",
    "TemplateRead",
    "TemplateRulesSettings",
    "TemplateUpdate",
    "TicketAcknowledged",
    "TicketAcknowledgedWebhook",
    "TicketAlreadyArticleProblem",
    "TicketAssigned",
    "TicketAssignedWebhook",
    "TicketAttachmentAdded",
    "TicketAttachmentAddedWebhook",
    "TicketClosed",
    "TicketClosedWebhook",
    "TicketCreate",
    "TicketCreated",
    "TicketCreatedWebhook",
    "TicketEscalated",
    "TicketEscalatedWebhook",
    "TicketInProgress",
    "TicketInProgressWebhook",
    "TicketPriority",
    "TicketRated",
    "TicketRatedWebhook",
    "TicketRead",
    "TicketReopened",
    "TicketReopenedWebhook",
    "TicketReplied",
    "TicketRepliedWebhook",
    "TicketResolved",
    "TicketResolvedWebhook",
    "TicketsAttachForm",
    "TicketsListScope",
    "TicketStats",
    "TicketStatus",
    "TicketSuggestions",
    "TicketTransferred",
    "TicketTransferredWebhook",
    "TicketWaitingOnRequester",
    "TicketWaitingOnRequesterWebhook",
    "Timesheet",
    "TimesheetRow",
    "TokenResponse",
    "TooManyAttemptsProblem",
    "TrailAction",
    "TrailEntryRead",
    "TrainingDashboard",
    "TrainingEffect",
    "TrainingRules",
    "TrainingRulesRead",
    "TrainingRulesReadinessMode",
    "TrainingRulesReadReadinessMode",
    "TransferApproved",
    "TransferApprovedWebhook",
    "TransferCancelled",
    "TransferCancelledWebhook",
    "TransferCreate",
    "TransferDecided",
    "TransferDecidedWebhook",
    "TransferEnded",
    "TransferEndedWebhook",
    "TransferInput",
    "TransferKind",
    "TransferNote",
    "TransferOverlapProblem",
    "TransferRead",
    "TransferRejected",
    "TransferRejectedWebhook",
    "TransferStarted",
    "TransferStartedWebhook",
    "TransferStats",
    "TransferStatus",
    "TransferSubmitted",
    "TransferSubmittedWebhook",
    "TransferSummary",
    "TransferUpdate",
    "TransferWithdrawn",
    "TransferWithdrawnWebhook",
    "UnfilledRead",
    "UnitMember",
    "UnitMemberSource",
    "ValueEntry",
    "ValueRead",
    "ViolationRead",
    "ViolationReadNumbers",
    "Visibility",
    "WaveRead",
    "WebhookEvent",
)
