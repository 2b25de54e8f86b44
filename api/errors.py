"""Every error leaves as RFC 9457 application/problem+json, rendered here and nowhere else."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import DataError, DBAPIError, InterfaceError, InternalError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.json_body import UNREADABLE_JSON, MalformedJson
from api.request_context import current_language, current_request_id
from api.route_table import route_table
from api.validation_messages import field_message
from domain.shared.errors import DomainError
from domain.shared.i18n import Message, _, render

log = logging.getLogger("frontline.errors")

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_PREFIX = "/problems/"
RETRY_AFTER_UNAVAILABLE_S = 2


class UnsupportedMediaType(DomainError):
    status = 415
    slug = "request.unsupported_media_type"
    title = _("Unsupported media type")


class FieldProblem(BaseModel):
    field: str = Field(description="Where the problem is, e.g. body.latitude or query.limit")
    message: str
    type: str


class Problem(BaseModel):
    """RFC 9457 problem details; extension members (e.g. distance_m) may follow."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(description="Stable problem type, e.g. /problems/org_unit.code_taken")
    title: str
    status: int
    detail: str
    instance: str | None = None
    request_id: str | None = None
    errors: list[FieldProblem] | None = None


def _rendered(value: Any, language: str) -> Any:
    """Extension members may hold texts too (the `message` of each field problem)."""
    if isinstance(value, Message):
        return render(value, language)
    if isinstance(value, list):
        return [_rendered(item, language) for item in value]
    if isinstance(value, dict):
        return {key: _rendered(item, language) for key, item in value.items()}
    return value


def problem_body(
    *, status: int, slug: str, title: str | Message, detail: str | Message, instance: str | None, **extra: Any
) -> dict[str, Any]:
    """The problem, its texts in the answer's language (slugs and field names never change)."""
    language = current_language()
    return {
        "type": f"{PROBLEM_TYPE_PREFIX}{slug}",
        "title": render(title, language),
        "status": status,
        "detail": render(detail, language),
        "instance": instance,
        "request_id": current_request_id(),
        **{k: _rendered(v, language) for k, v in extra.items() if v is not None},
    }


def domain_problem_body(exc: DomainError, instance: str | None) -> dict[str, Any]:
    return problem_body(
        status=exc.status, slug=exc.slug, title=exc.title, detail=exc.detail, instance=instance, **exc.extra
    )


def problem_response(
    *,
    status: int,
    slug: str,
    title: str | Message,
    detail: str | Message,
    request: Request | None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body = problem_body(
        status=status,
        slug=slug,
        title=title,
        detail=detail,
        instance=request.url.path if request is not None else None,
        **extra,
    )
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


async def _domain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    headers: dict[str, str] = {}
    if exc.status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="frontline"'
    retry_after = exc.extra.get("retry_after_s")
    if isinstance(retry_after, int):
        headers["Retry-After"] = str(retry_after)
    return problem_response(
        status=exc.status,
        slug=exc.slug,
        title=exc.title,
        detail=exc.detail,
        request=request,
        headers=headers or None,
        **exc.extra,
    )


def _field_path(location: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(part) for part in location)


async def _malformed_json(request: Request) -> JSONResponse:
    return await _domain_error(request, MalformedJson())


def _method_not_allowed(request: Request, allowed: list[str] | None) -> JSONResponse:
    slug, title, detail = HTTP_SLUGS[405]
    headers = {"Allow": ", ".join(allowed)} if allowed else None
    return problem_response(status=405, slug=slug, title=title, detail=detail, request=request, headers=headers)


def _allowed_methods(request: Request) -> list[str] | None:
    return route_table(request.app).allowed_methods(request.url.path)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    if any(error.get("type") == "json_invalid" for error in errors):
        return await _malformed_json(request)
    if any(tuple(error.get("loc", ()))[:1] == ("path",) for error in errors):
        # A path parameter that does not parse may be a fixed path of another route reached with
        # the wrong method (`PATCH /transfers/stats` meeting `PATCH /transfers/{transfer_id}`).
        allowed = _allowed_methods(request)
        if allowed is not None and request.method not in allowed:
            return _method_not_allowed(request, allowed)
    language = current_language()
    fields = [
        {
            "field": _field_path(error.get("loc", ())),
            "message": field_message(error, language),
            "type": str(error.get("type", "")),
        }
        for error in errors
    ]
    summary = "; ".join(f"{f['field']}: {f['message']}" for f in fields[:5])
    return problem_response(
        status=422,
        slug="validation.failed",
        title=_("Invalid input"),
        detail=_("The request does not match the schema ({summary}).", summary=summary),
        request=request,
        errors=fields,
    )


HTTP_SLUGS: dict[int, tuple[str, Message, Message]] = {
    404: ("route.not_found", _("Not found"), _("No such resource path.")),
    405: ("method.not_allowed", _("Method not allowed"), _("This resource does not support the method.")),
    413: ("request.too_large", _("Request too large"), _("The request body exceeds the size limit.")),
    415: (
        "request.unsupported_media_type",
        _("Unsupported media type"),
        _("The content type is not accepted here."),
    ),
}


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400 and isinstance(exc.__cause__, UNREADABLE_JSON):
        return await _malformed_json(request)  # FastAPI's own body parsing (e.g. JSON nested too deep)
    if exc.status_code == 405:
        return _method_not_allowed(request, _allowed_methods(request) or _allow_header(exc))
    slug, title, default_detail = HTTP_SLUGS.get(
        exc.status_code, (f"http.{exc.status_code}", _("HTTP error"), _("HTTP error"))
    )
    detail: str | Message = (
        exc.detail
        if isinstance(exc.detail, str) and exc.detail and exc.status_code not in HTTP_SLUGS
        else default_detail
    )
    return problem_response(
        status=exc.status_code,
        slug=slug,
        title=title,
        detail=detail,
        request=request,
        headers=dict(exc.headers) if exc.headers else None,
    )


def _allow_header(exc: StarletteHTTPException) -> list[str] | None:
    allow = (exc.headers or {}).get("Allow")
    return [method.strip() for method in allow.split(",")] if allow else None


def unavailable(request: Request | None, detail: str | Message) -> JSONResponse:
    return problem_response(
        status=503,
        slug="service.unavailable",
        title=_("Service temporarily unavailable"),
        detail=detail,
        request=request,
        headers={"Retry-After": str(RETRY_AFTER_UNAVAILABLE_S)},
    )


async def _pool_timeout(request: Request, exc: Exception) -> JSONResponse:
    log.warning("database pool exhausted: %s", exc)
    return unavailable(request, _("The service is at capacity; retry shortly."))


async def _database_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DBAPIError)
    if isinstance(exc, DataError):
        return _unstorable(request, exc.orig)
    if isinstance(exc, OperationalError) or exc.connection_invalidated or _connection_unusable(exc):
        log.warning("database unavailable: %s", exc)
        return unavailable(request, _("The database is busy or unreachable; retry shortly."))
    return await _unexpected(request, exc)


def _driver_cause(exc: BaseException) -> BaseException | None:
    """The asyncpg error behind an error SQLAlchemy's adaptor raised, if any."""
    seen: BaseException | None = exc
    for _depth in range(5):  # sqlalchemy.exc.X -> adapted dbapi error -> asyncpg error
        if seen is None:
            return None
        if type(seen).__module__.startswith("asyncpg"):
            return seen
        seen = getattr(seen, "orig", None) or seen.__cause__
    return None


def _connection_unusable(exc: DBAPIError) -> bool:
    """The server is away (shutting down, restarting, refusing connections), whatever class
    SQLAlchemy's adaptor gave the error (a connection refused during shutdown comes as a plain
    DBAPIError); or an interface error of the driver ("connection is closed", "another operation
    is in progress", protocol errors). The connection cannot serve this request, a retry can."""
    cause = _driver_cause(exc)
    if cause is None:
        return False
    if isinstance(cause, _SERVER_AWAY):
        return True
    return isinstance(exc, (InterfaceError, InternalError)) and _driver_unusable(cause)


def _unstorable(request: Request, cause: object) -> JSONResponse:
    # Input the schema let through but the database cannot store (out-of-range number, bad text).
    log.warning("database refused a value: %s", cause)
    return problem_response(
        status=422,
        slug="validation.unstorable_value",
        title=_("Invalid input"),
        detail=_("A value in the request cannot be stored (out of range or invalid characters)."),
        request=request,
    )


# Hot paths on bare asyncpg connections (domain.shared.db.Database.driver_connection) raise the
# driver's own errors: the same answers as their SQLAlchemy-wrapped counterparts above.
_DRIVER_UNAVAILABLE = (
    asyncpg.exceptions.PostgresConnectionError,
    asyncpg.exceptions.OperatorInterventionError,
    asyncpg.exceptions.InsufficientResourcesError,
    asyncpg.exceptions.ConnectionDoesNotExistError,
    # the driver's own state broke (a connection used while busy, a protocol error): asyncpg
    # raises these outside its PostgresError and InterfaceError families
    asyncpg.exceptions.InternalClientError,
    ConnectionError,
)


# The server itself is unavailable: shutting down or starting (57P0x), connection failures (08xxx).
_SERVER_AWAY = (asyncpg.exceptions.PostgresConnectionError, asyncpg.exceptions.OperatorInterventionError)


def _driver_unusable(exc: BaseException) -> bool:
    if isinstance(exc, _DRIVER_UNAVAILABLE):
        return True
    if isinstance(exc, asyncpg.exceptions.InterfaceError):
        # a client misconfiguration is a bug of ours, not a passing state of the connection
        return not isinstance(exc, asyncpg.exceptions.ClientConfigurationError)
    return False


async def _driver_error(request: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, asyncpg.exceptions.DataError):
        return _unstorable(request, exc)
    if _driver_unusable(exc):
        log.warning("database unavailable: %s", exc)
        return unavailable(request, _("The database is busy or unreachable; retry shortly."))
    return await _unexpected(request, exc)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    """Answered inside the request id's scope (api.middleware.UnexpectedErrorMiddleware), so the
    500 carries the id in its body and X-Request-ID header like every other answer."""
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(
        status=500,
        slug="internal",
        title=_("Internal error"),
        detail=_("Something went wrong on our side; it has been logged with the request id."),
        request=request,
    )


Handler = Callable[[Request, Exception], Awaitable[JSONResponse]]
# Most specific first: render_exception takes the first that matches.
_HANDLERS: list[tuple[type[Exception], Handler]] = [
    (DomainError, _domain_error),
    (RequestValidationError, _validation_error),
    (StarletteHTTPException, _http_error),
    (PoolTimeout, _pool_timeout),
    (DBAPIError, _database_error),
    (asyncpg.exceptions.PostgresError, _driver_error),
    (asyncpg.exceptions.InterfaceError, _driver_error),
    (asyncpg.exceptions.InternalClientError, _driver_error),
    (ConnectionError, _driver_error),
    (Exception, _unexpected),
]


def install_error_handlers(app: FastAPI) -> None:
    """Every handler but the catch-all: Starlette runs a handler for `Exception` in its outermost
    middleware, outside the request id's scope; UnexpectedErrorMiddleware answers those instead."""
    for kind, handler in _HANDLERS:
        if kind is not Exception:
            app.add_exception_handler(kind, handler)


async def render_exception(request: Request, exc: Exception) -> JSONResponse:
    """The answer the installed handlers give to `exc`, for code that answers outside FastAPI's
    routing (api.v1.clock_ins.PunchLane)."""
    for kind, handler in _HANDLERS:
        if isinstance(exc, kind):
            return await handler(request, exc)
    raise AssertionError("Exception is always handled")
