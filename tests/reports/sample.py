"""A store with a bit of everything a report shows, built through the store's own API."""
from __future__ import annotations

from harness.store import NewFinding, Store
from reports.history import record_suite

T0 = 1_790_000_000.0          # a fixed clock: reports of the sample are reproducible
DAY = 86400.0
FEATURES = ("finalizers", "generators", "int")


def outcome(label, stdout, status="ok", exit=0, exception=None):
    return {"status": status, "exit": str(exit), "exception": str(exception), "message": "None",
            "stdout": stdout, "stderr": "", "version": f"{label} 1.0"}


def finding(sig, classification="unclassified", flaky=1.0, reduced=True):
    program = "class A:\n    def __del__(self):\n        print('closing')\na = A()\ndel a\nprint('end')\n"
    return NewFinding(signature=sig, engines=[["cpython"], ["pypy"]], dialect="py3", features=["finalizers"],
                      original=program + "x = 1\n" * 20, reduced=program if reduced else None,
                      outcomes={"cpython": outcome("cpython", "closing\nend\n"), "pypy": outcome("pypy", "end\n")},
                      origin={"seed": 42}, flaky_rate=flaky, classification=classification)


def suite(engine_rates: dict, gate_fail: str | None = None) -> dict:
    """A `diverge conform --json` dict: 10 cases per feature; engine -> cases failing per feature."""
    engines = {}
    for label, failing in engine_rates.items():
        results = []
        for feature in FEATURES:
            for i in range(10):
                case = f"{feature}/case_{i}"
                fails = i < failing.get(feature, 0)
                status = "xfail" if fails else "pass"
                if case == gate_fail and label == "pypy":
                    status = "regression"
                results.append({"case_id": case, "engine": label, "feature": feature, "status": status,
                                "verdict": "fail" if status != "pass" else "pass",
                                "detail": "stdout differs" if status == "regression" else "",
                                "reason": "PyPy runs __del__ later" if status == "xfail" else "", "wall": 0.01})
        engines[label] = {"version": f"{label} 1.0", "results": results}
    return {"cases": 30, "features": 3, "feature_names": list(FEATURES), "wall": 12.5,
            "gate": "fail" if gate_fail else "pass", "engines": engines}


def build(path) -> Store:
    s = Store(path)
    for day in range(2):
        cid = s.new_campaign({"seed": day, "count": 20}, {"cpython": "CPython 3.11.2", "pypy": "PyPy 7.3.11"})
        for seed in range(20):
            sig = None
            if seed % 4 == 0:
                sig = finding(f"cpython:ok | pypy:ok #{day}{seed % 8}")
            elif seed == 7:
                sig = finding("cpython:ok | pypy:exception #flaky", classification="flaky", flaky=0.67, reduced=False)
            s.record_program(cid, seed, {}, "h", "diverge" if sig else "agree", 0.1, sig)
        s.finish_campaign(cid)
    record_suite(s, suite({"cpython": {}, "pypy": {"finalizers": 4, "int": 1}}), started=T0)
    record_suite(s, suite({"cpython": {}, "pypy": {"finalizers": 3}}), started=T0 + DAY)
    record_suite(s, suite({"cpython": {}, "pypy": {"finalizers": 3}}, gate_fail="generators/case_5"),
                 started=T0 + 2 * DAY)
    figures = []
    for i, t in enumerate((T0, T0 + DAY, T0 + 2 * DAY)):
        figures += [{"benchmark": "throughput/worker", "engine": "cpython", "metric": "programs/s",
                     "value": 400 + 20 * i, "unit": "programs/s", "recorded": t},
                    {"benchmark": "throughput/worker", "engine": "pypy", "metric": "programs/s",
                     "value": 260 - 10 * i, "unit": "programs/s", "recorded": t}]
    s.record_bench(figures)
    return s


STRESS = [
    {"test": "threads/counter_race", "engine": "cpython", "runs": 1000, "description": "two threads add 1000 each",
     "outcomes": [{"outcome": "2000", "count": 1000, "class": "acceptable"}]},
    {"test": "threads/counter_race", "engine": "pypy", "runs": 1000,
     "outcomes": [{"outcome": "2000", "count": 930, "class": "acceptable"},
                  {"outcome": "1999", "count": 60, "class": "interesting"},
                  {"outcome": "1000", "count": 10, "class": "forbidden"}]},
]
