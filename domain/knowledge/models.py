"""Tables of the knowledge context (only this context writes them)."""

from __future__ import annotations
