from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.page_delivery_read import PageDeliveryRead
from ...models.problem import Problem
from ...models.rate_limited_problem import RateLimitedProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    subscription_id: UUID,
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/webhooks/subscriptions/{subscription_id}/deliveries".format(
            subscription_id=quote(str(subscription_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsufficientScopeProblem | Problem | PageDeliveryRead | Problem | Problem | RateLimitedProblem | None:
    if response.status_code == 200:
        response_200 = PageDeliveryRead.from_dict(response.json())

        return response_200

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
) -> Response[InsufficientScopeProblem | Problem | PageDeliveryRead | Problem | Problem | RateLimitedProblem]:
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
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[InsufficientScopeProblem | Problem | PageDeliveryRead | Problem | Problem | RateLimitedProblem]:
    """The delivery log, newest first, each delivery with its attempts

     Lists a subscription's deliveries, newest first, each with every attempt and its outcome.
    For machine clients with `webhooks:manage` (403 otherwise), on their own subscriptions (404
    otherwise). A
    pending delivery shows when it is next tried; an attempt shows the receiver's status code or the
    error.

    Args:
        subscription_id (UUID):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientScopeProblem | Problem | PageDeliveryRead | Problem | Problem | RateLimitedProblem]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> InsufficientScopeProblem | Problem | PageDeliveryRead | Problem | Problem | RateLimitedProblem | None:
    """The delivery log, newest first, each delivery with its attempts

     Lists a subscription's deliveries, newest first, each with every attempt and its outcome.
    For machine clients with `webhooks:manage` (403 otherwise), on their own subscriptions (404
    otherwise). A
    pending delivery shows when it is next tried; an attempt shows the receiver's status code or the
    error.

    Args:
        subscription_id (UUID):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientScopeProblem | Problem | PageDeliveryRead | Problem | Problem | RateLimitedProblem
    """

    return sync_detailed(
        subscription_id=subscription_id,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[InsufficientScopeProblem | Problem | PageDeliveryRead | Problem | Problem | RateLimitedProblem]:
    """The delivery log, newest first, each delivery with its attempts

     Lists a subscription's deliveries, newest first, each with every attempt and its outcome.
    For machine clients with `webhooks:manage` (403 otherwise), on their own subscriptions (404
    otherwise). A
    pending delivery shows when it is next tried; an attempt shows the receiver's status code or the
    error.

    Args:
        subscription_id (UUID):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientScopeProblem | Problem | PageDeliveryRead | Problem | Problem | RateLimitedProblem]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> InsufficientScopeProblem | Problem | PageDeliveryRead | Problem | Problem | RateLimitedProblem | None:
    """The delivery log, newest first, each delivery with its attempts

     Lists a subscription's deliveries, newest first, each with every attempt and its outcome.
    For machine clients with `webhooks:manage` (403 otherwise), on their own subscriptions (404
    otherwise). A
    pending delivery shows when it is next tried; an attempt shows the receiver's status code or the
    error.

    Args:
        subscription_id (UUID):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientScopeProblem | Problem | PageDeliveryRead | Problem | Problem | RateLimitedProblem
    """

    return (
        await asyncio_detailed(
            subscription_id=subscription_id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
