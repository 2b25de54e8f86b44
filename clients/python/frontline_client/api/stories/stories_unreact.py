from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.reaction_kind import ReactionKind
from ...models.story_read import StoryRead
from ...types import Response


def _get_kwargs(
    story_id: UUID,
    reaction: ReactionKind,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/stories/{story_id}/reactions/{reaction}".format(
            story_id=quote(str(story_id), safe=""),
            reaction=quote(str(reaction), safe=""),
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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
    reaction: ReactionKind,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | StoryRead]:
    """Take back my reaction of this kind

     Removes my reaction of this kind from a story I may read; taking back a reaction I never made
    changes nothing and still answers the story with its counts.

    Args:
        story_id (UUID):
        reaction (ReactionKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StoryRead]
    """

    kwargs = _get_kwargs(
        story_id=story_id,
        reaction=reaction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    story_id: UUID,
    reaction: ReactionKind,
    *,
    client: AuthenticatedClient,
) -> Problem | StoryRead | None:
    """Take back my reaction of this kind

     Removes my reaction of this kind from a story I may read; taking back a reaction I never made
    changes nothing and still answers the story with its counts.

    Args:
        story_id (UUID):
        reaction (ReactionKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StoryRead
    """

    return sync_detailed(
        story_id=story_id,
        reaction=reaction,
        client=client,
    ).parsed


async def asyncio_detailed(
    story_id: UUID,
    reaction: ReactionKind,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | StoryRead]:
    """Take back my reaction of this kind

     Removes my reaction of this kind from a story I may read; taking back a reaction I never made
    changes nothing and still answers the story with its counts.

    Args:
        story_id (UUID):
        reaction (ReactionKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StoryRead]
    """

    kwargs = _get_kwargs(
        story_id=story_id,
        reaction=reaction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    story_id: UUID,
    reaction: ReactionKind,
    *,
    client: AuthenticatedClient,
) -> Problem | StoryRead | None:
    """Take back my reaction of this kind

     Removes my reaction of this kind from a story I may read; taking back a reaction I never made
    changes nothing and still answers the story with its counts.

    Args:
        story_id (UUID):
        reaction (ReactionKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StoryRead
    """

    return (
        await asyncio_detailed(
            story_id=story_id,
            reaction=reaction,
            client=client,
        )
    ).parsed
