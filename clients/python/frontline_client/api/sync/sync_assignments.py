import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.problem import Problem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.sync_page_synced_assignment import SyncPageSyncedAssignment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    updated_since: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 200,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_updated_since: None | str | Unset
    if isinstance(updated_since, Unset):
        json_updated_since = UNSET
    elif isinstance(updated_since, datetime.datetime):
        json_updated_since = updated_since.isoformat()
    else:
        json_updated_since = updated_since
    params["updated_since"] = json_updated_since

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sync/assignments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SyncPageSyncedAssignment | None:
    if response.status_code == 200:
        response_200 = SyncPageSyncedAssignment.from_dict(response.json())

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
) -> Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SyncPageSyncedAssignment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    updated_since: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 200,
) -> Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SyncPageSyncedAssignment]:
    """Assignments changed after the cursor

     The change feed of assignments (secondments and permanent moves), in the order they changed.
    Cancelled assignments stay in the feed, marked by `cancelled_at`. For machine clients with
    `read:people`,
    and for HR and administrators (others get 403). A client limited to org units sees assignments whose
    unit,
    or whose employee's home unit, lies inside them. Paging as in GET /sync/employees: keep
    `next_cursor`,
    poll from it, never miss a change.

    Args:
        updated_since (datetime.datetime | None | Unset): Only rows with updated_at at or after
            this moment (ISO 8601 with offset), on every page
        cursor (None | str | Unset): The `next_cursor` of the previous page
        limit (int | Unset): Page size Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SyncPageSyncedAssignment]
    """

    kwargs = _get_kwargs(
        updated_since=updated_since,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    updated_since: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 200,
) -> InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SyncPageSyncedAssignment | None:
    """Assignments changed after the cursor

     The change feed of assignments (secondments and permanent moves), in the order they changed.
    Cancelled assignments stay in the feed, marked by `cancelled_at`. For machine clients with
    `read:people`,
    and for HR and administrators (others get 403). A client limited to org units sees assignments whose
    unit,
    or whose employee's home unit, lies inside them. Paging as in GET /sync/employees: keep
    `next_cursor`,
    poll from it, never miss a change.

    Args:
        updated_since (datetime.datetime | None | Unset): Only rows with updated_at at or after
            this moment (ISO 8601 with offset), on every page
        cursor (None | str | Unset): The `next_cursor` of the previous page
        limit (int | Unset): Page size Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SyncPageSyncedAssignment
    """

    return sync_detailed(
        client=client,
        updated_since=updated_since,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    updated_since: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 200,
) -> Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SyncPageSyncedAssignment]:
    """Assignments changed after the cursor

     The change feed of assignments (secondments and permanent moves), in the order they changed.
    Cancelled assignments stay in the feed, marked by `cancelled_at`. For machine clients with
    `read:people`,
    and for HR and administrators (others get 403). A client limited to org units sees assignments whose
    unit,
    or whose employee's home unit, lies inside them. Paging as in GET /sync/employees: keep
    `next_cursor`,
    poll from it, never miss a change.

    Args:
        updated_since (datetime.datetime | None | Unset): Only rows with updated_at at or after
            this moment (ISO 8601 with offset), on every page
        cursor (None | str | Unset): The `next_cursor` of the previous page
        limit (int | Unset): Page size Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SyncPageSyncedAssignment]
    """

    kwargs = _get_kwargs(
        updated_since=updated_since,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    updated_since: datetime.datetime | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 200,
) -> InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SyncPageSyncedAssignment | None:
    """Assignments changed after the cursor

     The change feed of assignments (secondments and permanent moves), in the order they changed.
    Cancelled assignments stay in the feed, marked by `cancelled_at`. For machine clients with
    `read:people`,
    and for HR and administrators (others get 403). A client limited to org units sees assignments whose
    unit,
    or whose employee's home unit, lies inside them. Paging as in GET /sync/employees: keep
    `next_cursor`,
    poll from it, never miss a change.

    Args:
        updated_since (datetime.datetime | None | Unset): Only rows with updated_at at or after
            this moment (ISO 8601 with offset), on every page
        cursor (None | str | Unset): The `next_cursor` of the previous page
        limit (int | Unset): Page size Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientScopeProblem | Problem | Problem | Problem | RateLimitedProblem | SyncPageSyncedAssignment
    """

    return (
        await asyncio_detailed(
            client=client,
            updated_since=updated_since,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
