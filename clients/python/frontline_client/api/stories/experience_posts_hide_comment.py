from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment_read import CommentRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    post_id: UUID,
    comment_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/experience-posts/{post_id}/comments/{comment_id}/hide".format(
            post_id=quote(str(post_id), safe=""),
            comment_id=quote(str(comment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CommentRead | Problem | None:
    if response.status_code == 200:
        response_200 = CommentRead.from_dict(response.json())

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
) -> Response[CommentRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    post_id: UUID,
    comment_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[CommentRead | Problem]:
    """Hide a comment (HR)

     Hides a comment from everyone but HR (kept, with who hid it and when). HR and administrators only.

    Args:
        post_id (UUID):
        comment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentRead | Problem]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        comment_id=comment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    post_id: UUID,
    comment_id: UUID,
    *,
    client: AuthenticatedClient,
) -> CommentRead | Problem | None:
    """Hide a comment (HR)

     Hides a comment from everyone but HR (kept, with who hid it and when). HR and administrators only.

    Args:
        post_id (UUID):
        comment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentRead | Problem
    """

    return sync_detailed(
        post_id=post_id,
        comment_id=comment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    post_id: UUID,
    comment_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[CommentRead | Problem]:
    """Hide a comment (HR)

     Hides a comment from everyone but HR (kept, with who hid it and when). HR and administrators only.

    Args:
        post_id (UUID):
        comment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentRead | Problem]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        comment_id=comment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    post_id: UUID,
    comment_id: UUID,
    *,
    client: AuthenticatedClient,
) -> CommentRead | Problem | None:
    """Hide a comment (HR)

     Hides a comment from everyone but HR (kept, with who hid it and when). HR and administrators only.

    Args:
        post_id (UUID):
        comment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentRead | Problem
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            comment_id=comment_id,
            client=client,
        )
    ).parsed
