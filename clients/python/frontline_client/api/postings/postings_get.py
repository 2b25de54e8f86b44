from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.posting_read import PostingRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    posting_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/postings/{posting_id}".format(
            posting_id=quote(str(posting_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PostingRead | Problem | None:
    if response.status_code == 200:
        response_200 = PostingRead.from_dict(response.json())

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
) -> Response[PostingRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    posting_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[PostingRead | Problem]:
    """Get Posting

     Reads one posting with its dates, shifts, hours, places taken, skills, tags and required courses.

    Open, filled and closed postings are readable by anyone signed in; a draft only by whoever drafted
    it, HR,
    administrators and the store's managers (404 for anyone else).

    Args:
        posting_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostingRead | Problem]
    """

    kwargs = _get_kwargs(
        posting_id=posting_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    posting_id: UUID,
    *,
    client: AuthenticatedClient,
) -> PostingRead | Problem | None:
    """Get Posting

     Reads one posting with its dates, shifts, hours, places taken, skills, tags and required courses.

    Open, filled and closed postings are readable by anyone signed in; a draft only by whoever drafted
    it, HR,
    administrators and the store's managers (404 for anyone else).

    Args:
        posting_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostingRead | Problem
    """

    return sync_detailed(
        posting_id=posting_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    posting_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[PostingRead | Problem]:
    """Get Posting

     Reads one posting with its dates, shifts, hours, places taken, skills, tags and required courses.

    Open, filled and closed postings are readable by anyone signed in; a draft only by whoever drafted
    it, HR,
    administrators and the store's managers (404 for anyone else).

    Args:
        posting_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostingRead | Problem]
    """

    kwargs = _get_kwargs(
        posting_id=posting_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    posting_id: UUID,
    *,
    client: AuthenticatedClient,
) -> PostingRead | Problem | None:
    """Get Posting

     Reads one posting with its dates, shifts, hours, places taken, skills, tags and required courses.

    Open, filled and closed postings are readable by anyone signed in; a draft only by whoever drafted
    it, HR,
    administrators and the store's managers (404 for anyone else).

    Args:
        posting_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostingRead | Problem
    """

    return (
        await asyncio_detailed(
            posting_id=posting_id,
            client=client,
        )
    ).parsed
