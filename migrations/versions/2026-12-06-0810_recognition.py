"""Recognition: cards, budgets, the points ledger, programmes, the catalogue and redemptions.

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-06 08:10
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0033"
down_revision: str | None = "0032"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
