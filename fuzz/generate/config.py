"""GenConfig: the generator's knobs, as plain data that round-trips through a dict.

Every feature family is a knob with a weight (0 = off).  The weight is how
often the family is picked when the generator chooses what statement to
write next.  Implementation-defined families (finalizers, threads, identity)
are off by default: their output is allowed to differ between engines, so a
campaign turns them on deliberately and the Program records it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict

DIALECTS = ("py3", "py2+3", "py310")

# name -> (default weight, description).  Order is the order of the docs.
KNOBS = {
    "arithmetic": (10, "ints including big ones, exactly representable floats, bools, bit operations"),
    "strings": (6, "str literals, concatenation, slicing, methods, % and format formatting"),
    "containers": (6, "lists and dicts: literals, indexing, append, get, len, sorted"),
    "comprehensions": (4, "list/dict/set comprehensions, generator expressions, slicing"),
    "control": (8, "if/elif/else, bounded for and while loops, break and continue"),
    "functions": (7, "defaults, *args, **kwargs, keyword-only, closures, nonlocal, recursion, lambdas, decorators"),
    "classes": (5, "inheritance with diamonds, super, properties, descriptors, class/static methods, __slots__"),
    "dispatch": (5, "__add__/__radd__, NotImplemented, subclass priority, in-place fallback, reflected comparisons, "
                    "__eq__/__hash__, __bool__/__len__, __getitem__/__iter__/__contains__, __getattr__"),
    "exceptions": (5, "custom hierarchies, finally with return/break, chaining, re-raise, builtin errors in try"),
    "generators": (4, "generators with send/throw/close, yield from"),
    "contexts": (3, "context managers, suppression, nesting order"),
    "finalizers": (0, "__del__ and weakref callbacks (implementation-defined timing)"),
    "threads": (0, "threads with locks (deterministic) and racy counters (implementation-defined)"),
    "identity": (0, "`is` on ints/strings/tuples (implementation-defined)"),
}
IMPLEMENTATION_DEFINED = ("finalizers", "threads", "identity")


def default_features() -> dict:
    return {name: w for name, (w, _) in KNOBS.items()}


@dataclass
class GenConfig:
    dialect: str = "py3"
    features: dict = field(default_factory=default_features)
    size: int = 6            # statements in the main body, on average (median program ~150 lines)
    max_depth: int = 3       # nesting of compound statements
    expr_depth: int = 3      # nesting of expressions
    budget: int = 20000      # estimated statement executions for the whole run (keeps runs << 1 s)

    def __post_init__(self):
        if self.dialect not in DIALECTS:
            raise ValueError(f"unknown dialect {self.dialect!r} (expected one of {', '.join(DIALECTS)})")
        unknown = sorted(set(self.features) - set(KNOBS))
        if unknown:
            raise ValueError(f"unknown feature {unknown[0]!r} (known: {', '.join(KNOBS)})")
        full = {name: 0 for name in KNOBS}
        for name, w in self.features.items():
            if not isinstance(w, int) or w < 0:
                raise ValueError(f"feature weight for {name!r} must be an int >= 0, got {w!r}")
            full[name] = w
        self.features = full
        for name in ("size", "max_depth", "expr_depth", "budget"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1")

    def weight(self, name: str) -> int:
        return self.features.get(name, 0)

    def on(self, name: str) -> bool:
        return self.features.get(name, 0) > 0

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def coerce(cls, config) -> "GenConfig":
        if config is None:
            return cls()
        if isinstance(config, cls):
            return config
        if isinstance(config, dict):
            return cls(**config)
        raise TypeError(f"config must be a GenConfig, dict or None, not {type(config).__name__}")


def parse_features(spec: str) -> dict:
    """`--features` syntax, applied left to right.

    "a,b"                 only these families, at their default weight (5 if off by default)
    "a=3,b"               with explicit weights
    "+threads,-strings"   starting with +/-: edit the defaults
    "all,-threads"        every family, then turn some off
    """
    items = [s.strip() for s in spec.split(",") if s.strip()]
    if not items:
        raise ValueError("empty --features")
    feats = default_features() if items[0][0] in "+-" else {name: 0 for name in KNOBS}
    for item in items:
        sign, body = (item[0], item[1:]) if item[0] in "+-" else ("+", item)
        name, _, weight = body.partition("=")
        if name == "all" and sign == "+" and not weight:
            feats = {n: (w or 5) for n, (w, _) in KNOBS.items()}
            continue
        if name not in KNOBS:
            raise ValueError(f"unknown feature {name!r} (known: {', '.join(KNOBS)})")
        if sign == "-":
            if weight:
                raise ValueError(f"-{name} takes no weight: {item!r}")
            feats[name] = 0
            continue
        if weight and not weight.isdigit():
            raise ValueError(f"feature weight must be a non-negative integer: {item!r}")
        feats[name] = int(weight) if weight else (KNOBS[name][0] or 5)
    return feats
