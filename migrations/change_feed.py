"""Database triggers that stamp `change_seq` on every insert and update of the synced tables, so HR
systems can read changes by cursor without skipping a row while writes go on.

PostgreSQL: the writing transaction's id (xid8, never wraps). Readers only return rows of
transactions older than every transaction still running (`pg_snapshot_xmin`), so a row that commits
later always lands after the cursor. SQLite: one writer at a time, so a per-table counter
(change_feed_counters, never decreasing) is already in commit order.
"""

# SQL is built from this module's own table names (SYNCED_TABLES), never from input.
# ruff: noqa: S608

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
        op.execute(f"INSERT INTO change_feed_counters (table_name, value) VALUES ('{table}', 0)")
        stamp = (
            f"UPDATE change_feed_counters SET value = value + 1 WHERE table_name = '{table}'; "
            f"UPDATE {table} SET change_seq = (SELECT value FROM change_feed_counters WHERE table_name = '{table}') "
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
