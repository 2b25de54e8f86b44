"""Sign-in throttling rules, with no I/O: slow the guesser down, never lock the owner out.

Two counters decide whether an attempt is evaluated at all:
- per name (the account when the name is one, else the name itself, so unknown names are
  answered exactly like real ones): 5 failures are free, then each failure makes the next attempt
  wait 1 s, 2 s, 4 s, ... up to 15 minutes;
- per client address (IPv6 by its /64, as one household or host holds a whole /64): the same after
  20 failures, whatever names they tried.
An attempt is counted as a failure before the password is checked (the right password gives the
count back), in one transaction holding the counters' rows: 30 guesses sent at once are counted
one after the other, so only those the counts allow are evaluated. A counter forgets its failures
an hour after the last one.
The per-name counter does not apply from an address the account signed in from successfully in
the last 90 days: guessers elsewhere can slow the name down, but cannot keep its owner out.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

KNOWN_ADDRESS_FOR = timedelta(days=90)


@dataclass(frozen=True, slots=True)
class Limit:
    free_failures: int
    first_delay: timedelta = timedelta(seconds=1)
    max_delay: timedelta = timedelta(minutes=15)
    forget_after: timedelta = timedelta(hours=1)


PER_NAME = Limit(free_failures=5)
PER_ADDRESS = Limit(free_failures=20)


@dataclass(frozen=True, slots=True)
class Counter:
    failures: int = 0
    next_attempt_at: datetime | None = None
    last_failure_at: datetime | None = None


def delay_after(failures: int, limit: Limit) -> timedelta:
    """How long the next attempt waits after this many failures: nothing while they are free, then
    doubling from the first delay, capped."""
    beyond = failures - limit.free_failures
    if beyond <= 0:
        return timedelta(0)
    return min(limit.first_delay * (1 << min(beyond - 1, 20)), limit.max_delay)


def wait_before(counter: Counter, now: datetime) -> timedelta | None:
    """How long an attempt must wait now, or None when it may be evaluated."""
    if counter.next_attempt_at is not None and counter.next_attempt_at > now:
        return counter.next_attempt_at - now
    return None


def reserve(counter: Counter, limit: Limit, now: datetime) -> Counter:
    """An admitted attempt, counted as a failure until it proves otherwise."""
    failures = counter.failures
    if counter.last_failure_at is None or now - counter.last_failure_at >= limit.forget_after:
        failures = 0
    failures += 1
    delay = delay_after(failures, limit)
    return Counter(failures=failures, next_attempt_at=now + delay if delay else None, last_failure_at=now)


def retry_after_s(wait: timedelta) -> int:
    """Whole seconds for Retry-After, never 0 while a wait remains."""
    return max(1, math.ceil(wait.total_seconds()))


def address_key(address: str | None) -> str:
    """The counter of a client address; an IPv6 address counts as its /64."""
    if not address:
        return "ip:unknown"
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return "ip:unknown"
    if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped is not None:
        parsed = parsed.ipv4_mapped
    if isinstance(parsed, ipaddress.IPv6Address):
        return f"ip:{ipaddress.IPv6Network((parsed, 64), strict=False)}"
    return f"ip:{parsed}"


def known_address(address_counter_key: str) -> str:
    """What is remembered of an address an account signed in from: its counter's bucket."""
    return address_counter_key.removeprefix("ip:")


def name_key(account_id: uuid.UUID | None, username: str) -> str:
    """The counter of a name: the account's (every name of it shares one), or a digest of the name
    typed (people type passwords into the name field; the digest does not keep them)."""
    if account_id is not None:
        return f"account:{account_id}"
    digest = hashlib.sha256(username.strip().lower().encode()).hexdigest()
    return f"name:{digest}"
