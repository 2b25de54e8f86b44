"""A small closed-loop HTTP/1.1 load generator (keep-alive, one request in flight per connection).

Lighter than an HTTP client library, so on a 2-core box more of the CPU goes to the server under test.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class LoadResult:
    latencies_s: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    elapsed_s: float = 0.0

    @property
    def rps(self) -> float:
        return len(self.latencies_s) / self.elapsed_s if self.elapsed_s else 0.0

    def percentile_ms(self, q: float) -> float:
        if not self.latencies_s:
            return float("nan")
        ordered = sorted(self.latencies_s)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def _connection(
    host: str, port: int, next_request: Callable[[], bytes], deadline: float, result: LoadResult, record: bool
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.perf_counter() < deadline:
            request = next_request()
            started = time.perf_counter()
            writer.write(request)
            status_line = await reader.readline()
            length = 0
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            if length:
                await reader.readexactly(length)
            if record:
                result.latencies_s.append(time.perf_counter() - started)
                result.statuses[int(status_line.split()[1])] += 1
    finally:
        writer.close()


async def run_load(
    host: str, port: int, next_request: Callable[[], bytes], *, connections: int, seconds: float, warmup_s: float
) -> LoadResult:
    if warmup_s:
        warm = LoadResult()
        deadline = time.perf_counter() + warmup_s
        await asyncio.gather(
            *(_connection(host, port, next_request, deadline, warm, False) for _ in range(connections))
        )
    result = LoadResult()
    started = time.perf_counter()
    deadline = started + seconds
    await asyncio.gather(*(_connection(host, port, next_request, deadline, result, True) for _ in range(connections)))
    result.elapsed_s = time.perf_counter() - started
    return result


def post(path: str, body: bytes, headers: dict[str, str]) -> bytes:
    lines = [
        f"POST {path} HTTP/1.1",
        "Host: 127.0.0.1",
        "Content-Type: application/json",
        f"Content-Length: {len(body)}",
    ]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body
