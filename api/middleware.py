"""Pure ASGI middleware: request ids, the body size limit and the answer to unexpected errors
(cheap enough for the hot paths)."""

from __future__ import annotations

import json
import re

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api import request_context
from api.errors import PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_PREFIX, render_exception
from domain.shared.i18n import _, render


class RequestIdMiddleware:
    """The request id, and the language of the answer's texts as far as the headers tell it (the
    caller's account may settle it later: api.request_context.settle_language)."""

    def __init__(self, app: ASGIApp, *, default_language: str = "en") -> None:
        self.app = app
        self.default_language = default_language

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = accept_language = None
        for name, value in scope.get("headers", []):
            if name == b"x-request-id" and incoming is None:
                incoming = value.decode("latin-1")
            elif name == b"accept-language" and accept_language is None:
                accept_language = value.decode("latin-1")
        request_id = request_context.accept_or_create(incoming)
        scope.setdefault("state", {})["request_id"] = request_id
        token = request_context.bind(request_id)
        spoken = request_context.listen(accept_language, self.default_language)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"x-request-id"]
                headers.append((b"x-request-id", request_id.encode()))
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            request_context.unlisten(spoken)
            request_context.unbind(token)


class _BodyTooLarge(HTTPException):
    """Raised while the body streams in; FastAPI passes HTTPExceptions through to the 413 handler."""

    def __init__(self) -> None:
        super().__init__(status_code=413)


class BodySizeLimitMiddleware:
    """Refuses bodies over the limit with 413 before they are parsed, declared or streamed."""

    def __init__(
        self, app: ASGIApp, *, max_body_bytes: int, larger_for: list[tuple[re.Pattern[str], int]] | None = None
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.larger_for = larger_for or []

    def limit_for(self, path: str) -> int:
        for pattern, limit in self.larger_for:
            if pattern.match(path):
                return limit
        return self.max_body_bytes

    async def _refuse(self, scope: Scope, send: Send, limit: int) -> None:
        language = request_context.current_language()
        body = json.dumps(
            {
                "type": f"{PROBLEM_TYPE_PREFIX}request.too_large",
                "title": render(_("Request too large"), language),
                "status": 413,
                "detail": render(_("The request body exceeds the limit of {limit} bytes.", limit=limit), language),
                "instance": scope.get("path"),
                "request_id": request_context.current_request_id(),
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope.get("path", ""))
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = limit + 1
                if declared > limit:
                    await self._refuse(scope, send, limit)
                    return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _BodyTooLarge:
            if not started:
                await self._refuse(scope, send, limit)


class UnexpectedErrorMiddleware:
    """Answers an exception no handler took (a bug) with the 500 problem, inside the request id's
    scope, so the answer carries the id, and the server sees a finished response rather than an
    exception (which would also cost the client its keep-alive connection). Starlette would run
    such a handler in its outermost middleware, where the request id is already gone."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            if started:  # too late for another answer; let the server end the connection
                raise
            response = await render_exception(Request(scope), exc)
            await response(scope, receive, send)
