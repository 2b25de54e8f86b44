from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_transfer_summary import PageTransferSummary
from ...models.problem import Problem
from ...models.transfer_kind import TransferKind
from ...models.transfer_status import TransferStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    employee_id: None | Unset | UUID = UNSET,
    status: None | TransferStatus | Unset = UNSET,
    kind: None | TransferKind | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_employee_id: None | str | Unset
    if isinstance(employee_id, Unset):
        json_employee_id = UNSET
    elif isinstance(employee_id, UUID):
        json_employee_id = str(employee_id)
    else:
        json_employee_id = employee_id
    params["employee_id"] = json_employee_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, TransferStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, TransferKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

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
        "url": "/api/v1/transfers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageTransferSummary | Problem | None:
    if response.status_code == 200:
        response_200 = PageTransferSummary.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[PageTransferSummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    employee_id: None | Unset | UUID = UNSET,
    status: None | TransferStatus | Unset = UNSET,
    kind: None | TransferKind | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageTransferSummary | Problem]:
    """List Transfers

     Lists the transfer requests the caller may see, most recently submitted first.

    A request is seen by its requester, its employee, the store managers and department heads over the
    employee's home unit or where she is assigned today, and those over its destination; HR, leaders and
    administrators see every request. Filter by `employee_id` for a person's history, which travels with
    them.

    Args:
        employee_id (None | Unset | UUID):
        status (None | TransferStatus | Unset):
        kind (None | TransferKind | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageTransferSummary | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        status=status,
        kind=kind,
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
    employee_id: None | Unset | UUID = UNSET,
    status: None | TransferStatus | Unset = UNSET,
    kind: None | TransferKind | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageTransferSummary | Problem | None:
    """List Transfers

     Lists the transfer requests the caller may see, most recently submitted first.

    A request is seen by its requester, its employee, the store managers and department heads over the
    employee's home unit or where she is assigned today, and those over its destination; HR, leaders and
    administrators see every request. Filter by `employee_id` for a person's history, which travels with
    them.

    Args:
        employee_id (None | Unset | UUID):
        status (None | TransferStatus | Unset):
        kind (None | TransferKind | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageTransferSummary | Problem
    """

    return sync_detailed(
        client=client,
        employee_id=employee_id,
        status=status,
        kind=kind,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    employee_id: None | Unset | UUID = UNSET,
    status: None | TransferStatus | Unset = UNSET,
    kind: None | TransferKind | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageTransferSummary | Problem]:
    """List Transfers

     Lists the transfer requests the caller may see, most recently submitted first.

    A request is seen by its requester, its employee, the store managers and department heads over the
    employee's home unit or where she is assigned today, and those over its destination; HR, leaders and
    administrators see every request. Filter by `employee_id` for a person's history, which travels with
    them.

    Args:
        employee_id (None | Unset | UUID):
        status (None | TransferStatus | Unset):
        kind (None | TransferKind | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageTransferSummary | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        status=status,
        kind=kind,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    employee_id: None | Unset | UUID = UNSET,
    status: None | TransferStatus | Unset = UNSET,
    kind: None | TransferKind | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageTransferSummary | Problem | None:
    """List Transfers

     Lists the transfer requests the caller may see, most recently submitted first.

    A request is seen by its requester, its employee, the store managers and department heads over the
    employee's home unit or where she is assigned today, and those over its destination; HR, leaders and
    administrators see every request. Filter by `employee_id` for a person's history, which travels with
    them.

    Args:
        employee_id (None | Unset | UUID):
        status (None | TransferStatus | Unset):
        kind (None | TransferKind | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageTransferSummary | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            employee_id=employee_id,
            status=status,
            kind=kind,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
