from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.roster_rules import RosterRules
from ...models.roster_rules_read import RosterRulesRead
from ...types import Response


def _get_kwargs(
    *,
    body: RosterRules,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/roster-rules",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RosterRulesRead | None:
    if response.status_code == 200:
        response_200 = RosterRulesRead.from_dict(response.json())

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
) -> Response[Problem | RosterRulesRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RosterRules,
) -> Response[Problem | RosterRulesRead]:
    """Set the roster rules as a new version (HR, administrators; audited)

     Sets the company's roster rules as a new version; earlier versions are kept.

    HR and administrators only (403). Of two changes sent at once one wins and the other answers 409.
    Every
    roster check from then on uses the new rules. Audited with the rules before and after.

    Args:
        body (RosterRules): What HR configures; the defaults are the seed's figures.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RosterRulesRead]
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
    body: RosterRules,
) -> Problem | RosterRulesRead | None:
    """Set the roster rules as a new version (HR, administrators; audited)

     Sets the company's roster rules as a new version; earlier versions are kept.

    HR and administrators only (403). Of two changes sent at once one wins and the other answers 409.
    Every
    roster check from then on uses the new rules. Audited with the rules before and after.

    Args:
        body (RosterRules): What HR configures; the defaults are the seed's figures.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RosterRulesRead
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RosterRules,
) -> Response[Problem | RosterRulesRead]:
    """Set the roster rules as a new version (HR, administrators; audited)

     Sets the company's roster rules as a new version; earlier versions are kept.

    HR and administrators only (403). Of two changes sent at once one wins and the other answers 409.
    Every
    roster check from then on uses the new rules. Audited with the rules before and after.

    Args:
        body (RosterRules): What HR configures; the defaults are the seed's figures.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RosterRulesRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RosterRules,
) -> Problem | RosterRulesRead | None:
    """Set the roster rules as a new version (HR, administrators; audited)

     Sets the company's roster rules as a new version; earlier versions are kept.

    HR and administrators only (403). Of two changes sent at once one wins and the other answers 409.
    Every
    roster check from then on uses the new rules. Audited with the rules before and after.

    Args:
        body (RosterRules): What HR configures; the defaults are the seed's figures.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RosterRulesRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
