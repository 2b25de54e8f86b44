from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.story_read import StoryRead
from ...types import Response


def _get_kwargs(
    story_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stories/{story_id}".format(
            story_id=quote(str(story_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | StoryRead | None:
    if response.status_code == 200:
        response_200 = StoryRead.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | StoryRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    story_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | StoryRead]:
    """Get Story

     Returns a story with its photos, featured people and their consent, the count of people who read it,
    reaction counts, and my own reactions. HR, administrators and leaders see every story; a person
    featured
    sees the story that features them; anyone else sees a published story whose audience reaches them
    (home
    unit, or for a region an assignment in force today). Anything else answers 404. Opening a story does
    not
    count as reading it: the app says so with `POST .../read` once the reader has seen it.

    Args:
        story_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StoryRead]
    """

    kwargs = _get_kwargs(
        story_id=story_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    story_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | StoryRead | None:
    """Get Story

     Returns a story with its photos, featured people and their consent, the count of people who read it,
    reaction counts, and my own reactions. HR, administrators and leaders see every story; a person
    featured
    sees the story that features them; anyone else sees a published story whose audience reaches them
    (home
    unit, or for a region an assignment in force today). Anything else answers 404. Opening a story does
    not
    count as reading it: the app says so with `POST .../read` once the reader has seen it.

    Args:
        story_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StoryRead
    """

    return sync_detailed(
        story_id=story_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    story_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | StoryRead]:
    """Get Story

     Returns a story with its photos, featured people and their consent, the count of people who read it,
    reaction counts, and my own reactions. HR, administrators and leaders see every story; a person
    featured
    sees the story that features them; anyone else sees a published story whose audience reaches them
    (home
    unit, or for a region an assignment in force today). Anything else answers 404. Opening a story does
    not
    count as reading it: the app says so with `POST .../read` once the reader has seen it.

    Args:
        story_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StoryRead]
    """

    kwargs = _get_kwargs(
        story_id=story_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    story_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | StoryRead | None:
    """Get Story

     Returns a story with its photos, featured people and their consent, the count of people who read it,
    reaction counts, and my own reactions. HR, administrators and leaders see every story; a person
    featured
    sees the story that features them; anyone else sees a published story whose audience reaches them
    (home
    unit, or for a region an assignment in force today). Anything else answers 404. Opening a story does
    not
    count as reading it: the app says so with `POST .../read` once the reader has seen it.

    Args:
        story_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StoryRead
    """

    return (
        await asyncio_detailed(
            story_id=story_id,
            client=client,
        )
    ).parsed
