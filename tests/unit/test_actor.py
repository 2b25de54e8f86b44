import uuid

import pytest

from domain.shared.actor import Actor, Grant, Role


def actor(*grants: Grant) -> Actor:
    return Actor(account_id=uuid.uuid4(), employee_id=uuid.uuid4(), grants=grants)


@pytest.mark.parametrize("role", [Role.HR, Role.LEADER, Role.ADMIN])
def test_organisation_wide_roles_see_everyone(role):
    assert actor(Grant(role, uuid.uuid4())).sees_everyone


@pytest.mark.parametrize("role", [Role.EMPLOYEE, Role.STORE_MANAGER, Role.DEPT_HEAD])
def test_scoped_roles_do_not_see_everyone(role):
    assert not actor(Grant(role, uuid.uuid4())).sees_everyone


def test_no_grants_sees_no_one():
    assert not actor().sees_everyone


def test_one_wide_grant_among_scoped_ones_is_enough():
    assert actor(Grant(Role.EMPLOYEE, uuid.uuid4()), Grant(Role.LEADER, uuid.uuid4())).sees_everyone


def test_has_role_checks_any_of_the_given_roles():
    subject = actor(Grant(Role.STORE_MANAGER, uuid.uuid4()))
    assert subject.has_role(Role.STORE_MANAGER)
    assert subject.has_role(Role.HR, Role.STORE_MANAGER)
    assert not subject.has_role(Role.DEPT_HEAD, Role.HR)
    assert not subject.has_role()


def test_units_for_returns_units_of_matching_grants_in_order_without_duplicates():
    u1, u2, u3 = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    subject = actor(
        Grant(Role.STORE_MANAGER, u2),
        Grant(Role.EMPLOYEE, u3),
        Grant(Role.DEPT_HEAD, u1),
        Grant(Role.STORE_MANAGER, u1),
        Grant(Role.DEPT_HEAD, u2),
    )
    assert subject.units_for(Role.STORE_MANAGER) == (u2, u1)
    assert subject.units_for(Role.STORE_MANAGER, Role.DEPT_HEAD) == (u2, u1)
    assert subject.units_for(Role.EMPLOYEE) == (u3,)
    assert subject.units_for(Role.HR) == ()


def test_with_request_id_keeps_everything_else():
    unit = uuid.uuid4()
    original = Actor(
        account_id=uuid.uuid4(),
        employee_id=None,
        grants=(Grant(Role.ADMIN, unit),),
        session_id=uuid.uuid4(),
        kind="client",
        scopes=frozenset({"read"}),
    )
    tagged = original.with_request_id("req-9")
    assert tagged.request_id == "req-9"
    assert tagged.account_id == original.account_id
    assert tagged.grants == original.grants
    assert tagged.session_id == original.session_id
    assert tagged.kind == "client"
    assert tagged.scopes == frozenset({"read"})
    assert original.request_id is None
