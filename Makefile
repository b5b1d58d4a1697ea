# Two commands do all the set-up on a fresh machine:
#   make demo   builds .venv, installs copydesk, checks a seed draft against the bundled seeds
#   make test   builds .venv, installs copydesk with its test tools (and, in CI, every editor), runs the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/copydesk: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

.PHONY: install demo test editors bench lint
install: $(BIN)/copydesk

demo: install
	@$(BIN)/copydesk check seeds/003_7cdf00345db7c4f9.txt || test $$? -eq 1  # 1: findings, as expected

editors: install
	bash .ci/install-editors.sh $(abspath $(VENV))

test: install
	@if [ "$${COPYDESK_REQUIRE_EDITORS:-0}" = 1 ]; then bash .ci/install-editors.sh $(abspath $(VENV)); fi
	$(BIN)/ruff check server tests bench
	$(BIN)/python -m pytest -q -n auto --dist loadgroup

bench: install
	$(BIN)/python bench/run.py

lint: install
	$(BIN)/ruff check server tests bench
