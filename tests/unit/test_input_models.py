"""Rules every input model follows, checked over all of them (issue 14, item 24)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import BaseModel, ValidationError

import domain
from domain.shared.schemas import InputModel, refuse_unconvertible_instant


def _all_input_models() -> list[type[BaseModel]]:
    for module in pkgutil.walk_packages(domain.__path__, "domain."):
        importlib.import_module(module.name)
    found: list[type[BaseModel]] = []
    pending = list(InputModel.__subclasses__())
    while pending:
        model = pending.pop()
        found.append(model)
        pending.extend(model.__subclasses__())
    return found


BOOLEAN_FIELDS = [
    (model, name, field.alias or name)
    for model in _all_input_models()
    for name, field in model.model_fields.items()
    if "bool" in str(field.annotation)
]


def test_input_models_have_boolean_fields_to_check() -> None:
    assert len(BOOLEAN_FIELDS) >= 5


@pytest.mark.parametrize(
    ("model", "name", "alias"), BOOLEAN_FIELDS, ids=[f"{m.__name__}.{n}" for m, n, _ in BOOLEAN_FIELDS]
)
@pytest.mark.parametrize("loose", [0, 1, "true", "no", 1.0])
def test_every_boolean_input_is_true_or_false(model: type[BaseModel], name: str, alias: str, loose: object) -> None:
    with pytest.raises(ValidationError) as raised:
        model.model_validate({alias: loose})
    assert any(error["loc"] == (alias,) for error in raised.value.errors()), raised.value.errors()


INTEGER_FIELDS = [
    (model, name, field.alias or name)
    for model in _all_input_models()
    for name, field in model.model_fields.items()
    if re.search(r"(?<![A-Za-z_.])int(?![A-Za-z_])", str(field.annotation)) and "bool" not in str(field.annotation)
]


def test_input_models_have_integer_fields_to_check() -> None:
    assert len(INTEGER_FIELDS) >= 20


@pytest.mark.parametrize(
    ("model", "name", "alias"), INTEGER_FIELDS, ids=[f"{m.__name__}.{n}" for m, n, _ in INTEGER_FIELDS]
)
@pytest.mark.parametrize("loose", [True, False])
def test_every_integer_input_refuses_true_and_false(model: type[BaseModel], name: str, alias: str, loose: bool) -> None:
    """pydantic reads true as 1: `"version": true` saved a bonus rule (schemathesis found it)."""
    with pytest.raises(ValidationError) as raised:
        model.model_validate({alias: loose})
    assert any(error["loc"] == (alias,) for error in raised.value.errors()), raised.value.errors()


def test_an_instant_without_a_utc_equivalent_is_refused() -> None:
    year_one = datetime(1, 1, 1, 5, tzinfo=timezone(timedelta(hours=14)))
    with pytest.raises(ValueError, match="out of range"):
        refuse_unconvertible_instant(year_one)
    ordinary = datetime(2026, 3, 2, 9, tzinfo=timezone(timedelta(hours=8)))
    assert refuse_unconvertible_instant(ordinary) == ordinary
    assert refuse_unconvertible_instant(datetime(9999, 12, 31, 23, tzinfo=UTC)).year == 9999
