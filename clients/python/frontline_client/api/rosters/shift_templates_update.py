from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.shift_template_read import ShiftTemplateRead
from ...models.shift_template_update import ShiftTemplateUpdate
from ...types import Response


def _get_kwargs(
    store_id: UUID,
    template_id: UUID,
    *,
    body: ShiftTemplateUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/stores/{store_id}/shift-templates/{template_id}".format(
            store_id=quote(str(store_id), safe=""),
            template_id=quote(str(template_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ShiftTemplateRead | None:
    if response.status_code == 200:
        response_200 = ShiftTemplateRead.from_dict(response.json())

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
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ShiftTemplateUpdate,
) -> Response[Problem | ShiftTemplateRead]:
    """Change a template's name, headcount or activity (its times only while no roster uses it)

     Replaces a shift template's name, times, break, headcount per weekday and whether it is active.

    The store's managers, HR and administrators may (a leader gets 403; a store or template out of reach
    answers 404). Once any roster uses the template its times and break stay (409): create a new
    template and
    retire this one with `active: false`. Audited.

    Args:
        store_id (UUID):
        template_id (UUID):
        body (ShiftTemplateUpdate): Times of a template some roster uses cannot change (make a new
            template instead).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ShiftTemplateRead]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        template_id=template_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_id: UUID,
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ShiftTemplateUpdate,
) -> Problem | ShiftTemplateRead | None:
    """Change a template's name, headcount or activity (its times only while no roster uses it)

     Replaces a shift template's name, times, break, headcount per weekday and whether it is active.

    The store's managers, HR and administrators may (a leader gets 403; a store or template out of reach
    answers 404). Once any roster uses the template its times and break stay (409): create a new
    template and
    retire this one with `active: false`. Audited.

    Args:
        store_id (UUID):
        template_id (UUID):
        body (ShiftTemplateUpdate): Times of a template some roster uses cannot change (make a new
            template instead).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ShiftTemplateRead
    """

    return sync_detailed(
        store_id=store_id,
        template_id=template_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    store_id: UUID,
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ShiftTemplateUpdate,
) -> Response[Problem | ShiftTemplateRead]:
    """Change a template's name, headcount or activity (its times only while no roster uses it)

     Replaces a shift template's name, times, break, headcount per weekday and whether it is active.

    The store's managers, HR and administrators may (a leader gets 403; a store or template out of reach
    answers 404). Once any roster uses the template its times and break stay (409): create a new
    template and
    retire this one with `active: false`. Audited.

    Args:
        store_id (UUID):
        template_id (UUID):
        body (ShiftTemplateUpdate): Times of a template some roster uses cannot change (make a new
            template instead).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ShiftTemplateRead]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        template_id=template_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_id: UUID,
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ShiftTemplateUpdate,
) -> Problem | ShiftTemplateRead | None:
    """Change a template's name, headcount or activity (its times only while no roster uses it)

     Replaces a shift template's name, times, break, headcount per weekday and whether it is active.

    The store's managers, HR and administrators may (a leader gets 403; a store or template out of reach
    answers 404). Once any roster uses the template its times and break stay (409): create a new
    template and
    retire this one with `active: false`. Audited.

    Args:
        store_id (UUID):
        template_id (UUID):
        body (ShiftTemplateUpdate): Times of a template some roster uses cannot change (make a new
            template instead).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ShiftTemplateRead
    """

    return (
        await asyncio_detailed(
            store_id=store_id,
            template_id=template_id,
            client=client,
            body=body,
        )
    ).parsed
