from enum import StrEnum


class Scope(StrEnum):
    INGESTMETRICS = "ingest:metrics"
    INGESTSALES = "ingest:sales"
    INGESTTRAINING = "ingest:training"
    READATTENDANCE = "read:attendance"
    READPEOPLE = "read:people"
    WEBHOOKSMANAGE = "webhooks:manage"

    def __str__(self) -> str:
        return str(self.value)
