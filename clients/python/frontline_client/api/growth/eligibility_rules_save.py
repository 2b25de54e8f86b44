from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.eligibility_rule_version_conflict_problem import EligibilityRuleVersionConflictProblem
from ...models.problem import Problem
from ...models.rule_read import RuleRead
from ...models.rule_update import RuleUpdate
from ...types import Response


def _get_kwargs(
    code: str,
    *,
    body: RuleUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/eligibility-rules/{code}".format(
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EligibilityRuleVersionConflictProblem | Problem | Problem | RuleRead | None:
    if response.status_code == 200:
        response_200 = RuleRead.from_dict(response.json())

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

        def _parse_response_409(data: object) -> EligibilityRuleVersionConflictProblem | Problem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = EligibilityRuleVersionConflictProblem.from_dict(data)

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
) -> Response[EligibilityRuleVersionConflictProblem | Problem | Problem | RuleRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: RuleUpdate,
) -> Response[EligibilityRuleVersionConflictProblem | Problem | Problem | RuleRead]:
    """Add a rule, or change one with the version read (HR); a changed rule may notify again

     Adds a rule (send no `version`) or replaces one: send the `version` you read, and a rule changed
    meanwhile answers 409. Skills named in credit conditions must exist (422). HR and administrators
    only (403
    otherwise); audited. The worker tells each person once per rule version when they meet an active
    rule, so
    a changed rule may notify people again.

    Args:
        code (str):
        body (RuleUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EligibilityRuleVersionConflictProblem | Problem | Problem | RuleRead]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: RuleUpdate,
) -> EligibilityRuleVersionConflictProblem | Problem | Problem | RuleRead | None:
    """Add a rule, or change one with the version read (HR); a changed rule may notify again

     Adds a rule (send no `version`) or replaces one: send the `version` you read, and a rule changed
    meanwhile answers 409. Skills named in credit conditions must exist (422). HR and administrators
    only (403
    otherwise); audited. The worker tells each person once per rule version when they meet an active
    rule, so
    a changed rule may notify people again.

    Args:
        code (str):
        body (RuleUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EligibilityRuleVersionConflictProblem | Problem | Problem | RuleRead
    """

    return sync_detailed(
        code=code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: RuleUpdate,
) -> Response[EligibilityRuleVersionConflictProblem | Problem | Problem | RuleRead]:
    """Add a rule, or change one with the version read (HR); a changed rule may notify again

     Adds a rule (send no `version`) or replaces one: send the `version` you read, and a rule changed
    meanwhile answers 409. Skills named in credit conditions must exist (422). HR and administrators
    only (403
    otherwise); audited. The worker tells each person once per rule version when they meet an active
    rule, so
    a changed rule may notify people again.

    Args:
        code (str):
        body (RuleUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EligibilityRuleVersionConflictProblem | Problem | Problem | RuleRead]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: RuleUpdate,
) -> EligibilityRuleVersionConflictProblem | Problem | Problem | RuleRead | None:
    """Add a rule, or change one with the version read (HR); a changed rule may notify again

     Adds a rule (send no `version`) or replaces one: send the `version` you read, and a rule changed
    meanwhile answers 409. Skills named in credit conditions must exist (422). HR and administrators
    only (403
    otherwise); audited. The worker tells each person once per rule version when they meet an active
    rule, so
    a changed rule may notify people again.

    Args:
        code (str):
        body (RuleUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EligibilityRuleVersionConflictProblem | Problem | Problem | RuleRead
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            body=body,
        )
    ).parsed
