"""Growth: promotion eligibility rules (HR keeps them, everyone reads them), where I stand on each,
HR's lists of who qualifies or is close, and secondments' mentors with their check-ins."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import Path, Query, Response, status

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
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

router = Router(tags=["growth"])
me = Router(prefix="/me", tags=["growth"])

RuleCode = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")]


@router.get(
    "/eligibility-rules",
    operation_id="eligibilityRules-list",
    response_model=list[RuleRead],
    responses=problems(401, 403),
    summary="The promotion eligibility rules: the same for everyone, readable by everyone",
)
async def list_rules(actor: CurrentActor, session: SessionDep) -> list[RuleRead]:
    """Lists every promotion eligibility rule by code, active or not: its target, the roles it applies to and
    its conditions (frontline time, frontline performance, credits). The rules are the same for everyone, and
    every signed-in person may read them; integration clients are refused (403)."""
    return await eligibility.list_rules(session, actor=actor)


@router.get(
    "/eligibility-rules/{code}",
    operation_id="eligibilityRules-get",
    response_model=RuleRead,
    responses=problems(401, 403, 404),
)
async def get_rule(code: RuleCode, actor: CurrentActor, session: SessionDep) -> RuleRead:
    """Returns one eligibility rule by code; an unknown code answers 404. Every signed-in person may read it;
    integration clients are refused (403)."""
    return await eligibility.read_rule(session, actor=actor, code=code)


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
    """Adds a rule (send no `version`) or replaces one: send the `version` you read, and a rule changed
    meanwhile answers 409. Skills named in credit conditions must exist (422). HR and administrators only (403
    otherwise); audited. The worker tells each person once per rule version when they meet an active rule, so
    a changed rule may notify people again."""
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
    """Evaluates a rule, active or not, for everyone it applies to and lists them by employee number: those
    who meet it (`eligible`, the default), those close (not yet eligible but at 80 % or more of every
    condition) or `all`, each with every condition's figure. HR, leaders and administrators only (403
    otherwise); an unknown rule answers 404."""
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
    """Lists where I stand on each active rule that applies to me: whether I meet it or am close, and for each
    condition my figure, what it needs and a sentence in my language. An account that is not an employee's
    answers 404."""
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
    """Suggests up to 10 mentors for a secondment: active people at head office (not at a store or project)
    below the organisation's limit of secondees at once, those of the secondee's own home unit first, then the
    lightest load, then the earliest hired. HR, administrators and the department heads over the secondee's
    home unit may ask; for anyone else, or a transfer that is not a secondment, it answers 404."""
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
    """Chooses the secondment's mentor; choosing again replaces the mentor. The secondment must be in review,
    returned or approved (409), the mentor an active head-office employee other than the secondee (422) and
    below the limit of secondees at once (409). HR, administrators and the department heads over the
    secondee's home unit only (404 for anyone else); audited; the mentor and the secondee are notified."""
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
    """Returns a mentorship with the secondment's dates, when the next weekly check-in is due and every
    check-in, newest first. The mentor, the secondee, the department heads over the secondee's home unit, HR,
    leaders and administrators may read it; anyone else gets 404."""
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
    """Logs the mentor's check-in: its day (within the secondment, not in the future), notes, how the secondee
    is doing and optionally a score of a practice course, recorded as the secondee's practice completion that
    earns credits under the rules in force. Only the mentor logs check-ins (others who can see the mentorship
    get 403, anyone else 404); audited. The worker reminds the mentor when a check-in is 8 days late, the
    department head at 15."""
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
    """Adds the secondee's notes to a check-in and their rating of the support (1-5); the fields sent replace
    what was there. Only the secondee (others who can see the mentorship get 403, anyone else 404); an unknown
    check-in answers 404; audited."""
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
    """Lists the mentorships in which I am the mentor or the secondee, latest assigned first, each with its
    check-ins. An account that is not an employee's gets an empty list."""
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
    """Returns a person's growth archive: each posting (a stay at a unit) with the frozen scores of the closed
    months spent there, their credit balance and level, the tickets they raised and resolved, their
    mentorships as a secondee and where they stand on the active promotion rules. Scores are the frozen ones,
    so the archive reads the same later. The person, their managers, HR, leaders and administrators may read
    it; anyone else gets 404."""
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
    """Writes, or rewrites, the receiving store's feedback on a secondee for the growth report, which takes
    the feedback as it stands when the report is written. The store managers over the receiving unit, HR and
    administrators may write it (anyone else gets 404); the secondment must be approved (403), and nobody
    writes it on their own posting (403). Audited."""
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
    """Writes, or rewrites, the mentor's summary of the posting for the growth report, which takes it as it
    stands when the report is written. Only the mentor (anyone else gets 404); audited."""
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
    """Returns a secondment's growth report as JSON, or as a printable A4 PDF with `format=pdf`: results
    against targets per metric from the frozen scores of the stay, strengths and gaps, the store's feedback,
    the mentor's summary and courses aimed at the gaps. The worker writes it once the secondment has ended and
    every month it touched is closed; until then it answers 404. The secondee, the department heads over their
    home unit, the receiving store's managers, HR, leaders and administrators may read it; anyone else gets
    404."""
    report = await reports.get_report(session, actor=actor, clock=clock, transfer_id=transfer_id)
    if format == "pdf":
        filename = f"growth-report-{report.employee_no}-{report.ends_on.isoformat()}.pdf"
        return Response(
            content=reports.report_pdf(report),
            media_type="application/pdf",
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )
    return report
