# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: run test lint typecheck contracts pytest openapi worker demo clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/frontline db upgrade
	$(BIN)/frontline demo
	$(BIN)/frontline serve --host 127.0.0.1 --port 8000

test: lint typecheck contracts pytest

lint: $(STAMP)
	$(BIN)/ruff check api domain migrations tests bench
	$(BIN)/ruff format --check api domain migrations tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	$(BIN)/pytest $(PYTEST_ARGS)

openapi: $(STAMP)
	FRONTLINE_ENV=test $(BIN)/frontline openapi

worker: $(STAMP)
	$(BIN)/frontline worker

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .hypothesis
