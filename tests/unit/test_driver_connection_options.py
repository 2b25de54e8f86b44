"""The clock-in hot path's bare driver pool must reach PostgreSQL exactly as the engine does: a
production URL's `ssl=require` dropped on the way would send punches over plain TCP (or fail)."""

from __future__ import annotations

from domain.shared.db import Database


def test_url_options_reach_the_driver_pool_and_adaptor_options_do_not() -> None:
    database = Database(
        "postgresql+asyncpg://app:secret@db.internal:6432/frontline?ssl=require&prepared_statement_cache_size=50"
    )
    options = database._driver_arguments()
    assert options["ssl"] == "require"
    assert (options["host"], options["port"], options["user"], options["password"], options["database"]) == (
        "db.internal",
        6432,
        "app",
        "secret",
        "frontline",
    )
    assert "prepared_statement_cache_size" not in options
    assert options["server_settings"] == {"plan_cache_mode": "force_generic_plan"}


def test_behind_a_transaction_pooler_nothing_outlives_a_transaction() -> None:
    """PgBouncer in transaction mode refuses startup settings it does not know and lends each
    transaction any server connection: no startup settings, no statement kept by name."""
    database = Database("postgresql+asyncpg://app@pgbouncer:6432/frontline?ssl=require", transaction_pooler=True)
    options = database._driver_arguments()
    assert "server_settings" not in options and options["statement_cache_size"] == 0
    assert options["ssl"] == "require"
    assert database.transaction_pooler
    assert not Database("sqlite+aiosqlite:///x.db", transaction_pooler=True).transaction_pooler
