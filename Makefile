# The two commands of the README: `make demo` and `make test`.
# Both create .venv at the repo root (and install eventwatch into it) when it is missing,
# and reinstall when pyproject.toml changed since the last install.

VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-eventwatch

.PHONY: demo test lint venv vendor train

demo: $(STAMP)
	$(BIN)/eventwatch demo --db demo.db
	@echo "Open the dashboard: $(BIN)/eventwatch serve --db demo.db, then http://127.0.0.1:8000/ (Ctrl-C stops)"

# re-fetch the dashboard's vendored npm files (map shapes, TopoJSON reader); needs npm
vendor:
	scripts/vendor-dashboard.sh

test: $(STAMP) lint
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check --no-cache .
	$(BIN)/ruff format --no-cache --check .
	$(BIN)/mypy

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/pip install --upgrade pip
	$(BIN)/pip install -e '.[dev]'
	touch $(STAMP)

# Refit the calibrated confidence (knowledge/confidence.json) on the dev split of corpus/events.
train: $(STAMP)
	$(BIN)/python bench/train_confidence.py train
