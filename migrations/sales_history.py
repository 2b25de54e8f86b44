"""Database guards that keep sales history attached: the sales tables carry no foreign keys (one
lookup and row lock per ingested row), so the database refuses instead to delete a store or an
employee that sales roll-ups name, answering as a violated foreign key would (an IntegrityError,
which the delete services turn into 409 "in use").

SQLite loses a table's triggers when batch mode copies the table: a later migration that rebuilds
`org_units` or `employees` calls `unguard()` before and `guard()` after, as append_only does.
"""

from __future__ import annotations

from alembic import op

# table -> (roll-up table, its column naming the deleted row): every sold line rolls up into
# daily_store_sales (by store) and, when it names a seller, daily_employee_sales (by employee).
GUARDS = {
    "org_units": ("daily_store_sales", "store_id", "the store has sales history"),
    "employees": ("daily_employee_sales", "employee_id", "the employee has sales history"),
}


def guard() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table, (history, column, message) in GUARDS.items():
        if postgresql:
            op.execute(
                f"""
                CREATE FUNCTION {table}_keep_sales_history() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM {history} WHERE {column} = OLD.id) THEN
                        RAISE EXCEPTION '{message}' USING ERRCODE = 'foreign_key_violation';
                    END IF;
                    RETURN OLD;
                END;
                $$
                """  # noqa: S608 (constant names from GUARDS, no input)
            )
            op.execute(
                f"CREATE TRIGGER {table}_keep_sales_history BEFORE DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {table}_keep_sales_history()"
            )
        else:
            when = f"WHEN EXISTS (SELECT 1 FROM {history} WHERE {column} = OLD.id)"  # noqa: S608 (names from GUARDS)
            op.execute(
                f"CREATE TRIGGER {table}_keep_sales_history BEFORE DELETE ON {table} {when} "
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )


def unguard() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table in GUARDS:
        if postgresql:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_keep_sales_history ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {table}_keep_sales_history()")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_keep_sales_history")
