# The two commands a newcomer runs, each doing all of its own set-up:
#   make demo   parse the seed and print its outline
#   make test   lint, type-check and run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

demo: $(BIN)/python
	$(BIN)/python -m pip install --quiet .
	$(BIN)/speechparse parse --format outline seeds/000_ad121b51ce1c70a2.txt

test: $(BIN)/python
	$(BIN)/python -m pip install --quiet '.[test]'
	$(BIN)/ruff check speechparse grammar tests benchmarks fuzz
	$(BIN)/mypy
	$(BIN)/pytest

bench: $(BIN)/python
	$(BIN)/python -m pip install --quiet .
	$(BIN)/python benchmarks/bench_parse.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
