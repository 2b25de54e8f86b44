from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_in_create import CheckInCreate
from ...models.mentorship_read import MentorshipRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    mentorship_id: UUID,
    *,
    body: CheckInCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/mentorships/{mentorship_id}/check-ins".format(
            mentorship_id=quote(str(mentorship_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MentorshipRead | Problem | None:
    if response.status_code == 201:
        response_201 = MentorshipRead.from_dict(response.json())

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
) -> Response[MentorshipRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mentorship_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CheckInCreate,
) -> Response[MentorshipRead | Problem]:
    """Log a check-in (the mentor): notes, how the secondee is doing, optionally a practice score

     Logs the mentor's check-in: its day (within the secondment, not in the future), notes, how the
    secondee
    is doing and optionally a score of a practice course, recorded as the secondee's practice completion
    that
    earns credits under the rules in force. Only the mentor logs check-ins (others who can see the
    mentorship
    get 403, anyone else 404); audited. The worker reminds the mentor when a check-in is 8 days late,
    the
    department head at 15.

    Args:
        mentorship_id (UUID):
        body (CheckInCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentorshipRead | Problem]
    """

    kwargs = _get_kwargs(
        mentorship_id=mentorship_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mentorship_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CheckInCreate,
) -> MentorshipRead | Problem | None:
    """Log a check-in (the mentor): notes, how the secondee is doing, optionally a practice score

     Logs the mentor's check-in: its day (within the secondment, not in the future), notes, how the
    secondee
    is doing and optionally a score of a practice course, recorded as the secondee's practice completion
    that
    earns credits under the rules in force. Only the mentor logs check-ins (others who can see the
    mentorship
    get 403, anyone else 404); audited. The worker reminds the mentor when a check-in is 8 days late,
    the
    department head at 15.

    Args:
        mentorship_id (UUID):
        body (CheckInCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentorshipRead | Problem
    """

    return sync_detailed(
        mentorship_id=mentorship_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    mentorship_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CheckInCreate,
) -> Response[MentorshipRead | Problem]:
    """Log a check-in (the mentor): notes, how the secondee is doing, optionally a practice score

     Logs the mentor's check-in: its day (within the secondment, not in the future), notes, how the
    secondee
    is doing and optionally a score of a practice course, recorded as the secondee's practice completion
    that
    earns credits under the rules in force. Only the mentor logs check-ins (others who can see the
    mentorship
    get 403, anyone else 404); audited. The worker reminds the mentor when a check-in is 8 days late,
    the
    department head at 15.

    Args:
        mentorship_id (UUID):
        body (CheckInCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentorshipRead | Problem]
    """

    kwargs = _get_kwargs(
        mentorship_id=mentorship_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mentorship_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CheckInCreate,
) -> MentorshipRead | Problem | None:
    """Log a check-in (the mentor): notes, how the secondee is doing, optionally a practice score

     Logs the mentor's check-in: its day (within the secondment, not in the future), notes, how the
    secondee
    is doing and optionally a score of a practice course, recorded as the secondee's practice completion
    that
    earns credits under the rules in force. Only the mentor logs check-ins (others who can see the
    mentorship
    get 403, anyone else 404); audited. The worker reminds the mentor when a check-in is 8 days late,
    the
    department head at 15.

    Args:
        mentorship_id (UUID):
        body (CheckInCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentorshipRead | Problem
    """

    return (
        await asyncio_detailed(
            mentorship_id=mentorship_id,
            client=client,
            body=body,
        )
    ).parsed
