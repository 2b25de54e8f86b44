from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.problem import Problem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.subscription_create import SubscriptionCreate
from ...models.subscription_with_secret import SubscriptionWithSecret
from ...types import Response


def _get_kwargs(
    *,
    body: SubscriptionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/webhooks/subscriptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret | None:
    if response.status_code == 201:
        response_201 = SubscriptionWithSecret.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> InsufficientScopeProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = InsufficientScopeProblem.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_1 = Problem.from_dict(data)

            return response_403_type_1

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:

        def _parse_response_429(data: object) -> Problem | RateLimitedProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_429_type_0 = RateLimitedProblem.from_dict(data)

                return response_429_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_429_type_1 = Problem.from_dict(data)

            return response_429_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubscriptionCreate,
) -> Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret]:
    """Subscribe a URL to events; the signing secret is in this answer only

     Subscribes a URL to events; the signing secret is in this answer only.
    For machine clients with the `webhooks:manage` scope (people, and clients without it, get 403).
    `events`
    names exact topics or whole families (`ticket.*`) from the catalog in this document's webhooks
    section.
    The URL must be http(s) and reach a public address (no loopback, private, link-local or metadata
    host),
    and https when the server requires it; otherwise 422. The secret (`whsec_...`, sent with
    `Cache-Control: no-store`) signs every delivery as Standard Webhooks does (`webhook-id`,
    `webhook-timestamp`, `webhook-signature`).

    A failed delivery is retried after 30 s, then at doubling intervals up to one hour, for 24 hours; a
    subscription failing for 24 hours without a success is disabled. A client limited to org units only
    hears
    events about those units. Audited; 429 when the client exceeds its rate limit.

    Args:
        body (SubscriptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SubscriptionCreate,
) -> InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret | None:
    """Subscribe a URL to events; the signing secret is in this answer only

     Subscribes a URL to events; the signing secret is in this answer only.
    For machine clients with the `webhooks:manage` scope (people, and clients without it, get 403).
    `events`
    names exact topics or whole families (`ticket.*`) from the catalog in this document's webhooks
    section.
    The URL must be http(s) and reach a public address (no loopback, private, link-local or metadata
    host),
    and https when the server requires it; otherwise 422. The secret (`whsec_...`, sent with
    `Cache-Control: no-store`) signs every delivery as Standard Webhooks does (`webhook-id`,
    `webhook-timestamp`, `webhook-signature`).

    A failed delivery is retried after 30 s, then at doubling intervals up to one hour, for 24 hours; a
    subscription failing for 24 hours without a success is disabled. A client limited to org units only
    hears
    events about those units. Audited; 429 when the client exceeds its rate limit.

    Args:
        body (SubscriptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubscriptionCreate,
) -> Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret]:
    """Subscribe a URL to events; the signing secret is in this answer only

     Subscribes a URL to events; the signing secret is in this answer only.
    For machine clients with the `webhooks:manage` scope (people, and clients without it, get 403).
    `events`
    names exact topics or whole families (`ticket.*`) from the catalog in this document's webhooks
    section.
    The URL must be http(s) and reach a public address (no loopback, private, link-local or metadata
    host),
    and https when the server requires it; otherwise 422. The secret (`whsec_...`, sent with
    `Cache-Control: no-store`) signs every delivery as Standard Webhooks does (`webhook-id`,
    `webhook-timestamp`, `webhook-signature`).

    A failed delivery is retried after 30 s, then at doubling intervals up to one hour, for 24 hours; a
    subscription failing for 24 hours without a success is disabled. A client limited to org units only
    hears
    events about those units. Audited; 429 when the client exceeds its rate limit.

    Args:
        body (SubscriptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubscriptionCreate,
) -> InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret | None:
    """Subscribe a URL to events; the signing secret is in this answer only

     Subscribes a URL to events; the signing secret is in this answer only.
    For machine clients with the `webhooks:manage` scope (people, and clients without it, get 403).
    `events`
    names exact topics or whole families (`ticket.*`) from the catalog in this document's webhooks
    section.
    The URL must be http(s) and reach a public address (no loopback, private, link-local or metadata
    host),
    and https when the server requires it; otherwise 422. The secret (`whsec_...`, sent with
    `Cache-Control: no-store`) signs every delivery as Standard Webhooks does (`webhook-id`,
    `webhook-timestamp`, `webhook-signature`).

    A failed delivery is retried after 30 s, then at doubling intervals up to one hour, for 24 hours; a
    subscription failing for 24 hours without a success is disabled. A client limited to org units only
    hears
    events about those units. Audited; 429 when the client exceeds its rate limit.

    Args:
        body (SubscriptionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
