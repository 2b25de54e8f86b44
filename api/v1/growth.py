"""Growth: promotion eligibility rules (HR keeps them, everyone reads them), where I stand on each,
HR's lists of who qualifies or is close, and secondments' mentors with their check-ins."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Response, status

from api.deps import ClockDep, CurrentActor, SessionDep
from api.problem_types import EligibilityRuleVersionConflictProblem
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.growth import archive, eligibility, mentors, reports
from domain.growth.schemas import (
    CheckInCreate,
    CheckInMenteePart,
    EligibilityEntry,
    FeedbackRead,
    FeedbackWrite,
    GrowthArchive,
    GrowthReportRead,
    MentorAssign,
    MentorCandidate,
    MentorshipRead,
    RuleRead,
    RuleStanding,
    RuleUpdate,
    SummaryWrite,
)
from domain.shared.pagination import Page

router = APIRouter(tags=["growth"])
me = APIRouter(prefix="/me", tags=["growth"])

RuleCode = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")]


@router.get(
    "/eligibility-rules",
    operation_id="eligibilityRules-list",
    response_model=list[RuleRead],
    responses=problems(401),
    summary="The promotion eligibility rules: the same for everyone, readable by everyone",
)
async def list_rules(actor: CurrentActor, session: SessionDep) -> list[RuleRead]:
    return await eligibility.list_rules(session)


@router.get(
    "/eligibility-rules/{code}",
    operation_id="eligibilityRules-get",
    response_model=RuleRead,
    responses=problems(401, 404),
)
async def get_rule(code: RuleCode, actor: CurrentActor, session: SessionDep) -> RuleRead:
    return eligibility.rule_read(await eligibility.get_rule(session, code))


@router.put(
    "/eligibility-rules/{code}",
    operation_id="eligibilityRules-save",
    response_model=RuleRead,
    responses=problems(401, 403, 409, 422, typed=(EligibilityRuleVersionConflictProblem,)),
    summary="Add a rule, or change one with the version read (HR); a changed rule may notify again",
)
async def save_rule(
    code: RuleCode, body: RuleUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> RuleRead:
    return await eligibility.put_rule(session, actor=actor, clock=clock, code=code, data=body)


@router.get(
    "/eligibility",
    operation_id="eligibility-list",
    response_model=Page[EligibilityEntry],
    responses=problems(401, 403, 404, 422),
    summary="Who meets a rule, or is close (80 % of every condition), by employee number (HR, leaders)",
)
async def list_eligibility(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    rule: Annotated[str, Query(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$", description="The rule's code")],
    status: Annotated[eligibility.Status, Query()] = "eligible",
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Page[EligibilityEntry]:
    found = await eligibility.eligibility_list(
        session, actor=actor, clock=clock, rule_code=rule, status=status, limit=limit, cursor=cursor
    )
    return Page(items=found.items, next_cursor=found.next_cursor)


@me.get(
    "/eligibility",
    operation_id="eligibility-mine",
    response_model=list[RuleStanding],
    responses=problems(401, 404),
    summary="Where I stand on each promotion rule that applies to me: each condition's figure and what is missing",
)
async def my_eligibility(actor: CurrentActor, session: SessionDep, clock: ClockDep) -> list[RuleStanding]:
    return await eligibility.my_eligibility(session, actor=actor, clock=clock)


@router.get(
    "/transfers/{transfer_id}/mentor-suggestions",
    operation_id="mentorships-suggest",
    response_model=list[MentorCandidate],
    responses=problems(401, 404),
    summary="Head-office mentors for a secondment: its department first, then the lightest load, then seniority",
)
async def suggest_mentors(
    transfer_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> list[MentorCandidate]:
    return await mentors.suggestions(session, actor=actor, clock=clock, transfer_id=transfer_id)


@router.put(
    "/transfers/{transfer_id}/mentor",
    operation_id="mentorships-assign",
    response_model=MentorshipRead,
    responses=problems(401, 404, 409, 422),
    summary="Choose the secondment's mentor (the secondee's department head or HR); choosing again replaces",
)
async def assign_mentor(
    transfer_id: uuid.UUID, body: MentorAssign, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> MentorshipRead:
    return await mentors.assign_mentor(session, actor=actor, clock=clock, transfer_id=transfer_id, data=body)


@router.get(
    "/mentorships/{mentorship_id}",
    operation_id="mentorships-get",
    response_model=MentorshipRead,
    responses=problems(401, 404),
    summary="A mentorship with its check-ins (the mentor, the secondee, their department head, HR, leaders)",
)
async def get_mentorship(
    mentorship_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> MentorshipRead:
    return await mentors.get_mentorship(session, actor=actor, clock=clock, mentorship_id=mentorship_id)


@router.post(
    "/mentorships/{mentorship_id}/check-ins",
    operation_id="mentorships-checkIn",
    response_model=MentorshipRead,
    status_code=status.HTTP_201_CREATED,
    responses=problems(401, 403, 404, 422),
    summary="Log a check-in (the mentor): notes, how the secondee is doing, optionally a practice score",
)
async def add_check_in(
    mentorship_id: uuid.UUID, body: CheckInCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> MentorshipRead:
    return await mentors.add_check_in(session, actor=actor, clock=clock, mentorship_id=mentorship_id, data=body)


@router.patch(
    "/mentorships/{mentorship_id}/check-ins/{check_in_id}",
    operation_id="mentorships-menteePart",
    response_model=MentorshipRead,
    responses=problems(401, 403, 404, 422),
    summary="The secondee's notes on a check-in and their rating of the support (1-5)",
)
async def mentee_part(
    mentorship_id: uuid.UUID,
    check_in_id: uuid.UUID,
    body: CheckInMenteePart,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
) -> MentorshipRead:
    return await mentors.mentee_part(
        session, actor=actor, clock=clock, mentorship_id=mentorship_id, check_in_id=check_in_id, data=body
    )


@me.get(
    "/mentorships",
    operation_id="mentorships-mine",
    response_model=list[MentorshipRead],
    responses=problems(401),
    summary="The secondees I mentor and the mentors I have",
)
async def my_mentorships(actor: CurrentActor, session: SessionDep, clock: ClockDep) -> list[MentorshipRead]:
    return await mentors.my_mentorships(session, actor=actor, clock=clock)


@router.get(
    "/employees/{employee_id}/growth",
    operation_id="growth-archive",
    response_model=GrowthArchive,
    responses=problems(401, 404),
    summary="A person's growth archive: postings with their closed months, credits, tickets, mentoring, eligibility",
)
async def growth_archive(
    employee_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> GrowthArchive:
    return await archive.growth_archive(session, actor=actor, clock=clock, employee_id=employee_id)


@router.put(
    "/transfers/{transfer_id}/feedback",
    operation_id="growth-writeFeedback",
    response_model=FeedbackRead,
    responses=problems(401, 403, 404, 422),
    summary="The receiving store manager's feedback on a secondee (or HR's), for the growth report",
)
async def write_feedback(
    transfer_id: uuid.UUID, body: FeedbackWrite, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> FeedbackRead:
    return await reports.write_feedback(session, actor=actor, clock=clock, transfer_id=transfer_id, data=body)


@router.put(
    "/mentorships/{mentorship_id}/summary",
    operation_id="mentorships-summary",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problems(401, 404, 422),
    summary="The mentor's summary of the posting, for the growth report",
)
async def write_summary(
    mentorship_id: uuid.UUID, body: SummaryWrite, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> Response:
    await reports.write_summary(session, actor=actor, clock=clock, mentorship_id=mentorship_id, data=body)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/transfers/{transfer_id}/growth-report",
    operation_id="growth-report",
    response_model=GrowthReportRead,
    responses={
        **problems(401, 404),
        200: {
            "description": "The report as JSON, or a printable PDF with format=pdf",
            "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
        },
    },
    summary="A secondment's growth report (written once it has ended and its months are closed)",
)
async def growth_report(
    transfer_id: uuid.UUID,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    format: Annotated[Literal["json", "pdf"], Query(description="pdf: a printable A4 document")] = "json",
) -> Any:
    report = await reports.get_report(session, actor=actor, clock=clock, transfer_id=transfer_id)
    if format == "pdf":
        filename = f"growth-report-{report.employee_no}-{report.ends_on.isoformat()}.pdf"
        return Response(
            content=reports.report_pdf(report),
            media_type="application/pdf",
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )
    return report
