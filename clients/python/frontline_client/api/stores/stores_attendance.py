import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.store_attendance import StoreAttendance
from ...types import UNSET, Response, Unset


def _get_kwargs(
    store_id: UUID,
    *,
    date: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date: None | str | Unset
    if isinstance(date, Unset):
        json_date = UNSET
    elif isinstance(date, datetime.date):
        json_date = date.isoformat()
    else:
        json_date = date
    params["date"] = json_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stores/{store_id}/attendance".format(
            store_id=quote(str(store_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | StoreAttendance | None:
    if response.status_code == 200:
        response_200 = StoreAttendance.from_dict(response.json())

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
) -> Response[Problem | StoreAttendance]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
    date: datetime.date | None | Unset = UNSET,
) -> Response[Problem | StoreAttendance]:
    """The store's day: in now, punched (with flags), assigned but absent

     The store's day: who is in now, who punched that day and who works there but has not punched.
    Store managers over the store, HR, leaders and administrators; anyone else, and ids that are not a
    store
    or project, answer 404. `date` defaults to today in the store's time zone; `in_now` is filled only
    for
    today. A shift belongs to the day it started, in the store's time zone. `flagged` lists the punches
    made
    there that day that carry flags.

    Args:
        store_id (UUID):
        date (datetime.date | None | Unset): Default: today in the store's time zone

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StoreAttendance]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        date=date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
    date: datetime.date | None | Unset = UNSET,
) -> Problem | StoreAttendance | None:
    """The store's day: in now, punched (with flags), assigned but absent

     The store's day: who is in now, who punched that day and who works there but has not punched.
    Store managers over the store, HR, leaders and administrators; anyone else, and ids that are not a
    store
    or project, answer 404. `date` defaults to today in the store's time zone; `in_now` is filled only
    for
    today. A shift belongs to the day it started, in the store's time zone. `flagged` lists the punches
    made
    there that day that carry flags.

    Args:
        store_id (UUID):
        date (datetime.date | None | Unset): Default: today in the store's time zone

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StoreAttendance
    """

    return sync_detailed(
        store_id=store_id,
        client=client,
        date=date,
    ).parsed


async def asyncio_detailed(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
    date: datetime.date | None | Unset = UNSET,
) -> Response[Problem | StoreAttendance]:
    """The store's day: in now, punched (with flags), assigned but absent

     The store's day: who is in now, who punched that day and who works there but has not punched.
    Store managers over the store, HR, leaders and administrators; anyone else, and ids that are not a
    store
    or project, answer 404. `date` defaults to today in the store's time zone; `in_now` is filled only
    for
    today. A shift belongs to the day it started, in the store's time zone. `flagged` lists the punches
    made
    there that day that carry flags.

    Args:
        store_id (UUID):
        date (datetime.date | None | Unset): Default: today in the store's time zone

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StoreAttendance]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        date=date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
    date: datetime.date | None | Unset = UNSET,
) -> Problem | StoreAttendance | None:
    """The store's day: in now, punched (with flags), assigned but absent

     The store's day: who is in now, who punched that day and who works there but has not punched.
    Store managers over the store, HR, leaders and administrators; anyone else, and ids that are not a
    store
    or project, answer 404. `date` defaults to today in the store's time zone; `in_now` is filled only
    for
    today. A shift belongs to the day it started, in the store's time zone. `flagged` lists the punches
    made
    there that day that carry flags.

    Args:
        store_id (UUID):
        date (datetime.date | None | Unset): Default: today in the store's time zone

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StoreAttendance
    """

    return (
        await asyncio_detailed(
            store_id=store_id,
            client=client,
            date=date,
        )
    ).parsed
