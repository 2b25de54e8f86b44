from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.stories_add_photo_form import StoriesAddPhotoForm
from ...models.story_read import StoryRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    story_id: UUID,
    *,
    body: StoriesAddPhotoForm,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/stories/{story_id}/photos".format(
            story_id=quote(str(story_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | StoryRead | None:
    if response.status_code == 201:
        response_201 = StoryRead.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
    body: StoriesAddPhotoForm,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | StoryRead]:
    """Add a photo to a draft story (JPEG, PNG or WebP, up to 5 MB, at most 6) (HR)

     Adds a photo to a draft (409 once published). The type is read from the bytes, whatever the name or
    content type say: JPEG, PNG or WebP, anything else 415. At most 5 MB (413) and 6 photos a story
    (409).
    Adding a photo asks those featured for consent again. HR and administrators only (403). Send an
    `Idempotency-Key` header to retry safely.

    Args:
        story_id (UUID):
        idempotency_key (str | Unset):
        body (StoriesAddPhotoForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StoryRead]
    """

    kwargs = _get_kwargs(
        story_id=story_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    story_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StoriesAddPhotoForm,
    idempotency_key: str | Unset = UNSET,
) -> Problem | StoryRead | None:
    """Add a photo to a draft story (JPEG, PNG or WebP, up to 5 MB, at most 6) (HR)

     Adds a photo to a draft (409 once published). The type is read from the bytes, whatever the name or
    content type say: JPEG, PNG or WebP, anything else 415. At most 5 MB (413) and 6 photos a story
    (409).
    Adding a photo asks those featured for consent again. HR and administrators only (403). Send an
    `Idempotency-Key` header to retry safely.

    Args:
        story_id (UUID):
        idempotency_key (str | Unset):
        body (StoriesAddPhotoForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StoryRead
    """

    return sync_detailed(
        story_id=story_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    story_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StoriesAddPhotoForm,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | StoryRead]:
    """Add a photo to a draft story (JPEG, PNG or WebP, up to 5 MB, at most 6) (HR)

     Adds a photo to a draft (409 once published). The type is read from the bytes, whatever the name or
    content type say: JPEG, PNG or WebP, anything else 415. At most 5 MB (413) and 6 photos a story
    (409).
    Adding a photo asks those featured for consent again. HR and administrators only (403). Send an
    `Idempotency-Key` header to retry safely.

    Args:
        story_id (UUID):
        idempotency_key (str | Unset):
        body (StoriesAddPhotoForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StoryRead]
    """

    kwargs = _get_kwargs(
        story_id=story_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    story_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StoriesAddPhotoForm,
    idempotency_key: str | Unset = UNSET,
) -> Problem | StoryRead | None:
    """Add a photo to a draft story (JPEG, PNG or WebP, up to 5 MB, at most 6) (HR)

     Adds a photo to a draft (409 once published). The type is read from the bytes, whatever the name or
    content type say: JPEG, PNG or WebP, anything else 415. At most 5 MB (413) and 6 photos a story
    (409).
    Adding a photo asks those featured for consent again. HR and administrators only (403). Send an
    `Idempotency-Key` header to retry safely.

    Args:
        story_id (UUID):
        idempotency_key (str | Unset):
        body (StoriesAddPhotoForm):

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
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
