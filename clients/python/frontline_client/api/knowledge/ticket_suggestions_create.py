from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.suggestion_request import SuggestionRequest
from ...models.ticket_suggestions import TicketSuggestions
from ...types import Response


def _get_kwargs(
    *,
    body: SuggestionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets/suggestions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TicketSuggestions | None:
    if response.status_code == 200:
        response_200 = TicketSuggestions.from_dict(response.json())

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
) -> Response[Problem | TicketSuggestions]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SuggestionRequest,
) -> Response[Problem | TicketSuggestions]:
    """Articles that may solve the problem a ticket is being drafted about

     While a ticket is drafted: up to 5 published articles matching the draft's title (and body, if
    written), the draft's category first, best match first, each with a snippet. The answer's
    `suggestion_id`
    is named when one of them solved the problem (…/deflection). Any signed-in person; integration
    clients
    get 403.

    Args:
        body (SuggestionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TicketSuggestions]
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
    body: SuggestionRequest,
) -> Problem | TicketSuggestions | None:
    """Articles that may solve the problem a ticket is being drafted about

     While a ticket is drafted: up to 5 published articles matching the draft's title (and body, if
    written), the draft's category first, best match first, each with a snippet. The answer's
    `suggestion_id`
    is named when one of them solved the problem (…/deflection). Any signed-in person; integration
    clients
    get 403.

    Args:
        body (SuggestionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TicketSuggestions
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SuggestionRequest,
) -> Response[Problem | TicketSuggestions]:
    """Articles that may solve the problem a ticket is being drafted about

     While a ticket is drafted: up to 5 published articles matching the draft's title (and body, if
    written), the draft's category first, best match first, each with a snippet. The answer's
    `suggestion_id`
    is named when one of them solved the problem (…/deflection). Any signed-in person; integration
    clients
    get 403.

    Args:
        body (SuggestionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TicketSuggestions]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SuggestionRequest,
) -> Problem | TicketSuggestions | None:
    """Articles that may solve the problem a ticket is being drafted about

     While a ticket is drafted: up to 5 published articles matching the draft's title (and body, if
    written), the draft's category first, best match first, each with a snippet. The answer's
    `suggestion_id`
    is named when one of them solved the problem (…/deflection). Any signed-in person; integration
    clients
    get 403.

    Args:
        body (SuggestionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TicketSuggestions
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
