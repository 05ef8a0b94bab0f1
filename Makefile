# Two entry points: `make generate` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SDKGEN := $(BIN)/sdkgen
PRISM := node_modules/.bin/prism
CHROMIUM := /usr/bin/chromium

.PHONY: generate test test-slow check lint docs-serve bench bump clean

$(BIN)/sdkgen: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

$(PRISM): package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

# The browser tests drive Debian's Chromium (never a downloaded browser): root installs it, anyone
# else is told the one command to run, before any test starts.
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then \
		echo "installing Debian's chromium for the browser tests"; \
		DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "make test needs Debian's Chromium for the browser tests; run: sudo apt-get install -y chromium" >&2; exit 1; \
	fi

# Templates first: their precompiled code (templates/compiled/) follows any template edit.
generate: $(BIN)/sdkgen
	$(BIN)/python -m generator.precompile
	$(SDKGEN) generate

# A spec bump in one step: diff against git HEAD, next version into specs/sdk.yaml, changelog, regenerate.
bump: $(BIN)/sdkgen
	$(SDKGEN) bump

check: $(BIN)/sdkgen
	$(SDKGEN) generate --check
	cd generated/python && ../../$(BIN)/ruff check --no-cache kpn_things
	cd generated/python && ../../$(BIN)/mypy --strict --cache-dir ../../build/mypy kpn_things

# Every test but the slow corpus runs, spread over the machine's cores (a file's tests stay together).
test: $(CHROMIUM) $(BIN)/sdkgen $(PRISM)
	$(BIN)/python -m pytest -q -n auto --dist loadfile -m "not slow"

# The large corpus documents (box, phoenix, opc-baseline) and the ReadMe examples: SDK, IR and diff. CI runs them after `make test`.
test-slow: $(BIN)/sdkgen $(PRISM)
	$(BIN)/python -m pytest -q -n auto --dist load -m slow

docs-serve: $(BIN)/sdkgen
	$(BIN)/python -m http.server --bind 127.0.0.1 --directory generated/docs 8000

bench: $(BIN)/sdkgen
	$(BIN)/python -m tests.bench

clean:
	rm -rf $(VENV) node_modules
