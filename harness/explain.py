"""Triage: explain a divergence by refvm's choice points, and classify it.

Given a program and each engine's outcome, in this order:

  message-only          the engines agree on everything but exception messages;
  finalizer-timing, thread-schedule, identity, hash-order
                        refvm reproduces every engine's outcome by changing only that
                        choice (GC mode and nursery / schedules explored / identity
                        policy / hash seed), the other choices left at their defaults;
  version-difference    engines of different language levels disagree, and CPython at
                        each of those levels gives the outcome of that level's engines;
  documented-difference the divergence is an instance of a catalogue entry (each cites
                        its source: harness/catalogue/differences.toml);
  unexplained           none of these: a candidate bug, which a person looks at first.

The evidence says, for each engine, what reproduced its outcome: which refvm choice
(with refvm's outcome, and the schedule for a thread interleaving), which reference
interpreter, or which catalogue entry.  A choice refvm does not offer yet is listed
under `unavailable` with refvm's own message, and simply cannot explain anything.
"""
from __future__ import annotations

import io
import json
import re
import time
import tokenize
from itertools import combinations
from dataclasses import dataclass, field

from engines.limits import Limits
from engines.outcome import INTERNAL_ERROR, UNSUPPORTED, Outcome
from engines.program import Program
from engines.python import CPython
from engines.spec import EngineSpec
from harness import catalogue, choices
from harness.choices import ChoiceRunner, Variant, key_of, reproduces
from harness.compare import outcome_key
from harness.references import reference_for

MESSAGE_ONLY, VERSION, DOCUMENTED, UNEXPLAINED = ("message-only", "version-difference",
                                                  "documented-difference", "unexplained")
CLASSES = (choices.FINALIZER, choices.THREADS, choices.IDENTITY, choices.HASH, VERSION, DOCUMENTED,
           MESSAGE_ONLY, UNEXPLAINED)

# A choice can only matter to a program that touches it; a family whose pattern the
# source does not match is not run (its entry in `tried` says so).
RELEVANT = {
    choices.FINALIZER: re.compile(r"__del__|weakref|\bgc\b|finally|yield|\bwith\b|open\(|__exit__"),
    choices.THREADS: re.compile(r"\bthreading\b|\b_thread\b|concurrent"),
    choices.IDENTITY: re.compile(r"\bis\b|\bid\("),
    choices.HASH: re.compile(r"\bset\b|\bset\(|frozenset|hash\(|\{[^{}:]+\}|__hash__"),
}


@dataclass
class Explanation:
    classification: str | None        # one of CLASSES; None when the engines agree
    status: str                       # diverge | agree | error
    engines: dict                     # label -> version, level, group, outcome summary
    groups: list                      # engine labels with equal outcomes (messages compared)
    evidence: dict                    # label -> what reproduced its outcome (None: nothing)
    tried: dict = field(default_factory=dict)      # family -> variants run and what they gave
    unavailable: list = field(default_factory=list)
    catalogue: list = field(default_factory=list)  # matching entries (even if classified otherwise)
    notes: list = field(default_factory=list)
    name: str = ""
    refvm_runs: int = 0
    seconds: float = 0.0              # wall time the explanation took (engines' runs not included)

    def to_dict(self) -> dict:
        return {"input": self.name, "classification": self.classification, "status": self.status,
                "engines": self.engines, "groups": self.groups, "evidence": self.evidence,
                "unavailable": self.unavailable, "catalogue": self.catalogue, "tried": self.tried,
                "notes": self.notes, "refvm_runs": self.refvm_runs,
                "seconds": round(self.seconds, 2)}


def as_dict(o: Outcome | dict) -> dict:
    return o.to_dict() if isinstance(o, Outcome) else dict(o)


def summary(o: dict) -> dict:
    d = {"status": o.get("status"), "exit": o.get("exit"), "stdout": o.get("stdout", "")}
    if o.get("exception"):
        d["exception"] = o["exception"]
        d["message"] = o.get("message")
    return d


class Explainer:
    def __init__(self, limits: Limits = Limits(), families=choices.FAMILIES, runner: ChoiceRunner | None = None,
                 hash_seeds: int = choices.HASH_SEEDS, schedules: int = choices.SCHEDULES):
        self.limits = limits
        self.families = tuple(families)
        self.runner = runner or ChoiceRunner(limits)
        self.hash_seeds = hash_seeds
        self.schedules = schedules

    # -- the whole triage -----------------------------------------------------------------
    def explain(self, program: Program, outcomes: dict, levels: dict | None = None, name: str = "") -> Explanation:
        outcomes = {label: as_dict(o) for label, o in outcomes.items()}
        levels = levels or {}
        start_runs, started = self.runner.runs, time.monotonic()
        compared = {k: o for k, o in outcomes.items() if o.get("status") not in (UNSUPPORTED, INTERNAL_ERROR)}
        groups = _group(compared, strict=True)
        letter = {label: chr(ord("A") + i) for i, g in enumerate(groups) for label in g}
        engines = {label: {"version": o.get("version", ""), "level": list(levels[label]) if levels.get(label) else None,
                           "group": letter.get(label), "outcome": summary(o)} for label, o in outcomes.items()}
        ex = Explanation(None, "agree", engines, groups, {label: None for label in compared}, name=name)
        for label, o in outcomes.items():
            if label not in compared:
                ex.notes.append(f"{label} sits out: {o.get('status')} {o.get('detail') or ''}".rstrip())
        if len(groups) < 2:
            if any(o.get("status") == INTERNAL_ERROR for o in outcomes.values()):
                ex.status = "error"
            return ex
        ex.status = "diverge"
        ex.classification = (self._message_only(ex, compared)
                             or self._by_choices(ex, program, compared)
                             or self._by_version(ex, program, compared, levels)
                             or self._by_catalogue(ex, program, compared)
                             or UNEXPLAINED)
        if ex.classification != DOCUMENTED:
            ex.catalogue = [dict(e.to_dict(), covers=labels)
                            for e, labels in catalogue.match(program.source, groups, compared)]
        ex.refvm_runs = self.runner.runs - start_runs
        ex.seconds = time.monotonic() - started
        return ex

    # -- message-only ---------------------------------------------------------------------
    def _message_only(self, ex: Explanation, outcomes: dict) -> str | None:
        if len(_group(outcomes, strict=False)) != 1:
            return None
        for label, o in outcomes.items():
            ex.evidence[label] = {"by": "message", "exception": o.get("exception"), "message": o.get("message")}
        return MESSAGE_ONLY

    # -- refvm's choice points ------------------------------------------------------------
    def _by_choices(self, ex: Explanation, program: Program, outcomes: dict) -> str | None:
        targets = {g[0]: key_of(outcomes[g[0]]) for g in ex.groups}
        base = self.runner.run_variant(Variant("baseline", {}), program)
        ex.tried["baseline"] = [base.to_dict()]
        if base.failed:
            ex.notes.append(f"refvm cannot run this program, so no choice can explain it: {base.failed}")
            return None
        best: dict = {}
        ran: dict = {}                 # family -> its results, for combining two families
        code = without_comments(program.source)
        for family in self.families:
            if not RELEVANT[family].search(code):
                ex.tried[family] = [{"skipped": "the program does not touch this choice"}]
                continue
            kw = {"hash_seeds": self.hash_seeds} if family == choices.HASH else \
                 {"schedules": self.schedules} if family == choices.THREADS else {}
            results = self.runner.explore(family, program, list(targets.values()), **kw)
            ex.tried[family] = [r.to_dict() for r in results]
            ex.unavailable += [f"{family}: {r.variant.label}: {r.unavailable}" for r in results if r.unavailable]
            found = {}
            for first, key in targets.items():
                hit = _first_reproduction(results, key)
                if hit is not None:
                    found[first] = hit
                    best.setdefault(first, hit)
            if len(found) == len(targets):
                self._set_evidence(ex, found, family)
                return family
            ran[family] = results
        combined = self._by_two_choices(ex, program, targets, ran, best)
        if combined:
            return combined
        self._set_evidence(ex, best, None)     # partial: what refvm did reproduce, for the person
        return None

    def _by_two_choices(self, ex, program, targets, ran: dict, best: dict) -> str | None:
        """No single choice explains it: try each pair of choice families (not thread schedules),
        combining the variants of each that gave distinct outcomes.  Classified by the first
        family of the pair (in the order above); the evidence names both choices."""
        fams = [f for f in self.families if f in ran and f != choices.THREADS]
        for f1, f2 in combinations(fams, 2):
            v1, v2 = choices.distinct(ran[f1]), choices.distinct(ran[f2])
            if len(v1) < 2 and len(v2) < 2:
                continue               # neither choice changed anything on its own
            name = f"{f1}+{f2}"
            combos = [choices.combine(name, a, b) for a in v1 for b in v2]
            results = self.runner.run_many(combos, program, list(targets.values()))
            ex.tried[name] = [r.to_dict() for r in results]
            found = {}
            for first, key in targets.items():
                hit = _first_reproduction(results, key)
                if hit is not None:
                    found[first] = hit
                    best.setdefault(first, hit)
            if len(found) == len(targets):
                self._set_evidence(ex, found, name)
                ex.notes.append(f"refvm needs two choices to reproduce every engine: {f1} and {f2}; "
                                f"classified by the first")
                return f1
        return None

    def _set_evidence(self, ex: Explanation, found: dict, family: str | None):
        for group in ex.groups:
            hit = found.get(group[0])
            if hit is None:
                continue
            variant, produced, total = hit
            ev = {"by": "refvm", "family": variant.family, "choice": variant.label or "(defaults)",
                  "refvm": _produced_summary(produced)}
            if produced.schedule is not None:
                ev["schedule"] = produced.schedule
                ev["schedules_with_this_outcome"] = produced.count
                ev["schedules_explored"] = total
            for label in group:
                ex.evidence[label] = ev

    # -- version-difference ---------------------------------------------------------------
    def _by_version(self, ex: Explanation, program: Program, outcomes: dict, levels: dict) -> str | None:
        group_levels = []
        for group in ex.groups:
            lv = {tuple(levels[label]) for label in group if levels.get(label)}
            if len(lv) != 1:
                return None            # an engine of unknown level, or one group spanning levels
            group_levels.append(lv.pop())
        if len(set(group_levels)) != len(group_levels):
            return None                # two groups of one level: not a version difference
        found = {}
        for group, level in zip(ex.groups, group_levels):
            path = reference_for(level)
            if path is None:
                ex.unavailable.append(f"version-difference: no CPython {level[0]}.{level[1]} found "
                                      "(see DIVERGE_REFERENCE_PYTHONS in docs/explaining.md)")
                return None
            engine = CPython(EngineSpec("cpython", path))
            if not engine.covers(program.dialect):
                return None
            with engine.session("spawn") as session:
                o = session.run(program, self.limits)
            ref = {"by": "reference", "interpreter": engine.version, "path": path,
                   "reference": summary(o.to_dict())}
            if key_of(o) != key_of(outcomes[group[0]]):
                ex.notes.append(f"CPython {level[0]}.{level[1]} ({path}) does not give the outcome of "
                                f"{', '.join(group)}")
                return None
            found[tuple(group)] = ref
        for group, ref in found.items():
            for label in group:
                ex.evidence[label] = ref
        return VERSION

    # -- documented-difference ------------------------------------------------------------
    def _by_catalogue(self, ex: Explanation, program: Program, outcomes: dict) -> str | None:
        hits = catalogue.match(program.source, ex.groups, outcomes)
        if not hits:
            return None
        ex.catalogue = [dict(e.to_dict(), covers=labels) for e, labels in hits]
        entry, labels = hits[0]
        for label in labels:
            ex.evidence[label] = {"by": "catalogue", "entry": entry.id, "summary": entry.summary,
                                  "source": entry.source}
        return DOCUMENTED


def without_comments(source: str) -> str:
    """The source with its comments blanked (a comment saying "is" touches no identity)."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return source
    lines = source.splitlines(keepends=True)
    for tok in reversed(tokens):
        if tok.type == tokenize.COMMENT:
            row, col = tok.start
            line = lines[row - 1]
            lines[row - 1] = line[:col] + line[tok.end[1]:]
    return "".join(lines)


def _group(outcomes: dict, strict: bool) -> list[list[str]]:
    groups: dict = {}
    for label, o in outcomes.items():
        key = outcome_key(Outcome(engine=label, **{k: o.get(k) for k in ("status", "exit", "exception", "message")},
                                  stdout=o.get("stdout") or ""), strict)
        groups.setdefault(key, []).append(label)
    return sorted(groups.values(), key=lambda g: (-len(g), g))


def _first_reproduction(results, key):
    """The variant that reproduces `key` most robustly: for explored schedules, the one where
    the largest share of schedules gives it (else the first)."""
    best, best_share = None, -1.0
    for r in results:
        total = sum(p.count for p in r.produced) or 1
        for p in r.produced:
            if reproduces(p, key) and p.count / total > best_share:
                best, best_share = (r.variant, p, total), p.count / total
    return best


def _produced_summary(p) -> dict:
    d = {"status": p.status, "exit": p.exit, "stdout": p.stdout}
    if p.exception:
        d["exception"] = p.exception
    return d


def evidence_line(ev: dict) -> str:
    """One line of evidence, for people."""
    by = ev["by"]
    if by == "refvm":
        s = f"refvm reproduces it with {ev['choice']}"
        if "schedule" in ev:
            sched = ev["schedule"]
            what = sched.get("sched", "?") if isinstance(sched, dict) else json.dumps(sched)[:60]
            s += (f" in {ev['schedules_with_this_outcome']} of {ev['schedules_explored']} schedules"
                  f" (first: {what}; replay: write evidence.schedule of --json to a file,"
                  f" python -m refvm --replay FILE prog.py)")
        return s
    if by == "reference":
        return f"{ev['interpreter']} ({ev['path']}) gives the same outcome"
    if by == "catalogue":
        return f"documented: {ev['summary']} — {ev['source']}"
    if by == "message":
        return f"{ev['exception']}: {ev['message']}"
    return json.dumps(ev)
