"""Ticket attachments over HTTP: typed from their bytes, limited to 10 MB, visible to whoever sees the
ticket, added only by the requester and the owning team, and never to a closed ticket."""

from __future__ import annotations

import asyncio
import hashlib
import struct
import zlib
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from api.worker import Worker
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.tickets.attachments import MAX_ATTACHMENTS_PER_TICKET
from domain.tickets.escalation import close_resolved_tickets
from domain.tickets.files import MAX_ATTACHMENT_BYTES
from domain.tickets.models import TicketAttachment
from tests.factories import World
from tests.support import assert_problem

TICKETS = "/api/v1/tickets"

# --- hand-built file headers ---------------------------------------------------------------------


def png_bytes() -> bytes:
    """A whole 1x1 RGBA PNG: signature, IHDR, one IDAT and IEND, each chunk with its CRC."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00\xff")  # filter byte, then one red opaque pixel
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def ogg_bytes() -> bytes:
    """The first page of an Ogg Opus voice note: page header, segment table, then OpusHead."""
    opus_head = b"OpusHead" + bytes([1, 1]) + struct.pack("<HIhB", 312, 48_000, 0, 0)
    header = b"OggS" + bytes([0, 2]) + struct.pack("<qIII", 0, 0x1234, 0, 0) + bytes([1, len(opus_head)])
    return header + opus_head


def mp3_bytes() -> bytes:
    """An ID3v2.4 tag (sync-safe size 0) followed by an MPEG-1 Layer III frame header and padding."""
    return b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + b"\x00" * 413


def windows_exe_bytes() -> bytes:
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"PE\x00\x00"


def elf_bytes() -> bytes:
    return b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00\x01\x00\x00\x00" + b"\x00" * 40


def gif_bytes() -> bytes:
    return b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00;"


# --- helpers -------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
async def route_everything_to_ops(client: httpx.AsyncClient, world: World) -> None:
    """Nothing is routed until an administrator names a default queue: here, Operations."""
    response = await client.post(
        "/api/v1/ticket-routing-rules",
        json={"category": "*", "department_id": str(world.units["D-OPS"])},
        headers=world.headers("admin"),
    )
    assert response.status_code == 201, response.text


async def raise_ticket(client: httpx.AsyncClient, world: World, who: str = "staff_s1") -> str:
    """A ticket raised by `who` (staff_s1 works at S1), routed to D-OPS; returns its id."""
    response = await client.post(
        TICKETS,
        json={
            "category": "equipment",
            "title": "The freezer is leaking",
            "description": "Water under the freezer by the tills since this morning.",
        },
        headers=world.headers(who),
    )
    assert response.status_code == 201, response.text
    assert response.json()["department_id"] == str(world.units["D-OPS"])
    return str(response.json()["id"])


async def upload(
    client: httpx.AsyncClient,
    world: World,
    ticket_id: str,
    data: bytes,
    file_name: str,
    who: str = "staff_s1",
    content_type: str = "application/octet-stream",
) -> httpx.Response:
    return await client.post(
        f"{TICKETS}/{ticket_id}/attachments",
        files={"file": (file_name, data, content_type)},
        headers=world.headers(who),
    )


async def attached(client: httpx.AsyncClient, world: World, ticket_id: str, data: bytes, file_name: str) -> str:
    response = await upload(client, world, ticket_id, data, file_name)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def listing(client: httpx.AsyncClient, world: World, ticket_id: str, who: str = "staff_s1") -> list[Any]:
    response = await client.get(f"{TICKETS}/{ticket_id}/attachments", headers=world.headers(who))
    assert response.status_code == 200, response.text
    items: list[Any] = response.json()["items"]
    return items


async def download(
    client: httpx.AsyncClient, world: World, ticket_id: str, attachment_id: str, who: str
) -> httpx.Response:
    return await client.get(f"{TICKETS}/{ticket_id}/attachments/{attachment_id}", headers=world.headers(who))


# --- uploads: the bytes decide the type ----------------------------------------------------------


async def test_a_png_named_mp3_is_stored_as_a_png_with_its_sha256(client: httpx.AsyncClient, world: World):
    ticket = await raise_ticket(client, world)
    data = png_bytes()

    response = await upload(client, world, ticket, data, "photo.mp3", content_type="audio/mpeg")

    assert response.status_code == 201, response.text
    body = response.json()
    assert body["media_type"] == "image/png"
    assert body["file_name"] == "photo.png"
    assert body["sha256"] == hashlib.sha256(data).hexdigest()
    assert body["size"] == len(data)
    assert await listing(client, world, ticket) == [body]


@pytest.mark.parametrize(
    ("make", "file_name", "media_type", "stored_name"),
    [
        (ogg_bytes, "voice-note.ogg", "audio/ogg", "voice-note.ogg"),
        (mp3_bytes, "recording.m4a", "audio/mpeg", "recording.mp3"),
    ],
    ids=["ogg-opus", "id3-mp3"],
)
async def test_voice_notes_are_accepted(
    client: httpx.AsyncClient, world: World, make: Any, file_name: str, media_type: str, stored_name: str
):
    ticket = await raise_ticket(client, world)
    data: bytes = make()

    response = await upload(client, world, ticket, data, file_name)

    assert response.status_code == 201, response.text
    assert response.json()["media_type"] == media_type
    assert response.json()["file_name"] == stored_name
    fetched = await download(client, world, ticket, response.json()["id"], "staff_s1")
    assert fetched.content == data
    assert fetched.headers["content-type"].startswith(media_type)


@pytest.mark.parametrize(
    ("make", "file_name", "content_type"),
    [
        (windows_exe_bytes, "photo.jpg", "image/jpeg"),
        (elf_bytes, "photo.jpg", "image/jpeg"),
        (gif_bytes, "funny.gif", "image/gif"),
    ],
    ids=["windows-exe-as-jpg", "elf-as-jpg", "gif"],
)
async def test_executables_and_other_types_are_refused_whatever_their_name(
    client: httpx.AsyncClient, world: World, make: Any, file_name: str, content_type: str
):
    ticket = await raise_ticket(client, world)

    response = await upload(client, world, ticket, make(), file_name, content_type=content_type)

    assert_problem(response, 415, "attachment.unsupported_type")
    assert await listing(client, world, ticket) == []


async def test_files_over_10_mb_are_refused_and_10_mb_is_accepted(client: httpx.AsyncClient, world: World):
    ticket = await raise_ticket(client, world)
    header = png_bytes()
    too_big = header + b"\x00" * (MAX_ATTACHMENT_BYTES + 1 - len(header))
    assert len(too_big) == 10 * 1024 * 1024 + 1

    refused = await upload(client, world, ticket, too_big, "big.png")

    assert_problem(refused, 413, "attachment.too_large")
    assert await listing(client, world, ticket) == []

    just_fits = too_big[:-1]
    accepted = await upload(client, world, ticket, just_fits, "big.png")
    assert accepted.status_code == 201, accepted.text
    assert accepted.json()["size"] == MAX_ATTACHMENT_BYTES


# --- who lists, downloads and attaches -----------------------------------------------------------


@pytest.mark.parametrize("who", ["staff_s1", "ops_staff", "ops_head", "manager_s1"])
async def test_the_requester_the_owning_team_and_the_store_manager_list_and_download(
    client: httpx.AsyncClient, world: World, who: str
):
    ticket = await raise_ticket(client, world)
    data = png_bytes()
    attachment = await attached(client, world, ticket, data, "leak.mp3")

    items = await listing(client, world, ticket, who)
    response = await download(client, world, ticket, attachment, who)

    assert [(i["id"], i["media_type"], i["file_name"]) for i in items] == [(attachment, "image/png", "leak.png")]
    assert response.status_code == 200, response.text
    assert response.content == data
    assert response.headers["content-type"] == "image/png"
    assert response.headers["content-disposition"] == "attachment; filename=\"leak.png\"; filename*=UTF-8''leak.png"
    assert response.headers["x-content-sha256"] == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("who", ["manager_s2", "staff_s2"])
async def test_another_store_cannot_see_or_download_the_attachments(client: httpx.AsyncClient, world: World, who: str):
    ticket = await raise_ticket(client, world)
    attachment = await attached(client, world, ticket, png_bytes(), "leak.png")

    response = await download(client, world, ticket, attachment, who)
    listed = await client.get(f"{TICKETS}/{ticket}/attachments", headers=world.headers(who))

    assert_problem(response, 404)
    assert_problem(listed, 404)


async def test_an_unknown_attachment_on_a_visible_ticket_is_404(client: httpx.AsyncClient, world: World):
    ticket = await raise_ticket(client, world)
    other = await raise_ticket(client, world, who="staff_s2")
    foreign = await upload(client, world, other, png_bytes(), "other.png", who="staff_s2")
    assert foreign.status_code == 201, foreign.text

    response = await download(client, world, ticket, foreign.json()["id"], "staff_s1")

    assert_problem(response, 404, "attachment.not_found")


async def test_the_store_manager_sees_but_cannot_attach_while_the_owning_team_can(
    client: httpx.AsyncClient, world: World
):
    ticket = await raise_ticket(client, world)

    refused = await upload(client, world, ticket, png_bytes(), "manager.png", who="manager_s1")
    by_owner = await upload(client, world, ticket, ogg_bytes(), "answer.ogg", who="ops_staff")

    assert_problem(refused, 403, "ticket.not_a_participant")
    assert by_owner.status_code == 201, by_owner.text
    assert [i["file_name"] for i in await listing(client, world, ticket, "manager_s1")] == ["answer.ogg"]


async def test_someone_who_cannot_see_the_ticket_gets_404_on_upload(client: httpx.AsyncClient, world: World):
    ticket = await raise_ticket(client, world)

    response = await upload(client, world, ticket, png_bytes(), "x.png", who="staff_s2")

    assert_problem(response, 404)
    assert await listing(client, world, ticket) == []


async def test_a_closed_ticket_takes_no_more_attachments(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    ticket = await raise_ticket(client, world)
    resolved = await client.post(
        f"{TICKETS}/{ticket}/status", json={"status": "resolved"}, headers=world.headers("ops_staff")
    )
    assert resolved.status_code == 200, resolved.text
    clock.advance(timedelta(days=8))
    worker = Worker(database, clock=clock, poll_interval_s=0.01, subscribers=[], jobs=[close_resolved_tickets])
    await worker.run_once()
    shown = await client.get(f"{TICKETS}/{ticket}", headers=world.headers("staff_s1"))
    assert shown.json()["status"] == "closed"

    response = await upload(client, world, ticket, png_bytes(), "late.png")

    assert_problem(response, 409, "ticket.closed")
    assert await listing(client, world, ticket) == []


async def test_an_attachment_appears_in_the_timeline(client: httpx.AsyncClient, world: World):
    ticket = await raise_ticket(client, world)
    data = mp3_bytes()
    attachment = await attached(client, world, ticket, data, "voice.mp3")

    for who in ("staff_s1", "ops_staff", "manager_s1"):
        response = await client.get(f"{TICKETS}/{ticket}/timeline", headers=world.headers(who))
        assert response.status_code == 200, response.text
        events = [e for e in response.json()["items"] if e["kind"] == "attachment"]
        assert len(events) == 1, (who, response.json())
        assert events[0]["internal"] is False
        assert events[0]["actor_account_id"] == str(world.accounts["staff_s1"])
        assert events[0]["data"] == {"attachment_id": attachment, "media_type": "audio/mpeg", "size": len(data)}


# --- names: Unicode kept and sent back with RFC 6266 / 5987 ---------------------------------------


async def test_a_chinese_file_name_is_kept_and_sent_back_for_old_and_new_user_agents(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    ticket = await raise_ticket(client, world)
    data = png_bytes()

    stored = await upload(client, world, ticket, data, "扫描枪.jpg", content_type="image/jpeg")
    clock.advance(timedelta(seconds=1))  # attachments list oldest first
    unsafe = await upload(client, world, ticket, data, "..\\..\\收据\u202e 2026.jpg")

    assert stored.status_code == 201, stored.text
    assert stored.json()["file_name"] == "扫描枪.png"
    assert unsafe.json()["file_name"] == "收据 2026.png"
    response = await download(client, world, ticket, stored.json()["id"], "ops_staff")
    assert response.headers["content-disposition"] == (
        "attachment; filename=\"attachment.png\"; filename*=UTF-8''%E6%89%AB%E6%8F%8F%E6%9E%AA.png"
    )
    assert [i["file_name"] for i in await listing(client, world, ticket)] == ["扫描枪.png", "收据 2026.png"]


# --- downloads: never sniffed, cached or run by the browser ---------------------------------------


async def test_a_download_is_neither_sniffed_nor_shared_nor_run(client: httpx.AsyncClient, world: World):
    """An image carrying HTML stays an image: nosniff, a private cache only, and a sandbox policy so
    nothing in it runs even if a browser opens it."""
    ticket = await raise_ticket(client, world)
    polyglot = png_bytes() + b"<html><script>alert(document.cookie)</script></html>"
    attachment = await attached(client, world, ticket, polyglot, "page.html")

    response = await download(client, world, ticket, attachment, "staff_s1")

    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "image/png"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["cache-control"] == "private"
    assert response.headers["content-security-policy"] == "sandbox"
    assert response.headers["content-disposition"].startswith("attachment;")


# --- the cap holds under concurrency --------------------------------------------------------------


async def test_forty_concurrent_uploads_store_at_most_twenty_and_the_rest_get_409(
    client: httpx.AsyncClient, world: World, database: Database
):
    """Every upload is its own request, session and connection; on PostgreSQL they really overlap.
    Before the ticket row was locked, 33-39 of 40 were stored against a cap of 20. Five are there
    already, so even the 20 connections of one process's pool are enough to overshoot."""
    ticket = await raise_ticket(client, world)
    for n in range(5):
        await attached(client, world, ticket, png_bytes() + b"early" + bytes([n]), f"early-{n}.png")
    files = [png_bytes() + n.to_bytes(2, "big") for n in range(40)]

    answers = await asyncio.gather(
        *(upload(client, world, ticket, data, f"photo-{n}.png") for n, data in enumerate(files))
    )

    assert sorted(a.status_code for a in answers) == [201] * (MAX_ATTACHMENTS_PER_TICKET - 5) + [409] * 25
    for refused in (a for a in answers if a.status_code != 201):
        assert_problem(refused, 409, "attachment.too_many")
    assert len(await listing(client, world, ticket)) == MAX_ATTACHMENTS_PER_TICKET
    async with database.session_scope() as session:
        stored = await session.scalar(select(func.count()).select_from(TicketAttachment))
    assert stored == MAX_ATTACHMENTS_PER_TICKET
