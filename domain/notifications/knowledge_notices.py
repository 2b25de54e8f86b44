"""Who hears what of the knowledge context's events (registered with the handlers on import)."""

from __future__ import annotations
