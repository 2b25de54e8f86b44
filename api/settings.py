"""Configuration from the environment (FRONTLINE_*)."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from domain.shared.db import Database
from domain.shared.retention import Retention
from domain.shared.sealing import Sealer, SealingError, new_key_text
from domain.tickets.files import BlobStore, DirectoryBlobStore
from domain.webhooks.addresses import AllowList
from domain.webhooks.targets import TargetPolicy

MIN_SECRET_LENGTH = 32


class ConfigurationError(RuntimeError):
    pass


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FRONTLINE_", extra="ignore")

    env: Literal["development", "test", "production"] = "development"
    database_url: str = "sqlite+aiosqlite:///./var/frontline.db"
    var_dir: Path = Path("./var")

    jwt_secret: SecretStr | None = Field(
        default=None, description="HS256 signing key; generated into var/ for local runs, required in production"
    )
    jwt_issuer: str = "frontline"
    jwt_audience: str = "frontline-api"
    access_token_ttl_s: int = Field(default=900, ge=60, le=86_400)
    refresh_token_ttl_s: int = Field(default=30 * 86_400, ge=3600)

    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    max_body_bytes: int = Field(default=1_048_576, ge=1024)

    db_pool_size: int = Field(default=10, ge=1)
    db_max_overflow: int = Field(default=10, ge=0)
    db_pool_timeout_s: float = Field(default=5.0, gt=0)
    db_driver_pool_size: int | None = Field(
        default=None,
        ge=1,
        description="PostgreSQL: bare driver connections per process for the hot paths (clock-ins, ingest, "
        "month scoring); default db_pool_size",
    )
    db_transaction_pooler: bool = Field(
        default=False,
        description="The database URL reaches PostgreSQL through PgBouncer (or another pooler) in transaction "
        "mode: nothing prepared or set outlives a transaction, live streams poll instead of LISTEN",
    )

    password_time_cost: int = Field(default=3, ge=1)
    password_memory_kib: int = Field(default=65_536, ge=8)
    password_parallelism: int = Field(default=4, ge=1)
    password_hash_threads: int = Field(
        default=2, ge=1, description="Worker threads hashing passwords at once (the rest wait, bounded)"
    )

    blob_dir: Path | None = Field(default=None, description="Where attachments are kept; default var_dir/blobs")
    s3_bucket: str | None = Field(
        default=None, description="Keep attachments in this S3-compatible bucket instead of blob_dir"
    )
    s3_prefix: str = Field(default="attachments", description="Object names start with this prefix")
    s3_endpoint_url: str | None = Field(
        default=None, description="For S3-compatible stores (MinIO, ...); AWS S3 when unset"
    )
    s3_region: str | None = Field(default=None, description="The bucket's region (AWS_DEFAULT_REGION when unset)")
    clock_in_max_accuracy_m: float = Field(default=300.0, gt=0, description="Coarser GPS fixes are refused")

    webhook_require_https: bool = Field(default=False, description="Refuse webhook URLs that are not https")
    webhook_allowed_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Comma-separated names, addresses or CIDR ranges webhooks may reach although they "
        "are internal (loopback, private, link-local, ...); empty: public receivers only",
    )

    care_keys: SecretStr | None = Field(
        default=None,
        description="Keys sealing care profiles: comma-separated `id:base64` 32-byte keys, the first sealing, all "
        "opening (rotation); generated into var/ for local runs, required in production",
    )

    default_language: Literal["zh-CN", "en"] = Field(
        default="zh-CN",
        description="Language of texts for callers whose Accept-Language and account name none we speak",
    )

    demo_password: SecretStr = SecretStr("frontline-demo")
    worker_poll_s: float = Field(default=2.0, gt=0)
    worker_heartbeat_file: Path | None = Field(
        default=None, description="Touched on every turn of the worker's loop, for a liveness probe"
    )
    retention_handled_events_days: int = Field(
        default=7, ge=1, description="Outbox events every subscriber handled are dropped this long after"
    )
    retention_webhook_deliveries_days: int = Field(
        default=30, ge=1, description="Finished webhook deliveries (delivered or given up) are dropped this long after"
    )
    retention_read_notifications_days: int = Field(
        default=180, ge=1, description="Read notifications are dropped this long after they were read"
    )
    log_level: str = "INFO"
    log_format: Literal["json", "text"] = Field(
        default="json", description="json: one object per line with the request id and trace id; text: for a terminal"
    )

    stream_heartbeat_s: float = Field(
        default=15.0, gt=0, description="A held live stream sends a heartbeat comment after this much quiet"
    )
    stream_poll_s: float = Field(
        default=0.5, gt=0, description="SQLite only: how often the live stream looks for new notifications"
    )
    stream_reconnect_max_s: float = Field(
        default=30.0, gt=0, description="PostgreSQL: longest wait between attempts to re-open the LISTEN connection"
    )

    @field_validator("cors_origins", "webhook_allowed_hosts", mode="before")
    @classmethod
    def _split_list(cls, value: object) -> object:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @field_validator("webhook_allowed_hosts")
    @classmethod
    def _known_hosts(cls, value: list[str]) -> list[str]:
        AllowList.parse(value)  # a typo fails at start-up, not silently at the first delivery
        return value

    def open_database(self, *, pool_size: int | None = None, max_overflow: int | None = None) -> Database:
        """The process's database: the API's pools as configured, smaller ones for tools and the worker."""
        return Database(
            self.database_url,
            pool_size=pool_size or self.db_pool_size,
            max_overflow=self.db_max_overflow if max_overflow is None else max_overflow,
            pool_timeout_s=self.db_pool_timeout_s,
            driver_pool_size=self.db_driver_pool_size if pool_size is None else pool_size,
            transaction_pooler=self.db_transaction_pooler,
        )

    def blob_store(self) -> BlobStore:
        if self.s3_bucket:
            from domain.tickets.object_store import ObjectStoreBlobStore

            return ObjectStoreBlobStore(
                self.s3_bucket, prefix=self.s3_prefix, endpoint_url=self.s3_endpoint_url, region=self.s3_region
            )
        return DirectoryBlobStore(self.blob_dir or self.var_dir / "blobs")

    def retention(self) -> Retention:
        return Retention(
            handled_events=timedelta(days=self.retention_handled_events_days),
            finished_webhook_deliveries=timedelta(days=self.retention_webhook_deliveries_days),
            read_notifications=timedelta(days=self.retention_read_notifications_days),
        )

    def webhook_targets(self) -> TargetPolicy:
        """Where webhooks may go: public receivers, plus what the allow-list opens."""
        return TargetPolicy(allow=AllowList.parse(self.webhook_allowed_hosts))

    @cached_property
    def sealer(self) -> Sealer:
        """The care profile's keys: from the environment, else (outside production) generated once into var/."""
        if self.care_keys is not None:
            text = self.care_keys.get_secret_value()
        elif self.env == "production":
            raise ConfigurationError("FRONTLINE_CARE_KEYS is required when FRONTLINE_ENV=production.")
        else:
            key_file = self.var_dir / "care-keys"
            if not key_file.exists():
                self.var_dir.mkdir(parents=True, exist_ok=True)
                fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "w") as handle:
                    handle.write(new_key_text("local1"))
            text = key_file.read_text().strip()
        try:
            return Sealer.parse(text)
        except SealingError as exc:
            raise ConfigurationError(f"FRONTLINE_CARE_KEYS: {exc}") from None

    @cached_property
    def signing_key(self) -> str:
        """The JWT key: from the environment, else (outside production) generated once into var/."""
        if self.jwt_secret is not None:
            key = self.jwt_secret.get_secret_value()
            if len(key) < MIN_SECRET_LENGTH:
                raise ConfigurationError(f"FRONTLINE_JWT_SECRET must be at least {MIN_SECRET_LENGTH} characters.")
            return key
        if self.env == "production":
            raise ConfigurationError("FRONTLINE_JWT_SECRET is required when FRONTLINE_ENV=production.")
        key_file = self.var_dir / "jwt-secret"
        if not key_file.exists():
            self.var_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(64))
        return key_file.read_text().strip()
