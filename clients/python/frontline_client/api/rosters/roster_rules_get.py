from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.roster_rules_read import RosterRulesRead
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/roster-rules",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RosterRulesRead | None:
    if response.status_code == 200:
        response_200 = RosterRulesRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[Problem | RosterRulesRead]:
    """The company's roster rules in force (late hour, women's late-shift share, rest, week start)

     Reads the company's roster rules in force and their version (0: the defaults, never changed).

    Any signed-in person may read them; integration clients get 403. The legal numbers (night window,
    standard
    day and week) come from the protection policy in force, not from these rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RosterRulesRead]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Problem | RosterRulesRead | None:
    """The company's roster rules in force (late hour, women's late-shift share, rest, week start)

     Reads the company's roster rules in force and their version (0: the defaults, never changed).

    Any signed-in person may read them; integration clients get 403. The legal numbers (night window,
    standard
    day and week) come from the protection policy in force, not from these rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RosterRulesRead
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RosterRulesRead]:
    """The company's roster rules in force (late hour, women's late-shift share, rest, week start)

     Reads the company's roster rules in force and their version (0: the defaults, never changed).

    Any signed-in person may read them; integration clients get 403. The legal numbers (night window,
    standard
    day and week) come from the protection policy in force, not from these rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RosterRulesRead]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Problem | RosterRulesRead | None:
    """The company's roster rules in force (late hour, women's late-shift share, rest, week start)

     Reads the company's roster rules in force and their version (0: the defaults, never changed).

    Any signed-in person may read them; integration clients get 403. The legal numbers (night window,
    standard
    day and week) come from the protection policy in force, not from these rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RosterRulesRead
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
