"""A small organisation for API tests: two regions, three stores, three HQ departments, and one
account per role. Rows go straight in through SQLAlchemy Core; tokens are minted by the app's own
issuer, so only the auth tests pay for password hashing round trips."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from sqlalchemy import insert

from domain.org.models import OrgUnit, OrgUnitKind
from domain.org.rules import child_path
from domain.people.models import Account, Assignment, AssignmentKind, Employee, EmployeeStatus, RoleGrant
from domain.shared.actor import Grant, Role
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.tickets.models import Ticket, TicketPriority, TicketStatus

PASSWORD = "correct horse battery staple"

# code, name, kind, parent code, timezone, (lat, lon, radius)
UNITS: list[tuple[str, str, OrgUnitKind, str | None, str, tuple[float, float, int] | None]] = [
    ("HQ", "Headquarters", OrgUnitKind.HEADQUARTERS, None, "Asia/Shanghai", None),
    ("D-OPS", "Operations", OrgUnitKind.DEPARTMENT, "HQ", "Asia/Shanghai", None),
    ("D-HR", "Human Resources", OrgUnitKind.DEPARTMENT, "HQ", "Asia/Shanghai", None),
    ("D-IT", "Information Technology", OrgUnitKind.DEPARTMENT, "HQ", "Asia/Shanghai", None),
    ("R-EAST", "East", OrgUnitKind.REGION, "HQ", "Asia/Shanghai", None),
    ("R-WEST", "West", OrgUnitKind.REGION, "HQ", "Asia/Urumqi", None),
    ("S1", "People's Square store", OrgUnitKind.STORE, "R-EAST", "Asia/Shanghai", (31.2304, 121.4737, 150)),
    ("S2", "Lujiazui store", OrgUnitKind.STORE, "R-EAST", "Asia/Shanghai", (31.2397, 121.4998, 200)),
    ("S3", "Grand Bazaar store", OrgUnitKind.STORE, "R-WEST", "Asia/Urumqi", (43.7744, 87.6200, 150)),
]

# name, employee_no, home unit, [(role, unit)], e-mail
PEOPLE: list[tuple[str, str, str, list[tuple[Role, str]], str | None]] = [
    ("admin", "E0001", "D-IT", [(Role.ADMIN, "HQ")], "admin@test.example"),
    ("hr", "E0002", "D-HR", [(Role.HR, "HQ")], "hr@test.example"),
    ("leader", "E0003", "D-OPS", [(Role.LEADER, "HQ")], "leader@test.example"),
    ("ops_head", "E0004", "D-OPS", [(Role.DEPT_HEAD, "D-OPS")], "ops-head@test.example"),
    ("ops_staff", "E0005", "D-OPS", [(Role.EMPLOYEE, "D-OPS")], "ops-staff@test.example"),
    ("manager_s1", "E0101", "S1", [(Role.STORE_MANAGER, "S1")], "manager-s1@test.example"),
    ("staff_s1", "E0102", "S1", [(Role.EMPLOYEE, "S1")], "staff-s1@test.example"),
    ("manager_s2", "E0201", "S2", [(Role.STORE_MANAGER, "S2")], "manager-s2@test.example"),
    ("staff_s2", "E0202", "S2", [(Role.EMPLOYEE, "S2")], "staff-s2@test.example"),
    ("region_east", "E0301", "D-OPS", [(Role.STORE_MANAGER, "R-EAST")], "region-east@test.example"),
    ("staff_s3", "E0302", "S3", [(Role.EMPLOYEE, "S3")], None),
]


@dataclass
class World:
    app: FastAPI
    units: dict[str, uuid.UUID] = field(default_factory=dict)
    employees: dict[str, uuid.UUID] = field(default_factory=dict)
    accounts: dict[str, uuid.UUID] = field(default_factory=dict)
    grants: dict[str, tuple[Grant, ...]] = field(default_factory=dict)
    emails: dict[str, str | None] = field(default_factory=dict)
    employee_numbers: dict[str, str] = field(default_factory=dict)

    def token(self, name: str) -> str:
        tokens = self.app.state.tokens
        access, _ = tokens.access_token(
            account_id=self.accounts[name],
            employee_id=self.employees[name],
            grants=self.grants[name],
            session_id=uuid.uuid4(),
            now=self.app.state.clock.now(),
        )
        return str(access)

    def headers(self, name: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(name)}"}


async def seed_world(app: FastAPI, clock: ManualClock) -> World:
    world = World(app=app)
    now = clock.now()
    paths: dict[str, str] = {}
    unit_rows: list[dict[str, Any]] = []
    for code, name, kind, parent, tz, location in UNITS:
        unit_id = uuid.uuid4()
        paths[code] = child_path(paths[parent] if parent else None, unit_id)
        world.units[code] = unit_id
        lat, lon, radius = location if location else (None, None, None)
        unit_rows.append(
            {
                "id": unit_id,
                "code": code,
                "name": name,
                "kind": kind,
                "parent_id": world.units[parent] if parent else None,
                "path": paths[code],
                "timezone": tz,
                "address": None,
                "latitude": lat,
                "longitude": lon,
                "geofence_radius_m": radius,
                "created_at": now,
                "updated_at": now,
            }
        )
    password_hash = app.state.hashing.hash(PASSWORD)
    employees: list[dict[str, Any]] = []
    accounts: list[dict[str, Any]] = []
    grants: list[dict[str, Any]] = []
    for name, number, home, roles, email in PEOPLE:
        employee_id, account_id = uuid.uuid4(), uuid.uuid4()
        world.employees[name] = employee_id
        world.accounts[name] = account_id
        world.emails[name] = email
        world.employee_numbers[name] = number
        employees.append(
            {
                "id": employee_id,
                "employee_no": number,
                "full_name": name.replace("_", " ").title(),
                "email": email,
                "phone": None,
                "home_unit_id": world.units[home],
                "hire_date": date(2020, 1, 1),
                "status": EmployeeStatus.ACTIVE,
                "created_at": now,
                "updated_at": now,
            }
        )
        accounts.append(
            {
                "id": account_id,
                "employee_id": employee_id,
                "email": email,
                "password_hash": password_hash,
                "is_active": True,
                "failed_logins": 0,
                "password_changed_at": now,
                "created_at": now,
                "updated_at": now,
            }
        )
        held = tuple(Grant(role=role, org_unit_id=world.units[unit]) for role, unit in roles)
        world.grants[name] = held
        grants.extend(
            {
                "id": uuid.uuid4(),
                "account_id": account_id,
                "role": g.role,
                "org_unit_id": g.org_unit_id,
                "created_at": now,
            }
            for g in held
        )
    async with app.state.database.session_scope() as session:
        for row in unit_rows:
            await session.execute(insert(OrgUnit), [row])
        await session.execute(insert(Employee), employees)
        await session.execute(insert(Account), accounts)
        await session.execute(insert(RoleGrant), grants)
    return world


async def assign(
    database: Database, world: World, who: str, store: str, valid_from: date, valid_to: date | None = None
) -> None:
    """A secondment of `who` to `store` for days in [valid_from, valid_to), written directly."""
    moment = world.app.state.clock.now()
    async with database.session_scope() as session:
        session.add(
            Assignment(
                id=uuid.uuid4(),
                employee_id=world.employees[who],
                unit_id=world.units[store],
                kind=AssignmentKind.SECONDMENT,
                valid_from=valid_from,
                valid_to=valid_to,
                created_at=moment,
                updated_at=moment,
            )
        )


async def hire(
    database: Database, world: World, name: str, employee_no: str, home: str, roles: list[tuple[Role, str]]
) -> None:
    """One more person (with an account and grants) in the world, written directly, for tests that
    need someone PEOPLE does not hold (e.g. an IT employee without admin rights)."""
    moment = world.app.state.clock.now()
    employee_id, account_id = uuid.uuid4(), uuid.uuid4()
    held = tuple(Grant(role=role, org_unit_id=world.units[unit]) for role, unit in roles)
    world.employees[name], world.accounts[name], world.grants[name] = employee_id, account_id, held
    world.emails[name], world.employee_numbers[name] = None, employee_no
    async with database.session_scope() as session:
        session.add(
            Employee(
                id=employee_id,
                employee_no=employee_no,
                full_name=name.replace("_", " ").title(),
                email=None,
                phone=None,
                home_unit_id=world.units[home],
                hire_date=date(2020, 1, 1),
                status=EmployeeStatus.ACTIVE,
                created_at=moment,
                updated_at=moment,
            )
        )
        await session.flush()
        session.add(
            Account(
                id=account_id,
                employee_id=employee_id,
                email=None,
                password_hash="!",
                is_active=True,
                failed_logins=0,
                password_changed_at=moment,
                created_at=moment,
                updated_at=moment,
            )
        )
        await session.flush()
        session.add_all(
            RoleGrant(id=uuid.uuid4(), account_id=account_id, role=g.role, org_unit_id=g.org_unit_id, created_at=moment)
            for g in held
        )


async def insert_ticket(
    database: Database,
    world: World,
    *,
    requester: str,
    department: str,
    store: str | None,
    created_at: datetime,
    assignee: str | None = None,
    first_responder: str | None = None,
    resolved_at: datetime | None = None,
    rating: int | None = None,
    status: TicketStatus | None = None,
    recorded: bool = False,
) -> uuid.UUID:
    """A ticket row written directly, as older code may have left it (e.g. handled by its own
    requester): for tests of what reads must make of such rows. Targets: 2 h and 24 h, wall clock.
    `recorded`: with the outcomes of its stopped clocks recorded, as code since migration 0025 does."""
    ticket_id = uuid.uuid4()
    first_responded_at = created_at + timedelta(minutes=10) if first_responder else None
    async with database.session_scope() as session:
        await session.execute(
            insert(Ticket).values(
                id=ticket_id,
                requester_account_id=world.accounts[requester],
                requester_employee_id=world.employees[requester],
                store_id=world.units[store] if store else None,
                category="printer",
                title="Printer jams",
                description="On every receipt.",
                priority=TicketPriority.NORMAL,
                status=status or (TicketStatus.RESOLVED if resolved_at else TicketStatus.IN_PROGRESS),
                department_id=world.units[department],
                assignee_account_id=world.accounts[assignee] if assignee else None,
                business_hours=False,
                calendar_department_id=None,
                first_response_minutes=120,
                resolution_minutes=24 * 60,
                first_response_due_at=created_at + timedelta(hours=2),
                first_responded_at=first_responded_at,
                first_responder_account_id=world.accounts[first_responder] if first_responder else None,
                resolution_started_at=created_at,
                resolution_due_at=created_at + timedelta(hours=24),
                paused_since=None,
                resolved_at=resolved_at,
                closed_at=None,
                reopen_count=0,
                rating=rating,
                rating_comment=None,
                version=1,
                created_at=created_at,
                updated_at=resolved_at or created_at,
                **(_outcomes(created_at, first_responded_at, resolved_at) if recorded else {}),
            )
        )
    return ticket_id


def _outcomes(created_at: datetime, answered: datetime | None, resolved: datetime | None) -> dict[str, Any]:
    """The recorded outcomes of insert_ticket's clocks (wall clock, no waits)."""
    outcomes: dict[str, Any] = {}
    if answered is not None:
        minutes = int((answered - created_at).total_seconds() // 60)
        outcomes |= {"first_response_met": minutes <= 120, "first_response_elapsed_minutes": minutes}
    if resolved is not None:
        outcomes |= {"resolution_met": resolved - created_at <= timedelta(hours=24), "resolution_paused_minutes": 0}
    return outcomes


@dataclass(frozen=True)
class Machine:
    """An integration client created through the API, with a token from the client_credentials grant."""

    client_id: str
    secret: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


async def machine(
    http: Any,
    world: World,
    *scopes: str,
    units: list[str] | None = None,
    rate_limit_per_minute: int = 10_000,
    name: str = "POS system",
) -> Machine:
    """Create a client as the admin (units by code) and sign it in with client credentials."""
    body: dict[str, Any] = {"name": name, "scopes": list(scopes), "rate_limit_per_minute": rate_limit_per_minute}
    if units is not None:
        body["unit_ids"] = [str(world.units[code]) for code in units]
    created = await http.post("/api/v1/integration-clients", json=body, headers=world.headers("admin"))
    assert created.status_code == 201, created.text
    client_id, secret = created.json()["id"], created.json()["client_secret"]
    token = await http.post(
        "/api/v1/auth/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    )
    assert token.status_code == 200, token.text
    return Machine(client_id=client_id, secret=secret, token=token.json()["access_token"])


async def leader_only_chain(http: Any, world: World, kind: str = "secondment") -> None:
    """A one-step chain (the leader signs off) for tests about something other than approvals: the
    default chain needs a department head over the employee's home unit, which store staff of this
    small organisation lack, so their requests would be refused as undecidable."""
    chain = {"steps": [{"name": "Leader sign-off", "approver": "leader_over_destination"}]}
    answer = await http.put(f"/api/v1/transfer-chains/{kind}", json=chain, headers=world.headers("admin"))
    assert answer.status_code == 200, answer.text


async def deliver_events(app: FastAPI) -> int:
    """What the worker does with the outbox, run now: every subscriber handles every pending event
    (notifications appear, webhook deliveries are queued). Returns the work done."""
    from api.worker import default_subscribers
    from domain.shared.subscribers import deliver

    done = 0
    while work := await deliver(app.state.database, default_subscribers(), clock=app.state.clock):
        done += work
    return done
