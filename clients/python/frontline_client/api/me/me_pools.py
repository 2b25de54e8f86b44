from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_my_pool import PageMyPool
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    period: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_period: None | str | Unset
    if isinstance(period, Unset):
        json_period = UNSET
    else:
        json_period = period
    params["period"] = json_period

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
        "url": "/api/v1/me/pools",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageMyPool | Problem | None:
    if response.status_code == 200:
        response_200 = PageMyPool.from_dict(response.json())

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
) -> Response[PageMyPool | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    period: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageMyPool | Problem]:
    """The pools I am in, newest month first: my contribution, the rule behind it and my projected (or
    settled) amount

     Lists the pools I am in, newest month first (then by name), optionally of one month: my contribution
    lines with the rule behind them, my projected amount (as calculated once the pool is calculated)
    and, once
    locked, what the ledger paid me. An account that is not an employee's answers 404.

    Args:
        period (None | str | Unset): A month, e.g. 2026-11
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageMyPool | Problem]
    """

    kwargs = _get_kwargs(
        period=period,
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
    period: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageMyPool | Problem | None:
    """The pools I am in, newest month first: my contribution, the rule behind it and my projected (or
    settled) amount

     Lists the pools I am in, newest month first (then by name), optionally of one month: my contribution
    lines with the rule behind them, my projected amount (as calculated once the pool is calculated)
    and, once
    locked, what the ledger paid me. An account that is not an employee's answers 404.

    Args:
        period (None | str | Unset): A month, e.g. 2026-11
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageMyPool | Problem
    """

    return sync_detailed(
        client=client,
        period=period,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageMyPool | Problem]:
    """The pools I am in, newest month first: my contribution, the rule behind it and my projected (or
    settled) amount

     Lists the pools I am in, newest month first (then by name), optionally of one month: my contribution
    lines with the rule behind them, my projected amount (as calculated once the pool is calculated)
    and, once
    locked, what the ledger paid me. An account that is not an employee's answers 404.

    Args:
        period (None | str | Unset): A month, e.g. 2026-11
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageMyPool | Problem]
    """

    kwargs = _get_kwargs(
        period=period,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    period: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageMyPool | Problem | None:
    """The pools I am in, newest month first: my contribution, the rule behind it and my projected (or
    settled) amount

     Lists the pools I am in, newest month first (then by name), optionally of one month: my contribution
    lines with the rule behind them, my projected amount (as calculated once the pool is calculated)
    and, once
    locked, what the ledger paid me. An account that is not an employee's answers 404.

    Args:
        period (None | str | Unset): A month, e.g. 2026-11
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageMyPool | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            period=period,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
