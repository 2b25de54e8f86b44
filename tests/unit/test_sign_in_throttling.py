"""Sign-in throttling rules (issue 14, items 15 and 16): slow the guesser, never lock the owner out."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from domain.auth import throttling
from domain.auth.throttling import PER_ADDRESS, PER_NAME, Counter

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


def test_the_first_failures_are_free_then_the_wait_doubles_up_to_fifteen_minutes() -> None:
    waits = [throttling.delay_after(n, PER_NAME) for n in range(1, 18)]
    assert waits[:5] == [timedelta(0)] * 5
    assert waits[5:10] == [timedelta(seconds=s) for s in (1, 2, 4, 8, 16)]
    assert waits[-1] == timedelta(minutes=15)
    assert throttling.delay_after(20, PER_ADDRESS) == timedelta(0)
    assert throttling.delay_after(21, PER_ADDRESS) == timedelta(seconds=1)


@given(st.integers(min_value=0, max_value=10_000))
def test_the_wait_never_shrinks_with_more_failures_and_stays_capped(failures: int) -> None:
    now, more = throttling.delay_after(failures, PER_NAME), throttling.delay_after(failures + 1, PER_NAME)
    assert timedelta(0) <= now <= more <= PER_NAME.max_delay


def test_an_attempt_is_counted_before_it_is_evaluated_and_waits_when_it_must() -> None:
    counter = Counter()
    for _ in range(5):
        assert throttling.wait_before(counter, T0) is None
        counter = throttling.reserve(counter, PER_NAME, T0)
    assert throttling.wait_before(counter, T0) is None, "the sixth is still evaluated"
    counter = throttling.reserve(counter, PER_NAME, T0)
    assert throttling.wait_before(counter, T0) == timedelta(seconds=1)
    assert throttling.wait_before(counter, T0 + timedelta(seconds=1)) is None


def test_failures_are_forgotten_an_hour_after_the_last() -> None:
    counter = Counter(failures=9, next_attempt_at=T0 + timedelta(seconds=16), last_failure_at=T0)
    later = throttling.reserve(counter, PER_NAME, T0 + timedelta(hours=1))
    assert later.failures == 1 and later.next_attempt_at is None


def test_retry_after_is_whole_seconds_never_zero() -> None:
    assert throttling.retry_after_s(timedelta(milliseconds=1)) == 1
    assert throttling.retry_after_s(timedelta(seconds=2, milliseconds=1)) == 3


def test_addresses_count_by_host_and_ipv6_by_its_64() -> None:
    assert throttling.address_key("203.0.113.9") == "ip:203.0.113.9"
    assert throttling.address_key("::ffff:203.0.113.9") == "ip:203.0.113.9"
    assert throttling.address_key("2001:db8:1:2::1") == throttling.address_key("2001:db8:1:2:ffff::9")
    assert throttling.address_key("2001:db8:1:2::1") != throttling.address_key("2001:db8:1:3::1")
    assert throttling.address_key(None) == throttling.address_key("not an address") == "ip:unknown"


def test_a_name_counts_by_account_or_by_a_digest_of_what_was_typed() -> None:
    account = uuid.uuid4()
    assert throttling.name_key(account, "hr@test.example") == throttling.name_key(account, "E0002")
    assert throttling.name_key(None, " Nobody@Test.Example ") == throttling.name_key(None, "nobody@test.example")
    typed = "my password typed in the name field"
    assert typed not in throttling.name_key(None, typed)
