from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_person_progress import PagePersonProgress
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    unit_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
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

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

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
        "url": "/api/v1/training/progress",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PagePersonProgress | Problem | None:
    if response.status_code == 200:
        response_200 = PagePersonProgress.from_dict(response.json())

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
) -> Response[PagePersonProgress | Problem]:
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
    year: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PagePersonProgress | Problem]:
    """My people's credits and levels (store managers, department heads, HR, leaders), by employee number

     Lists the active people in my sight by employee number, with their balance, level, the year's
    credits
    by category and what the next level still needs. Store managers and department heads see the people
    of
    their units (home there, or assigned there today); HR, leaders and administrators see everyone;
    others get
    403. `unit_id` narrows the list to people whose home unit lies in that unit's subtree.

    Args:
        unit_id (None | Unset | UUID):
        year (int | None | Unset): Default: this year
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePersonProgress | Problem]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        year=year,
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
    year: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PagePersonProgress | Problem | None:
    """My people's credits and levels (store managers, department heads, HR, leaders), by employee number

     Lists the active people in my sight by employee number, with their balance, level, the year's
    credits
    by category and what the next level still needs. Store managers and department heads see the people
    of
    their units (home there, or assigned there today); HR, leaders and administrators see everyone;
    others get
    403. `unit_id` narrows the list to people whose home unit lies in that unit's subtree.

    Args:
        unit_id (None | Unset | UUID):
        year (int | None | Unset): Default: this year
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePersonProgress | Problem
    """

    return sync_detailed(
        client=client,
        unit_id=unit_id,
        year=year,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    unit_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PagePersonProgress | Problem]:
    """My people's credits and levels (store managers, department heads, HR, leaders), by employee number

     Lists the active people in my sight by employee number, with their balance, level, the year's
    credits
    by category and what the next level still needs. Store managers and department heads see the people
    of
    their units (home there, or assigned there today); HR, leaders and administrators see everyone;
    others get
    403. `unit_id` narrows the list to people whose home unit lies in that unit's subtree.

    Args:
        unit_id (None | Unset | UUID):
        year (int | None | Unset): Default: this year
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePersonProgress | Problem]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        year=year,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    unit_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PagePersonProgress | Problem | None:
    """My people's credits and levels (store managers, department heads, HR, leaders), by employee number

     Lists the active people in my sight by employee number, with their balance, level, the year's
    credits
    by category and what the next level still needs. Store managers and department heads see the people
    of
    their units (home there, or assigned there today); HR, leaders and administrators see everyone;
    others get
    403. `unit_id` narrows the list to people whose home unit lies in that unit's subtree.

    Args:
        unit_id (None | Unset | UUID):
        year (int | None | Unset): Default: this year
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePersonProgress | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            unit_id=unit_id,
            year=year,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
