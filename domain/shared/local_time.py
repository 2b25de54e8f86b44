"""Moments that belong to a place, shown in the place's time zone.

A response about something that happens at a store (a punch, a worked day, a store's ticket) keeps
its UTC moments and adds, beside each one a screen shows, the same moment in the store's zone as
`<name>_local` (ISO 8601 with the zone's offset, e.g. 2026-03-02T09:00:00+08:00), and the zone's
IANA name as `time_zone`: an app shows the store's wall-clock time without a time-zone table.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo


@cache
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def local(moment: datetime | None, time_zone: str | None) -> datetime | None:
    """`moment` in `time_zone` (None when either is missing)."""
    if moment is None or time_zone is None:
        return None
    return moment.astimezone(zone(time_zone))
