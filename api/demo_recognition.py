# ruff: noqa: RUF001 (Chinese texts are written with Chinese punctuation)
"""Demo data of the recognition context (loaded by api.demo_data.load_demo): a catalogue (shopping
cards and a half-day of leave), an HR programme, cards between demo staff with their points in the
ledger and the budgets they used, and one redemption waiting for HR."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.people.models import Employee
from domain.recognition.models import (
    BudgetSpend,
    CatalogueItem,
    PairSpend,
    PointAccount,
    PointsEntry,
    RecognitionCard,
    RecognitionProgramme,
    Redemption,
)
from domain.recognition.rules import EXPIRY_MONTHS_DEFAULT, add_months, month_of, pair_key

CATALOGUE = [
    ("CARD-100", "Supermarket card 100 CNY", "100元超市购物卡", "shopping_card", 100, 20),
    ("CARD-300", "Supermarket card 300 CNY", "300元超市购物卡", "shopping_card", 300, 10),
    ("LEAVE-HALF", "Half a day of paid leave", "带薪假半天", "leave", 200, 50),
    ("MOVIE-2", "Two cinema tickets", "电影票两张", "other", 80, 30),
]
# sender, receiver, category, text, points, programme, visibility, days ago
CARDS = [
    (
        "store-manager@demo.example",
        "store-employee@demo.example",
        "customer",
        (
            "顾客找不到孩子时，你第一时间广播并陪着她等到孩子回来。谢谢！\n"
            "You stayed with a worried mother until her child was found."
        ),
        30,
        None,
        "public",
        3,
    ),
    (
        "store-employee@demo.example",
        "employee@demo.example",
        "problem_solved",
        "收银系统卡顿，你远程十分钟就解决了。 The tills froze and you fixed them remotely in ten minutes.",
        20,
        None,
        "public",
        2,
    ),
    (
        "employee@demo.example",
        "store-employee@demo.example",
        "teamwork",
        "周末盘点一起熬到最后，辛苦了。 Thanks for staying to the end of the weekend stocktake.",
        0,
        None,
        "private",
        1,
    ),
    (
        "dept-head@demo.example",
        "store-employee@demo.example",
        "cost_saving",
        "你提出的冷柜夜间节能方案每月省下近两千度电。 Your night-time fridge plan saves almost 2,000 kWh a month.",
        150,
        "SPRING-HEROES",
        "public",
        1,
    ),
]


async def demo_recognition(
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
    await session.execute(
        insert(CatalogueItem),
        [
            {
                "code": code,
                "name": name,
                "local_name": local,
                "description": None,
                "kind": kind,
                "price": price,
                "stock": stock,
                "active": True,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for code, name, local, kind, price, stock in CATALOGUE
        ],
    )
    await session.execute(
        insert(RecognitionProgramme).values(
            code="SPRING-HEROES",
            name="Spring festival heroes",
            local_name="春节坚守英雄",
            description="For those who kept the stores open over the Spring Festival.",
            pool=5000,
            remaining=5000 - sum(card[4] for card in CARDS if card[5]),
            ends_on=today + timedelta(days=60),
            active=True,
            version=1,
            created_at=now,
            updated_at=now,
            updated_by=hr,
        )
    )
    homes = dict((await session.execute(select(Employee.id, Employee.home_unit_id))).all())
    month = month_of(today)
    budget_spent: dict[uuid.UUID, int] = {}
    pair_points: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
    holders: set[uuid.UUID] = set()
    for sender, receiver, category, text, points, programme, visibility, days_ago in CARDS:
        sender_id, receiver_id = people[sender], people[receiver]
        sent_at = now - timedelta(days=days_ago)
        card_id = uuid.uuid4()
        await session.execute(
            insert(RecognitionCard).values(
                id=card_id,
                sender_id=sender_id,
                receiver_id=receiver_id,
                receiver_unit_id=homes[receiver_id],
                category=category,
                text=text,
                points=points,
                programme_code=programme,
                visibility=visibility,
                month=month,
                created_at=sent_at,
            )
        )
        if points and programme is None:
            budget_spent[sender_id] = budget_spent.get(sender_id, 0) + points
            key = pair_key(sender_id, receiver_id)
            pair_points[key] = pair_points.get(key, 0) + points
        if points:
            holders.add(receiver_id)
            await session.execute(
                insert(PointsEntry).values(
                    employee_id=receiver_id,
                    delta=points,
                    kind="award",
                    card_id=card_id,
                    occurred_at=sent_at,
                    expires_at=add_months(sent_at, EXPIRY_MONTHS_DEFAULT),
                )
            )
    if budget_spent:
        await session.execute(
            insert(BudgetSpend), [{"employee_id": e, "month": month, "spent": p} for e, p in budget_spent.items()]
        )
    if pair_points:
        await session.execute(
            insert(PairSpend),
            [{"low_id": low, "high_id": high, "month": month, "points": p} for (low, high), p in pair_points.items()],
        )
    await session.execute(insert(PointAccount), [{"employee_id": e, "expired_through": None} for e in holders])
    # the store employee asks for cinema tickets; HR decides
    requester = people["store-employee@demo.example"]
    redemption_id = uuid.uuid4()
    await session.execute(
        insert(Redemption).values(
            id=redemption_id,
            employee_id=requester,
            item_code="MOVIE-2",
            points=80,
            note="周末和家人去看电影 / A film with the family at the weekend",
            status="pending",
            reason=None,
            requested_at=now,
            decided_at=None,
            decided_by=None,
            version=1,
            updated_at=now,
        )
    )
    await session.execute(
        insert(PointsEntry).values(
            employee_id=requester, delta=-80, kind="redemption", redemption_id=redemption_id, occurred_at=now
        )
    )
    await session.execute(
        update(CatalogueItem).where(CatalogueItem.code == "MOVIE-2").values(stock=CatalogueItem.stock - 1)
    )
