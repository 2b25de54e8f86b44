from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.training_rules_read import TrainingRulesRead
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/training/policy",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TrainingRulesRead | None:
    if response.status_code == 200:
        response_200 = TrainingRulesRead.from_dict(response.json())

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
) -> Response[Problem | TrainingRulesRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Problem | TrainingRulesRead]:
    """The credit rules, level thresholds and allowances in force

     Returns the training policy in force: the credit rules (online completion and exam marks, the
    practice
    score and its credits), the level thresholds, each level's monthly allowance, the pools' credit
    modifier
    and the readiness mode. `version` 0 means the defaults, never changed. Every signed-in person may
    read it;
    integration clients are refused (403).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingRulesRead]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Problem | TrainingRulesRead | None:
    """The credit rules, level thresholds and allowances in force

     Returns the training policy in force: the credit rules (online completion and exam marks, the
    practice
    score and its credits), the level thresholds, each level's monthly allowance, the pools' credit
    modifier
    and the readiness mode. `version` 0 means the defaults, never changed. Every signed-in person may
    read it;
    integration clients are refused (403).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingRulesRead
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Problem | TrainingRulesRead]:
    """The credit rules, level thresholds and allowances in force

     Returns the training policy in force: the credit rules (online completion and exam marks, the
    practice
    score and its credits), the level thresholds, each level's monthly allowance, the pools' credit
    modifier
    and the readiness mode. `version` 0 means the defaults, never changed. Every signed-in person may
    read it;
    integration clients are refused (403).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingRulesRead]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Problem | TrainingRulesRead | None:
    """The credit rules, level thresholds and allowances in force

     Returns the training policy in force: the credit rules (online completion and exam marks, the
    practice
    score and its credits), the level thresholds, each level's monthly allowance, the pools' credit
    modifier
    and the readiness mode. `version` 0 means the defaults, never changed. Every signed-in person may
    read it;
    integration clients are refused (403).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingRulesRead
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
