from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.posting_create import PostingCreate
from ...models.posting_read import PostingRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: PostingCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/postings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PostingRead | Problem | None:
    if response.status_code == 201:
        response_201 = PostingRead.from_dict(response.json())

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
    *,
    client: AuthenticatedClient,
    body: PostingCreate,
) -> Response[PostingRead | Problem]:
    """Draft a posting for a store or project (HR, or the store's manager; HR opens it)

     Drafts a posting for a store or project; it stays a draft until HR opens it.

    HR and administrators draft for any store, a store manager for the stores she manages (403
    otherwise). The
    unit must be a store or project, the shift templates active templates of that store, and the skills,
    eligible departments and required courses must exist (422). The draft is seen by whoever drafted it,
    HR
    and the store's managers. Audited.

    Args:
        body (PostingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostingRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PostingCreate,
) -> PostingRead | Problem | None:
    """Draft a posting for a store or project (HR, or the store's manager; HR opens it)

     Drafts a posting for a store or project; it stays a draft until HR opens it.

    HR and administrators draft for any store, a store manager for the stores she manages (403
    otherwise). The
    unit must be a store or project, the shift templates active templates of that store, and the skills,
    eligible departments and required courses must exist (422). The draft is seen by whoever drafted it,
    HR
    and the store's managers. Audited.

    Args:
        body (PostingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostingRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostingCreate,
) -> Response[PostingRead | Problem]:
    """Draft a posting for a store or project (HR, or the store's manager; HR opens it)

     Drafts a posting for a store or project; it stays a draft until HR opens it.

    HR and administrators draft for any store, a store manager for the stores she manages (403
    otherwise). The
    unit must be a store or project, the shift templates active templates of that store, and the skills,
    eligible departments and required courses must exist (422). The draft is seen by whoever drafted it,
    HR
    and the store's managers. Audited.

    Args:
        body (PostingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostingRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PostingCreate,
) -> PostingRead | Problem | None:
    """Draft a posting for a store or project (HR, or the store's manager; HR opens it)

     Drafts a posting for a store or project; it stays a draft until HR opens it.

    HR and administrators draft for any store, a store manager for the stores she manages (403
    otherwise). The
    unit must be a store or project, the shift templates active templates of that store, and the skills,
    eligible departments and required courses must exist (422). The draft is seen by whoever drafted it,
    HR
    and the store's managers. Audited.

    Args:
        body (PostingCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostingRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
