"""Events the recognition context records."""

from __future__ import annotations
