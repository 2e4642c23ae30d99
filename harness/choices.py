"""refvm's implementation-defined choices, each tried both (or many) ways.

A *family* is one choice point: the GC mode (finalizer timing), the thread schedule,
the identity policy, the hash seed.  Each family is a list of *variants*: refvm engine
options that change only that choice.  `ChoiceRunner.explore(family, program)` runs
every variant of a family on refvm and returns what each produced, so the explainer
can say which engine outcome refvm reproduces under which choice.

A variant refvm does not offer (yet) comes back *unavailable*, with refvm's own words,
instead of failing the explanation: refvm answers an unknown option with its usage
error (exit 2, `refvm: ...`).
"""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from engines.errors import EngineUnavailable
from engines.limits import Limits
from engines.outcome import EXCEPTION, OK, UNSUPPORTED, Outcome
from engines.program import Program
from engines.refvm_engine import RefVM
from engines.spec import EngineSpec
from harness.normalize import normalize_stdout

FINALIZER, THREADS, IDENTITY, HASH = "finalizer-timing", "thread-schedule", "identity", "hash-order"
FAMILIES = (FINALIZER, THREADS, IDENTITY, HASH)

# Nursery sizes tried under the tracing GC: a tiny nursery collects (and finalizes) early
# and often, a large one late or never -- the range PyPy's timing falls in.
NURSERIES = (1, 16, 256, 4096)
HASH_SEEDS = 32               # hash seeds tried: 0 (the sandbox's) and 1..31
HASH_PROBE = 8                # ... but only these many when they all give one outcome
SCHEDULES = 24                # schedules explored per scheduler (pct, random)
EXPLORE_TIMEOUT = 8.0         # explore runs many schedules in one process: x this many timeouts


@dataclass
class Variant:
    family: str
    options: dict                 # refvm engine options, e.g. {"gc": "tracing", "nursery": "16"}

    @property
    def label(self) -> str:
        return ",".join(f"{k}={v}" for k, v in self.options.items())


def variants(family: str, hash_seeds: int = HASH_SEEDS, schedules: int = SCHEDULES) -> list[Variant]:
    if family == FINALIZER:
        out = [Variant(family, {"gc": g}) for g in ("refcount", "tracing", "none")]
        return out + [Variant(family, {"gc": "tracing", "nursery": str(n)}) for n in NURSERIES]
    if family == THREADS:
        # preempt=any: a switch may fall between any two instructions (PyPy's interpreter);
        # preempt=breaker: only where CPython's eval breaker is checked (calls, backward jumps)
        return [Variant(family, {"sched": s, "preempt": p, "explore": str(schedules)})
                for s in ("pct", "random") for p in ("any", "breaker")]
    if family == IDENTITY:
        return [Variant(family, {"identity": p}) for p in ("cpython", "pypy")]
    if family == HASH:
        return [Variant(family, {"hashseed": str(s)}) for s in range(hash_seeds)]
    raise ValueError(f"unknown choice family {family!r}")


@dataclass
class Produced:
    """One outcome refvm produced under a variant (an explored run gives several)."""
    status: str
    exit: int | None
    exception: str | None
    stdout: str
    schedule: object = None       # the replayable schedule, for thread-schedule outcomes
    count: int = 1                # how many explored schedules gave it

    def key(self) -> tuple:
        return outcome_key(self.status, self.exit, self.exception, self.stdout)


@dataclass
class VariantResult:
    variant: Variant
    produced: list[Produced] = field(default_factory=list)
    unavailable: str | None = None     # refvm lacks this choice: its message
    failed: str | None = None          # refvm could not run the program (unsupported, timeout, ...)

    def to_dict(self) -> dict:
        d = {"choice": self.variant.label}
        if self.unavailable:
            d["unavailable"] = self.unavailable
        if self.failed:
            d["failed"] = self.failed
        if self.produced:
            d["outcomes"] = [_produced_dict(p) for p in self.produced]
        return d


def outcome_key(status, exit, exception, stdout) -> tuple:
    """What "reproduces" means: the comparison's key without messages (refvm words its
    messages as CPython does, whatever engine it imitates)."""
    if status in (OK, EXCEPTION):
        return (status, exit, exception, normalize_stdout(stdout or ""))
    return (status,)


def key_of(o: Outcome | dict) -> tuple:
    if isinstance(o, dict):
        return outcome_key(o.get("status"), o.get("exit"), o.get("exception"), o.get("stdout"))
    return outcome_key(o.status, o.exit, o.exception, o.stdout)


class ChoiceRunner:
    """Runs refvm variants (each in a fresh sandboxed process, two at a time)."""

    def __init__(self, limits: Limits = Limits(), host: str | None = None, workers: int = 2):
        self.limits = limits
        self.host = host
        self.workers = workers
        self.runs = 0

    def engine(self, variant: Variant) -> RefVM:
        return RefVM(EngineSpec("refvm", self.host, dict(variant.options)))

    def run_variant(self, variant: Variant, program: Program) -> VariantResult:
        engine = self.engine(variant)
        limits = self.limits
        if "explore" in variant.options:
            limits = Limits(timeout=limits.timeout * EXPLORE_TIMEOUT, memory=limits.memory,
                            output=limits.output, processes=limits.processes)
        try:
            session = engine.session("spawn")
        except EngineUnavailable as e:
            return VariantResult(variant, failed=str(e))
        with session:
            o = session.run(program, limits)
        self.runs += 1
        return read_result(variant, o)

    def explore(self, family: str, program: Program, targets: list | None = None,
                **kw) -> list[VariantResult]:
        """Every variant of `family`; with `targets` (outcome keys), stop as soon as each
        target is reproduced by some variant."""
        return self.run_many(variants(family, **kw), program, targets, probe_hash=family == HASH)

    def run_many(self, vs: list[Variant], program: Program, targets: list | None = None,
                 probe_hash: bool = False) -> list[VariantResult]:
        results: list[VariantResult] = []
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            for start in range(0, len(vs), self.workers):
                results += pool.map(lambda v: self.run_variant(v, program), vs[start:start + self.workers])
                if targets is not None and all(any(reproduces(p, t) for r in results for p in r.produced)
                                               for t in targets):
                    break
                if results and all(r.unavailable or r.failed for r in results):
                    break          # the first variants cannot run: the rest will not either
                if probe_hash and len(results) >= HASH_PROBE and \
                        len({p.key() for r in results for p in r.produced}) == 1:
                    break          # the first seeds all agree: the output does not depend on the seed
        return results


def distinct(results: list[VariantResult]) -> list[Variant]:
    """The variants of a family that gave different outcomes (one per outcome), for combining."""
    seen, out = set(), []
    for r in results:
        if r.unavailable or r.failed or not r.produced:
            continue
        key = tuple(p.key() for p in r.produced)
        if key not in seen:
            seen.add(key)
            out.append(r.variant)
    return out


def combine(family: str, a: Variant, b: Variant) -> Variant:
    return Variant(family, {**a.options, **b.options})


def reproduces(p: Produced, target: tuple) -> bool:
    """Does refvm's outcome `p` reproduce an engine outcome with comparison key `target`?
    An explored schedule's outcome may not name its exception: then status, exit status
    and stdout must match."""
    if p.key() == target:
        return True
    if p.schedule is not None and p.exception is None and len(target) == 4:
        return (p.status, p.exit, normalize_stdout(p.stdout or "")) == (target[0], target[1], target[3])
    return False


def read_result(variant: Variant, o: Outcome) -> VariantResult:
    r = VariantResult(variant)
    err = o.stderr or ""
    if o.exit == 2 and err.startswith("refvm: ") and "usage:" in err:
        r.unavailable = err.splitlines()[0][len("refvm: "):]
        return r
    if "explore" in variant.options and o.status in (OK, EXCEPTION) and o.exit in (0, 1):
        return _read_explored(r, o)     # exit 1: the schedules gave different outcomes
    if o.status == UNSUPPORTED:
        r.failed = f"refvm: unsupported: {o.detail}" if o.detail else "refvm: unsupported"
        return r
    if o.status not in (OK, EXCEPTION):
        r.failed = f"refvm: {o.status}" + (f" ({o.detail})" if o.detail else "")
        return r
    r.produced.append(Produced(o.status, o.exit, o.exception, o.stdout))
    return r


def _read_explored(r: VariantResult, o: Outcome) -> VariantResult:
    try:
        data = json.loads(o.stdout)
        outcomes = data["outcomes"] if isinstance(data, dict) else data
        for item in outcomes:
            exit_ = item.get("exit", 0)
            exc = item.get("exception")
            status = OK if exit_ == 0 else EXCEPTION
            r.produced.append(Produced(status, exit_, exc, item.get("stdout", ""), item.get("schedule"),
                                       int(item.get("count", 1))))
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        r.failed = f"refvm --explore printed no outcome list ({type(e).__name__}: {e})"
    return r


def _produced_dict(p: Produced) -> dict:
    """For `tried`: the outcome, and for a schedule only its scheduler (the evidence keeps
    the whole replayable schedule of the outcomes it cites)."""
    d = {"status": p.status, "exit": p.exit, "stdout": p.stdout}
    if p.exception:
        d["exception"] = p.exception
    if p.schedule is not None:
        d["sched"] = p.schedule.get("sched") if isinstance(p.schedule, dict) else str(p.schedule)[:80]
        d["count"] = p.count
    return d
