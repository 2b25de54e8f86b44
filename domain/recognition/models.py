"""Tables of the recognition context (only this context writes them)."""

from __future__ import annotations
