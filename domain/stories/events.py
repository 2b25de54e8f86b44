"""Events the stories context records."""

from __future__ import annotations
