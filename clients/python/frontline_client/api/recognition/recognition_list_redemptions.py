from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_redemption_read import PageRedemptionRead
from ...models.problem import Problem
from ...models.redemption_status import RedemptionStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: None | RedemptionStatus | Unset = UNSET,
    employee_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, RedemptionStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_employee_id: None | str | Unset
    if isinstance(employee_id, Unset):
        json_employee_id = UNSET
    elif isinstance(employee_id, UUID):
        json_employee_id = str(employee_id)
    else:
        json_employee_id = employee_id
    params["employee_id"] = json_employee_id

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
        "url": "/api/v1/recognition/redemptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageRedemptionRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageRedemptionRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PageRedemptionRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: None | RedemptionStatus | Unset = UNSET,
    employee_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageRedemptionRead | Problem]:
    """Redemptions, newest first: HR sees everyone's, others their own

     Lists redemptions newest first, optionally by status: HR and administrators see everyone's
    (optionally
    one person's), everyone else their own (`employee_id` is ignored for them).

    Args:
        status (None | RedemptionStatus | Unset):
        employee_id (None | Unset | UUID): HR: one person's
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageRedemptionRead | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        employee_id=employee_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: None | RedemptionStatus | Unset = UNSET,
    employee_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageRedemptionRead | Problem | None:
    """Redemptions, newest first: HR sees everyone's, others their own

     Lists redemptions newest first, optionally by status: HR and administrators see everyone's
    (optionally
    one person's), everyone else their own (`employee_id` is ignored for them).

    Args:
        status (None | RedemptionStatus | Unset):
        employee_id (None | Unset | UUID): HR: one person's
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageRedemptionRead | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        employee_id=employee_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: None | RedemptionStatus | Unset = UNSET,
    employee_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageRedemptionRead | Problem]:
    """Redemptions, newest first: HR sees everyone's, others their own

     Lists redemptions newest first, optionally by status: HR and administrators see everyone's
    (optionally
    one person's), everyone else their own (`employee_id` is ignored for them).

    Args:
        status (None | RedemptionStatus | Unset):
        employee_id (None | Unset | UUID): HR: one person's
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageRedemptionRead | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        employee_id=employee_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: None | RedemptionStatus | Unset = UNSET,
    employee_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageRedemptionRead | Problem | None:
    """Redemptions, newest first: HR sees everyone's, others their own

     Lists redemptions newest first, optionally by status: HR and administrators see everyone's
    (optionally
    one person's), everyone else their own (`employee_id` is ignored for them).

    Args:
        status (None | RedemptionStatus | Unset):
        employee_id (None | Unset | UUID): HR: one person's
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageRedemptionRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            employee_id=employee_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
