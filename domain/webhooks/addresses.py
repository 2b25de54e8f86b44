"""Where a webhook may be sent, with no I/O: outbound calls never aim inward (server-side request
forgery). A client supplies the URL, so without these rules it could make our server POST to our
own loopback services, the private network behind it, or the cloud metadata endpoint.

- Refused: loopback, private (10/8, 172.16/12, 192.168/16), shared/CGNAT (100.64/10), link-local
  (169.254/16 with the metadata address, fe80::/10), unique-local (fc00::/7), unspecified
  (0.0.0.0/8, ::), multicast, documentation and other reserved ranges, and IPv4 addresses dressed
  as IPv6 (IPv4-mapped `::ffff:a.b.c.d`, IPv4-compatible `::a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4
  `2002::/16`) when the address inside is refused. Only global unicast IPv6 (2000::/3) passes.
- Addresses are read in every spelling an HTTP stack may accept, as the WHATWG URL standard and
  inet_aton do: `127.1`, `2130706433`, `0x7f000001`, `0177.0.0.1`, `127.0.0.1.`.
- Names: `localhost` and names under `.localhost`, `.internal`, `.local` and `.home.arpa`, and
  the cloud metadata names (`metadata.google.internal`, `metadata`, `instance-data`, ...).
  Names are plain ASCII (international names in their `xn--` form). A name's addresses are
  checked after resolution too (webhook_targets.py), at creation and again at every delivery.
- An allow-list (FRONTLINE_WEBHOOK_ALLOWED_HOSTS: names, addresses, CIDR ranges) lets a deployment
  reach an internal receiver on purpose.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network
from urllib.parse import urlsplit

IPAddress = IPv4Address | IPv6Address
IPNetwork = IPv4Network | IPv6Network

_V4_REFUSED: tuple[tuple[IPv4Network, str], ...] = tuple(
    (IPv4Network(network), label)
    for network, label in (
        ("0.0.0.0/8", "an unspecified address"),
        ("10.0.0.0/8", "a private address"),
        ("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
        ("127.0.0.0/8", "a loopback address"),
        ("169.254.0.0/16", "a link-local address (where cloud metadata lives)"),
        ("172.16.0.0/12", "a private address"),
        ("192.0.0.0/24", "a reserved address"),
        ("192.0.2.0/24", "a documentation address"),
        ("192.88.99.0/24", "a reserved address"),
        ("192.168.0.0/16", "a private address"),
        ("198.18.0.0/15", "a reserved address"),
        ("198.51.100.0/24", "a documentation address"),
        ("203.0.113.0/24", "a documentation address"),
        ("224.0.0.0/4", "a multicast address"),
        ("240.0.0.0/4", "a reserved address"),
    )
)
_V6_REFUSED: tuple[tuple[IPv6Network, str], ...] = tuple(
    (IPv6Network(network), label)
    for network, label in (
        ("::/128", "an unspecified address"),
        ("::1/128", "a loopback address"),
        ("fe80::/10", "a link-local address"),
        ("fec0::/10", "a site-local address"),
        ("fc00::/7", "a unique-local address"),
        ("ff00::/8", "a multicast address"),
        ("2001:db8::/32", "a documentation address"),
        ("3fff::/20", "a documentation address"),
        ("2001::/23", "a reserved address"),
    )
)
_V6_GLOBAL_UNICAST = IPv6Network("2000::/3")
_V4_COMPATIBLE = IPv6Network("::/96")
_NAT64 = IPv6Network("64:ff9b::/96")

LOCAL_SUFFIXES = (".localhost", ".internal", ".local", ".home.arpa")
METADATA_NAMES = frozenset(
    {
        "localhost",
        "metadata",
        "metadata.google.internal",
        "metadata.goog",
        "instance-data",
        "instance-data.ec2.internal",
        "metadata.azure.internal",
        "metadata.tencentyun.com",
        "metadata.platformequinix.com",
    }
)
_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
_HEX = re.compile(r"^0[xX][0-9a-fA-F]*$")


class InvalidHost(ValueError):
    pass


def _ipv4_number(part: str) -> int:
    """One dotted part: decimal, 0x hexadecimal or 0-prefixed octal (WHATWG "IPv4 number parser")."""
    if not part:
        raise InvalidHost("empty part")
    if _HEX.match(part):
        return int(part[2:] or "0", 16)
    if len(part) > 1 and part.startswith("0"):
        if not part.isdigit() or any(ch in "89" for ch in part):
            raise InvalidHost(f"bad octal part {part!r}")
        return int(part, 8)
    if not part.isdigit():
        raise InvalidHost(f"bad part {part!r}")
    return int(part)


def parse_ipv4(host: str) -> IPv4Address | None:
    """The IPv4 address a host spells in any form HTTP stacks accept (`127.1`, `2130706433`,
    `0x7f000001`, `0177.0.0.1`, a trailing dot); None when the host is a name; InvalidHost when it
    ends in a number but is no address (`1.2.3.256`), which resolvers disagree on: refused."""
    parts = host.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    last = parts[-1]
    if not (last.isdigit() or _HEX.match(last)):
        return None
    if len(parts) > 4:
        raise InvalidHost("more than four parts")
    numbers = [_ipv4_number(part) for part in parts]
    if any(number > 255 for number in numbers[:-1]) or numbers[-1] >= 256 ** (5 - len(numbers)):
        raise InvalidHost("a part is out of range")
    value = numbers[-1]
    for index, number in enumerate(numbers[:-1]):
        value += number * 256 ** (3 - index)
    return IPv4Address(value)


def literal_address(host: str) -> IPAddress | None:
    """The address a URL host names literally (an IPv6 host comes without its brackets), or None
    for a name. InvalidHost for something that is neither."""
    if ":" in host:
        if "%" in host:
            raise InvalidHost("zone identifiers are not accepted")
        try:
            return IPv6Address(host)
        except ValueError:
            raise InvalidHost("not an IPv6 address") from None
    return parse_ipv4(host)


def _embedded_ipv4(address: IPv6Address) -> IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, compatible, NAT64, 6to4), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64 or (address in _V4_COMPATIBLE and int(address) > 1):
        return IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def address_problem(address: IPAddress) -> str | None:
    """Why webhooks may not go to this address (e.g. "a loopback address"), or None."""
    if isinstance(address, IPv4Address):
        return next((label for network, label in _V4_REFUSED if address in network), None)
    inner = _embedded_ipv4(address)
    if inner is not None:
        problem = address_problem(inner)
        return f"{problem} (as IPv6)" if problem else None
    found = next((label for network, label in _V6_REFUSED if address in network), None)
    if found is None and address not in _V6_GLOBAL_UNICAST:
        return "a reserved address"
    return found


def normalise_name(host: str) -> str:
    name = host.lower()
    return name[:-1] if name.endswith(".") else name


def name_problem(name: str) -> str | None:
    """Why a host name may not receive webhooks (before it is resolved), or None."""
    if not name.isascii():
        return "must be written in ASCII (international names in their xn-- form)"
    if len(name) > 253 or not all(_LABEL.match(label) for label in name.split(".")):
        return "is not a valid host name"
    if name in METADATA_NAMES or name.endswith(LOCAL_SUFFIXES):
        return "is a local or cloud metadata name"
    return None


@dataclass(frozen=True, slots=True)
class AllowList:
    """Internal receivers a deployment trusts on purpose: names (any address they resolve to is
    accepted) and networks (addresses inside them are accepted whatever the name)."""

    names: frozenset[str] = frozenset()
    networks: tuple[IPNetwork, ...] = field(default_factory=tuple)

    @classmethod
    def parse(cls, entries: Iterable[str]) -> AllowList:
        """`hooks.corp.example, 10.20.0.0/16, 127.0.0.1`; ValueError on an entry that is neither."""
        names: set[str] = set()
        networks: list[IPNetwork] = []
        for raw in entries:
            entry = raw.strip()
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
                continue
            except ValueError:
                pass
            name = normalise_name(entry)
            problem = name_problem(name)
            if problem is not None and problem.startswith(("must", "is not")):
                raise ValueError(f"webhook allow-list entry {entry!r} {problem}")
            names.add(name)
        return cls(names=frozenset(names), networks=tuple(networks))

    def allows_name(self, name: str) -> bool:
        return normalise_name(name) in self.names

    def allows_address(self, address: IPAddress) -> bool:
        candidates: list[IPAddress] = [address]
        if isinstance(address, IPv6Address) and (inner := _embedded_ipv4(address)) is not None:
            candidates.append(inner)
        return any(candidate in network for candidate in candidates for network in self.networks)


def _checked_address(address: IPAddress, allow: AllowList) -> str | None:
    if allow.allows_address(address):
        return None
    return address_problem(address)


def host_problem(host: str, allow: AllowList) -> str | None:
    """Why this URL host (as urlsplit gives it: lower-case, no brackets) may not receive
    webhooks, before any resolution; None when it may (a name is checked again once resolved)."""
    if allow.allows_name(host):
        return None
    try:
        literal = literal_address(host)
    except InvalidHost:
        return "is not a valid address"
    if literal is not None:
        problem = _checked_address(literal, allow)
        return f"is {problem}" if problem else None
    return name_problem(normalise_name(host))


def resolved_problem(host: str, addresses: Iterable[IPAddress], allow: AllowList) -> str | None:
    """After resolution: every address a name resolves to must pass (a name with one internal
    address among public ones is refused, whichever the connection would have picked)."""
    if allow.allows_name(host):
        return None
    found = [problem for address in addresses if (problem := _checked_address(address, allow))]
    return f"resolves to {found[0]}" if found else None


def target_problem(url: str, allow: AllowList) -> str | None:
    """The host check of a URL already well formed (webhook_rules.url_problem): None when it may
    receive webhooks as far as can be told without resolving it."""
    host = urlsplit(url).hostname
    if not host:
        return "must name a host"
    problem = host_problem(host, allow)
    return f"host {host} {problem}" if problem else None
