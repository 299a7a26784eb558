# Two commands on a fresh clone: `make ask Q="..."` and `make test`.
# Every step is idempotent: the venv and the installs are stamped and redone
# only when pyproject.toml changes.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp-install
DEVSTAMP := $(VENV)/.stamp-dev
Q ?= what is masked self-attention
ARGS ?=

.PHONY: install dev ask search index eval bench readme test test-fast lint clean-index serve measure

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# torch first, pinned to the CPU build on this machine's disk: otherwise
# sentence-transformers pulls a multi-GB CUDA build.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e .
	touch $@

$(DEVSTAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

install: $(STAMP)
dev: $(DEVSTAMP)

ask: $(STAMP)
	@$(BIN)/rag-glossary ask "$(Q)" $(ARGS)

search: $(STAMP)
	@$(BIN)/rag-glossary search "$(Q)" $(ARGS)

index: $(STAMP)
	$(BIN)/rag-glossary index $(ARGS)

eval: $(STAMP)
	$(BIN)/rag-glossary eval --all-sets $(ARGS)

bench: $(DEVSTAMP)
	$(BIN)/python eval/bench.py $(ARGS)

# Every set: retrieval, abstention and extractive answers in one table (ARGS="--sets a,b --dump F").
measure: $(STAMP)
	$(BIN)/python eval/measure.py $(ARGS)

# Regenerates the README's tables (corpus stats, evaluation, last bench run).
readme: $(DEVSTAMP)
	$(BIN)/python eval/update_readme.py

# pytest-xdist: two workers, each test file whole on one worker (module fixtures built once);
# the shared real-model indexes are built once per run (tests/shared_index.py). PYTEST_WORKERS=0: serial.
PYTEST_WORKERS ?= 2

# mypy (~75 s on one core, cold) runs beside pytest, whose two workers leave a core idle at
# the tail of the run; the target fails if either fails.
test: $(DEVSTAMP)
	$(BIN)/ruff check rag_glossary tests eval
	$(BIN)/ruff format --check rag_glossary tests eval
	$(BIN)/mypy > .mypy.out 2>&1 & mypy=$$!; \
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile $(ARGS); status=$$?; \
	wait $$mypy || { cat .mypy.out; status=1; }; tail -n 1 .mypy.out; rm -f .mypy.out; exit $$status

test-fast: $(DEVSTAMP)
	$(BIN)/python -m pytest -m "not slow" $(ARGS)

lint: $(DEVSTAMP)
	$(BIN)/ruff check rag_glossary tests eval
	$(BIN)/ruff format --check rag_glossary tests eval
	$(BIN)/mypy

clean-index:
	rm -rf indexes/default

# The HTTP API and web page on http://127.0.0.1:8765/ (ARGS="--watch --port 8000" ...).
serve: $(STAMP)
	$(BIN)/rag-glossary serve $(ARGS)
