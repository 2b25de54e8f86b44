# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Every environment installs the same versions: dev, CI and this venv from requirements/dev.lock,
# the image from requirements/runtime.lock, both pinned with hashes (`make lock` regenerates them).
LOCK := requirements/dev.lock
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml $(LOCK) | sha1sum | cut -c1-12)

TS := clients/typescript
TS_DEPS := $(TS)/node_modules/.package-lock.json

.PHONY: run test test-context lint typecheck contracts pytest openapi clients ts-deps test-tools lock worker demo clean

$(STAMP): pyproject.toml $(LOCK)
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps -e .
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

# The suite spreads over the machine's cores (at most 4 processes: each holds its own databases
# and connection pools); PYTEST_WORKERS=0 runs it in one process.
PYTEST_WORKERS ?= auto
pytest: $(STAMP) ts-deps test-tools
	$(BIN)/pytest -n $(PYTEST_WORKERS) --maxprocesses=4 $(PYTEST_ARGS)

# Tools some tests drive, from Debian's packages: PgBouncer (transaction-pooler tests) and
# docker-compose (validates compose.yaml). Installed under CI=true, where apt-get runs as root;
# elsewhere those tests are skipped with a message when a tool is absent.
TEST_TOOLS := pgbouncer:pgbouncer docker-compose:docker-compose
test-tools:
	@for pair in $(TEST_TOOLS); do tool=$${pair%%:*}; package=$${pair##*:}; \
	if command -v $$tool >/dev/null 2>&1 || [ -x /usr/sbin/$$tool ]; then :; \
	elif [ "$$CI" = "true" ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get install -y -qq $$package >/dev/null 2>&1 || \
		(apt-get update -qq && apt-get install -y -qq $$package >/dev/null); \
	else echo "$$tool not found: the tests that need it will be skipped (required under CI=true)"; fi; done

# One context's tests alone while working on it (CONTEXT is a folder of domain/, e.g. attendance);
# `make test` remains the one command that runs everything.
test-context: $(STAMP)
	$(BIN)/pytest -n $(PYTEST_WORKERS) --maxprocesses=4 -m $(CONTEXT) $(PYTEST_ARGS)

# The TypeScript client's packages, from its lockfile (skipped where npm is absent; CI has it).
ts-deps:
	@if command -v npm >/dev/null 2>&1; then $(MAKE) --no-print-directory $(TS_DEPS); \
	else echo "npm not found: TypeScript client checks will be skipped (required under CI=true)"; fi

$(TS_DEPS): $(TS)/package-lock.json
	cd $(TS) && npm ci --no-audit --no-fund

# Pin every dependency of pyproject.toml with hashes (after changing its dependencies).
lock: $(STAMP)
	$(BIN)/pip install --quiet "pip-tools>=7.4"
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links --extra dev -o requirements/dev.lock pyproject.toml
	grep -E '^[A-Za-z0-9._-]+==' requirements/dev.lock | sed 's/ .*//' > requirements/.dev-versions.txt
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links -c requirements/.dev-versions.txt \
		-o requirements/runtime.lock pyproject.toml  # the runtime at the versions dev and CI test
	rm requirements/.dev-versions.txt

# Regenerate the spec and both clients from the code.
clients: openapi ts-deps
	rm -rf clients/python
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/openapi-python-client generate --path openapi/openapi.json \
		--output-path clients/python --overwrite --config clients/python-config.yaml \
		--custom-template-path clients/python-templates
	cd $(TS) && npm run generate

openapi: $(STAMP)
	FRONTLINE_ENV=test $(BIN)/frontline openapi

worker: $(STAMP)
	$(BIN)/frontline worker

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .hypothesis
