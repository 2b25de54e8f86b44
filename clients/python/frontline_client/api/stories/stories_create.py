from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.story_create import StoryCreate
from ...models.story_read import StoryRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: StoryCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/stories",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | StoryRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StoryCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | StoryRead]:
    """Draft a story for audiences; each person featured is asked for consent (HR)

     Drafts a story: title, body (plain text, kept verbatim), audiences (`everyone`, `head_office`,
    `department` or `region` with `unit_id`: a union) and the people featured. Each person featured is
    asked
    for consent (`stories.consent_requested`); the story is published only when all have given it. HR
    and
    administrators only (403). A unit that is not of the audience's kind, or a person who is not an
    active
    employee, is a 422 naming the field. Send an `Idempotency-Key` header to retry safely.

    Args:
        idempotency_key (str | Unset):
        body (StoryCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StoryRead]
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
    body: StoryCreate,
    idempotency_key: str | Unset = UNSET,
) -> Problem | StoryRead | None:
    """Draft a story for audiences; each person featured is asked for consent (HR)

     Drafts a story: title, body (plain text, kept verbatim), audiences (`everyone`, `head_office`,
    `department` or `region` with `unit_id`: a union) and the people featured. Each person featured is
    asked
    for consent (`stories.consent_requested`); the story is published only when all have given it. HR
    and
    administrators only (403). A unit that is not of the audience's kind, or a person who is not an
    active
    employee, is a 422 naming the field. Send an `Idempotency-Key` header to retry safely.

    Args:
        idempotency_key (str | Unset):
        body (StoryCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StoryRead
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StoryCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | StoryRead]:
    """Draft a story for audiences; each person featured is asked for consent (HR)

     Drafts a story: title, body (plain text, kept verbatim), audiences (`everyone`, `head_office`,
    `department` or `region` with `unit_id`: a union) and the people featured. Each person featured is
    asked
    for consent (`stories.consent_requested`); the story is published only when all have given it. HR
    and
    administrators only (403). A unit that is not of the audience's kind, or a person who is not an
    active
    employee, is a 422 naming the field. Send an `Idempotency-Key` header to retry safely.

    Args:
        idempotency_key (str | Unset):
        body (StoryCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StoryRead]
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
    body: StoryCreate,
    idempotency_key: str | Unset = UNSET,
) -> Problem | StoryRead | None:
    """Draft a story for audiences; each person featured is asked for consent (HR)

     Drafts a story: title, body (plain text, kept verbatim), audiences (`everyone`, `head_office`,
    `department` or `region` with `unit_id`: a union) and the people featured. Each person featured is
    asked
    for consent (`stories.consent_requested`); the story is published only when all have given it. HR
    and
    administrators only (403). A unit that is not of the audience's kind, or a person who is not an
    active
    employee, is a 422 naming the field. Send an `Idempotency-Key` header to retry safely.

    Args:
        idempotency_key (str | Unset):
        body (StoryCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StoryRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
