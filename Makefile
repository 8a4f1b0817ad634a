# Two commands do all the set-up on a fresh machine with Python 3.11 and pip:
#   make demo   install, build the graph from seeds/, print the timeline, write exports/
#   make test   install the test extras and run the suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STORE  ?= .kg

.PHONY: demo test install install-test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files make re-runs cheap; they depend on pyproject.toml so a new
# dependency re-installs.
.make-install: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

.make-install-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ .make-install

install: .make-install
install-test: .make-install-test

demo: .make-install
	$(BIN)/kg --store $(STORE) build seeds/
	$(BIN)/kg --store $(STORE) timeline
	$(BIN)/kg --store $(STORE) export gexf exports/seed.gexf
	$(BIN)/kg --store $(STORE) export gexf exports/seed_events.gexf --events-as-nodes
	$(BIN)/kg --store $(STORE) export turtle exports/seed.ttl
	$(BIN)/kg --store $(STORE) export trig exports/seed.trig
	$(BIN)/kg --store $(STORE) export jsonld exports/seed.jsonld
	$(BIN)/kg --store $(STORE) export csv exports/seed_events.csv
	$(BIN)/kg --store $(STORE) plot timeline exports/seed_timeline.png
	$(BIN)/kg --store $(STORE) plot timeline exports/seed_timeline.html
	$(BIN)/kg --store $(STORE) plot network exports/seed_network.png
	$(BIN)/kg --store $(STORE) plot network exports/seed_network.html
	$(BIN)/kg --store $(STORE) validate

test: .make-install-test
	$(BIN)/python -m pytest -q

lint: .make-install-test
	$(BIN)/python -m mypy

bench: .make-install
	$(BIN)/python bench/bench_extract.py

clean:
	rm -rf $(STORE) .make-install .make-install-test exports/*.gexf exports/*.ttl exports/*.trig \
		exports/*.jsonld exports/*.csv exports/*.html
