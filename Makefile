# dixa-async developer tasks. Every target sets itself up: a fresh clone needs only python3.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPEC := openapi/dixa-v1.yaml
# The hand-written areas: custom/<area>/ is installed as dixa_async.<area> (setup.py).
AREAS := $(patsubst custom/%/__init__.py,%,$(wildcard custom/*/__init__.py))
# Written by openapi/generate_resources.py after openapi-python-client.
RESOURCE_LAYER := dixa_async/operations.py dixa_async/operation_inputs.py dixa_async/literals.py \
	dixa_async/resources dixa_async/exports/operations.py dixa_async/models/unions.py
# Generated files and the tools that made them come from the venv, never from PATH.
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: install test lint pytest generate check-generated demo bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The editable install maps each custom/<area>/ to dixa_async.<area> through an import hook,
# which mypy cannot follow: `lint` links the same files into build/typecheck for it.
# Re-run on every target so that dependency changes are picked up.
install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"

test: install lint pytest

pytest: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check custom tests benchmarks
	$(BIN)/ruff format --check custom tests benchmarks
	rm -rf build/typecheck && mkdir -p build/typecheck/dixa_async
	for entry in dixa_async/*; do ln -s "$(CURDIR)/$$entry" build/typecheck/dixa_async/; done
	for area in $(AREAS); do ln -s "$(CURDIR)/custom/$$area" build/typecheck/dixa_async/; done
	$(BIN)/mypy $(addprefix build/typecheck/dixa_async/,$(AREAS)) tests
	$(BIN)/mypy tests/limits/conftest.py
	$(BIN)/python -c "import dixa_async, dixa_async.api, dixa_async.models"

# The README's first command: a real job (search, export, bulk-tag) against the embedded
# fake Dixa at Dixa's real rate limit; with DIXA_API_KEY set, the read-only part against Dixa.
demo: install
	mkdir -p build/demo  # the CLI does not create folders it is not told to
	$(BIN)/dixa-async demo --fake --output build/demo/export.jsonl

# Figures against their targets, side by side with baselines; also written to bench-results.json.
bench: install
	$(BIN)/python -m benchmarks.run --json bench-results.json

generate: $(BIN)/python
	$(BIN)/python -m pip install --quiet "openapi-python-client==0.29.1" "ruff==0.17.5"
	rm -rf dixa_async
	$(BIN)/openapi-python-client generate --path $(SPEC) --config generator-config.yaml \
		--meta none --output-path dixa_async --fail-on-warning \
		--custom-template-path openapi/templates
	$(BIN)/openapi-python-client generate --path openapi/dixa-exports.yaml \
		--config generator-config-exports.yaml --meta none --output-path dixa_async/exports \
		--fail-on-warning --custom-template-path openapi/templates
	touch dixa_async/py.typed
	$(BIN)/python openapi/generate_resources.py $(SPEC) generator-config.yaml dixa_async
	$(BIN)/python openapi/generate_resources.py --operations-only openapi/dixa-exports.yaml \
		generator-config-exports.yaml dixa_async/exports
	$(BIN)/ruff check --isolated --no-cache --fix-only --select F401,I --quiet $(RESOURCE_LAYER)
	$(BIN)/ruff format --isolated --no-cache --quiet $(RESOURCE_LAYER)

# Fails when the committed dixa_async/ differs in any way (changed, missing or extra files)
# from what the committed spec, templates and config generate.
check-generated: generate
	@test -z "$$(git status --porcelain -- dixa_async)" || { git status --short -- dixa_async; \
		echo "dixa_async/ differs from a fresh generation: run 'make generate' and commit"; exit 1; }

clean:
	rm -rf $(VENV) build dist *.egg-info
