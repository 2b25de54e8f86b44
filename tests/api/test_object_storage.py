"""Attachments in S3-compatible object storage, against a real S3 API (moto's server, started here
on a free port): uploads land in the bucket under the prefix, downloads go through the API with
today's authorization, and both stores keep the same contract (content-addressed, idempotent
delete, missing blobs told apart, no key that is not a sha256)."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import boto3
import httpx
import pytest
from fastapi import FastAPI
from moto.server import ThreadedMotoServer

from api.main import create_app
from api.settings import Settings
from domain.shared.clock import ManualClock
from domain.tickets.files import BlobMissing, BlobStore, DirectoryBlobStore
from domain.tickets.object_store import ObjectStoreBlobStore
from tests.api.test_ticket_attachments import (
    attached,
    download,
    png_bytes,
    raise_ticket,
    route_everything_to_ops,  # noqa: F401 (autouse: a routing rule, as in the attachment tests)
)
from tests.conftest import make_settings
from tests.factories import World
from tests.support import free_port

BUCKET = "frontline-test"


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def aws_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def bucket(s3_endpoint: str) -> Iterator[Any]:
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    yield client
    for listed in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=listed["Key"])
    client.delete_bucket(Bucket=BUCKET)


@pytest.fixture
def settings(database_url: str, tmp_path: Path, s3_endpoint: str) -> Settings:
    return make_settings(database_url, tmp_path / "var", s3_bucket=BUCKET, s3_endpoint_url=s3_endpoint)


@pytest.fixture
async def app(settings: Settings, clock: ManualClock, bucket: Any) -> AsyncIterator[FastAPI]:
    application = create_app(settings, clock=clock)
    yield application
    await application.state.database.dispose()


def objects(bucket: Any) -> dict[str, bytes]:
    listed = bucket.list_objects_v2(Bucket=BUCKET).get("Contents", [])
    return {o["Key"]: bucket.get_object(Bucket=BUCKET, Key=o["Key"])["Body"].read() for o in listed}


async def test_an_attachment_lands_in_the_bucket_and_downloads_through_the_api(
    client: httpx.AsyncClient, world: World, bucket: Any, settings: Settings
):
    ticket = await raise_ticket(client, world)
    data = png_bytes()
    first = await attached(client, world, ticket, data, "leak.png")
    await attached(client, world, ticket, data, "again.png")  # the same bytes: one object
    digest = hashlib.sha256(data).hexdigest()
    assert objects(bucket) == {f"attachments/{digest[:2]}/{digest}": data}
    assert not (settings.var_dir / "blobs").exists()  # nothing on local disk
    for who in ("staff_s1", "manager_s1"):
        answer = await download(client, world, ticket, first, who)
        assert answer.status_code == 200 and answer.content == data
        assert answer.headers["x-content-sha256"] == digest
    assert (await download(client, world, ticket, first, "staff_s2")).status_code == 404  # another store


@pytest.fixture(params=["directory", "bucket"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> BlobStore:
    if request.param == "directory":
        return DirectoryBlobStore(tmp_path / "blobs")
    endpoint = request.getfixturevalue("s3_endpoint")
    request.getfixturevalue("bucket")
    return ObjectStoreBlobStore(BUCKET, prefix="contract", endpoint_url=endpoint)


async def test_both_stores_keep_the_same_contract(store: BlobStore):
    stored = await store.put(b"freezer photo")
    assert stored.key == stored.sha256 == hashlib.sha256(b"freezer photo").hexdigest()
    assert stored.size == len(b"freezer photo")
    assert await store.put(b"freezer photo") == stored
    assert await store.open(stored.key) == b"freezer photo"
    await store.delete(stored.key)
    await store.delete(stored.key)  # deleting what is gone is not an error
    with pytest.raises(BlobMissing):
        await store.open(stored.key)
    for bad in ("../../etc/passwd", "A" * 64, stored.key[:-1]):
        with pytest.raises(ValueError):
            await store.open(bad)
