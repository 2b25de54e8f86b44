"""The webhook address rules as a table: every spelling of an internal target from issue 14
(item 13) is refused, public targets pass, and the allow-list opens exactly what it names."""

from __future__ import annotations

from ipaddress import IPv4Address, IPv6Address, ip_address

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.webhooks.addresses import (
    AllowList,
    InvalidHost,
    address_problem,
    parse_ipv4,
    resolved_problem,
    target_problem,
)

NOTHING_ALLOWED = AllowList()

REFUSED = [
    # loopback, in every spelling
    ("http://127.0.0.1/hook", "loopback"),
    ("http://127.0.0.1./hook", "loopback"),
    ("http://127.1/hook", "loopback"),
    ("http://127.0.1/hook", "loopback"),
    ("http://2130706433/hook", "loopback"),
    ("http://0x7f000001/hook", "loopback"),
    ("http://0x7F.1/hook", "loopback"),
    ("http://0177.0.0.1/hook", "loopback"),
    ("http://017700000001/hook", "loopback"),
    ("http://127.255.255.254:8080/hook", "loopback"),
    ("http://[::1]/hook", "loopback"),
    ("http://[0:0:0:0:0:0:0:1]/hook", "loopback"),
    ("http://[::ffff:127.0.0.1]/hook", "loopback"),
    ("http://[::ffff:7f00:1]/hook", "loopback"),
    ("http://[::127.0.0.1]/hook", "loopback"),
    ("http://[64:ff9b::127.0.0.1]/hook", "loopback"),
    ("http://[2002:7f00:1::]/hook", "loopback"),
    ("http://localhost/hook", "local"),
    ("http://LOCALHOST:8000/hook", "local"),
    ("http://localhost./hook", "local"),
    ("http://api.localhost/hook", "local"),
    # unspecified
    ("http://0.0.0.0/hook", "unspecified"),
    ("http://0/hook", "unspecified"),
    ("http://[::]/hook", "unspecified"),
    ("http://[::ffff:0.0.0.0]/hook", "unspecified"),
    # private
    ("http://10.0.0.1/hook", "private"),
    ("http://10.255.255.255/hook", "private"),
    ("http://172.16.0.1/hook", "private"),
    ("http://172.31.255.255/hook", "private"),
    ("http://192.168.1.10/hook", "private"),
    ("http://0xc0a80001/hook", "private"),
    ("http://[::ffff:10.0.0.5]/hook", "private"),
    ("http://[::ffff:192.168.0.1]/hook", "private"),
    # shared address space (CGNAT), Alibaba's metadata lives there
    ("http://100.64.0.1/hook", "carrier-grade"),
    ("http://100.127.255.255/hook", "carrier-grade"),
    ("http://100.100.100.200/latest/meta-data", "carrier-grade"),
    # link-local and cloud metadata
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://2852039166/latest/meta-data/", "link-local"),
    ("http://[::ffff:169.254.169.254]/", "link-local"),
    ("http://[fe80::1]/hook", "link-local"),
    ("http://metadata.google.internal/computeMetadata/v1/", "metadata"),
    ("http://METADATA.google.internal./computeMetadata/v1/", "metadata"),
    ("http://metadata/computeMetadata/v1/", "metadata"),
    ("http://metadata.goog/", "metadata"),
    ("http://instance-data/latest/", "metadata"),
    ("http://instance-data.ec2.internal/latest/", "metadata"),
    ("http://metadata.tencentyun.com/latest/", "metadata"),
    ("http://printer.local/", "local"),
    ("http://router.home.arpa/", "local"),
    # unique-local fc00::/7 (fd00::/8 is its used half)
    ("http://[fd00::1]/hook", "unique-local"),
    ("http://[fdff:ffff::1]/hook", "unique-local"),
    ("http://[fc00::1]/hook", "unique-local"),
    # multicast, documentation, reserved
    ("http://224.0.0.1/hook", "multicast"),
    ("http://255.255.255.255/hook", "reserved"),
    ("http://240.0.0.1/hook", "reserved"),
    ("http://192.0.2.10/hook", "documentation"),
    ("http://[ff02::1]/hook", "multicast"),
    ("http://[2001:db8::1]/hook", "documentation"),
    ("http://[2001::1]/hook", "reserved"),
    ("http://[100::1]/hook", "reserved"),
    ("http://[fec0::1]/hook", "site-local"),
    # neither a name nor an address, or spelled so resolvers disagree
    ("http://1.2.3.256/hook", "not a valid address"),
    ("http://1.2.3.4.5/hook", "not a valid address"),
    ("http://999999999999/hook", "not a valid address"),
    ("http://08.0.0.1/hook", "not a valid address"),
    ("http://[fe80::1%25eth0]/hook", "not a valid address"),
    ("http://bücher.example/hook", "ASCII"),
    ("http://under_score-.example/hook", "not a valid host name"),
]

ALLOWED = [
    "https://erp.example.com/hooks",
    "https://ERP.Example.COM./hooks",
    "https://xn--bcher-kva.example/hook",
    "http://93.184.215.14/hook",
    "http://8.8.8.8:8443/hook",
    "http://172.15.255.255/hook",
    "http://172.32.0.1/hook",
    "http://100.63.255.255/hook",
    "http://100.128.0.1/hook",
    "http://192.169.0.1/hook",
    "http://0127.0.0.1/hook",  # octal: 87.0.0.1, a public address (and the one connected to)
    "http://134744072/hook",  # 8.8.8.8
    "http://[2606:4700:4700::1111]/hook",
    "http://[::ffff:8.8.8.8]/hook",
    "http://[2002:808:808::1]/hook",
    "http://metadata.example.com/hook",
    "http://localhost.example.com/hook",
]


@pytest.mark.parametrize(("url", "reason"), REFUSED, ids=[url for url, _ in REFUSED])
def test_internal_targets_are_refused_in_every_spelling(url: str, reason: str) -> None:
    problem = target_problem(url, NOTHING_ALLOWED)
    assert problem is not None, url
    assert reason in problem, problem


@pytest.mark.parametrize("url", ALLOWED)
def test_public_targets_pass(url: str) -> None:
    assert target_problem(url, NOTHING_ALLOWED) is None


@pytest.mark.parametrize(
    ("spelled", "address"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("127.0.1", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("0X7F.0.0.1", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("0x.0.0.0", "0.0.0.0"),
        ("10.1.2.3.", "10.1.2.3"),
        ("0127.0.0.1", "87.0.0.1"),
    ],
)
def test_ipv4_is_read_as_http_stacks_read_it(spelled: str, address: str) -> None:
    assert parse_ipv4(spelled) == IPv4Address(address)


@pytest.mark.parametrize("name", ["example.com", "erp", "a.b.c.example", "127.0.0.1.nip.io"])
def test_names_are_not_addresses(name: str) -> None:
    assert parse_ipv4(name) is None


@pytest.mark.parametrize("broken", ["1.2.3.256", "256.1.1.1", "1.2.3.4.5", "09", "1..1", "0x100000000"])
def test_numbers_that_are_no_address_are_invalid(broken: str) -> None:
    with pytest.raises(InvalidHost):
        parse_ipv4(broken)


@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_every_ipv4_spelling_of_an_address_gets_its_verdict(value: int) -> None:
    address = IPv4Address(value)
    verdict = address_problem(address)
    for spelled in (str(value), hex(value), str(address), f"[::ffff:{address}]"):
        assert (target_problem(f"http://{spelled}/", NOTHING_ALLOWED) is None) == (verdict is None), spelled


def test_the_allow_list_opens_exactly_what_it_names() -> None:
    allow = AllowList.parse(["hooks.corp.example", "10.20.0.0/16", "127.0.0.1", " "])
    assert target_problem("http://hooks.corp.example/in", allow) is None
    assert target_problem("http://hooks.CORP.example./in", allow) is None
    assert target_problem("http://10.20.3.4/in", allow) is None
    assert target_problem("http://[::ffff:10.20.3.4]/in", allow) is None
    assert target_problem("http://127.0.0.1:9000/in", allow) is None
    assert target_problem("http://10.21.0.1/in", allow) is not None
    assert target_problem("http://127.0.0.2/in", allow) is not None
    assert target_problem("http://169.254.169.254/", allow) is not None
    # a trusted name may resolve inward; any other name may not
    inward = [ip_address("10.9.9.9")]
    assert resolved_problem("hooks.corp.example", inward, allow) is None
    assert resolved_problem("erp.example.com", inward, allow) == "resolves to a private address"
    with pytest.raises(ValueError, match="not a valid host name"):
        AllowList.parse(["not a host"])


def test_a_name_is_refused_when_any_of_its_addresses_is_internal() -> None:
    public, loopback = ip_address("93.184.215.14"), ip_address("127.0.0.1")
    assert resolved_problem("erp.example.com", [public], NOTHING_ALLOWED) is None
    assert resolved_problem("erp.example.com", [public, loopback], NOTHING_ALLOWED) == (
        "resolves to a loopback address"
    )
    assert resolved_problem("erp.example.com", [IPv6Address("::ffff:169.254.169.254")], NOTHING_ALLOWED) is not None
