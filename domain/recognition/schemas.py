"""Recognition's inputs and outputs. Texts people type (a card's words, a redemption's note, a
rejection's reason) are plain text: stored and returned exactly as written, never rendered as HTML;
control characters other than line breaks and tabs are refused."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, StringConstraints, model_validator

from domain.shared.i18n import _
from domain.shared.schemas import BusinessCode, DisplayName, InputModel, IsoDate


def _plain_text(value: str) -> str:
    if any((ord(ch) < 0x20 and ch not in "\n\t") or 0x7F <= ord(ch) < 0xA0 for ch in value):
        raise ValueError(_("text must not contain control characters other than line breaks and tabs"))
    return value


CardText = Annotated[
    str,
    StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=2000),
    AfterValidator(_plain_text),
]
Reason = Annotated[
    str,
    StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=1000),
    AfterValidator(_plain_text),
]
LongText = Annotated[
    str,
    StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=4000),
    AfterValidator(_plain_text),
]
Points = Annotated[int, Field(strict=True, ge=0, le=100_000)]


class CardCategory(enum.StrEnum):
    CUSTOMER = "customer"
    TEAMWORK = "teamwork"
    PROBLEM_SOLVED = "problem_solved"
    COST_SAVING = "cost_saving"
    OTHER = "other"


class Visibility(enum.StrEnum):
    PUBLIC = "public"  # everyone signed in
    PRIVATE = "private"  # the sender, the receiver, the receiver's managers, HR and leaders


class ItemKind(enum.StrEnum):
    SHOPPING_CARD = "shopping_card"
    LEAVE = "leave"
    OTHER = "other"


class RedemptionStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


# --- settings -------------------------------------------------------------------------------------

BudgetRole = Literal["employee", "store_manager", "dept_head", "hr", "leader", "admin"]


class SettingsRead(BaseModel):
    budgets: dict[str, int] = Field(description="Monthly points budget by role; a sender gets the largest of theirs")
    pair_cap: int = Field(description="Budget points between the same two people a month, both directions summed")
    expiry_months: int = Field(description="Months after which awarded points expire, oldest first")
    version: int = Field(description="0 while the defaults hold; send it back when saving")
    updated_at: datetime | None


class SettingsUpdate(InputModel):
    budgets: dict[BudgetRole, Annotated[int, Field(strict=True, ge=0, le=100_000)]] = Field(
        min_length=1, examples=[{"employee": 50, "store_manager": 500, "dept_head": 500, "hr": 0}]
    )
    pair_cap: int = Field(strict=True, ge=0, le=100_000, examples=[100])
    expiry_months: int = Field(strict=True, ge=1, le=120, examples=[24])
    version: int = Field(strict=True, ge=0, description="The version read (0 for the defaults)")


# --- programmes -----------------------------------------------------------------------------------


class ProgrammeWrite(InputModel):
    name: DisplayName = Field(examples=["Spring festival heroes"])
    local_name: DisplayName | None = Field(default=None, examples=["春节坚守英雄"])
    description: LongText | None = None
    pool: int = Field(strict=True, ge=0, le=100_000_000, description="Points the programme holds in all")
    ends_on: IsoDate | None = Field(default=None, description="The last day cards may draw on it")
    active: bool = True
    version: int | None = Field(default=None, description="The version read, when changing a programme")


class ProgrammeRead(BaseModel):
    code: str
    name: str
    local_name: str | None
    description: str | None
    pool: int
    remaining: int
    ends_on: date | None
    active: bool
    version: int
    updated_at: datetime


# --- catalogue ------------------------------------------------------------------------------------


class ItemWrite(InputModel):
    name: DisplayName = Field(examples=["Supermarket card 100 CNY"])
    local_name: DisplayName | None = Field(default=None, examples=["100元购物卡"])
    description: LongText | None = None
    kind: ItemKind
    price: int = Field(strict=True, ge=1, le=1_000_000, description="Points it costs")
    stock: int = Field(strict=True, ge=0, le=1_000_000, description="How many are left to redeem")
    active: bool = True
    version: int | None = Field(default=None, description="The version read, when changing an item")


class ItemRead(BaseModel):
    code: str
    name: str
    local_name: str | None
    description: str | None
    kind: ItemKind
    price: int
    stock: int
    active: bool
    version: int
    updated_at: datetime


# --- cards ----------------------------------------------------------------------------------------


class CardCreate(InputModel):
    receiver_id: uuid.UUID = Field(description="An active colleague, not oneself")
    category: CardCategory
    text: CardText = Field(description="Plain text, kept as written (HTML is not rendered)")
    points: Points | None = Field(default=None, description="None or 0: a card without points")
    visibility: Visibility = Visibility.PUBLIC
    programme_code: BusinessCode | None = Field(
        default=None, description="Award from this HR programme instead of the monthly budget (managers and HR)"
    )

    @model_validator(mode="after")
    def _programme_needs_points(self) -> CardCreate:
        if self.programme_code is not None and not self.points:
            raise ValueError(_("a card drawing on a programme gives points"))
        return self


class Person(BaseModel):
    employee_id: uuid.UUID
    employee_no: str
    full_name: str
    local_name: str | None


class CardRead(BaseModel):
    id: uuid.UUID
    sender: Person
    receiver: Person
    receiver_unit_id: uuid.UUID
    category: CardCategory
    text: str = Field(description="As written; plain text")
    points: int
    programme_code: str | None
    visibility: Visibility
    created_at: datetime


class BudgetRead(BaseModel):
    month: str
    budget: int
    spent: int
    remaining: int


class MyRecognition(BaseModel):
    employee_id: uuid.UUID
    balance: int = Field(description="Points I hold: the sum of my ledger")
    expiring_within_30_days: int
    budget: BudgetRead
    pair_cap: int
    cards_received: int
    cards_sent: int


class PointsEntryRead(BaseModel):
    id: int
    delta: int
    kind: Literal["award", "redemption", "refund", "expiry"]
    card_id: uuid.UUID | None
    redemption_id: uuid.UUID | None
    occurred_at: datetime
    expires_at: datetime | None


# --- redemptions ----------------------------------------------------------------------------------


class RedemptionCreate(InputModel):
    item_code: BusinessCode
    note: Reason | None = Field(default=None, description="For HR, e.g. which half-day is wanted")


class RedemptionDecision(InputModel):
    decision: Literal["approve", "reject"]
    reason: Reason | None = Field(default=None, description="Required to reject; the requester reads it")

    @model_validator(mode="after")
    def _reason_to_reject(self) -> RedemptionDecision:
        if self.decision == "reject" and self.reason is None:
            raise ValueError(_("give a reason to reject"))
        return self


class RedemptionRead(BaseModel):
    id: uuid.UUID
    employee: Person
    item_code: str
    item_name: str
    item_kind: ItemKind
    points: int
    note: str | None
    status: RedemptionStatus
    reason: str | None
    requested_at: datetime
    decided_at: datetime | None
    version: int


class ArchiveCard(BaseModel):
    """A card as the growth archive shows it."""

    id: uuid.UUID
    sender_name: str
    category: CardCategory
    points: int
    visibility: Visibility
    created_at: datetime
