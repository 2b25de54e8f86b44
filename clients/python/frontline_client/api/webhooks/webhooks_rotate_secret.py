from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.problem import Problem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.subscription_with_secret import SubscriptionWithSecret
from ...types import Response


def _get_kwargs(
    subscription_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/webhooks/subscriptions/{subscription_id}/secret".format(
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret | None:
    if response.status_code == 200:
        response_200 = SubscriptionWithSecret.from_dict(response.json())

        return response_200

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret]:
    """Replace the signing secret at once; the new one is in this answer only

     Replaces the subscription's signing secret at once; the new one is in this answer only.
    For machine clients with `webhooks:manage` (403 otherwise), on their own subscriptions (404
    otherwise).
    There is no overlap: every delivery sent from now on, retries of earlier events included, is signed
    with
    the new secret, so update the receiver together with the rotation. Sent with `Cache-Control: no-
    store`.
    Audited.

    Args:
        subscription_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
) -> InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret | None:
    """Replace the signing secret at once; the new one is in this answer only

     Replaces the subscription's signing secret at once; the new one is in this answer only.
    For machine clients with `webhooks:manage` (403 otherwise), on their own subscriptions (404
    otherwise).
    There is no overlap: every delivery sent from now on, retries of earlier events included, is signed
    with
    the new secret, so update the receiver together with the rotation. Sent with `Cache-Control: no-
    store`.
    Audited.

    Args:
        subscription_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret
    """

    return sync_detailed(
        subscription_id=subscription_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret]:
    """Replace the signing secret at once; the new one is in this answer only

     Replaces the subscription's signing secret at once; the new one is in this answer only.
    For machine clients with `webhooks:manage` (403 otherwise), on their own subscriptions (404
    otherwise).
    There is no overlap: every delivery sent from now on, retries of earlier events included, is signed
    with
    the new secret, so update the receiver together with the rotation. Sent with `Cache-Control: no-
    store`.
    Audited.

    Args:
        subscription_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
) -> InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret | None:
    """Replace the signing secret at once; the new one is in this answer only

     Replaces the subscription's signing secret at once; the new one is in this answer only.
    For machine clients with `webhooks:manage` (403 otherwise), on their own subscriptions (404
    otherwise).
    There is no overlap: every delivery sent from now on, retries of earlier events included, is signed
    with
    the new secret, so update the receiver together with the rotation. Sent with `Cache-Control: no-
    store`.
    Audited.

    Args:
        subscription_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SubscriptionWithSecret
    """

    return (
        await asyncio_detailed(
            subscription_id=subscription_id,
            client=client,
        )
    ).parsed
