from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_card_read import PageCardRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    unit_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    elif isinstance(unit_id, UUID):
        json_unit_id = str(unit_id)
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

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
        "url": "/api/v1/recognition/feed",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageCardRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageCardRead.from_dict(response.json())

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
) -> Response[PageCardRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    unit_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageCardRead | Problem]:
    """Public cards, newest first, of a unit and the units below it (or the whole organisation)

     Lists public cards newest first: of a unit's people (those at the unit or a unit below it when the
    card
    was sent) or, without `unit_id`, the whole organisation's. Private cards never show here. Every
    signed-in
    person may read it; an unknown unit answers 404.

    Args:
        unit_id (None | Unset | UUID): A unit: cards whose receiver was at it or below
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCardRead | Problem]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
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
    unit_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageCardRead | Problem | None:
    """Public cards, newest first, of a unit and the units below it (or the whole organisation)

     Lists public cards newest first: of a unit's people (those at the unit or a unit below it when the
    card
    was sent) or, without `unit_id`, the whole organisation's. Private cards never show here. Every
    signed-in
    person may read it; an unknown unit answers 404.

    Args:
        unit_id (None | Unset | UUID): A unit: cards whose receiver was at it or below
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCardRead | Problem
    """

    return sync_detailed(
        client=client,
        unit_id=unit_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    unit_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageCardRead | Problem]:
    """Public cards, newest first, of a unit and the units below it (or the whole organisation)

     Lists public cards newest first: of a unit's people (those at the unit or a unit below it when the
    card
    was sent) or, without `unit_id`, the whole organisation's. Private cards never show here. Every
    signed-in
    person may read it; an unknown unit answers 404.

    Args:
        unit_id (None | Unset | UUID): A unit: cards whose receiver was at it or below
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCardRead | Problem]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    unit_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageCardRead | Problem | None:
    """Public cards, newest first, of a unit and the units below it (or the whole organisation)

     Lists public cards newest first: of a unit's people (those at the unit or a unit below it when the
    card
    was sent) or, without `unit_id`, the whole organisation's. Private cards never show here. Every
    signed-in
    person may read it; an unknown unit answers 404.

    Args:
        unit_id (None | Unset | UUID): A unit: cards whose receiver was at it or below
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCardRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            unit_id=unit_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
