from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.shift_swap_already_offered_problem import ShiftSwapAlreadyOfferedProblem
from ...models.shift_swap_create import ShiftSwapCreate
from ...models.shift_swap_read import ShiftSwapRead
from ...types import Response


def _get_kwargs(
    *,
    body: ShiftSwapCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/shift-swaps",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Problem | ShiftSwapAlreadyOfferedProblem | ShiftSwapRead | None:
    if response.status_code == 201:
        response_201 = ShiftSwapRead.from_dict(response.json())

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

        def _parse_response_409(data: object) -> Problem | ShiftSwapAlreadyOfferedProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = ShiftSwapAlreadyOfferedProblem.from_dict(data)

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
) -> Response[Problem | Problem | ShiftSwapAlreadyOfferedProblem | ShiftSwapRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ShiftSwapCreate,
) -> Response[Problem | Problem | ShiftSwapAlreadyOfferedProblem | ShiftSwapRead]:
    """Offer one of my published shifts to colleagues

     Offers one of my shifts in a published roster to colleagues, with an optional note.

    Only the shift's own employee may offer it (404 for anyone else's shift; 403 for an account that is
    not an
    employee). The roster must be published and the shift not yet started, and a shift is on offer once
    at a
    time (409). The store's managers are notified; audited.

    Args:
        body (ShiftSwapCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | ShiftSwapAlreadyOfferedProblem | ShiftSwapRead]
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
    body: ShiftSwapCreate,
) -> Problem | Problem | ShiftSwapAlreadyOfferedProblem | ShiftSwapRead | None:
    """Offer one of my published shifts to colleagues

     Offers one of my shifts in a published roster to colleagues, with an optional note.

    Only the shift's own employee may offer it (404 for anyone else's shift; 403 for an account that is
    not an
    employee). The roster must be published and the shift not yet started, and a shift is on offer once
    at a
    time (409). The store's managers are notified; audited.

    Args:
        body (ShiftSwapCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | ShiftSwapAlreadyOfferedProblem | ShiftSwapRead
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ShiftSwapCreate,
) -> Response[Problem | Problem | ShiftSwapAlreadyOfferedProblem | ShiftSwapRead]:
    """Offer one of my published shifts to colleagues

     Offers one of my shifts in a published roster to colleagues, with an optional note.

    Only the shift's own employee may offer it (404 for anyone else's shift; 403 for an account that is
    not an
    employee). The roster must be published and the shift not yet started, and a shift is on offer once
    at a
    time (409). The store's managers are notified; audited.

    Args:
        body (ShiftSwapCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | ShiftSwapAlreadyOfferedProblem | ShiftSwapRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ShiftSwapCreate,
) -> Problem | Problem | ShiftSwapAlreadyOfferedProblem | ShiftSwapRead | None:
    """Offer one of my published shifts to colleagues

     Offers one of my shifts in a published roster to colleagues, with an optional note.

    Only the shift's own employee may offer it (404 for anyone else's shift; 403 for an account that is
    not an
    employee). The roster must be published and the shift not yet started, and a shift is on offer once
    at a
    time (409). The store's managers are notified; audited.

    Args:
        body (ShiftSwapCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | ShiftSwapAlreadyOfferedProblem | ShiftSwapRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
