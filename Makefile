# dixa-async developer tasks. Every target sets itself up: a fresh clone needs only python3.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPEC := openapi/dixa-v1.yaml
# Generated files and the tools that made them come from the venv, never from PATH.
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: install test lint typecheck pytest generate check-generated demo bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Strict editable mode installs a link tree that maps custom/ to dixa_async.custom, which
# mypy can follow (the default editable mode uses an import hook mypy cannot see).
# It is re-run on every target so that new or regenerated modules are linked.
install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]" --config-settings editable_mode=strict

test: install lint pytest

pytest: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check custom tests
	$(BIN)/ruff format --check custom tests
	$(BIN)/mypy
	$(BIN)/python -c "import dixa_async, dixa_async.api, dixa_async.models"

generate: $(BIN)/python
	$(BIN)/python -m pip install --quiet "openapi-python-client==0.29.1" "ruff==0.17.5"
	rm -rf dixa_async
	$(BIN)/openapi-python-client generate --path $(SPEC) --config generator-config.yaml \
		--meta none --output-path dixa_async --fail-on-warning \
		--custom-template-path openapi/templates
	touch dixa_async/py.typed

check-generated: generate
	git add --intent-to-add dixa_async
	git diff --exit-code --stat -- dixa_async
	@test -z "$$(git status --porcelain -- dixa_async)" || { git status --short -- dixa_async; echo "dixa_async/ differs from a fresh generation"; exit 1; }

clean:
	rm -rf $(VENV) build dist *.egg-info
