"""What the committed contract says around its operations: what each tag is about, where the API is
served, how callers authenticate (people by password, machines by client credentials with scopes),
which operations are public, and what a webhook receiver checks. Kept apart from the routes so the
contract reads as one text."""

from __future__ import annotations

from typing import Any

from domain.auth.scopes import Scope

TOKEN_URL = "/api/v1/auth/token"

SCOPES: dict[str, str] = {
    Scope.INGEST_SALES: "push POS sales lines (POST /api/v1/ingest/sales)",
    Scope.INGEST_METRICS: "push metric values from ERP or other systems (POST /api/v1/ingest/metric-values)",
    Scope.INGEST_TRAINING: "push course completions from a learning system",
    Scope.READ_PEOPLE: "read the HR sync feeds of employees, units and assignments",
    Scope.READ_ATTENDANCE: "read timesheets for payroll",
    Scope.WEBHOOKS_MANAGE: "subscribe to events and manage the client's webhook subscriptions",
}

TAGS: list[dict[str, str]] = [
    {
        "name": "auth",
        "description": "Tokens: sign-in by password (people) or client credentials (machines), refresh, sign-out.",
    },
    {
        "name": "me",
        "description": "The signed-in person's own view: profile, punches, notifications, scores, pools, credits.",
    },
    {"name": "accounts", "description": "Sign-in accounts and their role grants over org units (HR, administrators)."},
    {"name": "employees", "description": "Employee records and their effective-dated assignments."},
    {"name": "orgUnits", "description": "The organisation tree: head office, departments, regions, stores, projects."},
    {"name": "organisation", "description": "Organisation-wide settings (time zone, business hours)."},
    {"name": "departments", "description": "Head-office departments as owners of tickets and their figures."},
    {"name": "stores", "description": "Store settings for clock-ins: geofence, Wi-Fi access points, QR codes."},
    {
        "name": "clockIns",
        "description": "Geo-checked punches from the mobile app: idempotent, offline batches, spoofing flagged.",
    },
    {"name": "attendance", "description": "Timesheets per person and store, for managers and payroll."},
    {"name": "transfers", "description": "HQ-to-store transfers and secondments through their approval chain."},
    {
        "name": "transferChains",
        "description": "The approval chains transfers and secondments go through (administrators).",
    },
    {"name": "approvals", "description": "What waits for the signed-in approver's decision."},
    {
        "name": "tickets",
        "description": "Need tickets from the frontline, routed to the owning team, answered within the SLA.",
    },
    {"name": "ticketRouting", "description": "Which head-office team owns which ticket category (administrators)."},
    {"name": "slaPolicies", "description": "Answer and resolution targets per category and priority (administrators)."},
    {"name": "performance", "description": "Metrics, scorecards with weights, targets, values and monthly scores."},
    {
        "name": "ingest",
        "description": "Machine pushes from ERP and POS systems: batches, partial acceptance, idempotent lines.",
    },
    {"name": "pools", "description": "Collaboration pools: reward money shared by contribution, to the last cent."},
    {
        "name": "care",
        "description": "The care profile by consent, legal protections on rosters, flexible arrangements.",
    },
    {
        "name": "rosters",
        "description": "Shifts, templates and swaps, checked against the roster rules and care protections.",
    },
    {"name": "postings", "description": "Frontline postings, applications and matches near home or school."},
    {"name": "training", "description": "Courses, credits, levels, allowances and the effect of training on scores."},
    {"name": "growth", "description": "Promotion eligibility, mentors, the growth archive and end-of-posting reports."},
    {
        "name": "recognition",
        "description": "Recognition cards (认可卡片), points from monthly budgets, the points ledger and redemptions.",
    },
    {
        "name": "stories",
        "description": "Frontline stories for audiences, the experience board (moderated) and HR broadcasts.",
    },
    {
        "name": "knowledge",
        "description": "The store knowledge base (门店常见问题库): Chinese search, ticket suggestions, deflections.",
    },
    {
        "name": "surveys",
        "description": "Pulse surveys to people on frontline postings, in waves; answers kept without names (HR).",
    },
    {
        "name": "analytics",
        "description": "Mission figures by period, department and sex, small groups suppressed (HR, leaders, heads).",
    },
    {"name": "notifications", "description": "Which notification kinds are mandatory (HR)."},
    {
        "name": "integrationClients",
        "description": "Machine clients, their scopes, units, rate limits and secrets (administrators).",
    },
    {
        "name": "webhooks",
        "description": "Subscriptions of machine clients to events, delivered as signed POSTs (Standard Webhooks).",
    },
    {
        "name": "sync",
        "description": "Change feeds of people, units and assignments for HR integrations (cursor-paginated).",
    },
    {"name": "audit", "description": "Who changed what, for HR and administrators."},
    {"name": "health", "description": "Liveness and readiness for load balancers and orchestrators."},
]

# Reached before anyone is known: signing in, and the probes.
PUBLIC_OPERATIONS = {("post", TOKEN_URL), ("get", "/healthz"), ("get", "/readyz")}
# What machine clients call, by path prefix: the scope it takes, and whether people call it too
# (domain/auth/scopes.require_client: machines only; require_scope with users_with: both).
MACHINE_OPERATIONS: list[tuple[str, Scope, bool]] = [
    ("/api/v1/ingest/sales", Scope.INGEST_SALES, False),
    ("/api/v1/ingest/metric-values", Scope.INGEST_METRICS, False),
    ("/api/v1/ingest/training", Scope.INGEST_TRAINING, False),
    ("/api/v1/webhooks/", Scope.WEBHOOKS_MANAGE, False),
    ("/api/v1/sync/", Scope.READ_PEOPLE, True),
    ("/api/v1/attendance/timesheets", Scope.READ_ATTENDANCE, True),
]


def _security(path: str) -> list[dict[str, list[str]]]:
    person: list[dict[str, list[str]]] = [{"OAuth2PasswordBearer": []}]
    for prefix, scope, people_too in MACHINE_OPERATIONS:
        if path.startswith(prefix):
            machine = [{"ClientCredentials": [scope.value]}]
            return person + machine if people_too else machine
    return person


def add_prose(schema: dict[str, Any]) -> None:
    schema["servers"] = [{"url": "/", "description": "This deployment (paths are relative to where it is served)"}]
    used = {
        tag for operations in schema.get("paths", {}).values() for o in operations.values() for tag in o.get("tags", [])
    }
    schema["tags"] = [tag for tag in TAGS if tag["name"] in used]
    schemes = schema.setdefault("components", {}).setdefault("securitySchemes", {})
    schemes["OAuth2PasswordBearer"] = {
        "type": "oauth2",
        "description": "People: an access token from the password grant (15 minutes), renewed by refresh.",
        "flows": {"password": {"tokenUrl": TOKEN_URL, "scopes": {}}},
    }
    schemes["ClientCredentials"] = {
        "type": "oauth2",
        "description": "Machines (ERP, POS, HR systems): an access token from the client-credentials grant; the"
        " client's scopes decide what it may do, its units where.",
        "flows": {"clientCredentials": {"tokenUrl": TOKEN_URL, "scopes": dict(SCOPES)}},
    }
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            if (method, path) in PUBLIC_OPERATIONS:
                operation["security"] = []
            elif operation.get("security"):
                operation["security"] = _security(path)
    for operations in schema.get("webhooks", {}).values():
        for operation in operations.values():
            # Frontline calls the receiver; the receiver checks the webhook-signature header.
            operation["security"] = []
