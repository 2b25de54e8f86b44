"""Webhooks out (integration clients with `webhooks:manage`): subscriptions, their signing secret,
test deliveries, the delivery log and manual redelivery."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request, Response, status

from api.deps import ClockDep, CurrentActor, SessionDep, SettingsDep
from api.gated_router import Router
from api.problem_types import InsufficientScopeProblem
from api.v1.responses import DEFAULT_PAGE_SIZE, CursorQuery, LimitQuery, problems
from domain.shared.pagination import Page, Slice
from domain.webhooks import subscriptions as webhooks
from domain.webhooks.schemas import (
    DeliveryRead,
    SubscriptionCreate,
    SubscriptionRead,
    SubscriptionUpdate,
    SubscriptionWithSecret,
)
from domain.webhooks.targets import TargetPolicy

router = Router(prefix="/webhooks", tags=["webhooks"])


async def get_webhook_targets(request: Request) -> TargetPolicy:
    targets: TargetPolicy = request.app.state.webhook_targets
    return targets


TargetsDep = Annotated[TargetPolicy, Depends(get_webhook_targets)]


@router.post(
    "/subscriptions",
    operation_id="webhooks-createSubscription",
    status_code=status.HTTP_201_CREATED,
    response_model=SubscriptionWithSecret,
    responses=problems(401, 403, 422, 429, typed=(InsufficientScopeProblem,)),
    summary="Subscribe a URL to events; the signing secret is in this answer only",
)
async def create_subscription(
    body: SubscriptionCreate,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    settings: SettingsDep,
    targets: TargetsDep,
    response: Response,
) -> SubscriptionWithSecret:
    """Subscribes a URL to events; the signing secret is in this answer only.
    For machine clients with the `webhooks:manage` scope (people, and clients without it, get 403). `events`
    names exact topics or whole families (`ticket.*`) from the catalog in this document's webhooks section.
    The URL must be http(s) and reach a public address (no loopback, private, link-local or metadata host),
    and https when the server requires it; otherwise 422. The secret (`whsec_...`, sent with
    `Cache-Control: no-store`) signs every delivery as Standard Webhooks does (`webhook-id`,
    `webhook-timestamp`, `webhook-signature`).

    A failed delivery is retried after 30 s, then at doubling intervals up to one hour, for 24 hours; a
    subscription failing for 24 hours without a success is disabled. A client limited to org units only hears
    events about those units. Audited; 429 when the client exceeds its rate limit.
    """
    response.headers["Cache-Control"] = "no-store"
    return await webhooks.create_subscription(
        session, actor=actor, clock=clock, data=body, require_https=settings.webhook_require_https, targets=targets
    )


@router.get(
    "/subscriptions",
    operation_id="webhooks-listSubscriptions",
    response_model=Page[SubscriptionRead],
    responses=problems(401, 403, 422, 429, typed=(InsufficientScopeProblem,)),
)
async def list_subscriptions(
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[SubscriptionRead]:
    """Lists the calling client's own subscriptions, oldest first; other clients' are never shown.
    For machine clients with `webhooks:manage` (403 otherwise). `failing_since`, `disabled_at` and
    `disabled_reason` show a subscription that is failing or was stopped.
    """
    return await webhooks.list_subscriptions(session, actor=actor, limit=limit, cursor=cursor)


@router.get(
    "/subscriptions/{subscription_id}",
    operation_id="webhooks-getSubscription",
    response_model=SubscriptionRead,
    responses=problems(401, 403, 404, 422, 429, typed=(InsufficientScopeProblem,)),
)
async def get_subscription(subscription_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> SubscriptionRead:
    """Reads one of the calling client's subscriptions (never its secret).
    For machine clients with `webhooks:manage` (403 otherwise); another client's subscription answers 404,
    like one that does not exist.
    """
    return await webhooks.get_subscription(session, actor=actor, subscription_id=subscription_id)


@router.patch(
    "/subscriptions/{subscription_id}",
    operation_id="webhooks-updateSubscription",
    response_model=SubscriptionRead,
    responses=problems(401, 403, 404, 422, 429, typed=(InsufficientScopeProblem,)),
    summary="Change URL or events; active=false pauses, active=true re-enables a disabled subscription",
)
async def update_subscription(
    subscription_id: uuid.UUID,
    body: SubscriptionUpdate,
    actor: CurrentActor,
    session: SessionDep,
    clock: ClockDep,
    settings: SettingsDep,
    targets: TargetsDep,
) -> SubscriptionRead:
    """Changes a subscription's URL or events, or switches it off or on; only the fields sent change.
    For machine clients with `webhooks:manage` (403 otherwise), on their own subscriptions (404 otherwise).
    `url`, `events` and `active` cannot be null (422), and a new URL passes the same checks as on creation.
    `active: false` pauses deliveries and gives up those pending; `active: true` re-enables a subscription
    that was switched off or disabled after failing, with a clean failure streak. Audited.
    """
    return await webhooks.update_subscription(
        session,
        actor=actor,
        clock=clock,
        subscription_id=subscription_id,
        data=body,
        require_https=settings.webhook_require_https,
        targets=targets,
    )


@router.delete(
    "/subscriptions/{subscription_id}",
    operation_id="webhooks-deleteSubscription",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problems(401, 403, 404, 422, 429, typed=(InsufficientScopeProblem,)),
    summary="Delete a subscription with its delivery log",
)
async def delete_subscription(
    subscription_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> None:
    """Deletes one of the calling client's subscriptions, with its deliveries and their log.
    For machine clients with `webhooks:manage` (403 otherwise); another client's subscription answers 404.
    Audited.
    """
    await webhooks.delete_subscription(session, actor=actor, clock=clock, subscription_id=subscription_id)


@router.post(
    "/subscriptions/{subscription_id}/secret",
    operation_id="webhooks-rotateSecret",
    response_model=SubscriptionWithSecret,
    responses=problems(401, 403, 404, 422, 429, typed=(InsufficientScopeProblem,)),
    summary="Replace the signing secret at once; the new one is in this answer only",
)
async def rotate_secret(
    subscription_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep, response: Response
) -> SubscriptionWithSecret:
    """Replaces the subscription's signing secret at once; the new one is in this answer only.
    For machine clients with `webhooks:manage` (403 otherwise), on their own subscriptions (404 otherwise).
    There is no overlap: every delivery sent from now on, retries of earlier events included, is signed with
    the new secret, so update the receiver together with the rotation. Sent with `Cache-Control: no-store`.
    Audited.
    """
    response.headers["Cache-Control"] = "no-store"
    return await webhooks.rotate_secret(session, actor=actor, clock=clock, subscription_id=subscription_id)


@router.post(
    "/subscriptions/{subscription_id}/test",
    operation_id="webhooks-testSubscription",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=DeliveryRead,
    responses=problems(401, 403, 404, 409, 422, 429, typed=(InsufficientScopeProblem,)),
    summary="Queue a webhook.test delivery to this subscription",
)
async def test_subscription(
    subscription_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep
) -> DeliveryRead:
    """Queues a `webhook.test` delivery to this subscription, whatever events it lists.
    The worker sends it on its next pass. For machine clients with `webhooks:manage` (403 otherwise), on their
    own subscriptions (404 otherwise). An inactive subscription answers 409: re-enable it first. The answer is
    the queued delivery; follow it in GET .../deliveries.
    """
    return await webhooks.send_test(session, actor=actor, clock=clock, subscription_id=subscription_id)


@router.get(
    "/subscriptions/{subscription_id}/deliveries",
    operation_id="webhooks-listDeliveries",
    response_model=Page[DeliveryRead],
    responses=problems(401, 403, 404, 422, 429, typed=(InsufficientScopeProblem,)),
    summary="The delivery log, newest first, each delivery with its attempts",
)
async def list_deliveries(
    subscription_id: uuid.UUID,
    actor: CurrentActor,
    session: SessionDep,
    limit: Annotated[int, LimitQuery] = DEFAULT_PAGE_SIZE,
    cursor: Annotated[str | None, CursorQuery] = None,
) -> Slice[DeliveryRead]:
    """Lists a subscription's deliveries, newest first, each with every attempt and its outcome.
    For machine clients with `webhooks:manage` (403 otherwise), on their own subscriptions (404 otherwise). A
    pending delivery shows when it is next tried; an attempt shows the receiver's status code or the error.
    """
    return await webhooks.list_deliveries(
        session, actor=actor, subscription_id=subscription_id, limit=limit, cursor=cursor
    )


@router.post(
    "/deliveries/{delivery_id}/redeliver",
    operation_id="webhooks-redeliver",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=DeliveryRead,
    responses=problems(401, 403, 404, 409, 422, 429, typed=(InsufficientScopeProblem,)),
    summary="Send the same event again now, as a new delivery, whatever became of this one",
)
async def redeliver(delivery_id: uuid.UUID, actor: CurrentActor, session: SessionDep, clock: ClockDep) -> DeliveryRead:
    """Sends an event again now, as a new delivery, whatever became of the original one.
    For machine clients with `webhooks:manage` (403 otherwise), on deliveries of their own subscriptions (404
    otherwise). The new delivery carries the same event id, type and body, so receivers can tell it is the
    same event. An inactive subscription answers 409. Audited.
    """
    return await webhooks.redeliver(session, actor=actor, clock=clock, delivery_id=delivery_id)
