from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article_read import ArticleRead
from ...models.problem import Problem
from ...models.ticket_already_article_problem import TicketAlreadyArticleProblem
from ...types import Response


def _get_kwargs(
    ticket_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets/{ticket_id}/article".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArticleRead | Problem | Problem | TicketAlreadyArticleProblem | None:
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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> Problem | TicketAlreadyArticleProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = TicketAlreadyArticleProblem.from_dict(data)

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
) -> Response[ArticleRead | Problem | Problem | TicketAlreadyArticleProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticket_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ArticleRead | Problem | Problem | TicketAlreadyArticleProblem]:
    """Turn a resolved ticket into a draft article of its owning team

     A resolved or closed ticket becomes a draft article of its owning department, prefilled with the
    ticket's
    title, its description and the owning side's public replies (internal notes never), recording the
    ticket
    as its source. Once per ticket (409 `knowledge.ticket_already_article`); a ticket not resolved
    answers 409
    `knowledge.ticket_not_resolved`. Only the owning team (the department's people and heads), HR and
    administrators: others who see the ticket get 403, the rest 404.

    Args:
        ticket_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticleRead | Problem | Problem | TicketAlreadyArticleProblem]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ArticleRead | Problem | Problem | TicketAlreadyArticleProblem | None:
    """Turn a resolved ticket into a draft article of its owning team

     A resolved or closed ticket becomes a draft article of its owning department, prefilled with the
    ticket's
    title, its description and the owning side's public replies (internal notes never), recording the
    ticket
    as its source. Once per ticket (409 `knowledge.ticket_already_article`); a ticket not resolved
    answers 409
    `knowledge.ticket_not_resolved`. Only the owning team (the department's people and heads), HR and
    administrators: others who see the ticket get 403, the rest 404.

    Args:
        ticket_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticleRead | Problem | Problem | TicketAlreadyArticleProblem
    """

    return sync_detailed(
        ticket_id=ticket_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ticket_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ArticleRead | Problem | Problem | TicketAlreadyArticleProblem]:
    """Turn a resolved ticket into a draft article of its owning team

     A resolved or closed ticket becomes a draft article of its owning department, prefilled with the
    ticket's
    title, its description and the owning side's public replies (internal notes never), recording the
    ticket
    as its source. Once per ticket (409 `knowledge.ticket_already_article`); a ticket not resolved
    answers 409
    `knowledge.ticket_not_resolved`. Only the owning team (the department's people and heads), HR and
    administrators: others who see the ticket get 403, the rest 404.

    Args:
        ticket_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticleRead | Problem | Problem | TicketAlreadyArticleProblem]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ArticleRead | Problem | Problem | TicketAlreadyArticleProblem | None:
    """Turn a resolved ticket into a draft article of its owning team

     A resolved or closed ticket becomes a draft article of its owning department, prefilled with the
    ticket's
    title, its description and the owning side's public replies (internal notes never), recording the
    ticket
    as its source. Once per ticket (409 `knowledge.ticket_already_article`); a ticket not resolved
    answers 409
    `knowledge.ticket_not_resolved`. Only the owning team (the department's people and heads), HR and
    administrators: others who see the ticket get 403, the rest 404.

    Args:
        ticket_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticleRead | Problem | Problem | TicketAlreadyArticleProblem
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
        )
    ).parsed
