# Every target installs what it needs: the venv (.venv), the package, and Dovecot for the tests.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
# pytest-xdist: one worker per CPU, each test file on one worker (its Dovecot and fixtures with it)
PYTEST_ARGS ?= -n auto --dist loadfile

.PHONY: demo test check lint format types unit bench soak model eval venv dovecot clean

$(STAMP): pyproject.toml
	@$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "followup needs Python >= 3.11 (found $$($(PY) --version)): set PY=python3.11"; exit 1; }
	@$(PY) -m venv --help >/dev/null 2>&1 && $(PY) -c 'import ensurepip' 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null; \
	  else echo "Python's venv module is missing: run 'sudo apt-get install python3-venv'"; exit 1; fi; }
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	@rm -f $(VENV)/.installed-*
	@touch $@

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/followup demo

dovecot:
	@if ! command -v dovecot >/dev/null 2>&1 && [ ! -x /usr/sbin/dovecot ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing dovecot-imapd (the tests' real IMAP server)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >/dev/null; \
	  else echo "make test needs Dovecot: run 'sudo apt-get install dovecot-imapd' (or run make test as root)"; exit 1; fi; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools

format: $(STAMP)
	$(BIN)/ruff format src tests bench tools
	$(BIN)/ruff check --fix src tests bench tools

types: $(STAMP)
	$(BIN)/mypy src

unit: $(STAMP) dovecot
	$(BIN)/pytest -q $(PYTEST_ARGS)

test: lint types unit

check: test

model: $(STAMP)
	$(BIN)/followup train

eval: $(STAMP)
	$(BIN)/followup eval
	@if [ -f ../shared/realmail/dev.jsonl ]; then \
	  echo; echo "== real mail: ../shared/realmail/dev.jsonl"; $(BIN)/followup eval --set ../shared/realmail/dev.jsonl; fi

bench: $(STAMP) dovecot
	$(BIN)/python bench/run_all.py

soak: $(STAMP) dovecot
	$(BIN)/python bench/soak.py

clean:
	rm -rf $(VENV) .venv-wheel .pytest_cache .mypy_cache .ruff_cache
