from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.shift_template_create import ShiftTemplateCreate
from ...models.shift_template_read import ShiftTemplateRead
from ...types import Response


def _get_kwargs(
    store_id: UUID,
    *,
    body: ShiftTemplateCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/stores/{store_id}/shift-templates".format(
            store_id=quote(str(store_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ShiftTemplateRead | None:
    if response.status_code == 201:
        response_201 = ShiftTemplateRead.from_dict(response.json())

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
) -> Response[Problem | ShiftTemplateRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ShiftTemplateCreate,
) -> Response[Problem | ShiftTemplateRead]:
    """Add a shift template: local start and end (may cross midnight), break, headcount per weekday

     Adds a shift template to a store, to roster its weeks with.

    The store's managers, HR and administrators may (a leader gets 403; a store the caller does not
    oversee
    answers 404). The break must be shorter than the shift (422) and the code unique in the store (409).
    Audited.

    Args:
        store_id (UUID):
        body (ShiftTemplateCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ShiftTemplateRead]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ShiftTemplateCreate,
) -> Problem | ShiftTemplateRead | None:
    """Add a shift template: local start and end (may cross midnight), break, headcount per weekday

     Adds a shift template to a store, to roster its weeks with.

    The store's managers, HR and administrators may (a leader gets 403; a store the caller does not
    oversee
    answers 404). The break must be shorter than the shift (422) and the code unique in the store (409).
    Audited.

    Args:
        store_id (UUID):
        body (ShiftTemplateCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ShiftTemplateRead
    """

    return sync_detailed(
        store_id=store_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ShiftTemplateCreate,
) -> Response[Problem | ShiftTemplateRead]:
    """Add a shift template: local start and end (may cross midnight), break, headcount per weekday

     Adds a shift template to a store, to roster its weeks with.

    The store's managers, HR and administrators may (a leader gets 403; a store the caller does not
    oversee
    answers 404). The break must be shorter than the shift (422) and the code unique in the store (409).
    Audited.

    Args:
        store_id (UUID):
        body (ShiftTemplateCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ShiftTemplateRead]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ShiftTemplateCreate,
) -> Problem | ShiftTemplateRead | None:
    """Add a shift template: local start and end (may cross midnight), break, headcount per weekday

     Adds a shift template to a store, to roster its weeks with.

    The store's managers, HR and administrators may (a leader gets 403; a store the caller does not
    oversee
    answers 404). The break must be shorter than the shift (422) and the code unique in the store (409).
    Audited.

    Args:
        store_id (UUID):
        body (ShiftTemplateCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ShiftTemplateRead
    """

    return (
        await asyncio_detailed(
            store_id=store_id,
            client=client,
            body=body,
        )
    ).parsed
