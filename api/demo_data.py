"""The demo organisation: a retail chain with a headquarters, six departments, three regions,
42 stores in four time zones, one frontline project, about 800 people and one account per role.

Deterministic (seeded), so every machine gets the same chain and the README can name its accounts.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.demo_analytics import demo_history, demo_surveys
from api.demo_knowledge import demo_knowledge
from api.demo_recognition import demo_recognition
from api.demo_stories import demo_stories
from domain.analytics.flags import evaluate_flags
from domain.auth.passwords import PasswordHashing
from domain.care.arrangements import DEFAULT_CHAIN as DEFAULT_ARRANGEMENT_CHAIN
from domain.care.models import (
    ArrangementStatus,
    ArrangementTrailEntry,
    CareConsent,
    CareRecord,
    Category,
    FlexibleArrangement,
)
from domain.care.profile import recompute_periods, seal
from domain.care.protections import CHINA, add_months
from domain.care.schemas import BirthRecord, Child, Home, Nursing, Safety
from domain.growth.models import EligibilityRule, MentorCheckIn, Mentorship
from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.rules import child_path
from domain.people.models import (
    Account,
    Assignment,
    AssignmentKind,
    Employee,
    EmployeeStatus,
    EmployeeStatusChange,
    RoleGrant,
)
from domain.performance.models import MetricDefinition, MetricTarget, ScorecardTemplate
from domain.performance.schemas import Population
from domain.pools.models import Pool
from domain.postings.models import Posting, PostingStatus
from domain.rosters import rules, suggest
from domain.rosters.models import Roster, RosterShift, RosterStatus, ShiftTemplate
from domain.rosters.rules import RosterPolicy
from domain.shared import audit
from domain.shared.actor import Role
from domain.shared.clock import Clock
from domain.shared.db import Database
from domain.shared.geo import haversine_m
from domain.shared.sealing import Sealer
from domain.skills.models import Skill
from domain.tickets.models import RoutingRule, SlaPolicy, TicketPriority
from domain.training.completions import Item as TrainingItem
from domain.training.completions import judge
from domain.training.completions import record as record_completions
from domain.training.models import Course, CreditPlan
from domain.training.policy import DEFAULTS as TRAINING_DEFAULTS
from domain.training.rules import Evidence
from domain.training.schemas import to_centi
from domain.transfers.models import TrailAction, Transfer, TransferKind, TransferStatus, TransferTrailEntry
from domain.transfers.rules import DEFAULT_CHAIN, period_end

HQ_CODE = "FL-HQ"
DEMO_STORE_CODE = "SH-001"

DEPARTMENTS = [
    ("OPS", "Operations"),
    ("CS", "Customer Service"),
    ("IT", "Information Technology"),
    ("MER", "Merchandising"),
    ("FIN", "Finance"),
    ("HR", "Human Resources"),
]
# The organisation's names in Chinese characters, beside the romanised ones (a walk in Chinese reads
# as the real thing): headquarters, departments, regions, projects, and each store's place name.
LOCAL_NAMES = {
    "Frontline Retail Group Headquarters": "前线零售集团总部",
    "Operations": "运营部",
    "Customer Service": "客户服务部",
    "Information Technology": "信息技术部",
    "Merchandising": "商品部",
    "Finance": "财务部",
    "Human Resources": "人力资源部",
    "East China": "华东区",
    "South China": "华南区",
    "West China": "西部区",
    "Spring Festival pop-up project": "春节快闪项目",
}
STORE_LOCAL_NAMES = {
    "People's Square": "人民广场",
    "Lujiazui": "陆家嘴",
    "Xujiahui": "徐家汇",
    "Jing'an Temple": "静安寺",
    "Wujiaochang": "五角场",
    "Hongqiao": "虹桥",
    "Zhongshan Park": "中山公园",
    "Century Park": "世纪公园",
    "West Lake": "西湖",
    "Wulin Square": "武林广场",
    "Qianjiang New City": "钱江新城",
    "Binjiang": "滨江",
    "Xinjiekou": "新街口",
    "Confucius Temple": "夫子庙",
    "Hexi": "河西",
    "Guanqian Street": "观前街",
    "Jinji Lake": "金鸡湖",
    "Shishan": "狮山",
    "Tianhe Road": "天河路",
    "Beijing Road": "北京路",
    "Zhujiang New Town": "珠江新城",
    "Shangxiajiu": "上下九",
    "Baiyun": "白云",
    "Futian Center": "福田中心",
    "Nanshan Coastal": "南山海岸",
    "Luohu": "罗湖",
    "Bao'an": "宝安",
    "Longgang": "龙岗",
    "Causeway Bay": "铜锣湾",
    "Tsim Sha Tsui": "尖沙咀",
    "Sha Tin": "沙田",
    "Zhongshan Road": "中山路",
    "Siming": "思明",
    "Chunxi Road": "春熙路",
    "Taikoo Li": "太古里",
    "Tianfu Square": "天府广场",
    "Hi-Tech Zone": "高新区",
    "Jiefangbei": "解放碑",
    "Guanyinqiao": "观音桥",
    "Shapingba": "沙坪坝",
    "Bell Tower": "钟楼",
    "Qujiang": "曲江",
    "Grand Bazaar": "国际大巴扎",
    "Youhao Road": "友好路",
}

# region code, name, [(city, timezone, lat, lon, store names)]
REGIONS: list[tuple[str, str, list[tuple[str, str, str, float, float, list[str]]]]] = [
    (
        "R-EAST",
        "East China",
        [
            (
                "SH",
                "Shanghai",
                "Asia/Shanghai",
                31.2304,
                121.4737,
                [
                    "People's Square",
                    "Lujiazui",
                    "Xujiahui",
                    "Jing'an Temple",
                    "Wujiaochang",
                    "Hongqiao",
                    "Zhongshan Park",
                    "Century Park",
                ],
            ),
            (
                "HZ",
                "Hangzhou",
                "Asia/Shanghai",
                30.2741,
                120.1551,
                ["West Lake", "Wulin Square", "Qianjiang New City", "Binjiang"],
            ),
            ("NJ", "Nanjing", "Asia/Shanghai", 32.0603, 118.7969, ["Xinjiekou", "Confucius Temple", "Hexi"]),
            ("SZ", "Suzhou", "Asia/Shanghai", 31.2990, 120.5853, ["Guanqian Street", "Jinji Lake", "Shishan"]),
        ],
    ),
    (
        "R-SOUTH",
        "South China",
        [
            (
                "GZ",
                "Guangzhou",
                "Asia/Shanghai",
                23.1291,
                113.2644,
                ["Tianhe Road", "Beijing Road", "Zhujiang New Town", "Shangxiajiu", "Baiyun"],
            ),
            (
                "SZN",
                "Shenzhen",
                "Asia/Shanghai",
                22.5431,
                114.0579,
                ["Futian Center", "Nanshan Coastal", "Luohu", "Bao'an", "Longgang"],
            ),
            ("HK", "Hong Kong", "Asia/Hong_Kong", 22.2819, 114.1583, ["Causeway Bay", "Tsim Sha Tsui", "Sha Tin"]),
            ("XM", "Xiamen", "Asia/Shanghai", 24.4798, 118.0894, ["Zhongshan Road", "Siming"]),
        ],
    ),
    (
        "R-WEST",
        "West China",
        [
            (
                "CD",
                "Chengdu",
                "Asia/Shanghai",
                30.5728,
                104.0668,
                ["Chunxi Road", "Taikoo Li", "Tianfu Square", "Hi-Tech Zone"],
            ),
            ("CQ", "Chongqing", "Asia/Shanghai", 29.5630, 106.5516, ["Jiefangbei", "Guanyinqiao", "Shapingba"]),
            ("XA", "Xi'an", "Asia/Shanghai", 34.3416, 108.9398, ["Bell Tower", "Qujiang"]),
            ("UR", "Urumqi", "Asia/Urumqi", 43.8256, 87.6168, ["Grand Bazaar", "Youhao Road"]),
        ],
    ),
]

# romanised, in Chinese characters (the same draw gives both)
SURNAMES = [
    ("Wang", "王"),
    ("Li", "李"),
    ("Zhang", "张"),
    ("Liu", "刘"),
    ("Chen", "陈"),
    ("Yang", "杨"),
    ("Huang", "黄"),
    ("Zhao", "赵"),
    ("Wu", "吴"),
    ("Zhou", "周"),
    ("Xu", "徐"),
    ("Sun", "孙"),
    ("Ma", "马"),
    ("Zhu", "朱"),
    ("Hu", "胡"),
    ("Guo", "郭"),
    ("He", "何"),
    ("Lin", "林"),
    ("Gao", "高"),
    ("Luo", "罗"),
    ("Zheng", "郑"),
    ("Liang", "梁"),
    ("Xie", "谢"),
    ("Song", "宋"),
    ("Tang", "唐"),
    ("Han", "韩"),
    ("Feng", "冯"),
    ("Deng", "邓"),
]
# romanised, in Chinese characters (the same draw gives both)
GIVEN = [
    ("Wei", "伟"),
    ("Fang", "芳"),
    ("Na", "娜"),
    ("Min", "敏"),
    ("Jing", "静"),
    ("Li", "丽"),
    ("Qiang", "强"),
    ("Lei", "磊"),
    ("Jun", "军"),
    ("Yang", "洋"),
    ("Yong", "勇"),
    ("Yan", "艳"),
    ("Jie", "杰"),
    ("Tao", "涛"),
    ("Ming", "明"),
    ("Chao", "超"),
    ("Xiu", "秀"),
    ("Xia", "霞"),
    ("Ping", "平"),
    ("Gang", "刚"),
    ("Hui", "辉"),
    ("Yu", "宇"),
    ("Hao", "浩"),
    ("Lan", "兰"),
    ("Ting", "婷"),
    ("Xin", "欣"),
    ("Bo", "波"),
    ("Rui", "睿"),
]

HQ_HEADCOUNT = {"OPS": 40, "CS": 28, "IT": 24, "MER": 22, "FIN": 14, "HR": 12}
STORE_HEADCOUNT = 16

# e-mail, role, where the grant and home unit are (department code or store code)
DEMO_ACCOUNTS: list[tuple[str, Role, str]] = [
    ("admin@demo.example", Role.ADMIN, "IT"),
    ("hr@demo.example", Role.HR, "HR"),
    ("leader@demo.example", Role.LEADER, "OPS"),
    ("dept-head@demo.example", Role.DEPT_HEAD, "OPS"),
    ("store-manager@demo.example", Role.STORE_MANAGER, DEMO_STORE_CODE),
    ("store-employee@demo.example", Role.EMPLOYEE, DEMO_STORE_CODE),
    ("employee@demo.example", Role.EMPLOYEE, "OPS"),
    # two head-office mothers whose care profiles the demo holds (see demo_care)
    ("nursing-mother@demo.example", Role.EMPLOYEE, "OPS"),
    ("school-run@demo.example", Role.EMPLOYEE, "OPS"),
]
# Need-ticket routing: category -> owning department; "*" is the default queue.
TICKET_ROUTES = [
    ("*", "CS"),
    ("stock-system", "IT"),
    ("pos", "IT"),
    ("merchandise", "MER"),
    ("pricing", "MER"),
    ("customer-complaint", "CS"),
    ("staffing", "OPS"),
    ("payroll", "FIN"),
]
# Grants over the whole organisation are held at headquarters.
ORGANISATION_ROLES = {Role.ADMIN, Role.HR, Role.LEADER}


def _unit(
    now: Any, parent: dict[str, Any] | None, code: str, name: str, kind: OrgUnitKind, tz: str, **extra: Any
) -> dict[str, Any]:
    unit_id = uuid.uuid4()
    return {
        "id": unit_id,
        "code": code,
        "name": name,
        "local_name": extra.get("local_name", LOCAL_NAMES.get(name)),
        "kind": kind,
        "parent_id": parent["id"] if parent else None,
        "path": child_path(parent["path"] if parent else None, unit_id),
        "timezone": tz,
        "address": extra.get("address"),
        "latitude": extra.get("latitude"),
        "longitude": extra.get("longitude"),
        "geofence_radius_m": extra.get("geofence_radius_m"),
        "created_at": now,
        "updated_at": now,
    }


def build_org(now: Any, rng: random.Random) -> list[dict[str, Any]]:
    hq = _unit(
        now,
        None,
        HQ_CODE,
        "Frontline Retail Group Headquarters",
        OrgUnitKind.HEADQUARTERS,
        "Asia/Shanghai",
        address="1 Century Avenue, Pudong, Shanghai",
    )
    units = [hq]
    for code, name in DEPARTMENTS:
        units.append(_unit(now, hq, f"D-{code}", name, OrgUnitKind.DEPARTMENT, "Asia/Shanghai"))
    for region_code, region_name, cities in REGIONS:
        region = _unit(now, hq, region_code, region_name, OrgUnitKind.REGION, cities[0][2])
        units.append(region)
        for city_code, city, tz, lat, lon, stores in cities:
            for number, store_name in enumerate(stores, start=1):
                units.append(
                    _unit(
                        now,
                        region,
                        f"{city_code}-{number:03d}",
                        f"{store_name} store",
                        OrgUnitKind.STORE,
                        tz,
                        local_name=f"{STORE_LOCAL_NAMES[store_name]}店",
                        address=f"{store_name}, {city}",
                        latitude=round(lat + rng.uniform(-0.06, 0.06), 6),
                        longitude=round(lon + rng.uniform(-0.06, 0.06), 6),
                        geofence_radius_m=rng.choice([100, 150, 200, 250]),
                    )
                )
        if region_code == "R-EAST":
            units.append(
                _unit(
                    now,
                    region,
                    "P-SPRING",
                    "Spring Festival pop-up project",
                    OrgUnitKind.PROJECT,
                    tz,
                    address="Nanjing Road pedestrian street, Shanghai",
                    latitude=31.2355,
                    longitude=121.4747,
                    geofence_radius_m=300,
                )
            )
    return units


def build_people(now: Any, rng: random.Random, units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_code = {u["code"]: u for u in units}
    homes: list[dict[str, Any]] = []
    for code, count in HQ_HEADCOUNT.items():
        homes.extend([by_code[f"D-{code}"]] * count)
    for unit in units:
        if unit["kind"] == OrgUnitKind.STORE:
            homes.extend([unit] * STORE_HEADCOUNT)
    people = []
    for number, home in enumerate(homes, start=1):
        (surname, surname_zh), (given, given_zh) = rng.choice(SURNAMES), rng.choice(GIVEN)
        second, second_zh = rng.choice(GIVEN)
        double = rng.choice([False, False, True])  # one given name in three has two syllables
        name = f"{surname} {given}{second.lower() if double else ''}"
        local_name = f"{surname_zh}{given_zh}{second_zh if double else ''}"
        status = EmployeeStatus.ON_LEAVE if rng.random() < 0.02 else EmployeeStatus.ACTIVE
        people.append(
            {
                "id": uuid.uuid4(),
                "employee_no": f"E{100000 + number}",
                "full_name": name,
                "local_name": local_name,
                "email": f"e{100000 + number}@staff.demo.example",
                "phone": f"+86 138 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                "home_unit_id": home["id"],
                "hire_date": date(2026, 1, 1) - timedelta(days=rng.randint(30, 4000)),
                "status": status,
                "created_at": now,
                "updated_at": now,
            }
        )
    return people


def build_status_history(now: Any, today: date, people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Everyone active from their hire date; those on leave since a fortnight ago."""
    rows = [
        {"employee_id": p["id"], "status": EmployeeStatus.ACTIVE, "effective_on": p["hire_date"], "recorded_at": now}
        for p in people
    ]
    rows += [
        {
            "employee_id": p["id"],
            "status": p["status"],
            "effective_on": max(p["hire_date"], today - timedelta(days=14)),
            "recorded_at": now,
        }
        for p in people
        if p["status"] != EmployeeStatus.ACTIVE
    ]
    return rows


def build_transfers(
    now: Any,
    today: date,
    people: list[dict[str, Any]],
    by_code: dict[str, dict[str, Any]],
    accounts: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Two Operations staff and People's Square store: one secondment running since two weeks ago
    (the store manager sees them), one request waiting on the head of Operations."""
    ops = [p for p in people if p["home_unit_id"] == by_code["D-OPS"]["id"] and p["status"] == EmployeeStatus.ACTIVE]
    taken = {a["employee_id"] for a in accounts}
    running, waiting = [p for p in ops if p["id"] not in taken][:2]
    hr_account = next(a["id"] for a in accounts if a["email"] == "hr@demo.example")
    store = by_code[DEMO_STORE_CODE]["id"]
    transfers, trail, assignments = [], [], []
    for person, status, start, end in (
        (running, TransferStatus.APPROVED, today - timedelta(days=14), today + timedelta(days=75)),
        (waiting, TransferStatus.IN_REVIEW, today + timedelta(days=21), today + timedelta(days=111)),
    ):
        transfer_id = uuid.uuid4()
        transfers.append(
            {
                "id": transfer_id,
                "employee_id": person["id"],
                "requested_by": hr_account,
                "kind": TransferKind.SECONDMENT,
                "destination_unit_id": store,
                "amends_transfer_id": None,
                "start_date": start,
                "end_date": end,
                "reason": "Support the spring relaunch of the store",
                "notes": None,
                "status": status,
                "steps": DEFAULT_CHAIN,
                "current_step": 0 if status == TransferStatus.IN_REVIEW else None,
                "current_step_since": now if status == TransferStatus.IN_REVIEW else None,
                "version": 1,
                "submitted_at": now,
                "decided_at": now if status == TransferStatus.APPROVED else None,
                "created_at": now,
                "updated_at": now,
            }
        )
        trail.append(
            {
                "transfer_id": transfer_id,
                "action": TrailAction.SUBMITTED,
                "step": None,
                "step_name": None,
                "actor_account_id": hr_account,
                "comment": None,
                "occurred_at": now,
            }
        )
        if status == TransferStatus.APPROVED:
            assignments.append(
                {
                    "id": uuid.uuid4(),
                    "employee_id": person["id"],
                    "unit_id": store,
                    "kind": AssignmentKind.SECONDMENT,
                    "valid_from": start,
                    "valid_to": period_end(TransferKind.SECONDMENT, end),
                    "transfer_id": transfer_id,
                    "cancelled_at": None,
                    "started_announced_at": None,
                    "ended_announced_at": None,
                    "created_at": now,
                    "updated_at": now,
                }
            )
    return transfers, trail, assignments


# code, name, unit, side, source, scoring: the mission's scorecards, ready for values and ratings
TARGET = {"method": "target", "cap": "120"}
RATING = {"method": "rating", "scale_min": "1", "scale_max": "5"}
DEMO_METRICS: list[tuple[str, str, str, str, str, dict[str, str]]] = [
    ("customer_satisfaction", "Store customer satisfaction", "points", "store", "pushed", TARGET),
    ("store_efficiency", "Store operating efficiency", "%", "store", "pushed", TARGET),
    ("store_sales", "Store sales", "CNY", "store", "sales", TARGET),
    ("manager_rating", "Store manager's rating", "1-5", "store", "manual", RATING),
    ("hq_sales", "Head-office sales plan attainment", "%", "hq", "pushed", TARGET),
    ("hq_objectives", "Head-office objectives", "1-5", "hq", "manual", RATING),
    ("frontline_satisfaction", "Frontline satisfaction (ticket ratings)", "1-5", "support", "tickets", RATING),
]
# template code, name, population, lines (weights sum to 100 and satisfy the default template rules)
DEMO_TEMPLATES: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    (
        "seconded",
        "HQ staff seconded to a store",
        "seconded",
        # the store manager rates the people seconded to the store like its own staff
        [("customer_satisfaction", "30"), ("store_efficiency", "20"), ("manager_rating", "20"), ("hq_sales", "30")],
    ),
    (
        "store",
        "Store staff",
        "store",
        [("store_sales", "40"), ("customer_satisfaction", "30"), ("manager_rating", "30")],
    ),
    (
        "support",
        "Back-office support",
        "support",
        [("frontline_satisfaction", "25"), ("hq_objectives", "75")],
    ),
]
# this month's organisation-wide targets (set on the headquarters, inherited by every unit)
DEMO_TARGETS = {"customer_satisfaction": "90", "store_efficiency": "95", "store_sales": "1500000", "hq_sales": "100"}


def demo_scorecards(now: Any, today: date, headquarters_id: uuid.UUID) -> tuple[list[Any], list[Any], list[Any]]:
    """Metric definitions, one scorecard per population and this month's targets, so a store
    manager's rating or a pushed value shows in `GET /api/v1/me/performance` at once."""
    metrics = [
        {
            "id": uuid.uuid4(),
            "code": code,
            "name": name,
            "unit": unit,
            "side": side,
            "source": source,
            "direction": "higher",
            "scoring": scoring,
            "active": True,
            "created_at": now,
            "updated_at": now,
        }
        for code, name, unit, side, source, scoring in DEMO_METRICS
    ]
    templates = [
        {
            "id": uuid.uuid4(),
            "code": code,
            "name": name,
            "population": population,
            "lines": [{"metric_code": metric, "weight": weight} for metric, weight in lines],
            "active": True,
            "created_at": now,
            "updated_at": now,
        }
        for code, name, population, lines in DEMO_TEMPLATES
    ]
    targets = [
        {
            "id": uuid.uuid4(),
            "metric_code": code,
            "subject_kind": "unit",
            "subject_id": headquarters_id,
            "period_start": today.replace(day=1),
            "value_micro": int(value) * 1_000_000,
            "set_by": None,
            "updated_at": now,
        }
        for code, value in DEMO_TARGETS.items()
    ]
    return metrics, templates, targets


def demo_pool(now: Any, today: date, region_id: uuid.UUID) -> dict[str, Any]:
    """A draft collaboration pool for the East region this month, to watch grow in the preview: it
    pays once the region sells the sales metric's target, and the back office's share grows with
    every percent above it."""
    return {
        "id": uuid.uuid4(),
        "name": "East China collaboration pool",
        "scope_unit_id": region_id,
        "period": f"{today.year:04d}-{today.month:02d}",
        "currency": "CNY",
        "funding": [
            {"kind": "fixed", "amount": "5000.00"},
            {"kind": "commission_share", "commission_percent": "3", "share_percent": "12"},
        ],
        # the region's sales against the target of the sales metric (set on the headquarters)
        "conditions": [
            {
                "measure": "sales",
                "metric_code": "store_sales",
                "operator": "at_least",
                "threshold": "100",
                "of_target": True,
            }
        ],
        "frontline_percent": "70",
        "linked_rule": {"target_metric_code": "store_sales", "points_per_percent": "0.5", "cap_points": "10"},
        "status": "draft",
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }


async def demo_care(
    session: AsyncSession,
    sealer: Sealer,
    now: Any,
    today: date,
    by_email: dict[str, uuid.UUID],
    accounts: dict[str, uuid.UUID],
) -> None:
    """A nursing mother (baby five months old: no night work, the nursing hour) and a mother on an
    approved school-run arrangement (09:30-16:30, an hour shorter), each with consent per category."""
    mother, school_run = by_email["nursing-mother@demo.example"], by_email["school-run@demo.example"]
    profiles: dict[uuid.UUID, dict[Category, Any]] = {
        mother: {
            Category.SEX: "female",
            Category.NURSING: Nursing(births=[BirthRecord(born_on=add_months(today, -5))]),
            Category.SAFETY: Safety(latest_shift_end=time(21, 0)),
        },
        school_run: {
            Category.SEX: "female",
            Category.CHILDREN: [
                Child(
                    birth_month=add_months(today, -12 * 7).strftime("%Y-%m"),
                    school_name="Century Park Primary School",
                    school_latitude=31.2196,
                    school_longitude=121.5447,
                )
            ],
            Category.HOME: Home(address="Pudong, Shanghai", latitude=31.2243, longitude=121.5367),
        },
    }
    for employee_id, categories in profiles.items():
        for category, value in categories.items():
            session.add(CareConsent(employee_id=employee_id, category=category.value, given_at=now))
            session.add(
                CareRecord(
                    employee_id=employee_id,
                    category=category.value,
                    sealed=seal(sealer, employee_id, category, value),
                    updated_at=now,
                )
            )
    await session.flush()
    await recompute_periods(session, sealer, mother, CHINA)
    arrangement = FlexibleArrangement(
        employee_id=school_run,
        requested_by=accounts["school-run@demo.example"],
        start_date=today,
        end_date=add_months(today, 4),
        reduced_minutes=60,
        remote_days_per_week=0,
        window_start=time(9, 30),
        window_end=time(16, 30),
        status=ArrangementStatus.APPROVED.value,
        steps=DEFAULT_ARRANGEMENT_CHAIN,
        current_step=None,
        current_step_since=None,
        version=3,
        created_at=now,
        updated_at=now,
        decided_at=now,
    )
    session.add(arrangement)
    await session.flush()
    for step, action, who in ((None, "submitted", "school-run"), (0, "approved", "dept-head"), (1, "approved", "hr")):
        session.add(
            ArrangementTrailEntry(
                arrangement_id=arrangement.id,
                step=step,
                step_name=None if step is None else DEFAULT_ARRANGEMENT_CHAIN[step]["name"],
                action=action,
                actor_account_id=accounts[f"{who}@demo.example"],
                at=now,
            )
        )


DEMO_SHIFTS = [
    # code, name, local start, local end, unpaid break, people per weekday (Monday first)
    ("EARLY", "早班", time(7, 0), time(15, 0), 60, [2, 2, 2, 2, 2, 3, 3]),
    ("MIDDLE", "中班", time(11, 0), time(19, 0), 60, [1, 1, 1, 1, 1, 2, 2]),
    ("LATE", "晚班", time(15, 0), time(23, 0), 60, [1, 1, 1, 1, 1, 2, 2]),
]


async def demo_roster(
    session: AsyncSession, now: Any, today: date, store: dict[str, Any], people: list[dict[str, Any]], mother: uuid.UUID
) -> None:
    """SH-001's shift templates and this week's published roster: the nursing mother, seconded to the
    store for the fortnight, on early shifts (the rules keep her off late ones); the store's own
    staff fill the rest by the greedy fill, so the demo keeps every rule."""
    week_start = today - timedelta(days=today.weekday())
    session.add(
        Assignment(
            employee_id=mother,
            unit_id=store["id"],
            kind=AssignmentKind.SECONDMENT,
            valid_from=week_start,
            valid_to=week_start + timedelta(days=14),
            created_at=now,
            updated_at=now,
        )
    )
    templates = {}
    for code, name, starts, ends, break_minutes, headcount in DEMO_SHIFTS:
        template = ShiftTemplate(
            store_id=store["id"],
            code=code,
            name=name,
            starts=starts,
            ends=ends,
            break_minutes=break_minutes,
            headcount=headcount,
            active=True,
            version=1,
            created_at=now,
            updated_at=now,
        )
        session.add(template)
        templates[code] = template
    await session.flush()
    shifts = {str(t.id): rules.Shift(str(t.id), t.starts, t.ends, t.break_minutes) for t in templates.values()}
    days = [week_start + timedelta(days=i) for i in range(7)]
    early = shifts[str(templates["EARLY"].id)]
    existing = [rules.Placement(mother, day, early) for day in days[:5]]
    staff = [p["id"] for p in people if p["home_unit_id"] == store["id"] and p["status"] == EmployeeStatus.ACTIVE]
    slots = []
    for template in templates.values():
        for day in days:
            needed = template.headcount[day.weekday()] - (1 if template.code == "EARLY" and day in days[:5] else 0)
            if needed > 0:
                slots.append(suggest.Slot(day, shifts[str(template.id)], needed))
    policy = RosterPolicy()
    people_rules = {person: rules.Person() for person in [mother, *staff]}
    filled = suggest.greedy(
        slots,
        [suggest.Candidate(person, people_rules[person], frozenset(days)) for person in staff],
        existing,
        policy,
        others={mother: people_rules[mother]},
    )
    placements = [*existing, *filled.placements]
    assert not rules.check(placements, people_rules, policy), "the demo roster keeps every rule"
    roster = Roster(
        store_id=store["id"],
        week_start=week_start,
        status=RosterStatus.PUBLISHED.value,
        version=2,
        published_at=now,
        created_at=now,
        updated_at=now,
    )
    session.add(roster)
    await session.flush()
    session.add_all(
        RosterShift(
            roster_id=roster.id,
            employee_id=placement.person,
            day=placement.day,
            template_id=uuid.UUID(placement.shift.code),
            created_at=now,
        )
        for placement in placements
    )


DEMO_SKILLS = [
    ("fresh_produce", "Fresh produce", "生鲜"),
    ("cashier", "Cashier", "收银"),
    ("inventory", "Inventory", "库存管理"),
    ("customer_service", "Customer service", "客户服务"),
]
DEMO_TAGS = [["commute_time_flexible", "suits_parents"], ["mentor_available"], ["commute_time_flexible"]]
# the school-run mother's home (demo_care): postings are placed at the Shanghai stores nearest to it
DEMO_HOME = (31.2243, 121.5367)


async def demo_postings(
    session: AsyncSession, now: Any, today: date, units: list[dict[str, Any]], hr_account: uuid.UUID
) -> None:
    """The skill catalogue and a dozen open postings at the stores nearest the school-run mother's
    home, from next Monday for eight weeks: the nearest store (within 3 km) twice, once on a
    school-hours shift that fits her arrangement; SH-001's on its early and middle shifts; the
    others day shifts only."""
    for code, name, local_name in DEMO_SKILLS:
        session.add(Skill(code=code, name=name, local_name=local_name, created_at=now, updated_at=now))
    await session.flush()
    located = [u for u in units if u["kind"] == OrgUnitKind.STORE and u["latitude"] is not None]
    nearest = sorted(located, key=lambda u: haversine_m(*DEMO_HOME, u["latitude"], u["longitude"]))[:11]
    demo_store = next(u["id"] for u in units if u["code"] == DEMO_STORE_CODE)
    in_store = select(ShiftTemplate).where(ShiftTemplate.store_id == demo_store)
    store_templates = {t.code: str(t.id) for t in await session.scalars(in_store)}
    # the store nearest her home offers a school-hours shift (家长班) as well
    school_hours = ShiftTemplate(
        store_id=nearest[0]["id"],
        code="PARENT",
        name="家长班",
        starts=time(9, 30),
        ends=time(16, 30),
        break_minutes=60,
        headcount=[1, 1, 1, 1, 1, 0, 0],
        active=True,
        version=1,
        created_at=now,
        updated_at=now,
    )
    session.add(school_hours)
    await session.flush()
    start = today + timedelta(days=7 - today.weekday())
    openings: list[tuple[dict[str, Any], list[str], list[str]]] = [
        (nearest[0], [str(school_hours.id)], ["commute_time_flexible", "suits_parents"])
    ]
    for number, unit in enumerate(nearest):
        shifts = [store_templates["EARLY"], store_templates["MIDDLE"]] if unit["id"] == demo_store else []
        openings.append((unit, shifts, DEMO_TAGS[number % len(DEMO_TAGS)]))
    for number, (unit, shifts, tags) in enumerate(openings):
        session.add(
            Posting(
                unit_id=unit["id"],
                title=f"Frontline cover at {unit['name']}",
                description="Eight weeks on the shop floor with a store mentor.",
                start_date=start,
                end_date=start + timedelta(weeks=8) - timedelta(days=1),
                template_ids=shifts,
                day_shifts_only=not shifts,
                hours_per_week=30 if unit is nearest[0] and number == 0 else 40,
                headcount=1 + number % 3,
                taken=0,
                skills=[DEMO_SKILLS[number % len(DEMO_SKILLS)][0]],
                tags=tags,
                eligible_unit_ids=[],
                # the school-hours opening asks for food safety (食品安全) passed at 90 before it starts
                required_courses=[{"course_code": "SAFE-101", "pass_mark": 90}] if number == 0 else [],
                latitude=unit["latitude"],
                longitude=unit["longitude"],
                status=PostingStatus.OPEN.value,
                created_by=hr_account,
                opened_by=hr_account,
                opened_at=now,
                version=2,
                created_at=now,
                updated_at=now,
            )
        )


DEMO_COURSES: list[tuple[str, str, str, str, str, str, int]] = [
    # code, title, category, delivery, base credits, weight, pass mark
    ("IIOT-101", "工业互联网应用", "required", "online", "2", "1.5", 80),
    ("SAFE-101", "食品安全", "required", "classroom", "2", "1", 70),
    ("LEAD-301", "班组长领导力", "required", "classroom", "4", "1.5", 75),
    ("SVC-201", "顾客服务技巧", "elective", "online", "2", "1", 80),
    ("DIGI-110", "数字化门店运营", "elective", "online", "2", "1.25", 80),
    ("FRESH-P", "生鲜陈列实操", "practice", "practice", "3", "1", 0),
]
# e-mail -> (course, evidence) in the order they arrived; employee@demo ends 1.5 credits short of junior
DEMO_COMPLETIONS: dict[str, list[tuple[str, Evidence]]] = {
    "employee@demo.example": [
        ("IIOT-101", Evidence(completion_percent=100, exam_score=72)),
        ("IIOT-101", Evidence(completion_percent=100, exam_score=88)),
        ("SAFE-101", Evidence(attended=True, exam_score=81)),
        ("LEAD-301", Evidence(attended=True, exam_score=90)),
        ("SVC-201", Evidence(completion_percent=100, exam_score=85)),
        ("DIGI-110", Evidence(completion_percent=100, exam_score=93)),
        ("FRESH-P", Evidence(mentor_score=9)),
    ],
    "store-employee@demo.example": [
        ("SAFE-101", Evidence(attended=True, exam_score=76)),
        ("FRESH-P", Evidence(mentor_score=8)),
        ("SVC-201", Evidence(completion_percent=100, exam_score=80)),
    ],
    "nursing-mother@demo.example": [
        ("IIOT-101", Evidence(completion_percent=100, exam_score=91)),
        ("SVC-201", Evidence(completion_percent=60)),
    ],
}


async def demo_training(
    session: AsyncSession, now: Any, today: date, employees: dict[str, uuid.UUID], hr_account: uuid.UUID
) -> None:
    """A course catalogue with Chinese titles, this year's credit plans (60 credits, 40/30/30) and
    completions for three demo people, judged by the default rules: employee@demo.example failed
    her first exam of 工业互联网应用 and passed the retake, and stands 1.5 credits short of junior."""
    courses = {}
    for code, title, category, delivery, base, weight, pass_mark in DEMO_COURSES:
        courses[code] = Course(
            code=code,
            title=title,
            local_title=title,
            category=category,
            delivery=delivery,
            base_credits_centi=to_centi(base),
            weight_centi=to_centi(weight),
            pass_mark=pass_mark,
            skills=["fresh_produce"] if code == "FRESH-P" else (["customer_service"] if code == "SVC-201" else []),
            effect_metrics=["customer_satisfaction"] if code == "SVC-201" else [],
            active_from=today - timedelta(days=365),
            active_to=None,
            version=1,
            created_at=now,
            updated_at=now,
        )
    session.add_all(courses.values())
    for population in Population:
        session.add(
            CreditPlan(
                population=population.value,
                year=today.year,
                total_centi=6000,
                shares={"required": 40, "elective": 30, "practice": 30},
                minimums_centi={"required": 1200, "elective": 0, "practice": 300},
                version=1,
                updated_at=now,
                updated_by=hr_account,
            )
        )
    await session.flush()
    rules = TRAINING_DEFAULTS.credit_rules
    for email, taken in DEMO_COMPLETIONS.items():
        for number, (code, evidence) in enumerate(taken):
            course = courses[code]
            item = TrainingItem(
                0,
                f"demo:{email}:{number}",
                employees[email],
                course,
                today - timedelta(days=60 - 7 * number),
                evidence,
                judge(course, evidence, rules),
            )
            await record_completions(session, recorder_id=hr_account, source="platform", now=now, items=[item])


# code, title, Chinese title, what it leads to, conditions
DEMO_RULES: list[tuple[str, str, str, str, list[dict[str, Any]]]] = [
    (
        "dept-manager",
        "Department manager",
        "部门经理",
        "department manager",
        [
            {"kind": "frontline_time", "min_days": 180, "window_months": 36},
            {"kind": "frontline_performance", "top_percent": 30, "aggregate": "best", "window_months": 36},
            {"kind": "credits", "min_credits": "50", "window_months": 24},
        ],
    ),
    (
        "frontline-excellence",
        "Frontline excellence of the year",
        "年度一线优秀员工",
        "excellent employee of the year",
        [
            {"kind": "frontline_time", "min_days": 90, "window_months": 12},
            {"kind": "credits", "min_credits": "3", "window_months": 24},
        ],
    ),
]


async def demo_growth(
    session: AsyncSession, now: Any, today: date, people: dict[str, uuid.UUID], store_id: uuid.UUID, hr: uuid.UUID
) -> None:
    """Promotion rules; employee@demo.example back from 180 days at the demo store (eligible for
    frontline excellence), the nursing mother back from 75 (with this week's at the store she is close:
    76 to 82 of the 90 days); the running
    secondment's mentor is the head of Operations, with last week's check-in."""
    for code, title, local_title, target, conditions in DEMO_RULES:
        session.add(
            EligibilityRule(
                code=code,
                title=title,
                local_title=local_title,
                target=target,
                applies_to_roles=[],
                conditions=conditions,
                active=True,
                version=1,
                created_at=now,
                updated_at=now,
            )
        )
    for email, days in (("employee@demo.example", 180), ("nursing-mother@demo.example", 75)):
        transfer_id, start, end = uuid.uuid4(), today - timedelta(days=20 + days), today - timedelta(days=20)
        session.add(
            Transfer(
                id=transfer_id,
                employee_id=people[email],
                requested_by=hr,
                kind=TransferKind.SECONDMENT,
                destination_unit_id=store_id,
                start_date=start,
                end_date=end - timedelta(days=1),
                reason="Learn the store from the floor",
                status=TransferStatus.APPROVED,
                steps=DEFAULT_CHAIN,
                version=1,
                submitted_at=now,
                decided_at=now,
                created_at=now,
                updated_at=now,
            )
        )
        await session.flush()
        session.add(
            Assignment(
                id=uuid.uuid4(),
                employee_id=people[email],
                unit_id=store_id,
                kind=AssignmentKind.SECONDMENT,
                valid_from=start,
                valid_to=end,
                transfer_id=transfer_id,
                created_at=now,
                updated_at=now,
            )
        )
    running = await session.scalar(
        select(Transfer.id).where(
            Transfer.status == TransferStatus.APPROVED, Transfer.start_date == today - timedelta(days=14)
        )
    )
    if running is not None:
        mentorship = Mentorship(
            id=uuid.uuid4(),
            transfer_id=running,
            mentee_id=await session.scalar(select(Transfer.employee_id).where(Transfer.id == running)),
            mentor_id=people["dept-head@demo.example"],
            assigned_by=hr,
            assigned_at=now,
        )
        session.add(mentorship)
        await session.flush()
        session.add(
            MentorCheckIn(
                id=uuid.uuid4(),
                mentorship_id=mentorship.id,
                held_on=today - timedelta(days=7),
                notes="第一周：熟悉生鲜区和早班收货流程。",  # noqa: RUF001 (Chinese punctuation)
                mentee_state="steady",
                mentee_notes="早班收货节奏很快，希望多跟几次。",  # noqa: RUF001
                support_rating=5,
                created_at=now,
                updated_at=now,
            )
        )


async def load_demo(
    database: Database, *, clock: Clock, hashing: PasswordHashing, password: str, sealer: Sealer
) -> str:
    """Loads the demo organisation once; a second run changes nothing."""
    async with database.session_scope() as session:
        if await session.scalar(select(OrgUnit.id).limit(1)) is not None:
            return "the database already holds an organisation; demo data not loaded (nothing changed)"
        now = clock.now()
        rng = random.Random(2026)
        units = build_org(now, rng)
        people = build_people(now, rng, units)
        by_code = {u["code"]: u for u in units}
        password_hash = hashing.hash(password)
        taken: set[uuid.UUID] = set()
        accounts, grants = [], []
        for email, role, place in DEMO_ACCOUNTS:
            home = by_code[f"D-{place}"] if f"D-{place}" in by_code else by_code[place]
            person = next(
                p
                for p in people
                if p["home_unit_id"] == home["id"] and p["id"] not in taken and p["status"] == EmployeeStatus.ACTIVE
            )
            taken.add(person["id"])
            account_id = uuid.uuid4()
            accounts.append(
                {
                    "id": account_id,
                    "employee_id": person["id"],
                    "email": email,
                    "password_hash": password_hash,
                    "is_active": True,
                    "failed_logins": 0,
                    "password_changed_at": now,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            scope = by_code[HQ_CODE] if role in ORGANISATION_ROLES else home
            grants.append(
                {
                    "id": uuid.uuid4(),
                    "account_id": account_id,
                    "role": role,
                    "org_unit_id": scope["id"],
                    "created_at": now,
                }
            )
            if role != Role.EMPLOYEE:
                grants.append(
                    {
                        "id": uuid.uuid4(),
                        "account_id": account_id,
                        "role": Role.EMPLOYEE,
                        "org_unit_id": home["id"],
                        "created_at": now,
                    }
                )
        for unit in units:  # parents first, so foreign keys hold row by row
            await session.execute(insert(OrgUnit), [unit])
        await session.execute(insert(Employee), people)
        await session.execute(insert(Account), accounts)
        await session.execute(insert(RoleGrant), grants)
        today = now.astimezone(ZoneInfo(by_code[HQ_CODE]["timezone"])).date()
        await session.execute(insert(EmployeeStatusChange), build_status_history(now, today, people))
        await demo_care(
            session,
            sealer,
            now,
            today,
            {a["email"]: a["employee_id"] for a in accounts},
            {a["email"]: a["id"] for a in accounts},
        )
        transfers, trail, assignments = build_transfers(now, today, people, by_code, accounts)
        await session.execute(insert(Transfer), transfers)
        await session.execute(insert(TransferTrailEntry), trail)
        await session.execute(insert(Assignment), assignments)
        await demo_roster(
            session,
            now,
            today,
            by_code[DEMO_STORE_CODE],
            people,
            next(a["employee_id"] for a in accounts if a["email"] == "nursing-mother@demo.example"),
        )
        await demo_postings(
            session, now, today, units, next(a["id"] for a in accounts if a["email"] == "hr@demo.example")
        )
        await demo_training(
            session,
            now,
            today,
            {a["email"]: a["employee_id"] for a in accounts},
            next(a["id"] for a in accounts if a["email"] == "hr@demo.example"),
        )
        await demo_growth(
            session,
            now,
            today,
            {a["email"]: a["employee_id"] for a in accounts},
            by_code[DEMO_STORE_CODE]["id"],
            next(a["id"] for a in accounts if a["email"] == "hr@demo.example"),
        )
        by_email = {a["email"]: a["employee_id"] for a in accounts}
        account_by_email = {a["email"]: a["id"] for a in accounts}
        unit_ids = {u["code"]: u["id"] for u in units}
        await session.execute(
            insert(RoutingRule),
            [
                {
                    "id": uuid.uuid4(),
                    "category": category,
                    "region_id": None,
                    "department_id": by_code[f"D-{department}"]["id"],
                    "created_at": now,
                }
                for category, department in TICKET_ROUTES
            ],
        )
        await session.execute(
            insert(SlaPolicy),
            [
                {
                    "id": uuid.uuid4(),
                    "category": None,
                    "priority": TicketPriority.URGENT,
                    "first_response_minutes": 60,
                    "resolution_minutes": 8 * 60,
                    "business_hours": False,
                    "updated_at": now,
                }
            ],
        )
        await session.execute(insert(Pool), [demo_pool(now, today, by_code["R-EAST"]["id"])])
        metrics, templates, targets = demo_scorecards(now, today, by_code[HQ_CODE]["id"])
        await session.execute(insert(MetricDefinition), metrics)
        await session.execute(insert(ScorecardTemplate), templates)
        await session.execute(insert(MetricTarget), targets)
        for seed in (demo_recognition, demo_stories, demo_knowledge, demo_surveys, demo_history):
            await seed(session, now=now, today=today, people=by_email, accounts=account_by_email, units=unit_ids)
        stores = sum(1 for u in units if u["kind"] == OrgUnitKind.STORE)
        summary = {"org_units": len(units), "stores": stores, "employees": len(people), "accounts": len(accounts)}
        await audit.record(
            session,
            actor=None,
            clock=clock,
            action="demo.loaded",
            entity_type="organisation",
            entity_id=by_code[HQ_CODE]["id"],
            changes={"loaded": {"before": None, "after": summary}},
        )
        message = (
            f"demo organisation loaded: {len(units)} org units ({stores} stores), {len(people)} employees, "
            f"{len(accounts)} demo accounts"
        )
    # the mission figures' flags as the worker would raise them tonight (HR is told by the worker)
    await evaluate_flags(database, clock)
    return message
