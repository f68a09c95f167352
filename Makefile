# The two commands a newcomer runs, each doing all of its own set-up:
#   make demo   parse the seed and print its outline
#   make test   lint, type-check and run the tests
# and, for speed, the optional compiled build (see setup.py), in this checkout:
#   make compiled   compile the hot modules with mypyc, in place (the benchmarks read a checkout)
#   make pure       remove them again
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test bench compiled pure clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

demo: $(BIN)/python
	$(BIN)/python -m pip install --quiet .
	$(BIN)/speechparse parse --format outline seeds/000_ad121b51ce1c70a2.txt

test: $(BIN)/python
	$(BIN)/python -m pip install --quiet '.[test]'
	$(BIN)/ruff check speechparse grammar tests benchmarks fuzz setup.py
	$(BIN)/mypy
	$(BIN)/pytest

bench: $(BIN)/python
	$(BIN)/python -m pip install --quiet .
	$(BIN)/python benchmarks/bench_parse.py

compiled: $(BIN)/python
	$(BIN)/python -m pip install --quiet '.[test]'
	SPEECHPARSE_MYPYC=1 $(BIN)/python setup.py --quiet build_ext --inplace

pure:
	find speechparse -name '*.so' -delete
	rm -rf build speechparse__mypyc*.so

clean: pure
	rm -rf $(VENV) *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
