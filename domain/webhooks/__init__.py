"""Outgoing webhooks. Importing the package registers its internal event (see domain/events.py)."""

from domain.webhooks import events  # noqa: F401
