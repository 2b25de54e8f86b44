import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.roster_read import RosterRead
from ...models.roster_rule_broken_problem import RosterRuleBrokenProblem
from ...types import Response


def _get_kwargs(
    store_id: UUID,
    week: datetime.date,
    override_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/stores/{store_id}/rosters/{week}/overrides/{override_id}".format(
            store_id=quote(str(store_id), safe=""),
            week=quote(str(week), safe=""),
            override_id=quote(str(override_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Problem | RosterRuleBrokenProblem | RosterRead | None:
    if response.status_code == 200:
        response_200 = RosterRead.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 422:

        def _parse_response_422(data: object) -> Problem | RosterRuleBrokenProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = RosterRuleBrokenProblem.from_dict(data)

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
) -> Response[Problem | Problem | RosterRuleBrokenProblem | RosterRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    store_id: UUID,
    week: datetime.date,
    override_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | Problem | RosterRuleBrokenProblem | RosterRead]:
    """Withdraw an override (refused while the roster still needs it)

     Withdraws an HR override of a roster rule, unless the roster as it stands still needs it.

    HR and administrators only (403); an unknown override answers 404. If the week's assignments would
    then
    break the rule for that person, the withdrawal is refused with the violations (422): change the
    roster
    first. The roster's version moves on; audited.

    Args:
        store_id (UUID):
        week (datetime.date):
        override_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | RosterRuleBrokenProblem | RosterRead]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        week=week,
        override_id=override_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    store_id: UUID,
    week: datetime.date,
    override_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | Problem | RosterRuleBrokenProblem | RosterRead | None:
    """Withdraw an override (refused while the roster still needs it)

     Withdraws an HR override of a roster rule, unless the roster as it stands still needs it.

    HR and administrators only (403); an unknown override answers 404. If the week's assignments would
    then
    break the rule for that person, the withdrawal is refused with the violations (422): change the
    roster
    first. The roster's version moves on; audited.

    Args:
        store_id (UUID):
        week (datetime.date):
        override_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | RosterRuleBrokenProblem | RosterRead
    """

    return sync_detailed(
        store_id=store_id,
        week=week,
        override_id=override_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    store_id: UUID,
    week: datetime.date,
    override_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | Problem | RosterRuleBrokenProblem | RosterRead]:
    """Withdraw an override (refused while the roster still needs it)

     Withdraws an HR override of a roster rule, unless the roster as it stands still needs it.

    HR and administrators only (403); an unknown override answers 404. If the week's assignments would
    then
    break the rule for that person, the withdrawal is refused with the violations (422): change the
    roster
    first. The roster's version moves on; audited.

    Args:
        store_id (UUID):
        week (datetime.date):
        override_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | RosterRuleBrokenProblem | RosterRead]
    """

    kwargs = _get_kwargs(
        store_id=store_id,
        week=week,
        override_id=override_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    store_id: UUID,
    week: datetime.date,
    override_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | Problem | RosterRuleBrokenProblem | RosterRead | None:
    """Withdraw an override (refused while the roster still needs it)

     Withdraws an HR override of a roster rule, unless the roster as it stands still needs it.

    HR and administrators only (403); an unknown override answers 404. If the week's assignments would
    then
    break the rule for that person, the withdrawal is refused with the violations (422): change the
    roster
    first. The roster's version moves on; audited.

    Args:
        store_id (UUID):
        week (datetime.date):
        override_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | RosterRuleBrokenProblem | RosterRead
    """

    return (
        await asyncio_detailed(
            store_id=store_id,
            week=week,
            override_id=override_id,
            client=client,
        )
    ).parsed
