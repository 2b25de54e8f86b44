"""Webhooks out (integration clients with `webhooks:manage`): subscriptions, their signing secret,
test deliveries, the delivery log and manual redelivery."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status

from api.deps import ClockDep, CurrentActor, SessionDep, SettingsDep
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

router = APIRouter(prefix="/webhooks", tags=["webhooks"])


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
    return await webhooks.list_subscriptions(session, actor=actor, limit=limit, cursor=cursor)


@router.get(
    "/subscriptions/{subscription_id}",
    operation_id="webhooks-getSubscription",
    response_model=SubscriptionRead,
    responses=problems(401, 403, 404, 422, 429, typed=(InsufficientScopeProblem,)),
)
async def get_subscription(subscription_id: uuid.UUID, actor: CurrentActor, session: SessionDep) -> SubscriptionRead:
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
    return await webhooks.redeliver(session, actor=actor, clock=clock, delivery_id=delivery_id)
