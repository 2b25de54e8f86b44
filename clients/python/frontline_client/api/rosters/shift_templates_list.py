from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.shift_template_read import ShiftTemplateRead
from ...types import Response


def _get_kwargs(
    store_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stores/{store_id}/shift-templates".format(
            store_id=quote(str(store_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[ShiftTemplateRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ShiftTemplateRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | list[ShiftTemplateRead]]:
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
) -> Response[Problem | list[ShiftTemplateRead]]:
    """The store's shift templates (its managers, HR, leaders)

     Lists a store's shift templates by start time, with their paid minutes and whether each counts as
    late.

    The store's managers, HR, leaders and administrators read them; a store the caller does not oversee
    answers 404, like one that does not exist, and integration clients get 403.

    Args:
        store_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ShiftTemplateRead]]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | list[ShiftTemplateRead] | None:
    """The store's shift templates (its managers, HR, leaders)

     Lists a store's shift templates by start time, with their paid minutes and whether each counts as
    late.

    The store's managers, HR, leaders and administrators read them; a store the caller does not oversee
    answers 404, like one that does not exist, and integration clients get 403.

    Args:
        store_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ShiftTemplateRead]
    """

    return sync_detailed(
        store_id=store_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | list[ShiftTemplateRead]]:
    """The store's shift templates (its managers, HR, leaders)

     Lists a store's shift templates by start time, with their paid minutes and whether each counts as
    late.

    The store's managers, HR, leaders and administrators read them; a store the caller does not oversee
    answers 404, like one that does not exist, and integration clients get 403.

    Args:
        store_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ShiftTemplateRead]]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | list[ShiftTemplateRead] | None:
    """The store's shift templates (its managers, HR, leaders)

     Lists a store's shift templates by start time, with their paid minutes and whether each counts as
    late.

    The store's managers, HR, leaders and administrators read them; a store the caller does not oversee
    answers 404, like one that does not exist, and integration clients get 403.

    Args:
        store_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ShiftTemplateRead]
    """

    return (
        await asyncio_detailed(
            store_id=store_id,
            client=client,
        )
    ).parsed
