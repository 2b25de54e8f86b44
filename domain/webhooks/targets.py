"""Resolving a webhook URL and pinning the connection to the address that was checked.

The rules are in webhook_addresses.py; this is their I/O. A subscription's URL is checked when it
is created or changed (its name resolved once, best effort: a name that does not resolve yet is
accepted), and again before every delivery: the name is resolved, every address it resolves to
must pass, and the request goes to the first of them by address, with the Host header and TLS
server name (SNI, certificate check) of the name. A DNS answer that changes between the check
and the connection (DNS rebinding) therefore cannot send the POST anywhere unchecked.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from ipaddress import IPv6Address, ip_address
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from domain.webhooks.addresses import (
    AllowList,
    InvalidHost,
    IPAddress,
    literal_address,
    resolved_problem,
    target_problem,
)

RESOLVE_TIMEOUT_S = 5.0

# host, port -> the addresses it resolves to (empty when it does not resolve)
Resolver = Callable[[str, int], Awaitable[list[IPAddress]]]


async def system_resolver(host: str, port: int) -> list[IPAddress]:
    """The operating system's resolver (hosts file, DNS), off the event loop, bounded in time."""
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(RESOLVE_TIMEOUT_S):
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, TimeoutError, UnicodeError):
        return []
    found: list[IPAddress] = []
    for *_, sockaddr in infos:
        address = ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in found:
            found.append(address)
    return found


class Unreachable(Exception):
    """No checked address to deliver to; the reason is for the server's log, never the client."""


@dataclass(frozen=True, slots=True)
class PinnedRequest:
    """Where to send a delivery: the URL with the checked address as its host, and what keeps the
    name for the receiver (Host header; the TLS server name through httpx's `sni_hostname`)."""

    url: str
    headers: dict[str, str]
    extensions: dict[str, Any]


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


@dataclass(frozen=True, slots=True)
class TargetPolicy:
    allow: AllowList = field(default_factory=AllowList)
    resolver: Resolver = system_resolver

    async def url_problem(self, url: str) -> str | None:
        """Why a subscription may not use this URL, or None. A name that does not resolve now is
        accepted: the delivery-time check is the one that counts."""
        problem = target_problem(url, self.allow)
        if problem is not None:
            return problem
        parts = urlsplit(url)
        host = parts.hostname or ""
        if literal_address(host) is not None:
            return None
        addresses = await self.resolver(host, parts.port or _default_port(parts.scheme))
        found = resolved_problem(host, addresses, self.allow)
        # the client learns that the name points inward, not which address it found
        return f"host {host} resolves to an address that is not public" if found else None

    async def pin(self, url: str) -> PinnedRequest:
        """The request to send for this URL now, pinned to an address checked now."""
        problem = target_problem(url, self.allow)
        if problem is not None:
            raise Unreachable(problem)
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port or _default_port(parts.scheme)
        try:
            literal = literal_address(host)
        except InvalidHost as exc:  # target_problem refused it already; kept for type narrowing
            raise Unreachable(str(exc)) from exc
        addresses = [literal] if literal is not None else await self.resolver(host, port)
        if not addresses:
            raise Unreachable(f"{host} does not resolve")
        if literal is None and (found := resolved_problem(host, addresses, self.allow)) is not None:
            raise Unreachable(f"{host} {found}")
        address = addresses[0]
        shown = f"[{address}]" if isinstance(address, IPv6Address) else str(address)
        netloc = f"{shown}:{parts.port}" if parts.port is not None else shown
        extensions: dict[str, Any] = {}
        if parts.scheme == "https" and literal is None:
            extensions["sni_hostname"] = host
        return PinnedRequest(
            url=urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, "")),
            headers={"Host": parts.netloc},
            extensions=extensions,
        )
