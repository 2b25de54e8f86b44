"""Events the knowledge context records."""

from __future__ import annotations
