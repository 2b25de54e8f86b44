from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.scorecard_rule_violation_problem import ScorecardRuleViolationProblem
from ...models.template_read import TemplateRead
from ...models.template_update import TemplateUpdate
from ...types import Response


def _get_kwargs(
    template_id: UUID,
    *,
    body: TemplateUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/performance/templates/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Problem | ScorecardRuleViolationProblem | TemplateRead | None:
    if response.status_code == 200:
        response_200 = TemplateRead.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TemplateUpdate,
) -> Response[Problem | Problem | ScorecardRuleViolationProblem | TemplateRead]:
    """Update Template

     Changes the fields sent of a template (name, lines, active); new lines are checked like a new
    template's (422 with every violation). Live scores follow the change at once; closed months keep
    their
    frozen scores. HR and administrators only (403 otherwise); audited with the fields before and after.

    Args:
        template_id (UUID):
        body (TemplateUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | ScorecardRuleViolationProblem | TemplateRead]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TemplateUpdate,
) -> Problem | Problem | ScorecardRuleViolationProblem | TemplateRead | None:
    """Update Template

     Changes the fields sent of a template (name, lines, active); new lines are checked like a new
    template's (422 with every violation). Live scores follow the change at once; closed months keep
    their
    frozen scores. HR and administrators only (403 otherwise); audited with the fields before and after.

    Args:
        template_id (UUID):
        body (TemplateUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | ScorecardRuleViolationProblem | TemplateRead
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TemplateUpdate,
) -> Response[Problem | Problem | ScorecardRuleViolationProblem | TemplateRead]:
    """Update Template

     Changes the fields sent of a template (name, lines, active); new lines are checked like a new
    template's (422 with every violation). Live scores follow the change at once; closed months keep
    their
    frozen scores. HR and administrators only (403 otherwise); audited with the fields before and after.

    Args:
        template_id (UUID):
        body (TemplateUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Problem | ScorecardRuleViolationProblem | TemplateRead]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TemplateUpdate,
) -> Problem | Problem | ScorecardRuleViolationProblem | TemplateRead | None:
    """Update Template

     Changes the fields sent of a template (name, lines, active); new lines are checked like a new
    template's (422 with every violation). Live scores follow the change at once; closed months keep
    their
    frozen scores. HR and administrators only (403 otherwise); audited with the fields before and after.

    Args:
        template_id (UUID):
        body (TemplateUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Problem | ScorecardRuleViolationProblem | TemplateRead
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            body=body,
        )
    ).parsed
