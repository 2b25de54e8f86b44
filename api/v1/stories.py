"""Stories and voices: HR's frontline stories (一线故事) for audiences, the experience board where
employees post how they manage (moderated, commented, reported), and HR's broadcast notices with
read receipts. Texts people type come back verbatim as JSON strings; the API never renders HTML."""

from __future__ import annotations

import hashlib
import uuid
from typing import Annotated

from fastapi import Query, Request, Response, UploadFile, status
from fastapi.responses import JSONResponse

from api.deps import ClockDep, CurrentActor, SessionDep
from api.gated_router import Router
from api.idempotency import ReplayableDep
from api.problem_types import ConsentMissingProblem
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from api.v1.tickets import blob_store
from domain.shared.pagination import Page, Slice
from domain.shared.schemas import NO_NUL_PATTERN, QueryBool
from domain.stories import board, broadcasts, commands, photos, queries
from domain.stories.broadcasts import ReceiptState
from domain.stories.models import PostStatus, StoryStatus
from domain.stories.rules import MAX_TAG_LENGTH, ReactionKind
from domain.stories.schemas import (
    BroadcastCreate,
    BroadcastRead,
    CommentCreate,
    CommentRead,
    ConsentAnswer,
    HideInput,
    PostCreate,
    PostRead,
    ReceiptsRead,
    ReportInput,
    ReportRead,
    StoryCreate,
    StoryRead,
    StorySummary,
    StoryUpdate,
)

router = Router(tags=["stories"])

STORY_PHOTO_UPLOAD_PATH = "/stories/{story_id}/photos"


# --- stories -------------------------------------------------------------------------------------


@router.get(
    "/stories",
    operation_id="stories-list",
    response_model=Page[StorySummary],
    responses=problems(401, 403, 422),
    summary="Stories, newest first: those for me, or every story (HR, leaders)",
)
async def list_stories(
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    status: Annotated[StoryStatus | None, Query(description="HR, administrators and leaders only")] = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[StorySummary]:
    """Lists stories newest first. HR, administrators and leaders list every story and may filter by status;
    anyone else lists the published stories whose audience reaches them (asking for another status is a 422).
    Integration clients get 403."""
    return await queries.list_stories(session, actor=actor, clock=clock, status=status, limit=limit, cursor=cursor)


@router.post(
    "/stories",
    operation_id="stories-create",
    status_code=status.HTTP_201_CREATED,
    response_model=StoryRead,
    responses=problems(401, 403, 422),
    summary="Draft a story for audiences; each person featured is asked for consent (HR)",
)
async def create_story(
    body: StoryCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep, once: ReplayableDep
) -> StoryRead | JSONResponse:
    """Drafts a story: title, body (plain text, kept verbatim), audiences (`everyone`, `head_office`,
    `department` or `region` with `unit_id`: a union) and the people featured. Each person featured is asked
    for consent (`stories.consent_requested`); the story is published only when all have given it. HR and
    administrators only (403). A unit that is not of the audience's kind, or a person who is not an active
    employee, is a 422 naming the field. Send an `Idempotency-Key` header to retry safely."""

    async def action() -> StoryRead:
        return await commands.create_story(session, actor=actor, clock=clock, data=body)

    return await once.answer(body, action, status=201)


@router.get(
    "/stories/{story_id}",
    operation_id="stories-get",
    response_model=StoryRead,
    responses=problems(401, 403, 404),
)
async def get_story(story_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> StoryRead:
    """Returns a story with its photos, featured people and their consent, the count of people who read it,
    reaction counts, and my own reactions. HR, administrators and leaders see every story; a person featured
    sees the story that features them; anyone else sees a published story whose audience reaches them (home
    unit, or for a region an assignment in force today). Anything else answers 404. Opening a story does not
    count as reading it: the app says so with `POST .../read` once the reader has seen it."""
    return await queries.get_story(session, actor=actor, clock=clock, story_id=story_id)


@router.patch(
    "/stories/{story_id}",
    operation_id="stories-update",
    response_model=StoryRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="Change a draft story (HR); a changed text asks those featured for consent again",
)
async def update_story(
    story_id: uuid.UUID, body: StoryUpdate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> StoryRead:
    """Changes a draft's title, body, audiences or featured people (409 once published or archived). Consent is
    to the story as it stands: a changed title or body returns every answer to pending and asks again; people
    added are asked, people removed forgotten. HR and administrators only (403)."""
    return await commands.update_story(session, actor=actor, clock=clock, story_id=story_id, data=body)


@router.post(
    "/stories/{story_id}/publish",
    operation_id="stories-publish",
    response_model=StoryRead,
    responses=problems(401, 403, 404, 409, typed=(ConsentMissingProblem,)),
    summary="Publish a draft once everyone featured has consented; the audience hears of it once (HR)",
)
async def publish_story(story_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> StoryRead:
    """Publishes a draft. While anyone featured has not given consent (pending or refused) it answers 409
    `story.consent_missing` with `missing` naming each of them, and nothing changes. On the first publication
    the audience is notified (`stories.story_published`), resolved as it stands then. HR and administrators
    only (403)."""
    return await commands.publish_story(session, actor=actor, clock=clock, story_id=story_id)


@router.post(
    "/stories/{story_id}/archive",
    operation_id="stories-archive",
    response_model=StoryRead,
    responses=problems(401, 403, 404, 409),
    summary="Archive a story: off every reader's list (HR)",
)
async def archive_story(story_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> StoryRead:
    """Archives a story, draft or published; readers no longer see it. HR and administrators only (403)."""
    return await commands.archive_story(session, actor=actor, clock=clock, story_id=story_id)


@router.post(
    "/stories/{story_id}/consent",
    operation_id="stories-consent",
    response_model=StoryRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="Give or refuse consent to be featured (the person featured)",
)
async def answer_consent(
    story_id: uuid.UUID, body: ConsentAnswer, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> StoryRead:
    """The person featured gives or refuses consent, and may change their answer at any time: refusing after
    publication takes the story back to draft, off every reader's list. Anyone else who can see the story gets
    403; an archived story answers 409."""
    return await commands.answer_consent(session, actor=actor, clock=clock, story_id=story_id, data=body)


@router.post(
    "/stories/{story_id}/read",
    operation_id="stories-read",
    response_model=StoryRead,
    responses=problems(401, 403, 404, 409),
    summary="Mark a published story read: counted once per person",
)
async def read_story(story_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> StoryRead:
    """Counts the reader once, however often it is sent. Whoever sees a published story may; a story not
    published answers 409."""
    return await commands.mark_read(session, actor=actor, clock=clock, story_id=story_id)


@router.put(
    "/stories/{story_id}/reactions/{reaction}",
    operation_id="stories-react",
    response_model=StoryRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="React to a published story (like, applause, inspired): one of each kind per person",
)
async def react(
    story_id: uuid.UUID, reaction: ReactionKind, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> StoryRead:
    """Adds my reaction of this kind; sending it again changes nothing (each kind counts once per person)."""
    return await commands.react(session, actor=actor, clock=clock, story_id=story_id, kind=reaction, on=True)


@router.delete(
    "/stories/{story_id}/reactions/{reaction}",
    operation_id="stories-unreact",
    response_model=StoryRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="Take back my reaction of this kind",
)
async def unreact(
    story_id: uuid.UUID, reaction: ReactionKind, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> StoryRead:
    """Removes my reaction of this kind from a story I may read; taking back a reaction I never made
    changes nothing and still answers the story with its counts."""
    return await commands.react(session, actor=actor, clock=clock, story_id=story_id, kind=reaction, on=False)


@router.post(
    STORY_PHOTO_UPLOAD_PATH,
    operation_id="stories-addPhoto",
    status_code=status.HTTP_201_CREATED,
    response_model=StoryRead,
    responses=problems(401, 403, 404, 409, 413, 415, 422),
    summary="Add a photo to a draft story (JPEG, PNG or WebP, up to 5 MB, at most 6) (HR)",
)
async def add_photo(
    request: Request,
    story_id: uuid.UUID,
    file: UploadFile,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    once: ReplayableDep,
) -> StoryRead | JSONResponse:
    """Adds a photo to a draft (409 once published). The type is read from the bytes, whatever the name or
    content type say: JPEG, PNG or WebP, anything else 415. At most 5 MB (413) and 6 photos a story (409).
    Adding a photo asks those featured for consent again. HR and administrators only (403). Send an
    `Idempotency-Key` header to retry safely."""
    data = await file.read()

    async def action() -> StoryRead:
        return await photos.add_photo(
            session, actor=actor, clock=clock, store=blob_store(request), story_id=story_id, data=data
        )

    return await once.answer({"sha256": hashlib.sha256(data).hexdigest()}, action, status=201)


@router.get(
    "/stories/{story_id}/photos/{photo_id}",
    operation_id="stories-photo",
    responses={
        **problems(401, 403, 404),
        200: {
            "content": {"image/*": {"schema": {"type": "string", "format": "binary"}}},
            "description": "The photo, with the media type read from its bytes",
        },
    },
)
async def download_photo(
    request: Request,
    story_id: uuid.UUID,
    photo_id: uuid.UUID,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
) -> Response:
    """Whoever sees the story gets its photos, served with the sniffed type, never to be sniffed into another
    type or run as a page."""
    meta, data = await photos.download_photo(
        session, actor=actor, clock=clock, store=blob_store(request), story_id=story_id, photo_id=photo_id
    )
    return Response(
        data,
        media_type=meta.media_type,
        headers={
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private",
            "Content-Security-Policy": "sandbox",
            "X-Content-SHA256": meta.sha256,
        },
    )


@router.delete(
    "/stories/{story_id}/photos/{photo_id}",
    operation_id="stories-removePhoto",
    response_model=StoryRead,
    responses=problems(401, 403, 404, 409),
    summary="Remove a photo from a draft story (HR)",
)
async def remove_photo(
    story_id: uuid.UUID, photo_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> StoryRead:
    """Removes a photo from a draft (409 once published); those featured are asked for consent again."""
    return await photos.remove_photo(session, actor=actor, clock=clock, story_id=story_id, photo_id=photo_id)


# --- the experience board ------------------------------------------------------------------------


@router.get(
    "/experience-posts",
    operation_id="experiencePosts-list",
    response_model=Page[PostRead],
    responses=problems(401, 403, 422),
    summary="The experience board, newest first; by tag; HR's moderation queue by status; my own posts",
)
async def list_posts(
    actor: CurrentActor,
    session: SessionDep,
    status: Annotated[PostStatus | None, Query(description="Other than published: HR only, or with mine")] = None,
    tag: Annotated[str | None, Query(min_length=1, max_length=MAX_TAG_LENGTH, pattern=NO_NUL_PATTERN)] = None,
    mine: Annotated[QueryBool, Query(description="Only my own posts, any status")] = False,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[PostRead]:
    """Lists published posts newest first, optionally with a tag. HR and administrators list any status
    (`submitted` is the moderation queue; posts held by reports wait there too); others asking for another
    status get 403. `mine=true` lists my own posts in any status."""
    return await board.list_posts(session, actor=actor, status=status, tag=tag, mine=mine, limit=limit, cursor=cursor)


@router.post(
    "/experience-posts",
    operation_id="experiencePosts-create",
    status_code=status.HTTP_201_CREATED,
    response_model=PostRead,
    responses=problems(401, 403, 422),
    summary="Post experience (any employee); it waits for HR before it is on the board",
)
async def create_post(
    body: PostCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep, once: ReplayableDep
) -> PostRead | JSONResponse:
    """Posts experience: title, body (plain text, kept verbatim), up to 10 tags of at most 20 characters (kept
    trimmed and lower-cased, duplicates dropped). The post is `submitted` until HR publishes it. Send an
    `Idempotency-Key` header to retry safely."""

    async def action() -> PostRead:
        return await board.submit_post(session, actor=actor, clock=clock, data=body)

    return await once.answer(body, action, status=201)


@router.get(
    "/experience-posts/{post_id}",
    operation_id="experiencePosts-get",
    response_model=PostRead,
    responses=problems(401, 403, 404),
)
async def get_post(post_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> PostRead:
    """A published post is seen by everyone signed in; one submitted or hidden by its author and HR only (404
    to anyone else). The author and HR see why a post was hidden; only HR sees its report count."""
    return await board.get_post(session, actor=actor, post_id=post_id)


@router.post(
    "/experience-posts/{post_id}/publish",
    operation_id="experiencePosts-publish",
    response_model=PostRead,
    responses=problems(401, 403, 404, 409),
    summary="Publish a post on the board (HR)",
)
async def publish_post(post_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> PostRead:
    """Publishes a submitted or hidden post; the reports so far count as reviewed. HR and administrators only."""
    return await board.publish_post(session, actor=actor, clock=clock, post_id=post_id)


@router.post(
    "/experience-posts/{post_id}/hide",
    operation_id="experiencePosts-hide",
    response_model=PostRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="Hide a post with a reason the author is told (HR)",
)
async def hide_post(
    post_id: uuid.UUID, body: HideInput, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> PostRead:
    """Hides a post from the board; its author hears why (`stories.post_hidden`). HR and administrators only."""
    return await board.hide_post(session, actor=actor, clock=clock, post_id=post_id, data=body)


@router.post(
    "/experience-posts/{post_id}/reports",
    operation_id="experiencePosts-report",
    status_code=status.HTTP_201_CREATED,
    response_model=ReportRead,
    responses={**problems(401, 403, 404, 422), 200: {"model": ReportRead, "description": "Already reported"}},
    summary="Report a post, once per person; three reports take it off the board until HR reviews it",
)
async def report_post(
    post_id: uuid.UUID, body: ReportInput, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> ReportRead | JSONResponse:
    """Reports a post with a reason: 201 the first time, 200 with the first report after that (one per person
    and post). When three people have reported a published post since HR last decided on it, it leaves the
    board and waits in HR's queue (`submitted`) until HR publishes or hides it."""
    report, new = await board.report_post(session, actor=actor, clock=clock, post_id=post_id, data=body)
    if new:
        return report
    return JSONResponse(report.model_dump(mode="json"), status_code=status.HTTP_200_OK)


@router.get(
    "/experience-reports",
    operation_id="experienceReports-list",
    response_model=Page[ReportRead],
    responses=problems(401, 403, 422),
    summary="HR's queue of reports, newest first",
)
async def list_reports(
    actor: CurrentActor,
    session: SessionDep,
    post_id: Annotated[uuid.UUID | None, Query()] = None,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[ReportRead]:
    """Lists reports newest first, optionally of one post, with each post's title and status. HR and
    administrators only (403)."""
    return await board.list_reports(session, actor=actor, post_id=post_id, limit=limit, cursor=cursor)


@router.get(
    "/experience-posts/{post_id}/comments",
    operation_id="experiencePosts-comments",
    response_model=Page[CommentRead],
    responses=problems(401, 403, 404, 422),
)
async def list_comments(
    post_id: uuid.UUID,
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[CommentRead]:
    """The post's comments, oldest first; hidden ones are listed to HR only. Whoever sees the post may read."""
    return await board.list_comments(session, actor=actor, post_id=post_id, limit=limit, cursor=cursor)


@router.post(
    "/experience-posts/{post_id}/comments",
    operation_id="experiencePosts-comment",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentRead,
    responses=problems(401, 403, 404, 409, 422),
    summary="Comment on a published post; its author hears of it",
)
async def add_comment(
    post_id: uuid.UUID, body: CommentCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> CommentRead:
    """Any reader of a published post comments (409 on a post not published); the author is notified
    (`stories.post_commented`) unless they wrote the comment."""
    return await board.add_comment(session, actor=actor, clock=clock, post_id=post_id, data=body)


@router.delete(
    "/experience-posts/{post_id}/comments/{comment_id}",
    operation_id="experiencePosts-deleteComment",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problems(401, 403, 404),
    summary="Delete my own comment",
)
async def delete_comment(
    post_id: uuid.UUID, comment_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> Response:
    """Its author deletes a comment (403 for anyone else: HR hides instead)."""
    await board.delete_comment(session, actor=actor, clock=clock, post_id=post_id, comment_id=comment_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/experience-posts/{post_id}/comments/{comment_id}/hide",
    operation_id="experiencePosts-hideComment",
    response_model=CommentRead,
    responses=problems(401, 403, 404),
    summary="Hide a comment (HR)",
)
async def hide_comment(
    post_id: uuid.UUID, comment_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> CommentRead:
    """Hides a comment from everyone but HR (kept, with who hid it and when). HR and administrators only."""
    return await board.hide_comment(session, actor=actor, clock=clock, post_id=post_id, comment_id=comment_id)


# --- broadcasts ----------------------------------------------------------------------------------


@router.get(
    "/broadcasts",
    operation_id="broadcasts-list",
    response_model=Page[BroadcastRead],
    responses=problems(401, 403, 422),
    summary="Broadcast notices, newest first: those I received, or all (HR, leaders)",
)
async def list_broadcasts(
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[BroadcastRead]:
    """Lists broadcasts newest first: the ones I received, with when I read and acknowledged each; HR,
    administrators and leaders list every broadcast, drafts included."""
    return await broadcasts.list_broadcasts(session, actor=actor, limit=limit, cursor=cursor)


@router.post(
    "/broadcasts",
    operation_id="broadcasts-create",
    status_code=status.HTTP_201_CREATED,
    response_model=BroadcastRead,
    responses=problems(401, 403, 422),
    summary="Draft a broadcast notice for audiences (HR)",
)
async def create_broadcast(
    body: BroadcastCreate, actor: CurrentActor, session: SessionDep, clock: ClockDep, once: ReplayableDep
) -> BroadcastRead | JSONResponse:
    """Drafts a notice: title, body (plain text), audiences (a union, as for stories) and whether recipients
    must acknowledge it. HR and administrators only (403). Send an `Idempotency-Key` header to retry safely."""

    async def action() -> BroadcastRead:
        return await broadcasts.create_broadcast(session, actor=actor, clock=clock, data=body)

    return await once.answer(body, action, status=201)


@router.get(
    "/broadcasts/{broadcast_id}",
    operation_id="broadcasts-get",
    response_model=BroadcastRead,
    responses=problems(401, 403, 404),
)
async def get_broadcast(broadcast_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> BroadcastRead:
    """A recipient sees the broadcast (with when they read it); HR, administrators and leaders see any; 404
    to anyone else."""
    return await broadcasts.get_broadcast(session, actor=actor, broadcast_id=broadcast_id)


@router.post(
    "/broadcasts/{broadcast_id}/publish",
    operation_id="broadcasts-publish",
    response_model=BroadcastRead,
    responses=problems(401, 403, 404, 409),
    summary="Publish: the recipients are fixed now and notified (HR)",
)
async def publish_broadcast(
    broadcast_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> BroadcastRead:
    """Publishes a draft: every active person the audience reaches today becomes a recipient (fixed from now
    on, for read receipts) and is notified (`stories.broadcast`). A second publication answers 409. HR and
    administrators only (403)."""
    return await broadcasts.publish_broadcast(session, actor=actor, clock=clock, broadcast_id=broadcast_id)


@router.post(
    "/broadcasts/{broadcast_id}/read",
    operation_id="broadcasts-read",
    response_model=BroadcastRead,
    responses=problems(401, 403, 404),
    summary="Mark a broadcast read (recipients; idempotent)",
)
async def read_broadcast(
    broadcast_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> BroadcastRead:
    """Marks it read; the first time is kept. Only recipients (403 for HR and leaders who did not receive it)."""
    return await broadcasts.mark_read(session, actor=actor, clock=clock, broadcast_id=broadcast_id)


@router.post(
    "/broadcasts/{broadcast_id}/acknowledge",
    operation_id="broadcasts-acknowledge",
    response_model=BroadcastRead,
    responses=problems(401, 403, 404, 409),
    summary="Acknowledge a broadcast that asks for it (recipients; idempotent; reads it too)",
)
async def acknowledge_broadcast(
    broadcast_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> BroadcastRead:
    """Acknowledges it (and marks it read); a broadcast that asks for no acknowledgement answers 409."""
    return await broadcasts.mark_read(session, actor=actor, clock=clock, broadcast_id=broadcast_id, acknowledge=True)


@router.get(
    "/broadcasts/{broadcast_id}/receipts",
    operation_id="broadcasts-receipts",
    response_model=ReceiptsRead,
    responses=problems(401, 403, 404, 422),
    summary="Read receipts: counts, and who has not read it (HR)",
)
async def receipts(
    broadcast_id: uuid.UUID,
    actor: CurrentActor,
    session: SessionDep,
    state: Annotated[ReceiptState, Query(description="Which recipients to page through")] = "unread",
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> ReceiptsRead:
    """The recipients, read, unread and acknowledged counts, and a page of the recipients in `state` (unread by
    default) by employee number. HR and administrators only (403)."""
    return await broadcasts.receipts(
        session, actor=actor, broadcast_id=broadcast_id, state=state, limit=limit, cursor=cursor
    )
