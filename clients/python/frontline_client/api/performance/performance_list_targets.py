from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.target_read import TargetRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    period: str,
    metric_code: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["period"] = period

    json_metric_code: None | str | Unset
    if isinstance(metric_code, Unset):
        json_metric_code = UNSET
    else:
        json_metric_code = metric_code
    params["metric_code"] = json_metric_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/performance/targets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[TargetRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TargetRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[Problem | list[TargetRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    period: str,
    metric_code: None | str | Unset = UNSET,
) -> Response[Problem | list[TargetRead]]:
    """List Targets

     Lists a month's targets, optionally of one metric. HR, leaders and administrators see every target;
    everyone else sees unit targets and their own personal ones. Integration clients are refused.

    Args:
        period (str): A month, e.g. 2026-11
        metric_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[TargetRead]]
    """

    kwargs = _get_kwargs(
        period=period,
        metric_code=metric_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    period: str,
    metric_code: None | str | Unset = UNSET,
) -> Problem | list[TargetRead] | None:
    """List Targets

     Lists a month's targets, optionally of one metric. HR, leaders and administrators see every target;
    everyone else sees unit targets and their own personal ones. Integration clients are refused.

    Args:
        period (str): A month, e.g. 2026-11
        metric_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[TargetRead]
    """

    return sync_detailed(
        client=client,
        period=period,
        metric_code=metric_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period: str,
    metric_code: None | str | Unset = UNSET,
) -> Response[Problem | list[TargetRead]]:
    """List Targets

     Lists a month's targets, optionally of one metric. HR, leaders and administrators see every target;
    everyone else sees unit targets and their own personal ones. Integration clients are refused.

    Args:
        period (str): A month, e.g. 2026-11
        metric_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[TargetRead]]
    """

    kwargs = _get_kwargs(
        period=period,
        metric_code=metric_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    period: str,
    metric_code: None | str | Unset = UNSET,
) -> Problem | list[TargetRead] | None:
    """List Targets

     Lists a month's targets, optionally of one metric. HR, leaders and administrators see every target;
    everyone else sees unit targets and their own personal ones. Integration clients are refused.

    Args:
        period (str): A month, e.g. 2026-11
        metric_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[TargetRead]
    """

    return (
        await asyncio_detailed(
            client=client,
            period=period,
            metric_code=metric_code,
        )
    ).parsed
