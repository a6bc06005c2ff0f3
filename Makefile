# The two commands of the README. Each sets up its own virtual environment first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test setup bench clean

$(BIN)/khabar: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/khabar

setup: $(BIN)/khabar

## Set up, index the shipped data (seeds/) and show search results with facet counts.
demo: setup
	$(BIN)/khabar demo

## Set up and run the test suite.
test: setup
	$(BIN)/python -m pytest -q

## Benchmarks on the shared corpus (needs ../shared/corpus).
bench: setup
	$(BIN)/python bench/analyzer.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
