import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_attendance_day import PageAttendanceDay
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date,
    to: datetime.date,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

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
        "url": "/api/v1/me/attendance",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageAttendanceDay | Problem | None:
    if response.status_code == 200:
        response_200 = PageAttendanceDay.from_dict(response.json())

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
) -> Response[PageAttendanceDay | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageAttendanceDay | Problem]:
    """My days in each store's time zone: first in, last out, minutes worked, flags; by date, then store

     Lists the caller's days for a date range of at most 93 days, by date, then store.
    Each day is worked out in the store's time zone: first in, last out, minutes worked (between each
    `in` and
    the `out` that follows it), flags, and the published shifts planned that day with how they went.
    Days with
    a planned shift and no punch are listed too. Expected and short minutes allow for approved flexible
    arrangements and protected (nursing) time, so working the shorter day an arrangement grants is never
    short. `to` before `from` or a longer range answers 422; a caller without an employee record gets an
    empty
    page.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAttendanceDay | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
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
    from_: datetime.date,
    to: datetime.date,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageAttendanceDay | Problem | None:
    """My days in each store's time zone: first in, last out, minutes worked, flags; by date, then store

     Lists the caller's days for a date range of at most 93 days, by date, then store.
    Each day is worked out in the store's time zone: first in, last out, minutes worked (between each
    `in` and
    the `out` that follows it), flags, and the published shifts planned that day with how they went.
    Days with
    a planned shift and no punch are listed too. Expected and short minutes allow for approved flexible
    arrangements and protected (nursing) time, so working the shorter day an arrangement grants is never
    short. `to` before `from` or a longer range answers 422; a caller without an employee record gets an
    empty
    page.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAttendanceDay | Problem
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageAttendanceDay | Problem]:
    """My days in each store's time zone: first in, last out, minutes worked, flags; by date, then store

     Lists the caller's days for a date range of at most 93 days, by date, then store.
    Each day is worked out in the store's time zone: first in, last out, minutes worked (between each
    `in` and
    the `out` that follows it), flags, and the published shifts planned that day with how they went.
    Days with
    a planned shift and no punch are listed too. Expected and short minutes allow for approved flexible
    arrangements and protected (nursing) time, so working the shorter day an arrangement grants is never
    short. `to` before `from` or a longer range answers 422; a caller without an employee record gets an
    empty
    page.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAttendanceDay | Problem]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.date,
    to: datetime.date,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageAttendanceDay | Problem | None:
    """My days in each store's time zone: first in, last out, minutes worked, flags; by date, then store

     Lists the caller's days for a date range of at most 93 days, by date, then store.
    Each day is worked out in the store's time zone: first in, last out, minutes worked (between each
    `in` and
    the `out` that follows it), flags, and the published shifts planned that day with how they went.
    Days with
    a planned shift and no punch are listed too. Expected and short minutes allow for approved flexible
    arrangements and protected (nursing) time, so working the shorter day an arrangement grants is never
    short. `to` before `from` or a longer range answers 422; a caller without an employee record gets an
    empty
    page.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAttendanceDay | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
