from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article_create import ArticleCreate
from ...models.article_read import ArticleRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ArticleCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/knowledge/articles",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ArticleRead | Problem | None:
    if response.status_code == 201:
        response_201 = ArticleRead.from_dict(response.json())

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
) -> Response[ArticleRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ArticleCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[ArticleRead | Problem]:
    """Write a draft article for a ticket category

     Writes a draft (revision 1). The category must be a ticket category (one routing rules name: 422
    `knowledge.unknown_category` otherwise); the owning department defaults to the one the category is
    routed
    to. HR, administrators and the owning department's people and heads write; anyone else gets 403.
    Texts are
    plain text, kept as typed (markup is not interpreted); control characters other than line breaks and
    tabs
    answer 422. Send an `Idempotency-Key` header to retry safely.

    Args:
        idempotency_key (str | Unset):
        body (ArticleCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticleRead | Problem]
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
    body: ArticleCreate,
    idempotency_key: str | Unset = UNSET,
) -> ArticleRead | Problem | None:
    """Write a draft article for a ticket category

     Writes a draft (revision 1). The category must be a ticket category (one routing rules name: 422
    `knowledge.unknown_category` otherwise); the owning department defaults to the one the category is
    routed
    to. HR, administrators and the owning department's people and heads write; anyone else gets 403.
    Texts are
    plain text, kept as typed (markup is not interpreted); control characters other than line breaks and
    tabs
    answer 422. Send an `Idempotency-Key` header to retry safely.

    Args:
        idempotency_key (str | Unset):
        body (ArticleCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticleRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ArticleCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[ArticleRead | Problem]:
    """Write a draft article for a ticket category

     Writes a draft (revision 1). The category must be a ticket category (one routing rules name: 422
    `knowledge.unknown_category` otherwise); the owning department defaults to the one the category is
    routed
    to. HR, administrators and the owning department's people and heads write; anyone else gets 403.
    Texts are
    plain text, kept as typed (markup is not interpreted); control characters other than line breaks and
    tabs
    answer 422. Send an `Idempotency-Key` header to retry safely.

    Args:
        idempotency_key (str | Unset):
        body (ArticleCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticleRead | Problem]
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
    body: ArticleCreate,
    idempotency_key: str | Unset = UNSET,
) -> ArticleRead | Problem | None:
    """Write a draft article for a ticket category

     Writes a draft (revision 1). The category must be a ticket category (one routing rules name: 422
    `knowledge.unknown_category` otherwise); the owning department defaults to the one the category is
    routed
    to. HR, administrators and the owning department's people and heads write; anyone else gets 403.
    Texts are
    plain text, kept as typed (markup is not interpreted); control characters other than line breaks and
    tabs
    answer 422. Send an `Idempotency-Key` header to retry safely.

    Args:
        idempotency_key (str | Unset):
        body (ArticleCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticleRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
