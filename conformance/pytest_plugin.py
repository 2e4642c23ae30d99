"""pytest plugin: each conformance case x engine is a test item.

    pytest -p conformance.pytest_plugin --engine cpython
    pytest -p conformance.pytest_plugin --engine pypy,jython -m feature_generators -n 2

Without path arguments it collects `conformance/cases/`.  Items are named
`<case path>::<engine>` and marked `conformance`, `engine_<engine>` and
`feature_<tag>` for the case's folder and every front-matter feature (`-` becomes
`_`), so `-m` selects by either.  Each engine's expectations file turns its known
failures into strict xfails (an unexpected pass fails the run), `skip` entries into
skips, `flaky` entries into non-strict xfails.  Every pytest(-xdist) process keeps
one persistent worker session per engine.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from engines import UserError, resolve

from conformance.case import CASES_DIR, CaseError, discover, parse_case
from conformance.expectations import EXPECTATIONS_DIR, Expectations, ExpectationsError
from conformance.judge import PASS
from conformance.outfile import OutFileError
from conformance.runner import run_case

_STATE_KEY = pytest.StashKey["_State"]()


def marker_name(prefix: str, name: str) -> str:
    return prefix + "_" + re.sub(r"[^0-9A-Za-z_]", "_", name)


class _State:
    def __init__(self, labels, cases_dir: Path, expectations_dir: Path = EXPECTATIONS_DIR):
        self.cases_dir = cases_dir
        self.engines = {}
        self.expectations = {}
        for label in labels:
            engine = resolve(label)
            self.engines[engine.label] = engine
            self.expectations[engine.label] = Expectations.load(engine.label, expectations_dir)
        self.sessions = {}

    def session(self, label):
        if label not in self.sessions:
            self.sessions[label] = self.engines[label].session(isolation="worker")
        return self.sessions[label]

    def close(self):
        for s in self.sessions.values():
            s.close()
        self.sessions.clear()


def pytest_addoption(parser):
    group = parser.getgroup("conformance", "diverge conformance suite")
    group.addoption("--engine", "--engines", dest="conform_engines", action="append", default=[],
                    metavar="SPECS", help="engine spec(s) to run the cases on, comma-separated (default: cpython)")
    group.addoption("--conform-cases-dir", dest="conform_cases_dir", default=str(CASES_DIR),
                    help="the cases folder (default: conformance/cases)")
    group.addoption("--conform-expectations-dir", dest="conform_expectations_dir", default=str(EXPECTATIONS_DIR),
                    help="the expectations folder (default: conformance/expectations)")


def pytest_configure(config):
    labels = [s.strip() for v in config.getoption("conform_engines") for s in v.split(",") if s.strip()]
    cases_dir = Path(config.getoption("conform_cases_dir")).resolve()
    try:
        state = _State(labels or ["cpython"], cases_dir, Path(config.getoption("conform_expectations_dir")))
        tags = set()
        for case in discover(cases_dir, read_expected=False):
            tags.add(case.feature)
            tags.update(case.features)
    except (UserError, ExpectationsError, CaseError) as e:
        raise pytest.UsageError(str(e)) from None
    config.stash[_STATE_KEY] = state
    config.addinivalue_line("markers", "conformance: a diverge conformance case")
    for label in state.engines:
        config.addinivalue_line("markers", f"{marker_name('engine', label)}: runs on engine {label}")
    for tag in sorted(tags):
        config.addinivalue_line("markers", f"{marker_name('feature', tag)}: conformance feature {tag}")
    # With no paths on the command line, collect the suite rather than the project's tests.
    if getattr(config, "args_source", None) != pytest.Config.ArgsSource.ARGS:
        config.args = [str(cases_dir)]


def pytest_unconfigure(config):
    state = config.stash.get(_STATE_KEY, None)
    if state is not None:
        state.close()


def pytest_collect_file(file_path: Path, parent):
    state = parent.config.stash.get(_STATE_KEY, None)
    if state is None or file_path.suffix != ".py":
        return None
    try:
        file_path.relative_to(state.cases_dir)
    except ValueError:
        return None
    return CaseFile.from_parent(parent, path=file_path)


class CaseFile(pytest.File):
    def collect(self):
        state = self.config.stash[_STATE_KEY]
        try:
            case = parse_case(self.path, state.cases_dir)
        except (CaseError, OutFileError) as e:
            raise self.CollectError(str(e)) from None
        for label, _engine in state.engines.items():
            item = CaseItem.from_parent(self, name=label, case=case, engine_label=label)
            item.add_marker("conformance")
            item.add_marker(marker_name("engine", label))
            for tag in dict.fromkeys((case.feature,) + case.features):
                item.add_marker(marker_name("feature", tag))
            entry = state.expectations[label].lookup(case.id)
            if entry is not None and entry.status == "skip":
                item.add_marker(pytest.mark.skip(reason=f"{label}: {entry.reason}"))
            elif entry is not None:
                item.add_marker(pytest.mark.xfail(reason=f"{label}: {entry.reason}", strict=entry.status == "fail"))
            yield item


class CaseFailed(Exception):
    pass


class CaseItem(pytest.Item):
    def __init__(self, *, case, engine_label, **kw):
        super().__init__(**kw)
        self.case = case
        self.engine_label = engine_label

    def runtest(self):
        state = self.config.stash[_STATE_KEY]
        engine = state.engines[self.engine_label]
        ok, reason = engine.available()
        if not ok:
            pytest.skip(f"engine {self.engine_label} not available: {reason}")
        if not engine.covers(self.case.dialect):
            pytest.skip(f"{self.engine_label} does not run {self.case.dialect} programs")
        entry = state.expectations[self.engine_label].lookup(self.case.id)
        verdict, _ = run_case(engine, state.session(self.engine_label), self.case, entry)
        if verdict.verdict != PASS:
            raise CaseFailed(f"{verdict.verdict}: {verdict.detail}")

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, CaseFailed):
            return f"{self.case.id} on {self.engine_label}: {excinfo.value}\n  ({self.case.description})"
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, 0, f"{self.case.id} [{self.engine_label}]"
