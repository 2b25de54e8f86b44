from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.training_rules import TrainingRules
from ...models.training_rules_read import TrainingRulesRead
from ...types import Response


def _get_kwargs(
    *,
    body: TrainingRules,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/training/policy",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TrainingRulesRead | None:
    if response.status_code == 200:
        response_200 = TrainingRulesRead.from_dict(response.json())

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
    body: TrainingRules,
) -> Response[Problem | TrainingRulesRead]:
    """Change the training policy (HR); a new version, audited

     Replaces the whole training policy with a new version; the level thresholds must rise from junior to
    senior. There is no version check: the latest change wins, and of two changes at the same moment one
    answers 409. HR and administrators only (403 otherwise); audited with the policy before and after.
    Credits
    already awarded keep their amount.

    Args:
        body (TrainingRules): What HR configures.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingRulesRead]
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
    body: TrainingRules,
) -> Problem | TrainingRulesRead | None:
    """Change the training policy (HR); a new version, audited

     Replaces the whole training policy with a new version; the level thresholds must rise from junior to
    senior. There is no version check: the latest change wins, and of two changes at the same moment one
    answers 409. HR and administrators only (403 otherwise); audited with the policy before and after.
    Credits
    already awarded keep their amount.

    Args:
        body (TrainingRules): What HR configures.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingRulesRead
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TrainingRules,
) -> Response[Problem | TrainingRulesRead]:
    """Change the training policy (HR); a new version, audited

     Replaces the whole training policy with a new version; the level thresholds must rise from junior to
    senior. There is no version check: the latest change wins, and of two changes at the same moment one
    answers 409. HR and administrators only (403 otherwise); audited with the policy before and after.
    Credits
    already awarded keep their amount.

    Args:
        body (TrainingRules): What HR configures.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingRulesRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TrainingRules,
) -> Problem | TrainingRulesRead | None:
    """Change the training policy (HR); a new version, audited

     Replaces the whole training policy with a new version; the level thresholds must rise from junior to
    senior. There is no version check: the latest change wins, and of two changes at the same moment one
    answers 409. HR and administrators only (403 otherwise); audited with the policy before and after.
    Credits
    already awarded keep their amount.

    Args:
        body (TrainingRules): What HR configures.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingRulesRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
