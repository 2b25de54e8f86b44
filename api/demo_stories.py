# ruff: noqa: RUF001
"""Demo data of the stories context (loaded by api.demo_data.load_demo): two stories (one
published to everyone featuring the demo store's employee, who consented; one draft for the East
region waiting on consent) and a few experience posts on the board."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from domain.stories.models import (
    ConsentStatus,
    ExperiencePost,
    ExperiencePostTag,
    PostStatus,
    Story,
    StoryAudience,
    StoryFeature,
    StoryStatus,
)


async def demo_stories(
    session: AsyncSession,
    *,
    now: datetime,
    today: date,
    people: dict[str, uuid.UUID],
    accounts: dict[str, uuid.UUID],
    units: dict[str, uuid.UUID],
) -> None:
    """people: demo e-mail -> employee id; accounts: demo e-mail -> account id; units: code -> id."""
    hr = accounts["hr@demo.example"]
    published, draft = uuid.uuid4(), uuid.uuid4()
    week_ago = now - timedelta(days=7)
    await session.execute(
        insert(Story),
        [
            {
                "id": published,
                "title": "夜班里的人民广场店 / A night shift at People's Square",
                "body": (
                    "凌晨四点，生鲜到货。店员和来挂职的总部同事一起理货、核价，七点开门前货架全部就位。\n"
                    "At 4 a.m. the fresh delivery arrives; by 7 the shelves are full."
                ),
                "audiences": [{"kind": "everyone", "unit_id": None}],
                "status": StoryStatus.PUBLISHED,
                "author_account_id": hr,
                "published_at": week_ago,
                "announced_at": week_ago,
                "version": 2,
                "created_at": week_ago - timedelta(days=2),
                "updated_at": week_ago,
            },
            {
                "id": draft,
                "title": "华东区的新店长 / The East region's new store managers",
                "body": "三位从总部挂职的同事，如何在三个月里接手门店。",
                "audiences": [{"kind": "region", "unit_id": str(units["R-EAST"])}],
                "status": StoryStatus.DRAFT,
                "author_account_id": hr,
                "version": 1,
                "created_at": now - timedelta(days=1),
                "updated_at": now - timedelta(days=1),
            },
        ],
    )
    await session.execute(
        insert(StoryAudience),
        [
            {"story_id": published, "position": 0, "kind": "everyone", "unit_id": None},
            {"story_id": draft, "position": 0, "kind": "region", "unit_id": units["R-EAST"]},
        ],
    )
    await session.execute(
        insert(StoryFeature),
        [
            {
                "story_id": published,
                "employee_id": people["store-employee@demo.example"],
                "consent": ConsentStatus.GIVEN,
                "requested_at": week_ago - timedelta(days=2),
                "answered_at": week_ago - timedelta(days=1),
            },
            {
                "story_id": draft,
                "employee_id": people["store-manager@demo.example"],
                "consent": ConsentStatus.PENDING,
                "requested_at": now - timedelta(days=1),
                "answered_at": None,
            },
        ],
    )
    posts = [
        (
            "school-run@demo.example",
            "门店和孩子上学怎么兼顾 / Balancing the store and the school run",
            "我和店长约好早班从九点半开始，送完孩子直接到店；周三的晚班和同事换成了周六。\n提前一周排好，大家都方便。",
            ["家庭", "排班", "school-run"],
            PostStatus.PUBLISHED,
            3,
        ),
        (
            "employee@demo.example",
            "挂职第一周的三件事 / Three things from my first week at a store",
            "1. 先学收银和退换货；2. 跟早班理货一次；3. 每天下班前和店长复盘十分钟。",
            ["挂职", "first-week"],
            PostStatus.PUBLISHED,
            2,
        ),
        (
            "nursing-mother@demo.example",
            "哺乳期在门店的安排 / Nursing at the store",
            "店里腾出了一间休息室，每天两次各三十分钟，排班时已经算进去。",
            ["家庭", "哺乳期"],
            PostStatus.SUBMITTED,
            0,
        ),
    ]
    rows: list[dict[str, object]] = []
    tags: list[dict[str, object]] = []
    for email, title, body, post_tags, status, days in posts:
        post_id = uuid.uuid4()
        written = now - timedelta(days=days)
        rows.append(
            {
                "id": post_id,
                "author_employee_id": people[email],
                "author_account_id": accounts[email],
                "title": title,
                "body": body,
                "tags": post_tags,
                "status": status,
                "moderated_by": hr if status == PostStatus.PUBLISHED else None,
                "moderated_at": written + timedelta(hours=2) if status == PostStatus.PUBLISHED else None,
                "report_count": 0,
                "reports_reviewed": 0,
                "published_at": written + timedelta(hours=2) if status == PostStatus.PUBLISHED else None,
                "version": 2 if status == PostStatus.PUBLISHED else 1,
                "created_at": written,
                "updated_at": written,
            }
        )
        tags.extend({"post_id": post_id, "tag": tag} for tag in post_tags)
    await session.execute(insert(ExperiencePost), rows)
    await session.execute(insert(ExperiencePostTag), tags)
