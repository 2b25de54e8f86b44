"""The change feeds' bookkeeping."""

from __future__ import annotations

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base


class ChangeFeedCounter(Base):
    """SQLite only: the last change_seq handed out per synced table. A counter that never goes back
    (not max()+1), so deleting the newest row cannot make a number come round twice."""

    __tablename__ = "change_feed_counters"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)
