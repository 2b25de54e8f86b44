from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article_status import ArticleStatus
from ...models.page_article_hit import PageArticleHit
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    status: ArticleStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    else:
        json_category = category
    params["category"] = json_category

    json_tag: None | str | Unset
    if isinstance(tag, Unset):
        json_tag = UNSET
    else:
        json_tag = tag
    params["tag"] = json_tag

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ArticleStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/knowledge/articles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageArticleHit | Problem | None:
    if response.status_code == 200:
        response_200 = PageArticleHit.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[PageArticleHit | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    status: ArticleStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageArticleHit | Problem]:
    """Search the knowledge base (with q), or list its articles

     With `q`: the articles whose title, tags or body hold the query's character trigrams (Chinese works
    without word segmentation: 扫描枪 finds 扫描枪无法连接库存系统), best match first (title matches count
    double, the whole query as typed counts extra), each with a snippet around the first match. A term
    of one
    or two characters is matched whole (slower: no index serves it). Without `q`: most recently changed
    first.

    Published articles for every signed-in person; `status=draft` or `archived` lists those of the
    departments
    the caller belongs to or heads (HR and administrators: all). Integration clients get 403.

    Args:
        q (None | str | Unset): Case-insensitive text search
        category (None | str | Unset): A ticket category
        tag (None | str | Unset): One tag, exactly
        status (ArticleStatus | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageArticleHit | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        category=category,
        tag=tag,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    status: ArticleStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageArticleHit | Problem | None:
    """Search the knowledge base (with q), or list its articles

     With `q`: the articles whose title, tags or body hold the query's character trigrams (Chinese works
    without word segmentation: 扫描枪 finds 扫描枪无法连接库存系统), best match first (title matches count
    double, the whole query as typed counts extra), each with a snippet around the first match. A term
    of one
    or two characters is matched whole (slower: no index serves it). Without `q`: most recently changed
    first.

    Published articles for every signed-in person; `status=draft` or `archived` lists those of the
    departments
    the caller belongs to or heads (HR and administrators: all). Integration clients get 403.

    Args:
        q (None | str | Unset): Case-insensitive text search
        category (None | str | Unset): A ticket category
        tag (None | str | Unset): One tag, exactly
        status (ArticleStatus | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageArticleHit | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        category=category,
        tag=tag,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    status: ArticleStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[PageArticleHit | Problem]:
    """Search the knowledge base (with q), or list its articles

     With `q`: the articles whose title, tags or body hold the query's character trigrams (Chinese works
    without word segmentation: 扫描枪 finds 扫描枪无法连接库存系统), best match first (title matches count
    double, the whole query as typed counts extra), each with a snippet around the first match. A term
    of one
    or two characters is matched whole (slower: no index serves it). Without `q`: most recently changed
    first.

    Published articles for every signed-in person; `status=draft` or `archived` lists those of the
    departments
    the caller belongs to or heads (HR and administrators: all). Integration clients get 403.

    Args:
        q (None | str | Unset): Case-insensitive text search
        category (None | str | Unset): A ticket category
        tag (None | str | Unset): One tag, exactly
        status (ArticleStatus | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageArticleHit | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        category=category,
        tag=tag,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    status: ArticleStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> PageArticleHit | Problem | None:
    """Search the knowledge base (with q), or list its articles

     With `q`: the articles whose title, tags or body hold the query's character trigrams (Chinese works
    without word segmentation: 扫描枪 finds 扫描枪无法连接库存系统), best match first (title matches count
    double, the whole query as typed counts extra), each with a snippet around the first match. A term
    of one
    or two characters is matched whole (slower: no index serves it). Without `q`: most recently changed
    first.

    Published articles for every signed-in person; `status=draft` or `archived` lists those of the
    departments
    the caller belongs to or heads (HR and administrators: all). Integration clients get 403.

    Args:
        q (None | str | Unset): Case-insensitive text search
        category (None | str | Unset): A ticket category
        tag (None | str | Unset): One tag, exactly
        status (ArticleStatus | None | Unset):
        limit (int | Unset): Page size Default: 50.
        cursor (None | str | Unset): The `next_cursor` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageArticleHit | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            category=category,
            tag=tag,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
