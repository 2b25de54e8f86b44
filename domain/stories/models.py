"""Tables of the stories context (only this context writes them)."""

from __future__ import annotations
