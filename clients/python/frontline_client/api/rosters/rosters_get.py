import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.roster_read import RosterRead
from ...types import Response


def _get_kwargs(
    store_id: UUID,
    week: datetime.date,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stores/{store_id}/rosters/{week}".format(
            store_id=quote(str(store_id), safe=""),
            week=quote(str(week), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RosterRead | None:
    if response.status_code == 200:
        response_200 = RosterRead.from_dict(response.json())

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
) -> Response[Problem | RosterRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_id: UUID,
    week: datetime.date,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RosterRead]:
    """A store's roster week: shifts, coverage and gaps, the rules it breaks, who may be rostered

     Reads a store's roster week: shifts, coverage and gaps, the rules it breaks, HR's overrides and who
    may
    be rostered on which days.

    `week` is the week's first day (the store's local date, on the roster rules' first weekday; 422
    otherwise). A week without a roster reads as an empty draft at version 0. The store's managers, HR,
    leaders and administrators read it; a store out of reach answers 404, integration clients get 403.

    Args:
        store_id (UUID):
        week (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RosterRead]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        week=week,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_id: UUID,
    week: datetime.date,
    *,
    client: AuthenticatedClient,
) -> Problem | RosterRead | None:
    """A store's roster week: shifts, coverage and gaps, the rules it breaks, who may be rostered

     Reads a store's roster week: shifts, coverage and gaps, the rules it breaks, HR's overrides and who
    may
    be rostered on which days.

    `week` is the week's first day (the store's local date, on the roster rules' first weekday; 422
    otherwise). A week without a roster reads as an empty draft at version 0. The store's managers, HR,
    leaders and administrators read it; a store out of reach answers 404, integration clients get 403.

    Args:
        store_id (UUID):
        week (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RosterRead
    """

    return sync_detailed(
        store_id=store_id,
        week=week,
        client=client,
    ).parsed


async def asyncio_detailed(
    store_id: UUID,
    week: datetime.date,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RosterRead]:
    """A store's roster week: shifts, coverage and gaps, the rules it breaks, who may be rostered

     Reads a store's roster week: shifts, coverage and gaps, the rules it breaks, HR's overrides and who
    may
    be rostered on which days.

    `week` is the week's first day (the store's local date, on the roster rules' first weekday; 422
    otherwise). A week without a roster reads as an empty draft at version 0. The store's managers, HR,
    leaders and administrators read it; a store out of reach answers 404, integration clients get 403.

    Args:
        store_id (UUID):
        week (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RosterRead]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        week=week,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_id: UUID,
    week: datetime.date,
    *,
    client: AuthenticatedClient,
) -> Problem | RosterRead | None:
    """A store's roster week: shifts, coverage and gaps, the rules it breaks, who may be rostered

     Reads a store's roster week: shifts, coverage and gaps, the rules it breaks, HR's overrides and who
    may
    be rostered on which days.

    `week` is the week's first day (the store's local date, on the roster rules' first weekday; 422
    otherwise). A week without a roster reads as an empty draft at version 0. The store's managers, HR,
    leaders and administrators read it; a store out of reach answers 404, integration clients get 403.

    Args:
        store_id (UUID):
        week (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RosterRead
    """

    return (
        await asyncio_detailed(
            store_id=store_id,
            week=week,
            client=client,
        )
    ).parsed
