from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_create import PostCreate
from ...models.post_read import PostRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/experience-posts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PostRead | Problem | None:
    if response.status_code == 201:
        response_201 = PostRead.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PostRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PostCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[PostRead | Problem]:
    """Post experience (any employee); it waits for HR before it is on the board

     Posts experience: title, body (plain text, kept verbatim), up to 10 tags of at most 20 characters
    (kept
    trimmed and lower-cased, duplicates dropped). The post is `submitted` until HR publishes it. Send an
    `Idempotency-Key` header to retry safely.

    Args:
        idempotency_key (str | Unset):
        body (PostCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PostCreate,
    idempotency_key: str | Unset = UNSET,
) -> PostRead | Problem | None:
    """Post experience (any employee); it waits for HR before it is on the board

     Posts experience: title, body (plain text, kept verbatim), up to 10 tags of at most 20 characters
    (kept
    trimmed and lower-cased, duplicates dropped). The post is `submitted` until HR publishes it. Send an
    `Idempotency-Key` header to retry safely.

    Args:
        idempotency_key (str | Unset):
        body (PostCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[PostRead | Problem]:
    """Post experience (any employee); it waits for HR before it is on the board

     Posts experience: title, body (plain text, kept verbatim), up to 10 tags of at most 20 characters
    (kept
    trimmed and lower-cased, duplicates dropped). The post is `submitted` until HR publishes it. Send an
    `Idempotency-Key` header to retry safely.

    Args:
        idempotency_key (str | Unset):
        body (PostCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PostCreate,
    idempotency_key: str | Unset = UNSET,
) -> PostRead | Problem | None:
    """Post experience (any employee); it waits for HR before it is on the board

     Posts experience: title, body (plain text, kept verbatim), up to 10 tags of at most 20 characters
    (kept
    trimmed and lower-cased, duplicates dropped). The post is `submitted` until HR publishes it. Send an
    `Idempotency-Key` header to retry safely.

    Args:
        idempotency_key (str | Unset):
        body (PostCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
