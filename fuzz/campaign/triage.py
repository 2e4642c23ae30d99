"""A campaign classifies each new finding once, with `harness.explain`, and stores the
class (findings.classification) and the evidence (findings.explanation) with it, so
`diverge findings list --class unexplained` shows the candidate bugs first."""
from __future__ import annotations

from engines.base import Engine
from engines.limits import Limits
from engines.program import Program
from harness.explain import Explainer
from harness.store import Store


class Triage:
    def __init__(self, store: Store, engines: list[Engine], limits: Limits = Limits()):
        self.store = store
        self.levels = {e.label: (None if e.name == "refvm" else tuple(e.language_level) or None) for e in engines}
        self.explainer = Explainer(limits)
        self.classified: dict[int, str] = {}

    def classify(self, fid: int) -> str | None:
        """Explain finding `fid` from its stored program and outcomes; store and return its class
        (None, and nothing stored, when its stored outcomes do not disagree)."""
        f = self.store.finding(fid)
        program = Program(f.program, f.dialect, tuple(f.features), f.origin, "program.py")
        ex = self.explainer.explain(program, f.outcomes, self.levels, name=f"finding {fid}")
        if ex.classification is None:
            return None
        self.store.set_classification(fid, ex.classification, ex.to_dict())
        self.classified[fid] = ex.classification
        return ex.classification
