"""Events the pulse surveys context records (internal: they reach notifications)."""

from __future__ import annotations

import uuid
from datetime import date

from domain.shared.events import DomainEvent


class WaveEvent(DomainEvent):
    entity_type = "survey_wave"
    entity_field = "wave_id"
    webhook = False

    wave_id: uuid.UUID
    title: str
    closes_on: date


class WaveOpened(WaveEvent):
    topic = "surveys.wave_opened"
    summary = "A pulse survey wave opened; everyone asked hears of it."


class WaveReminded(WaveEvent):
    topic = "surveys.wave_reminded"
    summary = "Two days before a wave closes, those asked who have not answered are reminded once."
