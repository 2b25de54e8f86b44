"""Database triggers that stamp `change_seq` on every insert and update of the synced tables, so HR
systems can read changes by cursor without skipping a row while writes go on.

PostgreSQL: the writing transaction's id (xid8, never wraps). Readers only return rows of
transactions older than every transaction still running (`pg_snapshot_xmin`), so a row that commits
later always lands after the cursor. SQLite: one writer at a time, so the table's next number is
already in commit order.
"""

from __future__ import annotations

from alembic import op

SYNCED_TABLES = ("employees", "assignments", "transfers")


def install(table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"CREATE TRIGGER {table}_change_feed BEFORE INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION change_feed_stamp()"
        )
    else:
        stamp = (
            f"UPDATE {table} SET change_seq = (SELECT coalesce(max(change_seq), 0) + 1 FROM {table}) "
            "WHERE rowid = NEW.rowid;"
        )
        op.execute(f"CREATE TRIGGER {table}_change_feed_insert AFTER INSERT ON {table} BEGIN {stamp} END")
        op.execute(
            f"CREATE TRIGGER {table}_change_feed_update AFTER UPDATE ON {table} "
            f"WHEN NEW.change_seq IS OLD.change_seq BEGIN {stamp} END"
        )
    # rows that exist already join the feed
    op.execute(f"UPDATE {table} SET change_seq = NULL")


def uninstall(table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {table}_change_feed ON {table}")
        return
    op.execute(f"DROP TRIGGER IF EXISTS {table}_change_feed_insert")
    op.execute(f"DROP TRIGGER IF EXISTS {table}_change_feed_update")


def install_all() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            """
            CREATE FUNCTION change_feed_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.change_seq := pg_current_xact_id()::text::bigint;
                RETURN NEW;
            END;
            $$
            """
        )
    for table in SYNCED_TABLES:
        install(table)


def uninstall_all() -> None:
    for table in SYNCED_TABLES:
        uninstall(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS change_feed_stamp()")
