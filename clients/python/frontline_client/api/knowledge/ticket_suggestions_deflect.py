from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deflection_create import DeflectionCreate
from ...models.deflection_read import DeflectionRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    suggestion_id: UUID,
    *,
    body: DeflectionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets/suggestions/{suggestion_id}/deflection".format(
            suggestion_id=quote(str(suggestion_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeflectionRead | Problem | None:
    if response.status_code == 201:
        response_201 = DeflectionRead.from_dict(response.json())

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
) -> Response[DeflectionRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    suggestion_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DeflectionCreate,
) -> Response[DeflectionRead | Problem]:
    """This solved it: an offered article made the ticket unnecessary

     Records that an article offered with the suggestion solved the problem; the ticket figures count it
    for
    the article's owning department. Idempotent: sent again, it answers 200 with the same deflection.
    Only
    whoever asked for the suggestion (404 for anyone else's); an article not offered with it answers
    422.

    Args:
        suggestion_id (UUID):
        body (DeflectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeflectionRead | Problem]
    """

    kwargs = _get_kwargs(
        suggestion_id=suggestion_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    suggestion_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DeflectionCreate,
) -> DeflectionRead | Problem | None:
    """This solved it: an offered article made the ticket unnecessary

     Records that an article offered with the suggestion solved the problem; the ticket figures count it
    for
    the article's owning department. Idempotent: sent again, it answers 200 with the same deflection.
    Only
    whoever asked for the suggestion (404 for anyone else's); an article not offered with it answers
    422.

    Args:
        suggestion_id (UUID):
        body (DeflectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeflectionRead | Problem
    """

    return sync_detailed(
        suggestion_id=suggestion_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    suggestion_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DeflectionCreate,
) -> Response[DeflectionRead | Problem]:
    """This solved it: an offered article made the ticket unnecessary

     Records that an article offered with the suggestion solved the problem; the ticket figures count it
    for
    the article's owning department. Idempotent: sent again, it answers 200 with the same deflection.
    Only
    whoever asked for the suggestion (404 for anyone else's); an article not offered with it answers
    422.

    Args:
        suggestion_id (UUID):
        body (DeflectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeflectionRead | Problem]
    """

    kwargs = _get_kwargs(
        suggestion_id=suggestion_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    suggestion_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DeflectionCreate,
) -> DeflectionRead | Problem | None:
    """This solved it: an offered article made the ticket unnecessary

     Records that an article offered with the suggestion solved the problem; the ticket figures count it
    for
    the article's owning department. Idempotent: sent again, it answers 200 with the same deflection.
    Only
    whoever asked for the suggestion (404 for anyone else's); an article not offered with it answers
    422.

    Args:
        suggestion_id (UUID):
        body (DeflectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeflectionRead | Problem
    """

    return (
        await asyncio_detailed(
            suggestion_id=suggestion_id,
            client=client,
            body=body,
        )
    ).parsed
