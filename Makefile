# The two commands of the README; both set up the machine first (scripts/bootstrap).
PY := .venv/bin/python
DIVERGE := .venv/bin/diverge
OUT := diverge-out
JOBS ?= 2

.PHONY: demo test bootstrap lint clean

bootstrap:
	@scripts/bootstrap

# pytest-cov measures the whole project across the xdist workers; scripts/coverage-gate prints
# the figure and fails below tests/coverage/threshold.txt (which may only go up).
test: bootstrap
	DIVERGE_REQUIRE_ENGINES=1 $(PY) -m pytest -n $(JOBS) -q --cov --cov-report=
	@$(PY) scripts/coverage-gate

demo: bootstrap
	@scripts/demo

lint: bootstrap
	$(PY) -m ruff check .

clean:
	rm -rf $(OUT) .pytest_cache .nox .tox .coverage .coverage.*
