from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bonus_rule_read import BonusRuleRead
from ...models.bonus_rule_update import BonusRuleUpdate
from ...models.bonus_rule_version_conflict_problem import BonusRuleVersionConflictProblem
from ...models.population import Population
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    population: Population,
    *,
    body: BonusRuleUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/bonus-rules/{population}".format(
            population=quote(str(population), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BonusRuleRead | BonusRuleVersionConflictProblem | Problem | Problem | None:
    if response.status_code == 200:
        response_200 = BonusRuleRead.from_dict(response.json())

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

        def _parse_response_409(data: object) -> BonusRuleVersionConflictProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = BonusRuleVersionConflictProblem.from_dict(data)

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
) -> Response[BonusRuleRead | BonusRuleVersionConflictProblem | Problem | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    population: Population,
    *,
    client: AuthenticatedClient,
    body: BonusRuleUpdate,
) -> Response[BonusRuleRead | BonusRuleVersionConflictProblem | Problem | Problem]:
    """Set a population's frontline contribution bonus (HR); paid with the month's allowances

     Sets a population's frontline contribution bonus: a share of the sales above the month's target of
    the
    rule's metric (the person's own sales, or the store's pro-rated by their days there), capped per
    stay and
    raised by the year's credits. Send no `version` for a new rule, or the `version` you read to change
    one
    (409 if it changed meanwhile). HR and administrators only (403 otherwise); audited. Active rules are
    paid
    with a month's allowances when that month is calculated.

    Args:
        population (Population):
        body (BonusRuleUpdate): The frontline contribution bonus of a population (一线贡献奖金).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BonusRuleRead | BonusRuleVersionConflictProblem | Problem | Problem]
    """

    kwargs = _get_kwargs(
        population=population,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    population: Population,
    *,
    client: AuthenticatedClient,
    body: BonusRuleUpdate,
) -> BonusRuleRead | BonusRuleVersionConflictProblem | Problem | Problem | None:
    """Set a population's frontline contribution bonus (HR); paid with the month's allowances

     Sets a population's frontline contribution bonus: a share of the sales above the month's target of
    the
    rule's metric (the person's own sales, or the store's pro-rated by their days there), capped per
    stay and
    raised by the year's credits. Send no `version` for a new rule, or the `version` you read to change
    one
    (409 if it changed meanwhile). HR and administrators only (403 otherwise); audited. Active rules are
    paid
    with a month's allowances when that month is calculated.

    Args:
        population (Population):
        body (BonusRuleUpdate): The frontline contribution bonus of a population (一线贡献奖金).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BonusRuleRead | BonusRuleVersionConflictProblem | Problem | Problem
    """

    return sync_detailed(
        population=population,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    population: Population,
    *,
    client: AuthenticatedClient,
    body: BonusRuleUpdate,
) -> Response[BonusRuleRead | BonusRuleVersionConflictProblem | Problem | Problem]:
    """Set a population's frontline contribution bonus (HR); paid with the month's allowances

     Sets a population's frontline contribution bonus: a share of the sales above the month's target of
    the
    rule's metric (the person's own sales, or the store's pro-rated by their days there), capped per
    stay and
    raised by the year's credits. Send no `version` for a new rule, or the `version` you read to change
    one
    (409 if it changed meanwhile). HR and administrators only (403 otherwise); audited. Active rules are
    paid
    with a month's allowances when that month is calculated.

    Args:
        population (Population):
        body (BonusRuleUpdate): The frontline contribution bonus of a population (一线贡献奖金).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BonusRuleRead | BonusRuleVersionConflictProblem | Problem | Problem]
    """

    kwargs = _get_kwargs(
        population=population,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    population: Population,
    *,
    client: AuthenticatedClient,
    body: BonusRuleUpdate,
) -> BonusRuleRead | BonusRuleVersionConflictProblem | Problem | Problem | None:
    """Set a population's frontline contribution bonus (HR); paid with the month's allowances

     Sets a population's frontline contribution bonus: a share of the sales above the month's target of
    the
    rule's metric (the person's own sales, or the store's pro-rated by their days there), capped per
    stay and
    raised by the year's credits. Send no `version` for a new rule, or the `version` you read to change
    one
    (409 if it changed meanwhile). HR and administrators only (403 otherwise); audited. Active rules are
    paid
    with a month's allowances when that month is calculated.

    Args:
        population (Population):
        body (BonusRuleUpdate): The frontline contribution bonus of a population (一线贡献奖金).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BonusRuleRead | BonusRuleVersionConflictProblem | Problem | Problem
    """

    return (
        await asyncio_detailed(
            population=population,
            client=client,
            body=body,
        )
    ).parsed
