from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mentor_candidate import MentorCandidate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    transfer_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/transfers/{transfer_id}/mentor-suggestions".format(
            transfer_id=quote(str(transfer_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[MentorCandidate] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MentorCandidate.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[MentorCandidate]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | list[MentorCandidate]]:
    """Head-office mentors for a secondment: its department first, then the lightest load, then seniority

     Suggests up to 10 mentors for a secondment: active people at head office (not at a store or project)
    below the organisation's limit of secondees at once, those of the secondee's own home unit first,
    then the
    lightest load, then the earliest hired. HR, administrators and the department heads over the
    secondee's
    home unit may ask; for anyone else, or a transfer that is not a secondment, it answers 404.

    Args:
        transfer_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[MentorCandidate]]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | list[MentorCandidate] | None:
    """Head-office mentors for a secondment: its department first, then the lightest load, then seniority

     Suggests up to 10 mentors for a secondment: active people at head office (not at a store or project)
    below the organisation's limit of secondees at once, those of the secondee's own home unit first,
    then the
    lightest load, then the earliest hired. HR, administrators and the department heads over the
    secondee's
    home unit may ask; for anyone else, or a transfer that is not a secondment, it answers 404.

    Args:
        transfer_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[MentorCandidate]
    """

    return sync_detailed(
        transfer_id=transfer_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | list[MentorCandidate]]:
    """Head-office mentors for a secondment: its department first, then the lightest load, then seniority

     Suggests up to 10 mentors for a secondment: active people at head office (not at a store or project)
    below the organisation's limit of secondees at once, those of the secondee's own home unit first,
    then the
    lightest load, then the earliest hired. HR, administrators and the department heads over the
    secondee's
    home unit may ask; for anyone else, or a transfer that is not a secondment, it answers 404.

    Args:
        transfer_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[MentorCandidate]]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | list[MentorCandidate] | None:
    """Head-office mentors for a secondment: its department first, then the lightest load, then seniority

     Suggests up to 10 mentors for a secondment: active people at head office (not at a store or project)
    below the organisation's limit of secondees at once, those of the secondee's own home unit first,
    then the
    lightest load, then the earliest hired. HR, administrators and the department heads over the
    secondee's
    home unit may ask; for anyone else, or a transfer that is not a secondment, it answers 404.

    Args:
        transfer_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[MentorCandidate]
    """

    return (
        await asyncio_detailed(
            transfer_id=transfer_id,
            client=client,
        )
    ).parsed
