from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.punch_read import PunchRead
from ...models.punch_review import PunchReview
from ...types import Response


def _get_kwargs(
    clock_in_id: UUID,
    *,
    body: PunchReview,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/clock-ins/{clock_in_id}/review".format(
            clock_in_id=quote(str(clock_in_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | PunchRead | None:
    if response.status_code == 200:
        response_200 = PunchRead.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | PunchRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    clock_in_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PunchReview,
) -> Response[Problem | PunchRead]:
    """Confirm or reject a flagged punch, with a reason

     Confirms or rejects a flagged punch, with a reason.
    Store managers over the punch's store, HR and administrators; nobody reviews their own punch (403).
    A
    punch at a store the caller does not oversee answers 404, as does an unknown id; a leader who can
    see the
    store gets 403. Only flagged punches are reviewed (409); a punch reviewed before may be reviewed
    again,
    and the latest decision stands. Each review is written to the audit trail.

    Args:
        clock_in_id (UUID):
        body (PunchReview):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PunchRead]
    """

    kwargs = _get_kwargs(
        clock_in_id=clock_in_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clock_in_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PunchReview,
) -> Problem | PunchRead | None:
    """Confirm or reject a flagged punch, with a reason

     Confirms or rejects a flagged punch, with a reason.
    Store managers over the punch's store, HR and administrators; nobody reviews their own punch (403).
    A
    punch at a store the caller does not oversee answers 404, as does an unknown id; a leader who can
    see the
    store gets 403. Only flagged punches are reviewed (409); a punch reviewed before may be reviewed
    again,
    and the latest decision stands. Each review is written to the audit trail.

    Args:
        clock_in_id (UUID):
        body (PunchReview):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PunchRead
    """

    return sync_detailed(
        clock_in_id=clock_in_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    clock_in_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PunchReview,
) -> Response[Problem | PunchRead]:
    """Confirm or reject a flagged punch, with a reason

     Confirms or rejects a flagged punch, with a reason.
    Store managers over the punch's store, HR and administrators; nobody reviews their own punch (403).
    A
    punch at a store the caller does not oversee answers 404, as does an unknown id; a leader who can
    see the
    store gets 403. Only flagged punches are reviewed (409); a punch reviewed before may be reviewed
    again,
    and the latest decision stands. Each review is written to the audit trail.

    Args:
        clock_in_id (UUID):
        body (PunchReview):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PunchRead]
    """

    kwargs = _get_kwargs(
        clock_in_id=clock_in_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clock_in_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PunchReview,
) -> Problem | PunchRead | None:
    """Confirm or reject a flagged punch, with a reason

     Confirms or rejects a flagged punch, with a reason.
    Store managers over the punch's store, HR and administrators; nobody reviews their own punch (403).
    A
    punch at a store the caller does not oversee answers 404, as does an unknown id; a leader who can
    see the
    store gets 403. Only flagged punches are reviewed (409); a punch reviewed before may be reviewed
    again,
    and the latest decision stands. Each review is written to the audit trail.

    Args:
        clock_in_id (UUID):
        body (PunchReview):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PunchRead
    """

    return (
        await asyncio_detailed(
            clock_in_id=clock_in_id,
            client=client,
            body=body,
        )
    ).parsed
