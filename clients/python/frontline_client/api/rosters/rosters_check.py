import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.roster_check import RosterCheck
from ...models.roster_check_input import RosterCheckInput
from ...types import Response


def _get_kwargs(
    store_id: UUID,
    week: datetime.date,
    *,
    body: RosterCheckInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/stores/{store_id}/rosters/{week}/check".format(
            store_id=quote(str(store_id), safe=""),
            week=quote(str(week), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RosterCheck | None:
    if response.status_code == 200:
        response_200 = RosterCheck.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[Problem | RosterCheck]:
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
    body: RosterCheckInput,
) -> Response[Problem | RosterCheck]:
    """Check assignments (or the roster as it stands) against every rule, saving nothing

     Checks assignments against every roster rule, as publishing would, and saves nothing.

    Send `assignments` to check a proposal, or leave them out to check the roster as it stands. The
    answer
    says whether the week is publishable and lists each violation, and the coverage per day and shift
    with its
    gaps. Whoever reads the store's roster may check (its managers, HR, leaders and administrators).

    Args:
        store_id (UUID):
        week (datetime.date):
        body (RosterCheckInput): Assignments to check without saving; left out, the roster as it
            stands.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RosterCheck]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        week=week,
        body=body,
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
    body: RosterCheckInput,
) -> Problem | RosterCheck | None:
    """Check assignments (or the roster as it stands) against every rule, saving nothing

     Checks assignments against every roster rule, as publishing would, and saves nothing.

    Send `assignments` to check a proposal, or leave them out to check the roster as it stands. The
    answer
    says whether the week is publishable and lists each violation, and the coverage per day and shift
    with its
    gaps. Whoever reads the store's roster may check (its managers, HR, leaders and administrators).

    Args:
        store_id (UUID):
        week (datetime.date):
        body (RosterCheckInput): Assignments to check without saving; left out, the roster as it
            stands.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RosterCheck
    """

    return sync_detailed(
        store_id=store_id,
        week=week,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    store_id: UUID,
    week: datetime.date,
    *,
    client: AuthenticatedClient,
    body: RosterCheckInput,
) -> Response[Problem | RosterCheck]:
    """Check assignments (or the roster as it stands) against every rule, saving nothing

     Checks assignments against every roster rule, as publishing would, and saves nothing.

    Send `assignments` to check a proposal, or leave them out to check the roster as it stands. The
    answer
    says whether the week is publishable and lists each violation, and the coverage per day and shift
    with its
    gaps. Whoever reads the store's roster may check (its managers, HR, leaders and administrators).

    Args:
        store_id (UUID):
        week (datetime.date):
        body (RosterCheckInput): Assignments to check without saving; left out, the roster as it
            stands.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RosterCheck]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        week=week,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_id: UUID,
    week: datetime.date,
    *,
    client: AuthenticatedClient,
    body: RosterCheckInput,
) -> Problem | RosterCheck | None:
    """Check assignments (or the roster as it stands) against every rule, saving nothing

     Checks assignments against every roster rule, as publishing would, and saves nothing.

    Send `assignments` to check a proposal, or leave them out to check the roster as it stands. The
    answer
    says whether the week is publishable and lists each violation, and the coverage per day and shift
    with its
    gaps. Whoever reads the store's roster may check (its managers, HR, leaders and administrators).

    Args:
        store_id (UUID):
        week (datetime.date):
        body (RosterCheckInput): Assignments to check without saving; left out, the roster as it
            stands.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RosterCheck
    """

    return (
        await asyncio_detailed(
            store_id=store_id,
            week=week,
            client=client,
            body=body,
        )
    ).parsed
