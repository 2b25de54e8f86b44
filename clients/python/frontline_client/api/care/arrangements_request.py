from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.arrangement_create import ArrangementCreate
from ...models.arrangement_overlap_problem import ArrangementOverlapProblem
from ...models.arrangement_read import ArrangementRead
from ...models.arrangement_window_too_short_problem import ArrangementWindowTooShortProblem
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ArrangementCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/me/arrangements",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ArrangementOverlapProblem | Problem | ArrangementRead | ArrangementWindowTooShortProblem | Problem | Problem | None
):
    if response.status_code == 201:
        response_201 = ArrangementRead.from_dict(response.json())

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

    if response.status_code == 409:

        def _parse_response_409(data: object) -> ArrangementOverlapProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = ArrangementOverlapProblem.from_dict(data)

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

        def _parse_response_422(data: object) -> ArrangementWindowTooShortProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ArrangementWindowTooShortProblem.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_1 = Problem.from_dict(data)

            return response_422_type_1

        response_422 = _parse_response_422(response.json())

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
) -> Response[
    ArrangementOverlapProblem | Problem | ArrangementRead | ArrangementWindowTooShortProblem | Problem | Problem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ArrangementCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    ArrangementOverlapProblem | Problem | ArrangementRead | ArrangementWindowTooShortProblem | Problem | Problem
]:
    """Ask for a flexible arrangement: a reduced day, remote days, a daily window

     Asks for a flexible arrangement of at most 366 days, starting no more than 30 days back: a reduced
    day,
    remote days a week and/or a daily window, which must hold what is left of the day (422). It may not
    overlap another of my arrangements in review or approved (409). The request goes through the
    configured
    chain (by default my department head, then HR), and the first step's deciders are notified; audited.
    Only
    an employee may ask (403 otherwise). A retry with the same `Idempotency-Key` gets the first answer
    again.

    Args:
        idempotency_key (str | Unset):
        body (ArrangementCreate): Any combination of a reduced day, remote days and a daily
            window; dates inclusive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArrangementOverlapProblem | Problem | ArrangementRead | ArrangementWindowTooShortProblem | Problem | Problem]
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
    body: ArrangementCreate,
    idempotency_key: str | Unset = UNSET,
) -> (
    ArrangementOverlapProblem | Problem | ArrangementRead | ArrangementWindowTooShortProblem | Problem | Problem | None
):
    """Ask for a flexible arrangement: a reduced day, remote days, a daily window

     Asks for a flexible arrangement of at most 366 days, starting no more than 30 days back: a reduced
    day,
    remote days a week and/or a daily window, which must hold what is left of the day (422). It may not
    overlap another of my arrangements in review or approved (409). The request goes through the
    configured
    chain (by default my department head, then HR), and the first step's deciders are notified; audited.
    Only
    an employee may ask (403 otherwise). A retry with the same `Idempotency-Key` gets the first answer
    again.

    Args:
        idempotency_key (str | Unset):
        body (ArrangementCreate): Any combination of a reduced day, remote days and a daily
            window; dates inclusive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArrangementOverlapProblem | Problem | ArrangementRead | ArrangementWindowTooShortProblem | Problem | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ArrangementCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    ArrangementOverlapProblem | Problem | ArrangementRead | ArrangementWindowTooShortProblem | Problem | Problem
]:
    """Ask for a flexible arrangement: a reduced day, remote days, a daily window

     Asks for a flexible arrangement of at most 366 days, starting no more than 30 days back: a reduced
    day,
    remote days a week and/or a daily window, which must hold what is left of the day (422). It may not
    overlap another of my arrangements in review or approved (409). The request goes through the
    configured
    chain (by default my department head, then HR), and the first step's deciders are notified; audited.
    Only
    an employee may ask (403 otherwise). A retry with the same `Idempotency-Key` gets the first answer
    again.

    Args:
        idempotency_key (str | Unset):
        body (ArrangementCreate): Any combination of a reduced day, remote days and a daily
            window; dates inclusive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArrangementOverlapProblem | Problem | ArrangementRead | ArrangementWindowTooShortProblem | Problem | Problem]
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
    body: ArrangementCreate,
    idempotency_key: str | Unset = UNSET,
) -> (
    ArrangementOverlapProblem | Problem | ArrangementRead | ArrangementWindowTooShortProblem | Problem | Problem | None
):
    """Ask for a flexible arrangement: a reduced day, remote days, a daily window

     Asks for a flexible arrangement of at most 366 days, starting no more than 30 days back: a reduced
    day,
    remote days a week and/or a daily window, which must hold what is left of the day (422). It may not
    overlap another of my arrangements in review or approved (409). The request goes through the
    configured
    chain (by default my department head, then HR), and the first step's deciders are notified; audited.
    Only
    an employee may ask (403 otherwise). A retry with the same `Idempotency-Key` gets the first answer
    again.

    Args:
        idempotency_key (str | Unset):
        body (ArrangementCreate): Any combination of a reduced day, remote days and a daily
            window; dates inclusive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArrangementOverlapProblem | Problem | ArrangementRead | ArrangementWindowTooShortProblem | Problem | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
