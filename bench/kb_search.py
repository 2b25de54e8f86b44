# ruff: noqa: RUF001  (the generated articles are Chinese: full-width punctuation is the text itself)
"""Knowledge-base search at 50,000 articles on PostgreSQL, through the real HTTP endpoint.

Starts a fresh PostgreSQL database (migrated to head), loads 50,000 generated Chinese articles (with
some English words) by COPY, starts the API with uvicorn (2 workers) and searches
`GET /api/v1/knowledge/articles?q=` over 16 keep-alive connections for a mix of Chinese queries of
three characters or more. The comparison, in the same run: the same queries as a bare
`lower(title || body) LIKE '%q%'` scan (no index), at 16 connections straight on asyncpg.

    .venv/bin/python bench/kb_search.py [--seconds 15]

prints `kb_search.p99_ms: 12.3 (p50 4.1; 16 connections; bare LIKE scan p99 310 ms, 0.04 of it)`."""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import sys
import time
import urllib.parse
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import migrations  # noqa: E402
from api.security import JoseTokens  # noqa: E402
from bench.clock_in import SECRET, admin, app_environment, database_url, serve, stop  # noqa: E402
from bench.loadgen import LoadResult, run_load  # noqa: E402
from domain.knowledge import rules  # noqa: E402
from domain.org.rules import child_path  # noqa: E402
from domain.shared.actor import Grant, Role  # noqa: E402
from domain.shared.clock import SystemClock  # noqa: E402

ARTICLES = 50_000
CONNECTIONS = 16
PORT = 8795
DEVICES = [
    "扫描枪",
    "收银机",
    "打印机",
    "电子价签",
    "钱箱",
    "冷柜",
    "空调",
    "门禁",
    "监控摄像头",
    "平板电脑",
    "称重秤",
    "热敏纸",
    "对讲机",
    "叫号器",
    "自助收银台",
    "会员卡",
    "储值卡",
    "手持终端",
    "标签机",
    "货架灯",
    "冷藏柜",
    "烤箱",
    "咖啡机",
    "制冰机",
    "收音机",
    "路由器",
    "交换机",
    "显示屏",
    "指纹机",
    "保险柜",
    "验钞机",
    "条码枪",
    "小票机",
    "广告屏",
    "排队机",
    "温度计",
    "消毒机",
    "手推车",
    "电梯",
    "卷帘门",
]
PROBLEMS = [
    "无法连接",
    "不开机",
    "卡纸",
    "显示异常",
    "反应很慢",
    "报错",
    "无法登录",
    "数据不同步",
    "自动重启",
    "声音异常",
    "无法识别",
    "电量不足",
    "屏幕闪烁",
    "按键失灵",
    "网络中断",
    "时间不准",
    "温度过高",
    "漏水",
    "打不开",
    "无法打印",
    "价格错误",
    "扣款失败",
    "积分异常",
    "蓝牙断开",
    "升级失败",
    "密码过期",
    "权限不足",
    "重复扣款",
    "账号锁定",
    "读取失败",
]
SYSTEMS = [
    "库存系统",
    "会员系统",
    "排班系统",
    "收银系统",
    "订货系统",
    "价格系统",
    "考勤系统",
    "报表系统",
    "配送系统",
    "支付系统",
    "促销系统",
    "盘点系统",
    "财务系统",
    "培训系统",
    "工单系统",
    "营销系统",
    "客服系统",
    "监控系统",
    "门店后台",
    "手机应用",
]
ENGLISH = ["POS", "WiFi", "app", "VPN", "SKU", "CRM", "ERP", "PDA"]
STEPS = [
    "先检查电源与连接线",
    "重启设备后再试",
    "在设置里重新配对",
    "联系区域IT支持",
    "拍照记录错误信息",
    "核对系统版本",
]
CATEGORIES = ["stock-system", "pos", "merchandise", "pricing", "customer-complaint", "staffing", "payroll"]
QUERIES = [
    "扫描枪",
    "无法连接",
    "库存系统",
    "扫描枪无法连接",
    "冷柜温度过高",
    "会员系统登录",
    "电子价签",
    "小票机卡纸",
    "收银机网络中断",
    "自助收银台扣款失败",
    "排班系统权限不足",
    "咖啡机漏水",
]


def article(rng: random.Random, number: int, department: uuid.UUID, now: datetime) -> tuple[object, ...]:
    device, problem, system = rng.choice(DEVICES), rng.choice(PROBLEMS), rng.choice(SYSTEMS)
    title = f"{device}{problem}（{system}）{rng.choice(ENGLISH)} #{number}"
    sentences = [f"门店反馈{device}{problem}，影响{system}的使用。"]
    for _ in range(rng.randint(3, 6)):
        sentences.append(
            f"{rng.choice(STEPS)}；如{rng.choice(DEVICES)}仍{rng.choice(PROBLEMS)}，请在{rng.choice(SYSTEMS)}中登记 "
            f"{rng.choice(ENGLISH)}。"
        )
    body = "\n".join(sentences)
    tags = [device, system]
    return (
        uuid.uuid4(),
        title[:200],
        body,
        rng.choice(CATEGORIES),
        json.dumps(tags, ensure_ascii=False),
        rules.tag_keys(tags),
        rules.fold(title)[:200],
        rules.searchable_text(title, tags, body),
        department,
        "published",
        1,
        2,
        None,
        None,
        None,
        now,
        now,
        now,
    )


COLUMNS = [
    "id",
    "title",
    "body",
    "category",
    "tags",
    "tag_keys",
    "title_text",
    "search_text",
    "department_id",
    "status",
    "revision",
    "version",
    "source_ticket_id",
    "created_by",
    "updated_by",
    "created_at",
    "updated_at",
    "published_at",
]


async def load(dsn: str) -> None:
    now = datetime.now(UTC)
    hq, department = uuid.uuid4(), uuid.uuid4()
    hq_path = child_path(None, hq)
    connection = await asyncpg.connect(dsn)
    try:
        for unit, code, kind, parent, path in (
            (hq, "HQ", "headquarters", None, hq_path),
            (department, "D-IT", "department", hq, child_path(hq_path, department)),
        ):
            await connection.execute(
                "INSERT INTO org_units (id, code, name, kind, parent_id, path, timezone, created_at, updated_at) "
                "VALUES ($1, $2, $2, $3, $4, $5, 'Asia/Shanghai', $6, $6)",
                unit,
                code,
                kind,
                parent,
                path,
                now,
            )
        rng = random.Random(21)
        rows = [article(rng, n, department, now) for n in range(ARTICLES)]
        started = time.perf_counter()
        await connection.copy_records_to_table("knowledge_articles", records=rows, columns=COLUMNS)
        print(f"kb_search.load_s: {time.perf_counter() - started:.1f} ({ARTICLES} articles by COPY)")
        await connection.execute("VACUUM ANALYZE knowledge_articles")
        plan = await connection.fetch(
            "EXPLAIN SELECT id FROM knowledge_articles WHERE search_text LIKE '%扫描枪%' OR search_text LIKE '%无法连%'"
        )
        print("kb_search.plan: " + " | ".join(r[0].strip() for r in plan[:3]))
    finally:
        await connection.close()


def get(path: str, token: str) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n\r\n".encode()


def search_requests() -> itertools.cycle[bytes]:
    tokens = JoseTokens(
        key=SECRET,
        issuer="frontline",
        audience="frontline-api",
        access_ttl=timedelta(hours=2),
        refresh_ttl=timedelta(days=1),
        clock=SystemClock(),
    )
    token, _ = tokens.access_token(
        account_id=uuid.uuid4(),
        employee_id=uuid.uuid4(),
        grants=(Grant(Role.EMPLOYEE, uuid.uuid4()),),
        session_id=uuid.uuid4(),
        now=datetime.now(UTC),
    )
    return itertools.cycle(
        [get(f"/api/v1/knowledge/articles?limit=10&q={urllib.parse.quote(q)}", str(token)) for q in QUERIES]
    )


async def bare_scan(dsn: str, seconds: float) -> LoadResult:
    """The same queries as a LIKE over title and body with no index, 16 connections."""
    result = LoadResult()
    pool = await asyncpg.create_pool(dsn, min_size=CONNECTIONS, max_size=CONNECTIONS)
    assert pool is not None
    queries = itertools.cycle(QUERIES)
    started = time.perf_counter()
    deadline = started + seconds

    async def worker() -> None:
        async with pool.acquire() as connection:
            await connection.execute("SET enable_bitmapscan = off; SET enable_indexscan = off")
            while time.perf_counter() < deadline:
                pattern = rules.like_pattern(rules.fold(next(queries)))
                began = time.perf_counter()
                await connection.fetch(
                    "SELECT id FROM knowledge_articles WHERE status = 'published' "
                    "AND lower(title || body) LIKE $1 LIMIT 10",
                    pattern,
                )
                result.latencies_s.append(time.perf_counter() - began)
                result.statuses[200] += 1

    try:
        await asyncio.gather(*(worker() for _ in range(CONNECTIONS)))
    finally:
        await pool.close()
    result.elapsed_s = time.perf_counter() - started
    return result


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=15.0)
    arguments = parser.parse_args()
    name = f"kb_bench_{os.getpid()}"
    await admin(f'CREATE DATABASE "{name}"')
    process = None
    try:
        target = database_url(name)
        dsn = database_url(name, driver="postgresql")
        await asyncio.to_thread(migrations.upgrade, target)
        await load(dsn)
        process = serve("api.asgi:app", PORT, app_environment(target))
        requests = search_requests()
        result = await run_load(
            "127.0.0.1", PORT, lambda: next(requests), connections=CONNECTIONS, seconds=arguments.seconds, warmup_s=3
        )
        stop(process)
        process = None
        bare = await bare_scan(dsn, arguments.seconds)
        p99, bare_p99 = result.percentile_ms(0.99), bare.percentile_ms(0.99)
        print(
            f"kb_search.requests: {len(result.latencies_s)} in {result.elapsed_s:.1f}s; "
            f"statuses {dict(result.statuses)}"
        )
        print(
            f"kb_search.p99_ms: {p99:.1f} (p50 {result.percentile_ms(0.5):.1f}; {CONNECTIONS} connections; "
            f"{result.rps:.0f} searches/s; bare LIKE scan p99 {bare_p99:.0f} ms, p50 {bare.percentile_ms(0.5):.0f} ms; "
            f"{p99 / bare_p99:.2f} of it; goal 50 ms)"
        )
    finally:
        if process is not None:
            stop(process)
        await admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
