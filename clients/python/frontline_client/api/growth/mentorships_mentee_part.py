from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_in_mentee_part import CheckInMenteePart
from ...models.mentorship_read import MentorshipRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    mentorship_id: UUID,
    check_in_id: UUID,
    *,
    body: CheckInMenteePart,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/mentorships/{mentorship_id}/check-ins/{check_in_id}".format(
            mentorship_id=quote(str(mentorship_id), safe=""),
            check_in_id=quote(str(check_in_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MentorshipRead | Problem | None:
    if response.status_code == 200:
        response_200 = MentorshipRead.from_dict(response.json())

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
) -> Response[MentorshipRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mentorship_id: UUID,
    check_in_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CheckInMenteePart,
) -> Response[MentorshipRead | Problem]:
    """The secondee's notes on a check-in and their rating of the support (1-5)

     Adds the secondee's notes to a check-in and their rating of the support (1-5); the fields sent
    replace
    what was there. Only the secondee (others who can see the mentorship get 403, anyone else 404); an
    unknown
    check-in answers 404; audited.

    Args:
        mentorship_id (UUID):
        check_in_id (UUID):
        body (CheckInMenteePart): The mentee's side of a check-in: their own notes and how useful
            the support was.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentorshipRead | Problem]
    """

    kwargs = _get_kwargs(
        mentorship_id=mentorship_id,
        check_in_id=check_in_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mentorship_id: UUID,
    check_in_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CheckInMenteePart,
) -> MentorshipRead | Problem | None:
    """The secondee's notes on a check-in and their rating of the support (1-5)

     Adds the secondee's notes to a check-in and their rating of the support (1-5); the fields sent
    replace
    what was there. Only the secondee (others who can see the mentorship get 403, anyone else 404); an
    unknown
    check-in answers 404; audited.

    Args:
        mentorship_id (UUID):
        check_in_id (UUID):
        body (CheckInMenteePart): The mentee's side of a check-in: their own notes and how useful
            the support was.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentorshipRead | Problem
    """

    return sync_detailed(
        mentorship_id=mentorship_id,
        check_in_id=check_in_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    mentorship_id: UUID,
    check_in_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CheckInMenteePart,
) -> Response[MentorshipRead | Problem]:
    """The secondee's notes on a check-in and their rating of the support (1-5)

     Adds the secondee's notes to a check-in and their rating of the support (1-5); the fields sent
    replace
    what was there. Only the secondee (others who can see the mentorship get 403, anyone else 404); an
    unknown
    check-in answers 404; audited.

    Args:
        mentorship_id (UUID):
        check_in_id (UUID):
        body (CheckInMenteePart): The mentee's side of a check-in: their own notes and how useful
            the support was.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MentorshipRead | Problem]
    """

    kwargs = _get_kwargs(
        mentorship_id=mentorship_id,
        check_in_id=check_in_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mentorship_id: UUID,
    check_in_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CheckInMenteePart,
) -> MentorshipRead | Problem | None:
    """The secondee's notes on a check-in and their rating of the support (1-5)

     Adds the secondee's notes to a check-in and their rating of the support (1-5); the fields sent
    replace
    what was there. Only the secondee (others who can see the mentorship get 403, anyone else 404); an
    unknown
    check-in answers 404; audited.

    Args:
        mentorship_id (UUID):
        check_in_id (UUID):
        body (CheckInMenteePart): The mentee's side of a check-in: their own notes and how useful
            the support was.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MentorshipRead | Problem
    """

    return (
        await asyncio_detailed(
            mentorship_id=mentorship_id,
            check_in_id=check_in_id,
            client=client,
            body=body,
        )
    ).parsed
