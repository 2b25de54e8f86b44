import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.override_create import OverrideCreate
from ...models.problem import Problem
from ...models.roster_read import RosterRead
from ...types import Response


def _get_kwargs(
    store_id: UUID,
    week: datetime.date,
    *,
    body: OverrideCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/stores/{store_id}/rosters/{week}/overrides".format(
            store_id=quote(str(store_id), safe=""),
            week=quote(str(week), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RosterRead | None:
    if response.status_code == 201:
        response_201 = RosterRead.from_dict(response.json())

        return response_201

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
    body: OverrideCreate,
) -> Response[Problem | RosterRead]:
    """HR waives a company rule (rest, consecutive days) for one person this week, with a reason

     HR waives a company rule (minimum rest or consecutive working days) for one person in the store's
    week.

    HR and administrators only (403). The person must be rostered or free to be rostered at the store
    that
    week (404); legal protections and a person's care needs cannot be waived (422). The same rule for
    the same
    person twice answers 409. The roster's version moves on (an empty draft is created if the week has
    no
    roster); audited with the reason.

    Args:
        store_id (UUID):
        week (datetime.date):
        body (OverrideCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RosterRead]
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
    body: OverrideCreate,
) -> Problem | RosterRead | None:
    """HR waives a company rule (rest, consecutive days) for one person this week, with a reason

     HR waives a company rule (minimum rest or consecutive working days) for one person in the store's
    week.

    HR and administrators only (403). The person must be rostered or free to be rostered at the store
    that
    week (404); legal protections and a person's care needs cannot be waived (422). The same rule for
    the same
    person twice answers 409. The roster's version moves on (an empty draft is created if the week has
    no
    roster); audited with the reason.

    Args:
        store_id (UUID):
        week (datetime.date):
        body (OverrideCreate):

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
        body=body,
    ).parsed


async def asyncio_detailed(
    store_id: UUID,
    week: datetime.date,
    *,
    client: AuthenticatedClient,
    body: OverrideCreate,
) -> Response[Problem | RosterRead]:
    """HR waives a company rule (rest, consecutive days) for one person this week, with a reason

     HR waives a company rule (minimum rest or consecutive working days) for one person in the store's
    week.

    HR and administrators only (403). The person must be rostered or free to be rostered at the store
    that
    week (404); legal protections and a person's care needs cannot be waived (422). The same rule for
    the same
    person twice answers 409. The roster's version moves on (an empty draft is created if the week has
    no
    roster); audited with the reason.

    Args:
        store_id (UUID):
        week (datetime.date):
        body (OverrideCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RosterRead]
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
    body: OverrideCreate,
) -> Problem | RosterRead | None:
    """HR waives a company rule (rest, consecutive days) for one person this week, with a reason

     HR waives a company rule (minimum rest or consecutive working days) for one person in the store's
    week.

    HR and administrators only (403). The person must be rostered or free to be rostered at the store
    that
    week (404); legal protections and a person's care needs cannot be waived (422). The same rule for
    the same
    person twice answers 409. The roster's version moves on (an empty draft is created if the week has
    no
    roster); audited with the reason.

    Args:
        store_id (UUID):
        week (datetime.date):
        body (OverrideCreate):

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
            body=body,
        )
    ).parsed
