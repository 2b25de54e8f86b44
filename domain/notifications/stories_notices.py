"""Who hears what of the stories context's events (registered with the handlers on import)."""

from __future__ import annotations
