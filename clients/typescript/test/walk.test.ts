/**
 * The store employee's day through the generated client, against a live server started by
 * tests/contract/test_live_walk.py (FRONTLINE_E2E_URL, FRONTLINE_E2E_PASSWORD).
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";

import { createFrontlineClient, signIn } from "../src/index.js";

const baseUrl = process.env.FRONTLINE_E2E_URL ?? "http://127.0.0.1:8000";
const password = process.env.FRONTLINE_E2E_PASSWORD ?? "frontline-demo";

test("a store employee signs in, finds their store, and clocks in and out inside the geofence", async () => {
  const tokens = await signIn(baseUrl, "store-employee@demo.example", password);
  const api = createFrontlineClient(baseUrl, tokens.access_token);

  const me = await api.GET("/api/v1/me");
  assert.ok(me.data?.employee, "the account belongs to an employee");
  const employeeId = me.data.employee.id;

  const where = await api.GET("/api/v1/employees/{employee_id}/assignments", {
    params: { path: { employee_id: employeeId } },
  });
  assert.ok(where.data);
  const storeId = where.data.unit_on_date;

  const store = await api.GET("/api/v1/org-units/{unit_id}", { params: { path: { unit_id: storeId } } });
  assert.ok(store.data?.latitude !== undefined && store.data.latitude !== null);
  assert.ok(store.data.longitude !== undefined && store.data.longitude !== null);
  const { latitude, longitude } = store.data;

  const punch = (kind: "in" | "out", lat: number) =>
    api.POST("/api/v1/clock-ins", {
      params: { header: { "Idempotency-Key": randomUUID() } },
      body: {
        kind,
        store_id: storeId,
        lat,
        lon: longitude,
        accuracy_m: 8,
        client_time: new Date().toISOString(),
        device_id: "e2e-typescript",
      },
    });

  const outside = await punch("in", latitude + 0.05);
  assert.equal(outside.response.status, 422);
  assert.equal(outside.error?.type, "/problems/geofence.outside");
  // the detail is in the account's language (the demo's default: Chinese); the figures are typed
  assert.ok(typeof outside.error?.detail === "string" && outside.error.detail.includes("米"));
  const figures = outside.error as { distance_m?: number; radius_m?: number; store_name?: string };
  assert.ok((figures.distance_m ?? 0) > (figures.radius_m ?? Infinity));
  assert.equal(figures.store_name, store.data.name);

  const clockIn = await punch("in", latitude);
  assert.equal(clockIn.response.status, 201);
  assert.equal(clockIn.data?.verdict, "accepted");

  const clockOut = await punch("out", latitude);
  assert.equal(clockOut.data?.kind, "out");

  const mine = await api.GET("/api/v1/me/clock-ins", { params: { query: { limit: 10 } } });
  assert.ok(mine.data);
  assert.deepEqual(
    mine.data.items.slice(0, 2).map((p) => p.kind),
    ["out", "in"],
  );
});

test("a store employee raises a need ticket with a photo and hears back", async () => {
  const tokens = await signIn(baseUrl, "store-employee@demo.example", password);
  const api = createFrontlineClient(baseUrl, tokens.access_token);

  const raised = await api.POST("/api/v1/tickets", {
    body: {
      category: "pos",
      title: "Till 3 rejects cards",
      description: "Every card payment on till 3 fails since opening.",
      priority: "high",
    },
  });
  assert.equal(raised.response.status, 201);
  assert.ok(raised.data);
  const ticketId = raised.data.id;
  assert.equal(raised.data.first_response.breached, false);

  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array<number>(64).fill(0)]);
  const form = new FormData();
  form.append("file", new Blob([png], { type: "image/jpeg" }), "till.jpg");
  const photo = await api.POST("/api/v1/tickets/{ticket_id}/attachments", {
    params: { path: { ticket_id: ticketId } },
    body: { file: "" },
    bodySerializer: () => form,
  });
  assert.equal(photo.response.status, 201);
  assert.equal(photo.data?.media_type, "image/png");

  const itTokens = await signIn(baseUrl, "admin@demo.example", password);
  const it = createFrontlineClient(baseUrl, itTokens.access_token);
  const reply = await it.POST("/api/v1/tickets/{ticket_id}/replies", {
    params: { path: { ticket_id: ticketId } },
    body: { body: "A replacement reader is on its way." },
  });
  assert.equal(reply.response.status, 201);

  // the worker turns the reply's event into the requester's notification, in her language
  const deadline = Date.now() + 20_000;
  for (;;) {
    const notices = await api.GET("/api/v1/me/notifications", { params: { query: { unread_only: true } } });
    const reply = notices.data?.items.find((n) => n.subject_id === ticketId && n.kind === "ticket.replied");
    if (reply) {
      assert.ok(reply.title.length > 0 && reply.body.length > 0);
      break;
    }
    assert.ok(Date.now() < deadline, "the reply's notification never came");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});
