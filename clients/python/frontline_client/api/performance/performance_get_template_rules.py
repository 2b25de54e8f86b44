from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.template_rules_settings import TemplateRulesSettings
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/performance/template-rules",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TemplateRulesSettings | None:
    if response.status_code == 200:
        response_200 = TemplateRulesSettings.from_dict(response.json())

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
) -> Response[Problem | TemplateRulesSettings]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Problem | TemplateRulesSettings]:
    """Get Template Rules

     Returns the rules every scorecard template must keep: the minimum weight a seconded template carries
    on
    store-side metrics, the band of weight a support template gives frontline satisfaction, and which
    metrics
    count as frontline satisfaction. Every signed-in person may read them; integration clients are
    refused.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TemplateRulesSettings]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Problem | TemplateRulesSettings | None:
    """Get Template Rules

     Returns the rules every scorecard template must keep: the minimum weight a seconded template carries
    on
    store-side metrics, the band of weight a support template gives frontline satisfaction, and which
    metrics
    count as frontline satisfaction. Every signed-in person may read them; integration clients are
    refused.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TemplateRulesSettings
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Problem | TemplateRulesSettings]:
    """Get Template Rules

     Returns the rules every scorecard template must keep: the minimum weight a seconded template carries
    on
    store-side metrics, the band of weight a support template gives frontline satisfaction, and which
    metrics
    count as frontline satisfaction. Every signed-in person may read them; integration clients are
    refused.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TemplateRulesSettings]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Problem | TemplateRulesSettings | None:
    """Get Template Rules

     Returns the rules every scorecard template must keep: the minimum weight a seconded template carries
    on
    store-side metrics, the band of weight a support template gives frontline satisfaction, and which
    metrics
    count as frontline satisfaction. Every signed-in person may read them; integration clients are
    refused.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TemplateRulesSettings
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
