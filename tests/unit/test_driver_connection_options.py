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
