# The two commands a newcomer needs: `make run` and `make test`. Everything they need is installed here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
WEB_ASSETS := node_modules/.installed

.PHONY: run test lint typecheck pytest system-deps db bench clean

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(INSTALLED)

# Front-end data (the world-atlas map geometry) comes from the npm registry at install time, never at run time.
$(WEB_ASSETS): package.json package-lock.json
	command -v npm >/dev/null || scripts/install-system-deps.sh npm
	npm ci --no-audit --no-fund --loglevel=error
	touch $(WEB_ASSETS)

## make run: set up everything, prepare the SQLite database, serve http://127.0.0.1:8000
run: $(INSTALLED) $(WEB_ASSETS)
	$(BIN)/nonpro db upgrade
	$(BIN)/nonpro serve

## make test: install test dependencies (PostgreSQL, Chromium), lint, type-check, test on SQLite and PostgreSQL
test: $(INSTALLED) $(WEB_ASSETS) system-deps lint typecheck pytest

system-deps:
	scripts/install-system-deps.sh

lint: $(INSTALLED)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(INSTALLED)
	$(BIN)/mypy

pytest: $(INSTALLED)
	scripts/with-test-postgres.sh $(BIN)/pytest -n 2 -p no:cacheprovider

bench: $(INSTALLED)
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) var node_modules .mypy_cache .ruff_cache
