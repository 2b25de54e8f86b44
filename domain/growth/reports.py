"""The end-of-posting growth report (成长报告). During a secondment the receiving store's manager
writes feedback and the mentor a summary; once the secondment has ended and every month it touched
is closed, the worker writes the report once (`write_reports`): results against targets per metric
from the frozen scores of the part spent at the unit, strengths and gaps (`report_rules`), the
feedback, the summary, and the courses whose effect metrics are the gaps. It is read as JSON or as a
printable PDF (Chinese text in the built-in CID font, so no font file ships with the service)."""

from __future__ import annotations

import io
import uuid
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.growth import report_rules
from domain.growth.events import GrowthReportWritten
from domain.growth.mentors import heads_over, holds_over
from domain.growth.models import GrowthReport, Mentorship, PostingFeedback
from domain.growth.schemas import (
    FeedbackRead,
    FeedbackWrite,
    GrowthReportRead,
    RecommendedCourse,
    ReportResult,
    SummaryWrite,
)
from domain.org.models import OrgUnit
from domain.org.queries import organisation_today
from domain.people.models import Assignment, Employee
from domain.performance.models import FrozenScore, MetricDefinition, PerformancePeriod
from domain.performance.months import Month
from domain.shared import audit, events
from domain.shared.access import holds_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.errors import Forbidden, NotFound
from domain.shared.i18n import _
from domain.shared.upsert import upsert
from domain.training.models import Course
from domain.transfers.models import Transfer, TransferKind, TransferStatus

BATCH = 50


async def _secondment(session: AsyncSession, transfer_id: uuid.UUID) -> Transfer:
    transfer = await session.scalar(
        select(Transfer).where(Transfer.id == transfer_id, Transfer.kind == TransferKind.SECONDMENT)
    )
    if transfer is None:
        raise NotFound(_("No secondment {transfer_id}.", transfer_id=transfer_id), slug="transfer.not_found")
    return transfer


async def write_feedback(
    session: AsyncSession, *, actor: Actor, clock: Clock, transfer_id: uuid.UUID, data: FeedbackWrite
) -> FeedbackRead:
    """The receiving store's manager (or HR) writes, or rewrites, their feedback on the secondee."""
    transfer = await _secondment(session, transfer_id)
    hr = holds_role(actor, Role.HR, Role.ADMIN)
    if not hr and not await holds_over(session, actor, Role.STORE_MANAGER, transfer.destination_unit_id):
        raise NotFound(_("No secondment {transfer_id}.", transfer_id=transfer_id), slug="transfer.not_found")
    if transfer.status != TransferStatus.APPROVED:
        raise Forbidden(_("Feedback is written on an approved secondment."), slug="feedback.not_approved")
    if actor.employee_id == transfer.employee_id:
        raise Forbidden(_("Nobody writes the feedback on their own posting."), slug="feedback.own_posting")
    now = clock.now()
    # one row per secondment: racing first writes both land (the later text stays), never a 500
    statement = await upsert(session, PostingFeedback)
    await session.execute(
        statement.values(
            transfer_id=transfer.id, text=data.text, written_by=actor.account_id, written_at=now
        ).on_conflict_do_update(
            index_elements=["transfer_id"],
            set_={"text": data.text, "written_by": actor.account_id, "written_at": now},
        )
    )
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="posting.feedback_written",
        entity_type="transfer",
        entity_id=transfer.id,
        changes={"length": len(data.text)},
    )
    return FeedbackRead(transfer_id=transfer.id, text=data.text, written_at=now)


async def write_summary(
    session: AsyncSession, *, actor: Actor, clock: Clock, mentorship_id: uuid.UUID, data: SummaryWrite
) -> None:
    mentorship = await session.get(Mentorship, mentorship_id, with_for_update=True)
    if mentorship is None or actor.is_client or actor.employee_id != mentorship.mentor_id:
        raise NotFound(_("No mentorship {mentorship_id}.", mentorship_id=mentorship_id), slug="mentorship.not_found")
    mentorship.summary = data.summary
    await audit.record(
        session,
        actor=actor,
        clock=clock,
        action="mentorship.summary_written",
        entity_type="mentorship",
        entity_id=mentorship.id,
        changes={"length": len(data.summary)},
    )


# --- composing and writing ---------------------------------------------------------------------


def _months(first: date, last: date) -> list[str]:
    found, month = [], Month(first.year, first.month)
    while month.first <= last:
        found.append(str(month))
        month = Month(month.year + month.month // 12, month.month % 12 + 1)
    return found


async def compose(session: AsyncSession, transfer: Transfer, stay: Assignment, now: Any) -> GrowthReportRead:
    """The report of an ended secondment, from the frozen scores of its months (the latest closing)."""
    last = (stay.valid_to or stay.valid_from) - timedelta(days=1)
    months = _months(stay.valid_from, last)
    employee = await session.get_one(Employee, transfer.employee_id)
    code, name = (await session.execute(select(OrgUnit.code, OrgUnit.name).where(OrgUnit.id == stay.unit_id))).one()
    frozen = await session.execute(
        select(FrozenScore.period, FrozenScore.breakdown)
        .join(
            PerformancePeriod,
            (PerformancePeriod.period == FrozenScore.period) & (PerformancePeriod.closings == FrozenScore.closing),
        )
        .where(FrozenScore.employee_id == employee.id, FrozenScore.period.in_(months))
        .order_by(FrozenScore.period)
    )
    lines = []
    unit = str(stay.unit_id)
    for _period, document in frozen:
        for part in (document or {}).get("parts", []):
            if part.get("unit_id") != unit:
                continue
            for line in part.get("metrics", []):
                lines.append(
                    report_rules.Line(
                        line["metric_code"],
                        line.get("metric_name", line["metric_code"]),
                        None if line.get("value") is None else Decimal(line["value"]),
                        None if line.get("target") is None else Decimal(line["target"]),
                    )
                )
    codes = {line.metric_code for line in lines}
    lower = {
        metric: direction == "lower"
        for metric, direction in await session.execute(
            select(MetricDefinition.code, MetricDefinition.direction).where(MetricDefinition.code.in_(codes))
        )
    }
    results = report_rules.results(lines, lower)
    gaps = [r.metric_code for r in results if r.verdict == "gap"]
    courses = []
    if gaps:
        for course in await session.scalars(select(Course).order_by(Course.code)):
            addressed = sorted(set(course.effect_metrics) & set(gaps))
            if addressed and (course.active_to is None or course.active_to >= last):
                courses.append(
                    RecommendedCourse(
                        code=course.code, title=course.title, local_title=course.local_title, metrics=addressed
                    )
                )
    feedback = await session.get(PostingFeedback, transfer.id)
    mentorship = await session.scalar(select(Mentorship).where(Mentorship.transfer_id == transfer.id))
    mentor = None
    if mentorship is not None:
        mentor = await session.scalar(select(Employee.full_name).where(Employee.id == mentorship.mentor_id))

    def text(value: Decimal | None) -> str | None:
        return None if value is None else format(value, "f")

    return GrowthReportRead(
        transfer_id=transfer.id,
        employee_id=employee.id,
        employee_no=employee.employee_no,
        full_name=employee.full_name,
        unit_code=code,
        unit_name=name,
        starts_on=stay.valid_from,
        ends_on=last,
        months=months,
        results=[
            ReportResult(
                metric_code=r.metric_code,
                metric_name=r.metric_name,
                months=r.months,
                value=text(r.value),
                target=text(r.target),
                achievement=text(r.achievement),
                verdict=r.verdict,
            )
            for r in results
        ],
        strengths=[r.metric_code for r in results if r.verdict == "strength"],
        gaps=gaps,
        store_feedback=None if feedback is None else feedback.text,
        mentor_name=mentor,
        mentor_summary=None if mentorship is None else mentorship.summary,
        recommended_courses=courses,
        written_at=now,
    )


async def write_reports(database: Database, clock: Clock) -> int:
    """Writes the report of each secondment that has ended and whose months are all closed; once
    (the report's key is the transfer), whichever worker gets there first."""
    written = 0
    async with database.session_scope() as session:
        today = await organisation_today(session, clock)
        closed = set(
            await session.scalars(select(PerformancePeriod.period).where(PerformancePeriod.status == "closed"))
        )
        if not closed:
            return 0
        # only secondments whose last month is closed by now: those still waiting for a closing
        # are not read again and again, nor do they hold back the ones behind them
        through = min(today, Month.parse(max(closed)).last + timedelta(days=1))
        ended = (
            await session.execute(
                select(Transfer, Assignment)
                .join(Assignment, Assignment.transfer_id == Transfer.id)
                .outerjoin(GrowthReport, GrowthReport.transfer_id == Transfer.id)
                .where(
                    Transfer.kind == TransferKind.SECONDMENT,
                    Transfer.status == TransferStatus.APPROVED,
                    Assignment.cancelled_at.is_(None),
                    Assignment.valid_to.is_not(None),
                    Assignment.valid_to <= through,
                    GrowthReport.transfer_id.is_(None),
                )
                .order_by(Assignment.valid_to, Transfer.id)
                .limit(BATCH * 4)
            )
        ).all()
        table: Table = GrowthReport.__table__  # type: ignore[assignment]
        insert = await upsert(session, table)
        now = clock.now()
        for transfer, stay in ended:
            last = (stay.valid_to or stay.valid_from) - timedelta(days=1)
            if not set(_months(stay.valid_from, last)) <= closed:
                continue  # a month still open: the results are not final yet
            report = await compose(session, transfer, stay, now)
            inserted = await session.execute(
                insert.values(
                    transfer_id=transfer.id,
                    employee_id=transfer.employee_id,
                    document=report.model_dump(mode="json"),
                    written_at=now,
                )
                .on_conflict_do_nothing()
                .returning(table.c.transfer_id)
            )
            if inserted.first() is not None:
                events.announce(
                    session,
                    GrowthReportWritten(
                        transfer_id=transfer.id, employee_id=transfer.employee_id, unit_id=stay.unit_id
                    ),
                    clock=clock,
                )
                written += 1
            if written >= BATCH:
                break
    return written


# --- reading -------------------------------------------------------------------------------------


async def get_report(session: AsyncSession, *, actor: Actor, clock: Clock, transfer_id: uuid.UUID) -> GrowthReportRead:
    """The secondee, their department heads, HR, leaders, and the receiving store's managers."""
    row = await session.get(GrowthReport, transfer_id)
    transfer = await session.get(Transfer, transfer_id)
    allowed = (
        row is not None
        and transfer is not None
        and not actor.is_client
        and (
            actor.employee_id == row.employee_id
            or actor.has_role(Role.LEADER)
            or await heads_over(session, actor, row.employee_id)
            or await holds_over(session, actor, Role.STORE_MANAGER, transfer.destination_unit_id)
        )
    )
    if not allowed or row is None:
        raise NotFound(
            _(
                "No growth report for {transfer_id} (written once the secondment has ended and its months are closed).",
                transfer_id=transfer_id,
            ),
            slug="growth_report.not_found",
        )
    return GrowthReportRead.model_validate(row.document)


def report_pdf(report: GrowthReportRead) -> bytes:
    """The report as a printable A4 PDF; labels in Chinese and English."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = "STSong-Light"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, fontSize=15, leading=20, spaceAfter=6)
    section = ParagraphStyle("section", parent=body, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, title=f"成长报告 {report.full_name}", author="Frontline")

    def escaped(value: str) -> str:
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    verdicts = {
        "strength": "优势 strength",
        "gap": "差距 gap",
        "on_target": "达标 on target",
        "no_target": "无目标 no target",
    }
    story: list[Any] = [
        Paragraph(escaped(f"挂职成长报告 Growth report: {report.full_name} ({report.employee_no})"), heading),
        Paragraph(
            escaped(
                f"门店 Unit: {report.unit_name} ({report.unit_code}) · "
                f"{report.starts_on.isoformat()} - {report.ends_on.isoformat()}"
            ),
            body,
        ),
        Paragraph("业绩与目标 Results against targets", section),
    ]
    rows = [["指标 Metric", "月数 Months", "实际 Value", "目标 Target", "达成 %", "结论 Verdict"]]
    rows += [
        [r.metric_name, str(r.months), r.value or "-", r.target or "-", r.achievement or "-", verdicts[r.verdict]]
        for r in report.results
    ]
    table = Table(rows, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
            ]
        )
    )
    story += [table, Spacer(1, 6)]
    story.append(Paragraph(escaped("优势 Strengths: " + (", ".join(report.strengths) or "-")), body))
    story.append(Paragraph(escaped("差距 Gaps: " + (", ".join(report.gaps) or "-")), body))
    story.append(Paragraph("店长反馈 Store manager's feedback", section))
    story.append(Paragraph(escaped(report.store_feedback or "-"), body))
    story.append(Paragraph(escaped(f"导师总结 Mentor's summary ({report.mentor_name or '-'})"), section))
    story.append(Paragraph(escaped(report.mentor_summary or "-"), body))
    story.append(Paragraph("推荐课程 Recommended courses", section))
    for course in report.recommended_courses or []:
        title = course.local_title or course.title
        story.append(Paragraph(escaped(f"{course.code} {title} ({', '.join(course.metrics)})"), body))
    if not report.recommended_courses:
        story.append(Paragraph("-", body))
    document.build(story)
    return buffer.getvalue()
