from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mentorship_read import MentorshipRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    mentorship_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/mentorships/{mentorship_id}".format(
            mentorship_id=quote(str(mentorship_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MentorshipRead | Problem | None:
    if response.status_code == 200:
        response_200 = MentorshipRead.from_dict(response.json())

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
) -> Response[MentorshipRead | Problem]:
    """A mentorship with its check-ins (the mentor, the secondee, their department head, HR, leaders)

     Returns a mentorship with the secondment's dates, when the next weekly check-in is due and every
    check-in, newest first. The mentor, the secondee, the department heads over the secondee's home
    unit, HR,
    leaders and administrators may read it; anyone else gets 404.

    Args:
        mentorship_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentorshipRead | Problem]
    """

    kwargs = _get_kwargs(
        mentorship_id=mentorship_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mentorship_id: UUID,
    *,
    client: AuthenticatedClient,
) -> MentorshipRead | Problem | None:
    """A mentorship with its check-ins (the mentor, the secondee, their department head, HR, leaders)

     Returns a mentorship with the secondment's dates, when the next weekly check-in is due and every
    check-in, newest first. The mentor, the secondee, the department heads over the secondee's home
    unit, HR,
    leaders and administrators may read it; anyone else gets 404.

    Args:
        mentorship_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentorshipRead | Problem
    """

    return sync_detailed(
        mentorship_id=mentorship_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    mentorship_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[MentorshipRead | Problem]:
    """A mentorship with its check-ins (the mentor, the secondee, their department head, HR, leaders)

     Returns a mentorship with the secondment's dates, when the next weekly check-in is due and every
    check-in, newest first. The mentor, the secondee, the department heads over the secondee's home
    unit, HR,
    leaders and administrators may read it; anyone else gets 404.

    Args:
        mentorship_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentorshipRead | Problem]
    """

    kwargs = _get_kwargs(
        mentorship_id=mentorship_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mentorship_id: UUID,
    *,
    client: AuthenticatedClient,
) -> MentorshipRead | Problem | None:
    """A mentorship with its check-ins (the mentor, the secondee, their department head, HR, leaders)

     Returns a mentorship with the secondment's dates, when the next weekly check-in is due and every
    check-in, newest first. The mentor, the secondee, the department heads over the secondee's home
    unit, HR,
    leaders and administrators may read it; anyone else gets 404.

    Args:
        mentorship_id (UUID):

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
        )
    ).parsed
