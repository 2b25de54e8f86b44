"""Attachments in S3-compatible object storage (AWS S3, MinIO, OSS/COS gateways), for replicas that
share no disk. Objects are named as on disk (sha256, sharded by its first two hex digits) under a
prefix; the bytes go through the API with the same authorization as from a directory. boto3 is
synchronous: its calls run in a worker thread so the event loop never waits on the network."""

from __future__ import annotations

import asyncio
import hashlib
from typing import Any

from domain.tickets.files import BlobMissing, StoredBlob, blob_key_path


class ObjectStoreBlobStore:
    """A BlobStore over one bucket. Credentials come from boto3's usual chain (AWS_ACCESS_KEY_ID and
    AWS_SECRET_ACCESS_KEY, a profile, an instance or pod role)."""

    def __init__(self, bucket: str, *, prefix: str = "", endpoint_url: str | None = None, region: str | None = None):
        import boto3
        from botocore.config import Config

        self._bucket = bucket
        self._prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""
        self._client: Any = boto3.client(
            "s3",
            endpoint_url=endpoint_url,
            region_name=region,
            config=Config(retries={"max_attempts": 5, "mode": "standard"}, s3={"addressing_style": "path"}),
        )

    def _name(self, key: str) -> str:
        return self._prefix + blob_key_path(key)

    async def put(self, data: bytes) -> StoredBlob:
        """Content-addressed like the directory store: the same bytes twice are one object. A PUT
        is whole or nothing in S3, so no half-written object is ever read."""
        digest = await asyncio.to_thread(lambda: hashlib.sha256(data).hexdigest())
        await asyncio.to_thread(
            self._client.put_object,
            Bucket=self._bucket,
            Key=self._name(digest),
            Body=data,
            ContentType="application/octet-stream",
        )
        return StoredBlob(key=digest, sha256=digest, size=len(data))

    async def open(self, key: str) -> bytes:
        name = self._name(key)

        def read() -> bytes:
            try:
                answer = self._client.get_object(Bucket=self._bucket, Key=name)
            except self._client.exceptions.NoSuchKey:
                raise BlobMissing(key) from None
            body: bytes = answer["Body"].read()
            return body

        return await asyncio.to_thread(read)

    async def delete(self, key: str) -> None:
        """Idempotent, as S3's DELETE is."""
        await asyncio.to_thread(self._client.delete_object, Bucket=self._bucket, Key=self._name(key))
