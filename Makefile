# make run: set up (once) and open the app.  make test: set up (once) and run the checks.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench system-deps translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

system-deps:
	./scripts/install-system-deps.sh

run: system-deps $(STAMP)
	$(BIN)/resume-builder

test: system-deps $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -p no:cacheprovider

bench: $(STAMP)
	for b in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b; done

# Collect the app's texts into the Linguist sources (translate them in the .ts; the app compiles
# them with lrelease when it starts).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find resume_builder -name '*.py' | sort) -no-obsolete \
		-ts translations/resume_builder_es.ts
