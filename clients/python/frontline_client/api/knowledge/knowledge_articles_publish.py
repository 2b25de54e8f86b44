from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article_read import ArticleRead
from ...models.article_transition import ArticleTransition
from ...models.knowledge_article_version_conflict_problem import KnowledgeArticleVersionConflictProblem
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    article_id: UUID,
    *,
    body: ArticleTransition,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/knowledge/articles/{article_id}/publish".format(
            article_id=quote(str(article_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArticleRead | KnowledgeArticleVersionConflictProblem | Problem | Problem | None:
    if response.status_code == 200:
        response_200 = ArticleRead.from_dict(response.json())

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

        def _parse_response_409(data: object) -> KnowledgeArticleVersionConflictProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = KnowledgeArticleVersionConflictProblem.from_dict(data)

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
) -> Response[ArticleRead | KnowledgeArticleVersionConflictProblem | Problem | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    article_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ArticleTransition,
) -> Response[ArticleRead | KnowledgeArticleVersionConflictProblem | Problem | Problem]:
    """Publish Article

     Publishes a draft or archived article: search and ticket suggestions offer it from now on. The
    owning
    side only; a stale `version` or an article already published answers 409.

    Args:
        article_id (UUID):
        body (ArticleTransition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticleRead | KnowledgeArticleVersionConflictProblem | Problem | Problem]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    article_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ArticleTransition,
) -> ArticleRead | KnowledgeArticleVersionConflictProblem | Problem | Problem | None:
    """Publish Article

     Publishes a draft or archived article: search and ticket suggestions offer it from now on. The
    owning
    side only; a stale `version` or an article already published answers 409.

    Args:
        article_id (UUID):
        body (ArticleTransition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticleRead | KnowledgeArticleVersionConflictProblem | Problem | Problem
    """

    return sync_detailed(
        article_id=article_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    article_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ArticleTransition,
) -> Response[ArticleRead | KnowledgeArticleVersionConflictProblem | Problem | Problem]:
    """Publish Article

     Publishes a draft or archived article: search and ticket suggestions offer it from now on. The
    owning
    side only; a stale `version` or an article already published answers 409.

    Args:
        article_id (UUID):
        body (ArticleTransition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticleRead | KnowledgeArticleVersionConflictProblem | Problem | Problem]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    article_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ArticleTransition,
) -> ArticleRead | KnowledgeArticleVersionConflictProblem | Problem | Problem | None:
    """Publish Article

     Publishes a draft or archived article: search and ticket suggestions offer it from now on. The
    owning
    side only; a stale `version` or an article already published answers 409.

    Args:
        article_id (UUID):
        body (ArticleTransition):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticleRead | KnowledgeArticleVersionConflictProblem | Problem | Problem
    """

    return (
        await asyncio_detailed(
            article_id=article_id,
            client=client,
            body=body,
        )
    ).parsed
