from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.scorecard_rule_violation_problem import ScorecardRuleViolationProblem
from ...models.template_create import TemplateCreate
from ...models.template_read import TemplateRead
from ...types import Response


def _get_kwargs(
    *,
    body: TemplateCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/performance/templates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Problem | ScorecardRuleViolationProblem | TemplateRead | None:
    if response.status_code == 201:
        response_201 = TemplateRead.from_dict(response.json())

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
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:

        def _parse_response_422(data: object) -> Problem | ScorecardRuleViolationProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ScorecardRuleViolationProblem.from_dict(data)

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
) -> Response[Problem | Problem | ScorecardRuleViolationProblem | TemplateRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TemplateCreate,
) -> Response[Problem | Problem | ScorecardRuleViolationProblem | TemplateRead]:
    """Create a scorecard template; one that breaks the organisation's rules is refused with the reasons

     Creates a scorecard template for a population. Its metrics must exist and be active, its weights be
    positive and sum to 100, and it must keep the organisation's template rules (a seconded template's
    minimum
    weight on store-side metrics, a support template's band of weight on frontline satisfaction);
    otherwise it
    is refused (422) with every violation listed. A code already taken answers 409. HR and
    administrators only
    (403 otherwise); audited.

    Args:
        body (TemplateCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | ScorecardRuleViolationProblem | TemplateRead]
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
    body: TemplateCreate,
) -> Problem | Problem | ScorecardRuleViolationProblem | TemplateRead | None:
    """Create a scorecard template; one that breaks the organisation's rules is refused with the reasons

     Creates a scorecard template for a population. Its metrics must exist and be active, its weights be
    positive and sum to 100, and it must keep the organisation's template rules (a seconded template's
    minimum
    weight on store-side metrics, a support template's band of weight on frontline satisfaction);
    otherwise it
    is refused (422) with every violation listed. A code already taken answers 409. HR and
    administrators only
    (403 otherwise); audited.

    Args:
        body (TemplateCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | ScorecardRuleViolationProblem | TemplateRead
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TemplateCreate,
) -> Response[Problem | Problem | ScorecardRuleViolationProblem | TemplateRead]:
    """Create a scorecard template; one that breaks the organisation's rules is refused with the reasons

     Creates a scorecard template for a population. Its metrics must exist and be active, its weights be
    positive and sum to 100, and it must keep the organisation's template rules (a seconded template's
    minimum
    weight on store-side metrics, a support template's band of weight on frontline satisfaction);
    otherwise it
    is refused (422) with every violation listed. A code already taken answers 409. HR and
    administrators only
    (403 otherwise); audited.

    Args:
        body (TemplateCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | ScorecardRuleViolationProblem | TemplateRead]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TemplateCreate,
) -> Problem | Problem | ScorecardRuleViolationProblem | TemplateRead | None:
    """Create a scorecard template; one that breaks the organisation's rules is refused with the reasons

     Creates a scorecard template for a population. Its metrics must exist and be active, its weights be
    positive and sum to 100, and it must keep the organisation's template rules (a seconded template's
    minimum
    weight on store-side metrics, a support template's band of weight on frontline satisfaction);
    otherwise it
    is refused (422) with every violation listed. A code already taken answers 409. HR and
    administrators only
    (403 otherwise); audited.

    Args:
        body (TemplateCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | ScorecardRuleViolationProblem | TemplateRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
