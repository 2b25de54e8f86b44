"""The experience board (经验分享): employees post how they manage, HR moderates.

A post is submitted, then published or hidden by HR (the author hears why it was hidden). Any
reader of a published post comments; the comment's author deletes it, HR hides it. Anyone reports
a post, once each with a reason; when three people have reported a published post since HR last
decided on it, it is taken off the board (back to `submitted`, waiting in HR's queue) until HR
publishes it again or hides it. Unpublished posts are seen by their author and HR only."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.people.models import Employee
from domain.shared import events
from domain.shared.access import require_person
from domain.shared.actor import Actor
from domain.shared.clock import Clock
from domain.shared.errors import Conflict, Forbidden, InvalidInput, NotFound
from domain.shared.i18n import _
from domain.shared.pagination import (
    DEFAULT_LIMIT,
    Slice,
    after_cursor,
    after_keys,
    cursor_datetime,
    cursor_text,
    cursor_uuid,
    decode_cursor,
    slice_of,
)
from domain.stories.access import is_editor, require_moderator
from domain.stories.events import (
    CommentRemoved,
    PostCommented,
    PostHeldForReview,
    PostHidden,
    PostPublished,
    PostReported,
    PostSubmitted,
)
from domain.stories.models import ExperienceComment, ExperiencePost, ExperiencePostTag, ExperienceReport, PostStatus
from domain.stories.rules import needs_review, normalise_tags
from domain.stories.schemas import CommentCreate, CommentRead, HideInput, PostCreate, PostRead, ReportInput, ReportRead


def _missing(post_id: uuid.UUID) -> NotFound:
    return NotFound(_("No experience post {post_id}.", post_id=post_id), slug="post.not_found")


async def visible_post(
    session: AsyncSession, actor: Actor, post_id: uuid.UUID, *, lock: bool = False
) -> ExperiencePost:
    require_person(actor)
    query = select(ExperiencePost).where(ExperiencePost.id == post_id)
    post = await session.scalar(query.with_for_update() if lock else query)
    if post is None:
        raise _missing(post_id)
    if post.status == PostStatus.PUBLISHED or is_editor(actor) or post.author_employee_id == actor.employee_id:
        return post
    raise _missing(post_id)


async def _post_read(session: AsyncSession, actor: Actor, post: ExperiencePost) -> PostRead:
    return (await _post_reads(session, actor, [post]))[0]


async def _post_reads(session: AsyncSession, actor: Actor, posts: list[ExperiencePost]) -> list[PostRead]:
    ids = [p.id for p in posts]
    names = dict(
        (
            await session.execute(
                select(Employee.id, Employee.full_name).where(Employee.id.in_({p.author_employee_id for p in posts}))
            )
        ).all()
    )
    comments = dict(
        (
            await session.execute(
                select(ExperienceComment.post_id, func.count())
                .where(ExperienceComment.post_id.in_(ids), ExperienceComment.hidden.is_(False))
                .group_by(ExperienceComment.post_id)
            )
        ).all()
    )
    editor = is_editor(actor)
    return [
        PostRead(
            id=p.id,
            title=p.title,
            body=p.body,
            tags=list(p.tags),
            status=p.status,
            author_employee_id=p.author_employee_id,
            author_name=names.get(p.author_employee_id, ""),
            hidden_reason=p.hidden_reason if editor or p.author_employee_id == actor.employee_id else None,
            report_count=p.report_count if editor else None,
            comment_count=int(comments.get(p.id, 0)),
            published_at=p.published_at,
            created_at=p.created_at,
            version=p.version,
        )
        for p in posts
    ]


def _event_fields(post: ExperiencePost) -> dict[str, Any]:
    return {"post_id": post.id, "title": post.title, "author_account_id": post.author_account_id}


async def submit_post(session: AsyncSession, *, actor: Actor, clock: Clock, data: PostCreate) -> PostRead:
    require_person(actor)
    if actor.employee_id is None:
        raise Forbidden(_("Experience is posted by employees."), slug="post.employees_only")
    now = clock.now()
    tags = normalise_tags(data.tags)
    post = ExperiencePost(
        id=uuid.uuid4(),
        author_employee_id=actor.employee_id,
        author_account_id=actor.account_id,
        title=data.title,
        body=data.body,
        tags=tags,
        status=PostStatus.SUBMITTED,
        report_count=0,
        reports_reviewed=0,
        version=1,
        created_at=now,
        updated_at=now,
    )
    session.add(post)
    await session.flush()
    if tags:
        await session.execute(insert(ExperiencePostTag), [{"post_id": post.id, "tag": tag} for tag in tags])
    await events.record(session, PostSubmitted(**_event_fields(post)), actor=actor, clock=clock, changes={"tags": tags})
    return await _post_read(session, actor, post)


async def get_post(session: AsyncSession, *, actor: Actor, post_id: uuid.UUID) -> PostRead:
    return await _post_read(session, actor, await visible_post(session, actor, post_id))


async def list_posts(
    session: AsyncSession,
    *,
    actor: Actor,
    status: PostStatus | None = None,
    tag: str | None = None,
    mine: bool = False,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[PostRead]:
    """Newest first by when the post was written. The board (no filter) shows published posts; HR
    filters by any status (the moderation queue: `submitted`); `mine` lists my own, any status."""
    require_person(actor)
    query = select(ExperiencePost)
    if mine:
        query = query.where(ExperiencePost.author_employee_id == actor.employee_id)
        if status is not None:
            query = query.where(ExperiencePost.status == status)
    elif status not in (None, PostStatus.PUBLISHED):
        require_moderator(actor)
        query = query.where(ExperiencePost.status == status)
    else:
        query = query.where(ExperiencePost.status == PostStatus.PUBLISHED)
    if tag is not None:
        wanted = normalise_tags([tag])
        if not wanted:
            raise InvalidInput(_("The tag is blank."), field="query.tag", slug="post.tag_blank")
        query = query.where(
            ExperiencePost.id.in_(select(ExperiencePostTag.post_id).where(ExperiencePostTag.tag == wanted[0]))
        )
    if cursor is not None:
        query = query.where(after_cursor(cursor, ExperiencePost.created_at, ExperiencePost.id))
    rows = list(
        await session.scalars(
            query.order_by(ExperiencePost.created_at.desc(), ExperiencePost.id.desc()).limit(limit + 1)
        )
    )
    page = slice_of(rows, limit, lambda p: [p.created_at.isoformat(), str(p.id)])
    return Slice(items=await _post_reads(session, actor, page.items), next_cursor=page.next_cursor)


async def publish_post(session: AsyncSession, *, actor: Actor, clock: Clock, post_id: uuid.UUID) -> PostRead:
    """HR publishes a submitted or hidden post (again); the reports so far count as reviewed."""
    require_moderator(actor)
    post = await visible_post(session, actor, post_id, lock=True)
    if post.status == PostStatus.PUBLISHED:
        raise Conflict(_("The post is already published."), slug="post.already_published")
    before = post.status.value
    post.status = PostStatus.PUBLISHED
    post.hidden_reason = None
    post.moderated_by = actor.account_id
    post.moderated_at = post.published_at = clock.now()
    post.reports_reviewed = post.report_count
    await session.flush()
    await events.record(
        session,
        PostPublished(**_event_fields(post)),
        actor=actor,
        clock=clock,
        changes={"status": {"before": before, "after": "published"}},
        changed=post,
    )
    return await _post_read(session, actor, post)


async def hide_post(
    session: AsyncSession, *, actor: Actor, clock: Clock, post_id: uuid.UUID, data: HideInput
) -> PostRead:
    require_moderator(actor)
    post = await visible_post(session, actor, post_id, lock=True)
    if post.status == PostStatus.HIDDEN:
        raise Conflict(_("The post is already hidden."), slug="post.already_hidden")
    before = post.status.value
    post.status = PostStatus.HIDDEN
    post.hidden_reason = data.reason
    post.moderated_by = actor.account_id
    post.moderated_at = clock.now()
    post.reports_reviewed = post.report_count
    await session.flush()
    await events.record(
        session,
        PostHidden(**_event_fields(post), reason=data.reason),
        actor=actor,
        clock=clock,
        changes={"status": {"before": before, "after": "hidden"}, "reason": data.reason},
        changed=post,
    )
    return await _post_read(session, actor, post)


async def report_post(
    session: AsyncSession, *, actor: Actor, clock: Clock, post_id: uuid.UUID, data: ReportInput
) -> tuple[ReportRead, bool]:
    """Once per person and post: a second report answers the first (and False: nothing new). The
    post row is locked, so racing reports count one after another and the third holds it once."""
    post = await visible_post(session, actor, post_id, lock=True)
    existing = await session.get(ExperienceReport, (post.id, actor.account_id))
    if existing is not None:
        return _report_read(existing, post), False
    report = ExperienceReport(
        post_id=post.id, reporter_account_id=actor.account_id, reason=data.reason, created_at=clock.now()
    )
    session.add(report)
    post.report_count += 1
    await session.flush()
    await events.record(
        session, PostReported(**_event_fields(post)), actor=actor, clock=clock, changes={"reason": data.reason}
    )
    if post.status == PostStatus.PUBLISHED and needs_review(post.report_count, post.reports_reviewed):
        post.status = PostStatus.SUBMITTED
        post.version += 1
        post.updated_at = clock.now()
        events.announce(session, PostHeldForReview(**_event_fields(post), report_count=post.report_count), clock=clock)
    return _report_read(report, post), True


def _report_read(report: ExperienceReport, post: ExperiencePost) -> ReportRead:
    return ReportRead(
        post_id=post.id,
        post_title=post.title,
        post_status=post.status,
        reporter_account_id=report.reporter_account_id,
        reason=report.reason,
        created_at=report.created_at,
    )


async def list_reports(
    session: AsyncSession,
    *,
    actor: Actor,
    post_id: uuid.UUID | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[ReportRead]:
    """HR's reports queue, newest first."""
    require_moderator(actor)
    query = select(ExperienceReport, ExperiencePost).join(ExperiencePost, ExperiencePost.id == ExperienceReport.post_id)
    if post_id is not None:
        query = query.where(ExperienceReport.post_id == post_id)
    if cursor is not None:
        at, post, reporter = decode_cursor(cursor, arity=3)
        query = query.where(
            after_keys(
                [ExperienceReport.created_at, ExperienceReport.post_id, ExperienceReport.reporter_account_id],
                [cursor_datetime(at), cursor_uuid(cursor_text(post)), cursor_uuid(reporter)],
                descending=[True, True, True],
            )
        )
    rows = (
        await session.execute(
            query.order_by(
                ExperienceReport.created_at.desc(),
                ExperienceReport.post_id.desc(),
                ExperienceReport.reporter_account_id.desc(),
            ).limit(limit + 1)
        )
    ).all()
    page = slice_of(
        list(rows),
        limit,
        lambda row: [row[0].created_at.isoformat(), str(row[0].post_id), str(row[0].reporter_account_id)],
    )
    return Slice(items=[_report_read(report, post) for report, post in page.items], next_cursor=page.next_cursor)


# --- comments ------------------------------------------------------------------------------------


async def _comment_reads(session: AsyncSession, comments: list[ExperienceComment]) -> list[CommentRead]:
    names = dict(
        (
            await session.execute(
                select(Employee.id, Employee.full_name).where(
                    Employee.id.in_({c.author_employee_id for c in comments if c.author_employee_id})
                )
            )
        ).all()
    )
    return [
        CommentRead(
            id=c.id,
            post_id=c.post_id,
            author_employee_id=c.author_employee_id,
            author_name=names.get(c.author_employee_id, "") if c.author_employee_id else "",
            body=c.body,
            hidden=c.hidden,
            created_at=c.created_at,
        )
        for c in comments
    ]


async def add_comment(
    session: AsyncSession, *, actor: Actor, clock: Clock, post_id: uuid.UUID, data: CommentCreate
) -> CommentRead:
    post = await visible_post(session, actor, post_id)
    if post.status != PostStatus.PUBLISHED:
        raise Conflict(_("Only a published post takes comments."), slug="post.not_published")
    comment = ExperienceComment(
        id=uuid.uuid4(),
        post_id=post.id,
        author_account_id=actor.account_id,
        author_employee_id=actor.employee_id,
        body=data.body,
        hidden=False,
        created_at=clock.now(),
    )
    session.add(comment)
    await session.flush()
    await events.record(
        session,
        PostCommented(
            **_event_fields(post),
            comment_id=comment.id,
            commenter_account_id=actor.account_id,
            commenter_employee_id=actor.employee_id,
        ),
        actor=actor,
        clock=clock,
        changes={"comment_id": str(comment.id)},
    )
    return (await _comment_reads(session, [comment]))[0]


async def list_comments(
    session: AsyncSession, *, actor: Actor, post_id: uuid.UUID, limit: int = DEFAULT_LIMIT, cursor: str | None = None
) -> Slice[CommentRead]:
    """Oldest first; hidden comments are listed to HR only."""
    post = await visible_post(session, actor, post_id)
    query = select(ExperienceComment).where(ExperienceComment.post_id == post.id)
    if not is_editor(actor):
        query = query.where(ExperienceComment.hidden.is_(False))
    if cursor is not None:
        query = query.where(
            after_cursor(cursor, ExperienceComment.created_at, ExperienceComment.id, newest_first=False)
        )
    rows = list(
        await session.scalars(query.order_by(ExperienceComment.created_at, ExperienceComment.id).limit(limit + 1))
    )
    page = slice_of(rows, limit, lambda c: [c.created_at.isoformat(), str(c.id)])
    return Slice(items=await _comment_reads(session, page.items), next_cursor=page.next_cursor)


async def _comment(
    session: AsyncSession, actor: Actor, post_id: uuid.UUID, comment_id: uuid.UUID
) -> tuple[ExperiencePost, ExperienceComment]:
    post = await visible_post(session, actor, post_id)
    comment = await session.scalar(
        select(ExperienceComment).where(ExperienceComment.id == comment_id, ExperienceComment.post_id == post.id)
    )
    if comment is None or (comment.hidden and not is_editor(actor)):
        raise NotFound(_("No comment {comment_id} on this post.", comment_id=comment_id), slug="comment.not_found")
    return post, comment


async def delete_comment(
    session: AsyncSession, *, actor: Actor, clock: Clock, post_id: uuid.UUID, comment_id: uuid.UUID
) -> None:
    post, comment = await _comment(session, actor, post_id, comment_id)
    if comment.author_account_id != actor.account_id:
        raise Forbidden(_("Only its author deletes a comment; HR hides it."), slug="comment.not_author")
    await session.execute(delete(ExperienceComment).where(ExperienceComment.id == comment.id))
    await events.record(
        session,
        CommentRemoved(**_event_fields(post), comment_id=comment.id, hidden=False),
        actor=actor,
        clock=clock,
        changes={"comment_id": str(comment.id), "deleted": True},
    )


async def hide_comment(
    session: AsyncSession, *, actor: Actor, clock: Clock, post_id: uuid.UUID, comment_id: uuid.UUID
) -> CommentRead:
    require_moderator(actor)
    post, comment = await _comment(session, actor, post_id, comment_id)
    if not comment.hidden:
        comment.hidden = True
        comment.hidden_by = actor.account_id
        comment.hidden_at = clock.now()
        await session.flush()
        await events.record(
            session,
            CommentRemoved(**_event_fields(post), comment_id=comment.id, hidden=True),
            actor=actor,
            clock=clock,
            changes={"comment_id": str(comment.id), "hidden": True},
        )
    return (await _comment_reads(session, [comment]))[0]
