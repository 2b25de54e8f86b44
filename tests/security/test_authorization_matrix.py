"""Every endpoint refuses the unauthenticated, and every endpoint that takes an id answers an actor
from another store with 404 (or 403 where the object is organisation-wide and only the role is
lacking). A new endpoint that is not listed here fails the test until its expectation is added."""

from __future__ import annotations

import uuid

import httpx
import pytest

from tests.factories import World, deliver_events, leader_only_chain

# (method, path template) -> expected status for the manager of store S2 acting on store S1's objects
OTHER_STORE_EXPECTATIONS: dict[tuple[str, str], int] = {
    ("GET", "/api/v1/employees/{employee_id}"): 404,
    ("PATCH", "/api/v1/employees/{employee_id}"): 404,
    ("DELETE", "/api/v1/employees/{employee_id}"): 404,
    # The org structure is readable by every signed-in person (the app shows store names and
    # geofences); changing it is for HR and admins.
    ("GET", "/api/v1/org-units/{unit_id}"): 200,
    ("PATCH", "/api/v1/org-units/{unit_id}"): 403,
    ("DELETE", "/api/v1/org-units/{unit_id}"): 403,
    # Accounts are administered by HR and admins only, whatever store they belong to.
    ("GET", "/api/v1/accounts/{account_id}"): 403,
    ("PATCH", "/api/v1/accounts/{account_id}"): 403,
    ("POST", "/api/v1/accounts/{account_id}/grants"): 403,
    ("DELETE", "/api/v1/accounts/{account_id}/grants/{grant_id}"): 403,
    # Where S1's people are assigned, and S1's transfer requests, are S1's business.
    ("GET", "/api/v1/employees/{employee_id}/assignments"): 404,
    ("GET", "/api/v1/employees/{employee_id}/status-history"): 404,
    ("GET", "/api/v1/transfers/{transfer_id}"): 404,
    ("PATCH", "/api/v1/transfers/{transfer_id}"): 404,
    ("POST", "/api/v1/transfers/{transfer_id}/resubmit"): 404,
    ("POST", "/api/v1/transfers/{transfer_id}/withdraw"): 404,
    ("POST", "/api/v1/transfers/{transfer_id}/cancel"): 404,
    ("POST", "/api/v1/transfers/{transfer_id}/steps/current/decision"): 404,
    # The unit is public; its member list only holds people the caller may see (checked below).
    ("GET", "/api/v1/org-units/{unit_id}/members"): 200,
    # Chains are organisation-wide configuration: readable by all, changed by admins.
    ("GET", "/api/v1/transfer-chains/{kind}"): 200,
    ("PUT", "/api/v1/transfer-chains/{kind}"): 403,
    # A store's attendance, clock-in code, access points and punches belong to its managers.
    ("GET", "/api/v1/stores/{store_id}/attendance"): 404,
    ("GET", "/api/v1/stores/{store_id}/clock-qr"): 404,
    ("GET", "/api/v1/stores/{store_id}/access-points"): 404,
    ("PUT", "/api/v1/stores/{store_id}/access-points"): 404,
    ("POST", "/api/v1/clock-ins/{clock_in_id}/review"): 404,
    # S1's tickets are seen by S1's people, its managers and the owning team, not by S2.
    ("GET", "/api/v1/tickets/{ticket_id}"): 404,
    ("GET", "/api/v1/tickets/{ticket_id}/timeline"): 404,
    ("POST", "/api/v1/tickets/{ticket_id}/replies"): 404,
    ("POST", "/api/v1/tickets/{ticket_id}/acknowledge"): 404,
    ("POST", "/api/v1/tickets/{ticket_id}/take"): 404,
    ("POST", "/api/v1/tickets/{ticket_id}/assign"): 404,
    ("POST", "/api/v1/tickets/{ticket_id}/transfer"): 404,
    ("POST", "/api/v1/tickets/{ticket_id}/status"): 404,
    ("POST", "/api/v1/tickets/{ticket_id}/reopen"): 404,
    ("POST", "/api/v1/tickets/{ticket_id}/rating"): 404,
    ("POST", "/api/v1/tickets/{ticket_id}/attachments"): 404,
    ("GET", "/api/v1/tickets/{ticket_id}/attachments"): 404,
    ("GET", "/api/v1/tickets/{ticket_id}/attachments/{attachment_id}"): 404,
    # Someone else's notification looks like none at all.
    ("POST", "/api/v1/me/notifications/{notification_id}/read"): 404,
    # Which notifications are mandatory is HR's word.
    ("PUT", "/api/v1/notification-kinds/{kind}"): 403,
    # Ticket configuration is organisation-wide: readable, changed by administrators (hours: also heads).
    ("DELETE", "/api/v1/ticket-routing-rules/{rule_id}"): 403,
    ("GET", "/api/v1/departments/{department_id}/business-hours"): 200,
    ("PUT", "/api/v1/departments/{department_id}/business-hours"): 403,
    # Integration clients are administrators' business; webhooks belong to machine clients only.
    ("GET", "/api/v1/integration-clients/{client_id}"): 403,
    ("PATCH", "/api/v1/integration-clients/{client_id}"): 403,
    ("POST", "/api/v1/integration-clients/{client_id}/secrets"): 403,
    ("POST", "/api/v1/integration-clients/{client_id}/revoke"): 403,
    ("GET", "/api/v1/webhooks/subscriptions/{subscription_id}"): 403,
    ("PATCH", "/api/v1/webhooks/subscriptions/{subscription_id}"): 403,
    ("DELETE", "/api/v1/webhooks/subscriptions/{subscription_id}"): 403,
    ("POST", "/api/v1/webhooks/subscriptions/{subscription_id}/secret"): 403,
    ("POST", "/api/v1/webhooks/subscriptions/{subscription_id}/test"): 403,
    ("GET", "/api/v1/webhooks/subscriptions/{subscription_id}/deliveries"): 403,
    ("POST", "/api/v1/webhooks/deliveries/{delivery_id}/redeliver"): 403,
    # Metric definitions and scorecards are public rules: readable by all, changed by HR.
    ("GET", "/api/v1/performance/metrics/{metric_id}"): 404,
    ("PATCH", "/api/v1/performance/metrics/{metric_id}"): 403,
    ("GET", "/api/v1/performance/templates/{template_id}"): 404,
    ("PATCH", "/api/v1/performance/templates/{template_id}"): 403,
    # A store's people's scores are for that store's managers (and HR).
    ("GET", "/api/v1/performance/employees/{employee_id}"): 404,
    ("GET", "/api/v1/performance/periods/{period}"): 200,
    ("POST", "/api/v1/performance/periods/{period}/close"): 403,
    ("POST", "/api/v1/performance/periods/{period}/reopen"): 403,
    # A pool is seen by HR, leaders and its members (their own line); S2's manager is none of them.
    ("GET", "/api/v1/pools/{pool_id}"): 404,
    ("PATCH", "/api/v1/pools/{pool_id}"): 404,
    ("PUT", "/api/v1/pools/{pool_id}/members/{employee_id}"): 404,
    ("DELETE", "/api/v1/pools/{pool_id}/members/{employee_id}"): 404,
    ("POST", "/api/v1/pools/{pool_id}/adjustments"): 404,
    ("GET", "/api/v1/pools/{pool_id}/preview"): 404,
    ("POST", "/api/v1/pools/{pool_id}/calculate"): 404,
    ("POST", "/api/v1/pools/{pool_id}/approve"): 404,
    ("POST", "/api/v1/pools/{pool_id}/lock"): 404,
    ("POST", "/api/v1/pools/{pool_id}/corrections"): 404,
    ("GET", "/api/v1/pools/{pool_id}/statements/{employee_id}"): 404,
    ("GET", "/api/v1/pools/{pool_id}/payroll"): 404,
    # A care profile is read by HR alone (with a purpose); constraints by those who may see the person.
    ("GET", "/api/v1/employees/{employee_id}/care-profile"): 403,
    ("GET", "/api/v1/employees/{employee_id}/constraints"): 404,
    # Withdrawing consent is about the caller's own profile, whatever the id of another's.
    ("DELETE", "/api/v1/me/care-profile/consents/{category}"): 204,
    # S1's people's arrangements are for them, their department head and HR.
    ("GET", "/api/v1/arrangements/{arrangement_id}"): 404,
    ("POST", "/api/v1/arrangements/{arrangement_id}/steps/current/decision"): 404,
    ("POST", "/api/v1/arrangements/{arrangement_id}/withdraw"): 404,
    # S1's shift templates, roster weeks and swaps are planned by S1's managers and HR.
    ("GET", "/api/v1/stores/{store_id}/shift-templates"): 404,
    ("POST", "/api/v1/stores/{store_id}/shift-templates"): 404,
    ("PUT", "/api/v1/stores/{store_id}/shift-templates/{template_id}"): 404,
    ("GET", "/api/v1/stores/{store_id}/rosters/{week}"): 404,
    ("PUT", "/api/v1/stores/{store_id}/rosters/{week}"): 404,
    ("POST", "/api/v1/stores/{store_id}/rosters/{week}/check"): 404,
    ("POST", "/api/v1/stores/{store_id}/rosters/{week}/publish"): 404,
    ("POST", "/api/v1/stores/{store_id}/rosters/{week}/suggest"): 404,
    # overrides are HR's alone, whatever the store
    ("POST", "/api/v1/stores/{store_id}/rosters/{week}/overrides"): 403,
    ("DELETE", "/api/v1/stores/{store_id}/rosters/{week}/overrides/{override_id}"): 403,
    ("POST", "/api/v1/shift-swaps/{swap_id}/take"): 404,
    ("POST", "/api/v1/shift-swaps/{swap_id}/decision"): 404,
    ("POST", "/api/v1/shift-swaps/{swap_id}/withdraw"): 404,
    # The skill catalogue is HR's; S1's draft posting is for S1's planners and HR until opened.
    ("PUT", "/api/v1/skills/{code}"): 403,
    ("PUT", "/api/v1/employees/{employee_id}/skills"): 403,
    ("GET", "/api/v1/postings/{posting_id}"): 404,
    ("POST", "/api/v1/postings/{posting_id}/open"): 404,
    ("POST", "/api/v1/postings/{posting_id}/close"): 404,
    ("POST", "/api/v1/postings/{posting_id}/applications"): 404,
    ("GET", "/api/v1/postings/{posting_id}/applications"): 404,
    ("POST", "/api/v1/postings/{posting_id}/applications/{application_id}/shortlist"): 404,
    # The catalogue and plans are read by all and kept by HR; S1's people's credits and training
    # records are for S1's managers and HR (a random attendee stands in for S1's: both unseen).
    ("GET", "/api/v1/courses/{code}"): 200,
    ("PUT", "/api/v1/courses/{code}"): 403,
    ("GET", "/api/v1/courses/{code}/effect"): 403,
    # Eligibility rules are the same for everyone and read by everyone; HR keeps them.
    ("GET", "/api/v1/eligibility-rules/{code}"): 200,
    ("PUT", "/api/v1/eligibility-rules/{code}"): 403,
    # S1's secondee's mentorship is for the secondee, the mentor, their department head and HR.
    ("GET", "/api/v1/transfers/{transfer_id}/mentor-suggestions"): 404,
    ("PUT", "/api/v1/transfers/{transfer_id}/mentor"): 404,
    ("GET", "/api/v1/mentorships/{mentorship_id}"): 404,
    ("GET", "/api/v1/employees/{employee_id}/growth"): 404,
    ("PUT", "/api/v1/transfers/{transfer_id}/feedback"): 404,
    ("PUT", "/api/v1/mentorships/{mentorship_id}/summary"): 404,
    ("GET", "/api/v1/transfers/{transfer_id}/growth-report"): 404,
    ("POST", "/api/v1/mentorships/{mentorship_id}/check-ins"): 404,
    ("PATCH", "/api/v1/mentorships/{mentorship_id}/check-ins/{check_in_id}"): 404,
    ("POST", "/api/v1/courses/{code}/sign-ins"): 404,
    ("POST", "/api/v1/courses/{code}/practice-scores"): 404,
    ("PUT", "/api/v1/credit-plans/{population}/{year}"): 403,
    ("GET", "/api/v1/employees/{employee_id}/credits"): 404,
    ("POST", "/api/v1/employees/{employee_id}/credits/revocations"): 403,
    ("POST", "/api/v1/employees/{employee_id}/credits/corrections"): 403,
    # A month's allowances are HR's to calculate, approve and export, whoever's store they pay.
    ("POST", "/api/v1/allowances/{month}/calculate"): 403,
    ("POST", "/api/v1/allowances/{month}/approve"): 403,
    ("GET", "/api/v1/allowances/{month}"): 403,
    ("GET", "/api/v1/allowances/{month}/payroll"): 403,
    ("PUT", "/api/v1/bonus-rules/{population}"): 403,
    # A draft article is its department's (D-OPS): to S2's manager it does not exist. A suggestion is
    # the person's who asked for it; S1's ticket is not S2's to turn into an article.
    ("GET", "/api/v1/knowledge/articles/{article_id}"): 404,
    ("PUT", "/api/v1/knowledge/articles/{article_id}"): 404,
    ("GET", "/api/v1/knowledge/articles/{article_id}/versions"): 404,
    ("POST", "/api/v1/knowledge/articles/{article_id}/publish"): 404,
    ("POST", "/api/v1/knowledge/articles/{article_id}/archive"): 404,
    ("POST", "/api/v1/tickets/suggestions/{suggestion_id}/deflection"): 404,
    ("POST", "/api/v1/tickets/{ticket_id}/article"): 404,
    # Stories and broadcasts are written by HR (403 for the role); a draft story about S1's employee
    # for the Operations department, and a broadcast to it, do not exist for S2's manager; staff_s1's
    # experience post waiting for HR is seen by her and HR alone.
    ("GET", "/api/v1/stories/{story_id}"): 404,
    ("PATCH", "/api/v1/stories/{story_id}"): 403,
    ("POST", "/api/v1/stories/{story_id}/publish"): 403,
    ("POST", "/api/v1/stories/{story_id}/archive"): 403,
    ("POST", "/api/v1/stories/{story_id}/consent"): 404,
    ("POST", "/api/v1/stories/{story_id}/read"): 404,
    ("PUT", "/api/v1/stories/{story_id}/reactions/{reaction}"): 404,
    ("DELETE", "/api/v1/stories/{story_id}/reactions/{reaction}"): 404,
    ("POST", "/api/v1/stories/{story_id}/photos"): 403,
    ("GET", "/api/v1/stories/{story_id}/photos/{photo_id}"): 404,
    ("DELETE", "/api/v1/stories/{story_id}/photos/{photo_id}"): 403,
    ("GET", "/api/v1/experience-posts/{post_id}"): 404,
    ("POST", "/api/v1/experience-posts/{post_id}/publish"): 403,
    ("POST", "/api/v1/experience-posts/{post_id}/hide"): 403,
    ("POST", "/api/v1/experience-posts/{post_id}/reports"): 404,
    ("GET", "/api/v1/experience-posts/{post_id}/comments"): 404,
    ("POST", "/api/v1/experience-posts/{post_id}/comments"): 404,
    ("DELETE", "/api/v1/experience-posts/{post_id}/comments/{comment_id}"): 404,
    ("POST", "/api/v1/experience-posts/{post_id}/comments/{comment_id}/hide"): 403,
    ("GET", "/api/v1/broadcasts/{broadcast_id}"): 404,
    ("POST", "/api/v1/broadcasts/{broadcast_id}/publish"): 403,
    ("POST", "/api/v1/broadcasts/{broadcast_id}/read"): 404,
    ("POST", "/api/v1/broadcasts/{broadcast_id}/acknowledge"): 404,
    ("GET", "/api/v1/broadcasts/{broadcast_id}/receipts"): 403,
    # A private card is for the pair, the receiver's managers and HR; a redemption is its requester's
    # and HR's. The catalogue is read by everyone, programmes by whoever awards from them; both are
    # kept by HR.
    ("GET", "/api/v1/recognition/cards/{card_id}"): 404,
    ("GET", "/api/v1/recognition/catalogue/{code}"): 200,
    ("PUT", "/api/v1/recognition/catalogue/{code}"): 403,
    ("GET", "/api/v1/recognition/programmes/{code}"): 200,
    ("PUT", "/api/v1/recognition/programmes/{code}"): 403,
    ("GET", "/api/v1/recognition/redemptions/{redemption_id}"): 404,
    ("POST", "/api/v1/recognition/redemptions/{redemption_id}/decision"): 404,
    # Pulse surveys are HR's; a store manager learns of none, changes none, answers none not asked.
    ("GET", "/api/v1/surveys/{survey_id}"): 404,
    ("PUT", "/api/v1/surveys/{survey_id}"): 403,
    ("POST", "/api/v1/surveys/{survey_id}/activate"): 403,
    ("POST", "/api/v1/surveys/{survey_id}/retire"): 403,
    ("GET", "/api/v1/surveys/{survey_id}/waves"): 404,
    ("POST", "/api/v1/me/surveys/{wave_id}/answer"): 404,
}

BODIES: dict[str, object] = {
    "PUT /api/v1/surveys/{survey_id}": {
        "title": "Matrix",
        "scales": [{"key": "overall", "text": "Overall"}],
        "version": 1,
    },
    "POST /api/v1/me/surveys/{wave_id}/answer": {"scores": {"overall": 4}},
    "PUT /api/v1/recognition/catalogue/{code}": {"name": "Matrix", "kind": "other", "price": 1, "stock": 1},
    "PUT /api/v1/recognition/programmes/{code}": {"name": "Matrix", "pool": 100},
    "POST /api/v1/recognition/redemptions/{redemption_id}/decision": {"decision": "approve"},
    "PATCH /api/v1/stories/{story_id}": {"title": "Matrix"},
    "POST /api/v1/stories/{story_id}/consent": {"decision": "given"},
    "POST /api/v1/experience-posts/{post_id}/hide": {"reason": "Matrix"},
    "POST /api/v1/experience-posts/{post_id}/reports": {"reason": "Matrix"},
    "POST /api/v1/experience-posts/{post_id}/comments": {"body": "Matrix"},
    "PUT /api/v1/notification-kinds/{kind}": {"mandatory": True},
    "PATCH /api/v1/employees/{employee_id}": {"full_name": "Changed"},
    "PATCH /api/v1/org-units/{unit_id}": {"name": "Changed"},
    "PATCH /api/v1/accounts/{account_id}": {"is_active": False},
    "POST /api/v1/accounts/{account_id}/grants": {"role": "store_manager", "org_unit_id": str(uuid.uuid4())},
    "PATCH /api/v1/transfers/{transfer_id}": {"reason": "Changed"},
    "POST /api/v1/transfers/{transfer_id}/resubmit": {},
    "POST /api/v1/transfers/{transfer_id}/withdraw": {},
    "POST /api/v1/transfers/{transfer_id}/cancel": {"reason": "No longer needed"},
    "POST /api/v1/transfers/{transfer_id}/steps/current/decision": {"step": 0, "decision": "approve"},
    "PUT /api/v1/transfer-chains/{kind}": {"steps": [{"name": "HR", "approver": "hr"}]},
    "POST /api/v1/arrangements/{arrangement_id}/steps/current/decision": {"step": 0, "decision": "approve"},
    "PATCH /api/v1/integration-clients/{client_id}": {"name": "Changed"},
    "POST /api/v1/integration-clients/{client_id}/secrets": {},
    "PATCH /api/v1/webhooks/subscriptions/{subscription_id}": {"active": False},
    "PATCH /api/v1/performance/metrics/{metric_id}": {"name": "Changed"},
    "PATCH /api/v1/performance/templates/{template_id}": {"name": "Changed"},
    "PUT /api/v1/stores/{store_id}/access-points": {"access_points": []},
    "POST /api/v1/stores/{store_id}/shift-templates": {
        "code": "MID",
        "name": "中班",
        "starts": "11:00",
        "ends": "19:00",
        "headcount": [1] * 7,
    },
    "PUT /api/v1/stores/{store_id}/shift-templates/{template_id}": {
        "name": "早班",
        "starts": "07:00",
        "ends": "15:00",
        "headcount": [1] * 7,
    },
    "PUT /api/v1/stores/{store_id}/rosters/{week}": {"version": 1, "assignments": []},
    "POST /api/v1/stores/{store_id}/rosters/{week}/check": {},
    "POST /api/v1/stores/{store_id}/rosters/{week}/publish": {"version": 1},
    "POST /api/v1/stores/{store_id}/rosters/{week}/suggest": {"version": 1},
    "POST /api/v1/stores/{store_id}/rosters/{week}/overrides": {
        "employee_id": str(uuid.uuid4()),
        "rule": "roster.min_rest",
        "reason": "Stocktake",
    },
    "POST /api/v1/shift-swaps/{swap_id}/take": {"version": 1},
    "POST /api/v1/shift-swaps/{swap_id}/decision": {"version": 1, "decision": "approve"},
    "POST /api/v1/shift-swaps/{swap_id}/withdraw": {"version": 1},
    "PUT /api/v1/skills/{code}": {"name": "Cashier"},
    "PUT /api/v1/employees/{employee_id}/skills": {"skills": []},
    "POST /api/v1/postings/{posting_id}/open": {"version": 1},
    "POST /api/v1/postings/{posting_id}/close": {"version": 1},
    "POST /api/v1/postings/{posting_id}/applications": {},
    "PUT /api/v1/courses/{code}": {
        "title": "Till basics",
        "category": "required",
        "delivery": "classroom",
        "base_credits": "2",
        "active_from": "2026-01-01",
    },
    "POST /api/v1/courses/{code}/sign-ins": {
        "session_id": "matrix",
        "held_on": "2026-03-01",
        "attendees": [{"employee_id": str(uuid.uuid4()), "attended": True, "exam_score": 90}],
    },
    "POST /api/v1/courses/{code}/practice-scores": {
        "employee_id": str(uuid.uuid4()),
        "completed_on": "2026-03-01",
        "score": 9,
    },
    "PUT /api/v1/credit-plans/{population}/{year}": {"total": "60"},
    "PUT /api/v1/transfers/{transfer_id}/mentor": {"mentor_id": str(uuid.uuid4())},
    "PUT /api/v1/knowledge/articles/{article_id}": {
        "version": 1,
        "title": "扫描枪无法连接",
        "body": "Matrix",
        "category": "stock-system",
    },
    "POST /api/v1/knowledge/articles/{article_id}/publish": {"version": 1},
    "POST /api/v1/knowledge/articles/{article_id}/archive": {"version": 1},
    "POST /api/v1/tickets/suggestions/{suggestion_id}/deflection": {"article_id": str(uuid.uuid4())},
    "PUT /api/v1/transfers/{transfer_id}/feedback": {"text": "Matrix"},
    "PUT /api/v1/mentorships/{mentorship_id}/summary": {"summary": "Matrix"},
    "POST /api/v1/mentorships/{mentorship_id}/check-ins": {
        "held_on": "2026-03-01",
        "notes": "Matrix",
        "mentee_state": "steady",
    },
    "PATCH /api/v1/mentorships/{mentorship_id}/check-ins/{check_in_id}": {"support_rating": 4},
    "PUT /api/v1/eligibility-rules/{code}": {
        "title": "Excellent employee",
        "target": "excellent employee of the year",
        "conditions": [{"kind": "frontline_time", "min_days": 90, "window_months": 12}],
    },
    "POST /api/v1/allowances/{month}/approve": {"version": 1},
    "PUT /api/v1/bonus-rules/{population}": {
        "basis": "store",
        "metric_code": "store_sales",
        "rate_percent": "1",
        "cap": "100",
    },
    "POST /api/v1/employees/{employee_id}/credits/revocations": {"entry_id": str(uuid.uuid4()), "reason": "Wrong"},
    "POST /api/v1/employees/{employee_id}/credits/corrections": {
        "category": "elective",
        "credits": "1",
        "reason": "Old system",
    },
    "POST /api/v1/clock-ins/{clock_in_id}/review": {"decision": "confirm", "reason": "Seen on camera"},
    "POST /api/v1/tickets/{ticket_id}/replies": {"body": "On it"},
    "POST /api/v1/tickets/{ticket_id}/assign": {"assignee_account_id": str(uuid.uuid4())},
    "POST /api/v1/tickets/{ticket_id}/transfer": {"department_id": str(uuid.uuid4()), "reason": "Not ours"},
    "POST /api/v1/tickets/{ticket_id}/status": {"status": "in_progress"},
    "POST /api/v1/tickets/{ticket_id}/reopen": {"reason": "Still broken"},
    "POST /api/v1/tickets/{ticket_id}/rating": {"score": 5},
    "PUT /api/v1/departments/{department_id}/business-hours": {"weekly": {"mon": [["09:00", "18:00"]]}},
    "PATCH /api/v1/pools/{pool_id}": {"name": "Changed"},
    "PUT /api/v1/pools/{pool_id}/members/{employee_id}": {"weight": "1"},
    "POST /api/v1/pools/{pool_id}/adjustments": {
        "employee_id": str(uuid.uuid4()),
        "side": "frontline",
        "weight_delta": "1",
        "reason": "Covered a colleague",
    },
    "POST /api/v1/pools/{pool_id}/corrections": {
        "reason": "Booked twice",
        "lines": [{"employee_id": str(uuid.uuid4()), "side": "frontline", "amount": "1.00"}],
    },
}
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 32
FILES = {
    "POST /api/v1/tickets/{ticket_id}/attachments": {"file": ("photo.png", PNG, "image/png")},
    "POST /api/v1/stories/{story_id}/photos": {"file": ("photo.png", PNG, "image/png")},
}


async def call(client: httpx.AsyncClient, method: str, template: str, ids: dict[str, str], **kwargs: object):
    key = f"{method} {template}"
    if key in FILES:
        return await client.request(method, template.format(**ids), files=FILES[key], **kwargs)  # type: ignore[arg-type]
    return await client.request(
        method,
        template.format(**ids),
        json=BODIES.get(key),
        params=QUERIES.get(key),
        **kwargs,  # type: ignore[arg-type]
    )


QUERIES: dict[str, dict[str, str]] = {
    "GET /api/v1/performance/employees/{employee_id}": {"period": "2026-03"},
    "GET /api/v1/employees/{employee_id}/constraints": {"from": "2026-03-01", "to": "2026-03-31"},
    "GET /api/v1/employees/{employee_id}/care-profile": {"purpose": "Roster review"},
}
PUBLIC = {("POST", "/api/v1/auth/token"), ("GET", "/healthz"), ("GET", "/readyz")}


def api_routes(app) -> list[tuple[str, str]]:
    """Every operation the app serves, from its own OpenAPI document (FastAPI keeps included
    routers wrapped, so app.routes does not list them)."""
    operations = sorted(
        (method.upper(), path) for path, methods in app.openapi()["paths"].items() for method in methods
    )
    assert len(operations) > 20, "the route listing found too few operations to mean anything"
    return operations


async def s1_objects(client: httpx.AsyncClient, world: World) -> dict[str, str]:
    """Objects belonging to store S1, including a transfer request of one of its employees."""
    await leader_only_chain(client, world)
    request = await client.post(
        "/api/v1/transfers",
        json={
            "kind": "secondment",
            "destination_unit_id": str(world.units["S3"]),
            "start_date": "2026-04-01",
            "end_date": "2026-04-30",
            "reason": "Help the west region open",
        },
        headers=world.headers("staff_s1"),
    )
    assert request.status_code == 201, request.text
    punch = await client.post(
        "/api/v1/clock-ins",
        json={
            "kind": "in",
            "store_id": str(world.units["S1"]),
            "lat": 31.2304,
            "lon": 121.4737,
            "accuracy_m": 10,
            "client_time": "2026-03-02T01:00:00Z",
            "device_id": "phone",
            "mock_location": True,
        },
        headers={**world.headers("staff_s1"), "Idempotency-Key": "matrix-1"},
    )
    assert punch.status_code == 201, punch.text
    route = await client.post(
        "/api/v1/ticket-routing-rules",
        json={"category": "*", "department_id": str(world.units["D-OPS"])},
        headers=world.headers("admin"),
    )
    ticket = await client.post(
        "/api/v1/tickets",
        json={"category": "stock-system", "title": "Scanners down", "description": "Since 9:10"},
        headers=world.headers("staff_s1"),
    )
    assert ticket.status_code == 201, ticket.text
    ticket_id = ticket.json()["id"]
    stock_route = await client.post(
        "/api/v1/ticket-routing-rules",
        json={"category": "stock-system", "department_id": str(world.units["D-OPS"])},
        headers=world.headers("admin"),
    )
    assert stock_route.status_code == 201, stock_route.text
    article = await client.post(
        "/api/v1/knowledge/articles",
        json={"title": "扫描枪无法连接库存系统", "body": "重新配对。", "category": "stock-system"},
        headers=world.headers("ops_staff"),
    )
    assert article.status_code == 201, article.text
    suggestion = await client.post(
        "/api/v1/tickets/suggestions",
        json={"title": "扫描枪连不上", "category": "stock-system"},
        headers=world.headers("staff_s1"),
    )
    assert suggestion.status_code == 200, suggestion.text
    attachment = await client.post(
        f"/api/v1/tickets/{ticket_id}/attachments",
        files={"file": ("photo.png", PNG, "image/png")},
        headers=world.headers("staff_s1"),
    )
    await client.post(
        f"/api/v1/tickets/{ticket_id}/replies", json={"body": "On it"}, headers=world.headers("ops_staff")
    )
    await deliver_events(world.app)
    notices = await client.get("/api/v1/me/notifications", headers=world.headers("staff_s1"))
    pool = await client.post(
        "/api/v1/pools",
        json={
            "name": "S1 March pool",
            "scope_unit_id": str(world.units["S1"]),
            "period": "2026-03",
            "currency": "CNY",
            "funding": [{"kind": "fixed", "amount": "1000.00"}],
        },
        headers=world.headers("hr"),
    )
    assert pool.status_code == 201, pool.text
    arrangement = await client.post(
        "/api/v1/me/arrangements",
        json={"start_date": "2026-03-09", "end_date": "2026-03-31", "reduced_minutes": 60},
        headers=world.headers("staff_s1"),
    )
    assert arrangement.status_code == 201, arrangement.text
    swap = await s1_swap(client, world)
    posting = await client.post(
        "/api/v1/postings",
        json={
            "unit_id": str(world.units["S1"]),
            "title": "Cover",
            "start_date": "2026-04-01",
            "end_date": "2026-04-30",
            "hours_per_week": 40,
            "headcount": 1,
        },
        headers=world.headers("manager_s1"),
    )
    assert posting.status_code == 201, posting.text
    course = await client.put(
        "/api/v1/courses/cashier", json=BODIES["PUT /api/v1/courses/{code}"], headers=world.headers("hr")
    )
    assert course.status_code == 200, course.text
    rule = await client.put(
        "/api/v1/eligibility-rules/cashier",
        json=BODIES["PUT /api/v1/eligibility-rules/{code}"],
        headers=world.headers("hr"),
    )
    assert rule.status_code == 200, rule.text
    mentorship = await client.put(
        f"/api/v1/transfers/{request.json()['id']}/mentor",
        json={"mentor_id": str(world.employees["ops_head"])},
        headers=world.headers("hr"),
    )
    assert mentorship.status_code == 200, mentorship.text
    story = await client.post(
        "/api/v1/stories",
        json={
            "title": "Matrix",
            "body": "Matrix",
            "audiences": [{"kind": "department", "unit_id": str(world.units["D-OPS"])}],
            "featured_ids": [str(world.employees["staff_s1"])],
        },
        headers=world.headers("hr"),
    )
    assert story.status_code == 201, story.text
    story_photo = await client.post(
        f"/api/v1/stories/{story.json()['id']}/photos",
        files={"file": ("photo.png", PNG, "image/png")},
        headers=world.headers("hr"),
    )
    assert story_photo.status_code == 201, story_photo.text
    post = await client.post(
        "/api/v1/experience-posts", json={"title": "Matrix", "body": "Matrix"}, headers=world.headers("staff_s1")
    )
    assert post.status_code == 201, post.text
    broadcast = await client.post(
        "/api/v1/broadcasts",
        json={
            "title": "Matrix",
            "body": "Matrix",
            "audiences": [{"kind": "department", "unit_id": str(world.units["D-OPS"])}],
        },
        headers=world.headers("hr"),
    )
    assert broadcast.status_code == 201, broadcast.text
    sent = await client.post(f"/api/v1/broadcasts/{broadcast.json()['id']}/publish", headers=world.headers("hr"))
    assert sent.status_code == 200, sent.text
    item = await client.put(
        "/api/v1/recognition/catalogue/cashier",
        json={"name": "Matrix", "kind": "shopping_card", "price": 10, "stock": 5},
        headers=world.headers("hr"),
    )
    assert item.status_code == 200, item.text
    programme = await client.put(
        "/api/v1/recognition/programmes/cashier", json={"name": "Matrix", "pool": 100}, headers=world.headers("hr")
    )
    assert programme.status_code == 200, programme.text
    card = await client.post(
        "/api/v1/recognition/cards",
        json={
            "receiver_id": str(world.employees["staff_s1"]),
            "category": "teamwork",
            "text": "Matrix",
            "points": 20,
            "visibility": "private",
        },
        headers=world.headers("manager_s1"),
    )
    assert card.status_code == 201, card.text
    redemption = await client.post(
        "/api/v1/recognition/redemptions", json={"item_code": "cashier"}, headers=world.headers("staff_s1")
    )
    assert redemption.status_code == 201, redemption.text
    survey = await client.post(
        "/api/v1/surveys",
        json={"title": "Matrix", "scales": [{"key": "overall", "text": "Overall"}]},
        headers=world.headers("hr"),
    )
    assert survey.status_code == 201, survey.text
    return {
        "survey_id": survey.json()["id"],
        "wave_id": str(uuid.uuid4()),
        "card_id": card.json()["id"],
        "redemption_id": redemption.json()["id"],
        "story_id": story.json()["id"],
        "photo_id": story_photo.json()["photos"][0]["id"],
        "reaction": "like",
        "post_id": post.json()["id"],
        "comment_id": str(uuid.uuid4()),
        "broadcast_id": broadcast.json()["id"],
        "employee_id": str(world.employees["staff_s1"]),
        "unit_id": str(world.units["S1"]),
        "account_id": str(world.accounts["staff_s1"]),
        "grant_id": str(uuid.uuid4()),
        "transfer_id": request.json()["id"],
        "kind": "secondment",
        "store_id": str(world.units["S1"]),
        "clock_in_id": punch.json()["id"],
        "ticket_id": ticket_id,
        "attachment_id": attachment.json()["id"],
        "notification_id": notices.json()["items"][0]["id"],
        "rule_id": route.json()["id"],
        "department_id": str(world.units["D-OPS"]),
        "client_id": str(uuid.uuid4()),
        "subscription_id": str(uuid.uuid4()),
        "delivery_id": str(uuid.uuid4()),
        "metric_id": str(uuid.uuid4()),
        "template_id": str(uuid.uuid4()),
        "period": "2026-03",
        "pool_id": pool.json()["id"],
        "arrangement_id": arrangement.json()["id"],
        "category": "notes",
        "week": "2026-03-09",
        "override_id": str(uuid.uuid4()),
        "swap_id": swap,
        "code": "cashier",
        "posting_id": posting.json()["id"],
        "application_id": str(uuid.uuid4()),
        "population": "store",
        "year": "2026",
        "month": "2026-02",
        "mentorship_id": mentorship.json()["id"],
        "check_in_id": str(uuid.uuid4()),
        "article_id": article.json()["id"],
        "suggestion_id": suggestion.json()["suggestion_id"],
    }


async def s1_swap(client: httpx.AsyncClient, world: World) -> str:
    """A published S1 shift of staff_s1, offered to colleagues."""
    store = f"/api/v1/stores/{world.units['S1']}"
    template = await client.post(
        f"{store}/shift-templates",
        json={"code": "EARLY", "name": "早班", "starts": "07:00", "ends": "15:00", "headcount": [1] * 7},
        headers=world.headers("manager_s1"),
    )
    assert template.status_code == 201, template.text
    assignment = {
        "employee_id": str(world.employees["staff_s1"]),
        "day": "2026-03-09",
        "template_id": template.json()["id"],
    }
    saved = await client.put(
        f"{store}/rosters/2026-03-09", json={"version": 0, "assignments": [assignment]}, headers=world.headers("hr")
    )
    assert saved.status_code == 200, saved.text
    published = await client.post(
        f"{store}/rosters/2026-03-09/publish", json={"version": 1}, headers=world.headers("hr")
    )
    assert published.status_code == 200, published.text
    offered = await client.post(
        "/api/v1/shift-swaps",
        json={"roster_shift_id": published.json()["shifts"][0]["id"]},
        headers=world.headers("staff_s1"),
    )
    assert offered.status_code == 201, offered.text
    return str(offered.json()["id"])


async def test_every_endpoint_refuses_the_unauthenticated(app, client: httpx.AsyncClient, world: World):
    ids = await s1_objects(client, world)
    for method, template in api_routes(app):
        if (method, template) in PUBLIC:
            continue
        answer = await call(client, method, template, ids)
        assert answer.status_code == 401, f"{method} {template} answered {answer.status_code} without a token"
        assert answer.headers["content-type"] == "application/problem+json"


async def test_every_endpoint_with_an_id_is_scoped(app, client: httpx.AsyncClient, world: World):
    with_ids = [(m, t) for m, t in api_routes(app) if "{" in t]
    missing = sorted(set(with_ids) - set(OTHER_STORE_EXPECTATIONS))
    assert not missing, f"add authorization expectations for: {missing}"
    ids = await s1_objects(client, world)
    for (method, template), expected in OTHER_STORE_EXPECTATIONS.items():
        answer = await call(client, method, template, ids, headers=world.headers("manager_s2"))
        assert answer.status_code == expected, f"{method} {template}: {answer.status_code} {answer.text}"
    members = await client.get(f"/api/v1/org-units/{ids['unit_id']}/members", headers=world.headers("manager_s2"))
    assert members.json()["items"] == []


@pytest.mark.parametrize("who", ["staff_s2", "manager_s2", "ops_head"])
async def test_people_outside_sight_look_exactly_like_people_who_do_not_exist(
    client: httpx.AsyncClient, world: World, who: str
):
    hidden = await client.get(f"/api/v1/employees/{world.employees['staff_s1']}", headers=world.headers(who))
    absent = await client.get(f"/api/v1/employees/{uuid.uuid4()}", headers=world.headers(who))
    assert hidden.status_code == absent.status_code == 404
    assert hidden.json()["type"] == absent.json()["type"]


# --- separation of duties in settlement ---------------------------------------------------------

SETTINGS = "/api/v1/organisation/settings"


async def pool_of(client: httpx.AsyncClient, world: World, period: str = "2026-03") -> str:
    created = await client.post(
        "/api/v1/pools",
        json={
            "name": f"S1 {period} pool",
            "scope_unit_id": str(world.units["S1"]),
            "period": period,
            "currency": "CNY",
            "funding": [{"kind": "fixed", "amount": "1000.00"}],
        },
        headers=world.headers("hr"),
    )
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def step(client: httpx.AsyncClient, world: World, pool_id: str, action: str, who: str) -> httpx.Response:
    return await client.post(f"/api/v1/pools/{pool_id}/{action}", headers=world.headers(who))


async def test_whoever_last_calculated_a_pool_does_not_approve_it(client: httpx.AsyncClient, world: World):
    pool_id = await pool_of(client, world)
    assert (await step(client, world, pool_id, "calculate", "hr")).status_code == 200
    pool = (await client.get(f"/api/v1/pools/{pool_id}", headers=world.headers("hr"))).json()
    assert pool["calculated_by"] == str(world.accounts["hr"])
    refused = await step(client, world, pool_id, "approve", "hr")
    assert refused.status_code == 403 and refused.json()["type"] == "/problems/pool.separation_of_duties"
    # calculating again moves the duty: now the administrator prepared it and HR approves
    assert (await step(client, world, pool_id, "calculate", "admin")).status_code == 200
    assert (await step(client, world, pool_id, "approve", "admin")).status_code == 403
    approved = await step(client, world, pool_id, "approve", "hr")
    assert approved.status_code == 200, approved.text
    pool = (await client.get(f"/api/v1/pools/{pool_id}", headers=world.headers("hr"))).json()
    assert (pool["calculated_by"], pool["approved_by"]) == (str(world.accounts["admin"]), str(world.accounts["hr"]))


async def test_whoever_closed_a_month_does_not_approve_its_pools(client: httpx.AsyncClient, world: World):
    pool_id = await pool_of(client, world, "2026-02")
    closed = await client.post("/api/v1/performance/periods/2026-02/close", headers=world.headers("admin"))
    assert closed.status_code == 200, closed.text
    assert (await step(client, world, pool_id, "calculate", "hr")).status_code == 200
    refused = await step(client, world, pool_id, "approve", "admin")
    assert refused.status_code == 403 and refused.json()["type"] == "/problems/pool.separation_of_duties"
    assert "2026-02" in refused.json()["detail"]
    # reopening does not launder the closing: the last closer still does not approve
    assert (await client.post("/api/v1/performance/periods/2026-02/reopen", headers=world.headers("hr"))).is_success
    assert (await step(client, world, pool_id, "approve", "admin")).status_code == 403
    # another month's pool is not concerned
    march = await pool_of(client, world, "2026-03")
    assert (await step(client, world, march, "calculate", "hr")).status_code == 200
    assert (await step(client, world, march, "approve", "admin")).status_code == 200


async def test_the_rule_is_an_administrators_setting_on_by_default_and_audited(client: httpx.AsyncClient, world: World):
    shown = await client.get(SETTINGS, headers=world.headers("hr"))
    assert shown.status_code == 200, shown.text
    assert shown.json() == {"separation_of_duties": True, "max_mentees": 3, "updated_at": None}
    for who in ("staff_s1", "manager_s1", "leader"):
        assert (await client.get(SETTINGS, headers=world.headers(who))).status_code == 403, who
    for who in ("hr", "leader", "manager_s1"):
        answer = await client.put(SETTINGS, json={"separation_of_duties": False}, headers=world.headers(who))
        assert answer.status_code == 403, who
    assert (
        await client.put(SETTINGS, json={"separation_of_duties": 0}, headers=world.headers("admin"))
    ).status_code == 422
    off = await client.put(SETTINGS, json={"separation_of_duties": False}, headers=world.headers("admin"))
    assert off.status_code == 200, off.text
    assert off.json()["separation_of_duties"] is False
    trail = await client.get(
        "/api/v1/audit", params={"entity_type": "organisation_settings"}, headers=world.headers("admin")
    )
    (entry,) = trail.json()["items"]
    assert entry["action"] == "organisation_settings.updated"
    assert entry["changes"] == {"separation_of_duties": {"before": True, "after": False}}

    # switched off, one HR account may calculate and approve
    pool_id = await pool_of(client, world)
    assert (await step(client, world, pool_id, "calculate", "hr")).status_code == 200
    assert (await step(client, world, pool_id, "approve", "hr")).status_code == 200
    on = await client.put(SETTINGS, json={"separation_of_duties": True}, headers=world.headers("admin"))
    assert on.json()["separation_of_duties"] is True
    again = await pool_of(client, world)
    assert (await step(client, world, again, "calculate", "hr")).status_code == 200
    assert (await step(client, world, again, "approve", "hr")).status_code == 403
