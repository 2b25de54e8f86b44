from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consent_missing_problem import ConsentMissingProblem
from ...models.problem import Problem
from ...models.story_read import StoryRead
from ...types import Response


def _get_kwargs(
    story_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/stories/{story_id}/publish".format(
            story_id=quote(str(story_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConsentMissingProblem | Problem | Problem | StoryRead | None:
    if response.status_code == 200:
        response_200 = StoryRead.from_dict(response.json())

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

        def _parse_response_409(data: object) -> ConsentMissingProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = ConsentMissingProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = Problem.from_dict(data)

            return response_409_type_1

        response_409 = _parse_response_409(response.json())

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
) -> Response[ConsentMissingProblem | Problem | Problem | StoryRead]:
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
) -> Response[ConsentMissingProblem | Problem | Problem | StoryRead]:
    """Publish a draft once everyone featured has consented; the audience hears of it once (HR)

     Publishes a draft. While anyone featured has not given consent (pending or refused) it answers 409
    `story.consent_missing` with `missing` naming each of them, and nothing changes. On the first
    publication
    the audience is notified (`stories.story_published`), resolved as it stands then. HR and
    administrators
    only (403).

    Args:
        story_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsentMissingProblem | Problem | Problem | StoryRead]
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
) -> ConsentMissingProblem | Problem | Problem | StoryRead | None:
    """Publish a draft once everyone featured has consented; the audience hears of it once (HR)

     Publishes a draft. While anyone featured has not given consent (pending or refused) it answers 409
    `story.consent_missing` with `missing` naming each of them, and nothing changes. On the first
    publication
    the audience is notified (`stories.story_published`), resolved as it stands then. HR and
    administrators
    only (403).

    Args:
        story_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsentMissingProblem | Problem | Problem | StoryRead
    """

    return sync_detailed(
        story_id=story_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    story_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ConsentMissingProblem | Problem | Problem | StoryRead]:
    """Publish a draft once everyone featured has consented; the audience hears of it once (HR)

     Publishes a draft. While anyone featured has not given consent (pending or refused) it answers 409
    `story.consent_missing` with `missing` naming each of them, and nothing changes. On the first
    publication
    the audience is notified (`stories.story_published`), resolved as it stands then. HR and
    administrators
    only (403).

    Args:
        story_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsentMissingProblem | Problem | Problem | StoryRead]
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
) -> ConsentMissingProblem | Problem | Problem | StoryRead | None:
    """Publish a draft once everyone featured has consented; the audience hears of it once (HR)

     Publishes a draft. While anyone featured has not given consent (pending or refused) it answers 409
    `story.consent_missing` with `missing` naming each of them, and nothing changes. On the first
    publication
    the audience is notified (`stories.story_published`), resolved as it stands then. HR and
    administrators
    only (403).

    Args:
        story_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsentMissingProblem | Problem | Problem | StoryRead
    """

    return (
        await asyncio_detailed(
            story_id=story_id,
            client=client,
        )
    ).parsed
