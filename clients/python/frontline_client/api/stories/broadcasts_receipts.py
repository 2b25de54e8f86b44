from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.broadcasts_receipts_state import BroadcastsReceiptsState
from ...models.problem import Problem
from ...models.receipts_read import ReceiptsRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    broadcast_id: UUID,
    *,
    state: BroadcastsReceiptsState | Unset = BroadcastsReceiptsState.UNREAD,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

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
        "url": "/api/v1/broadcasts/{broadcast_id}/receipts".format(
            broadcast_id=quote(str(broadcast_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReceiptsRead | None:
    if response.status_code == 200:
        response_200 = ReceiptsRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | ReceiptsRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    broadcast_id: UUID,
    *,
    client: AuthenticatedClient,
    state: BroadcastsReceiptsState | Unset = BroadcastsReceiptsState.UNREAD,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | ReceiptsRead]:
    """Read receipts: counts, and who has not read it (HR)

     The recipients, read, unread and acknowledged counts, and a page of the recipients in `state`
    (unread by
    default) by employee number. HR and administrators only (403).

    Args:
        broadcast_id (UUID):
        state (BroadcastsReceiptsState | Unset): Which recipients to page through Default:
            BroadcastsReceiptsState.UNREAD.
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReceiptsRead]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        state=state,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    broadcast_id: UUID,
    *,
    client: AuthenticatedClient,
    state: BroadcastsReceiptsState | Unset = BroadcastsReceiptsState.UNREAD,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | ReceiptsRead | None:
    """Read receipts: counts, and who has not read it (HR)

     The recipients, read, unread and acknowledged counts, and a page of the recipients in `state`
    (unread by
    default) by employee number. HR and administrators only (403).

    Args:
        broadcast_id (UUID):
        state (BroadcastsReceiptsState | Unset): Which recipients to page through Default:
            BroadcastsReceiptsState.UNREAD.
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReceiptsRead
    """

    return sync_detailed(
        broadcast_id=broadcast_id,
        client=client,
        state=state,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    broadcast_id: UUID,
    *,
    client: AuthenticatedClient,
    state: BroadcastsReceiptsState | Unset = BroadcastsReceiptsState.UNREAD,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | ReceiptsRead]:
    """Read receipts: counts, and who has not read it (HR)

     The recipients, read, unread and acknowledged counts, and a page of the recipients in `state`
    (unread by
    default) by employee number. HR and administrators only (403).

    Args:
        broadcast_id (UUID):
        state (BroadcastsReceiptsState | Unset): Which recipients to page through Default:
            BroadcastsReceiptsState.UNREAD.
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReceiptsRead]
    """

    kwargs = _get_kwargs(
        broadcast_id=broadcast_id,
        state=state,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    broadcast_id: UUID,
    *,
    client: AuthenticatedClient,
    state: BroadcastsReceiptsState | Unset = BroadcastsReceiptsState.UNREAD,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | ReceiptsRead | None:
    """Read receipts: counts, and who has not read it (HR)

     The recipients, read, unread and acknowledged counts, and a page of the recipients in `state`
    (unread by
    default) by employee number. HR and administrators only (403).

    Args:
        broadcast_id (UUID):
        state (BroadcastsReceiptsState | Unset): Which recipients to page through Default:
            BroadcastsReceiptsState.UNREAD.
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReceiptsRead
    """

    return (
        await asyncio_detailed(
            broadcast_id=broadcast_id,
            client=client,
            state=state,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
