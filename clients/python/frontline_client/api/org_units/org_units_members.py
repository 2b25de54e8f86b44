import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_unit_member import PageUnitMember
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    unit_id: UUID,
    *,
    on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on

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
        "url": "/api/v1/org-units/{unit_id}/members".format(
            unit_id=quote(str(unit_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageUnitMember | Problem | None:
    if response.status_code == 200:
        response_200 = PageUnitMember.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[PageUnitMember | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageUnitMember | Problem]:
    """Who works at this unit on a day (home staff not away, plus people assigned there), by employee
    number

     Who works at this unit on a day: home staff not assigned elsewhere, plus people assigned there.
    `on` defaults to today in the organisation's time zone. Only people the caller may see that day are
    listed
    (see GET /employees), by employee number, each with where their presence comes from (home, or the
    assignment). An unknown unit answers 404.

    Args:
        unit_id (UUID):
        on (datetime.date | None | Unset): The day asked about; default today
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageUnitMember | Problem]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        on=on,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageUnitMember | Problem | None:
    """Who works at this unit on a day (home staff not away, plus people assigned there), by employee
    number

     Who works at this unit on a day: home staff not assigned elsewhere, plus people assigned there.
    `on` defaults to today in the organisation's time zone. Only people the caller may see that day are
    listed
    (see GET /employees), by employee number, each with where their presence comes from (home, or the
    assignment). An unknown unit answers 404.

    Args:
        unit_id (UUID):
        on (datetime.date | None | Unset): The day asked about; default today
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageUnitMember | Problem
    """

    return sync_detailed(
        unit_id=unit_id,
        client=client,
        on=on,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageUnitMember | Problem]:
    """Who works at this unit on a day (home staff not away, plus people assigned there), by employee
    number

     Who works at this unit on a day: home staff not assigned elsewhere, plus people assigned there.
    `on` defaults to today in the organisation's time zone. Only people the caller may see that day are
    listed
    (see GET /employees), by employee number, each with where their presence comes from (home, or the
    assignment). An unknown unit answers 404.

    Args:
        unit_id (UUID):
        on (datetime.date | None | Unset): The day asked about; default today
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageUnitMember | Problem]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        on=on,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageUnitMember | Problem | None:
    """Who works at this unit on a day (home staff not away, plus people assigned there), by employee
    number

     Who works at this unit on a day: home staff not assigned elsewhere, plus people assigned there.
    `on` defaults to today in the organisation's time zone. Only people the caller may see that day are
    listed
    (see GET /employees), by employee number, each with where their presence comes from (home, or the
    assignment). An unknown unit answers 404.

    Args:
        unit_id (UUID):
        on (datetime.date | None | Unset): The day asked about; default today
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageUnitMember | Problem
    """

    return (
        await asyncio_detailed(
            unit_id=unit_id,
            client=client,
            on=on,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
