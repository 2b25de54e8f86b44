from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_shift_swap_read import PageShiftSwapRead
from ...models.problem import Problem
from ...models.swap_status import SwapStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    store_id: None | Unset | UUID = UNSET,
    status: None | SwapStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_store_id: None | str | Unset
    if isinstance(store_id, Unset):
        json_store_id = UNSET
    elif isinstance(store_id, UUID):
        json_store_id = str(store_id)
    else:
        json_store_id = store_id
    params["store_id"] = json_store_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, SwapStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

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
        "url": "/api/v1/shift-swaps",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageShiftSwapRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageShiftSwapRead.from_dict(response.json())

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
) -> Response[PageShiftSwapRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    store_id: None | Unset | UUID = UNSET,
    status: None | SwapStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageShiftSwapRead | Problem]:
    """Mine, the open offers I may take, and (store managers, HR) the swaps of the stores I plan

     Lists shift swaps newest first: mine, the open offers I may take, and the swaps of the stores I
    plan.

    Mine are those I offered or took. An open offer is listed to each colleague who may work at its
    store that
    day. Store managers also see every swap of the stores they manage; HR, leaders and administrators
    see
    every swap. `store_id` and `status` narrow the list.

    Args:
        store_id (None | Unset | UUID):
        status (None | SwapStatus | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageShiftSwapRead | Problem]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        status=status,
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
    store_id: None | Unset | UUID = UNSET,
    status: None | SwapStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageShiftSwapRead | Problem | None:
    """Mine, the open offers I may take, and (store managers, HR) the swaps of the stores I plan

     Lists shift swaps newest first: mine, the open offers I may take, and the swaps of the stores I
    plan.

    Mine are those I offered or took. An open offer is listed to each colleague who may work at its
    store that
    day. Store managers also see every swap of the stores they manage; HR, leaders and administrators
    see
    every swap. `store_id` and `status` narrow the list.

    Args:
        store_id (None | Unset | UUID):
        status (None | SwapStatus | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageShiftSwapRead | Problem
    """

    return sync_detailed(
        client=client,
        store_id=store_id,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    store_id: None | Unset | UUID = UNSET,
    status: None | SwapStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageShiftSwapRead | Problem]:
    """Mine, the open offers I may take, and (store managers, HR) the swaps of the stores I plan

     Lists shift swaps newest first: mine, the open offers I may take, and the swaps of the stores I
    plan.

    Mine are those I offered or took. An open offer is listed to each colleague who may work at its
    store that
    day. Store managers also see every swap of the stores they manage; HR, leaders and administrators
    see
    every swap. `store_id` and `status` narrow the list.

    Args:
        store_id (None | Unset | UUID):
        status (None | SwapStatus | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageShiftSwapRead | Problem]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    store_id: None | Unset | UUID = UNSET,
    status: None | SwapStatus | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageShiftSwapRead | Problem | None:
    """Mine, the open offers I may take, and (store managers, HR) the swaps of the stores I plan

     Lists shift swaps newest first: mine, the open offers I may take, and the swaps of the stores I
    plan.

    Mine are those I offered or took. An open offer is listed to each colleague who may work at its
    store that
    day. Store managers also see every swap of the stores they manage; HR, leaders and administrators
    see
    every swap. `store_id` and `status` narrow the list.

    Args:
        store_id (None | Unset | UUID):
        status (None | SwapStatus | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageShiftSwapRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            store_id=store_id,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
