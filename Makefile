# The two commands of the README; both set up the machine first (scripts/bootstrap).
PY := .venv/bin/python
DIVERGE := .venv/bin/diverge
OUT := diverge-out
JOBS ?= 2

.PHONY: demo test bootstrap lint clean

bootstrap:
	@scripts/bootstrap

test: bootstrap
	DIVERGE_REQUIRE_ENGINES=1 $(PY) -m pytest -n $(JOBS) -q

demo: bootstrap
	@scripts/demo

lint: bootstrap
	$(PY) -m ruff check .

clean:
	rm -rf $(OUT) .pytest_cache .nox .tox
