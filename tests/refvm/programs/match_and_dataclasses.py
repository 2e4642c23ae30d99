"""The match statement's compile-time errors (its patterns run in
conformance/cases/control-flow/match_statement_patterns.py, also in-process
in test_compiler_in_process.py), dataclasses, which uses a match statement
(refvm compiled none until 2026-12-05: dataclasses reported unsupported), and
inspect.signature, which dataclasses needs."""
for src in ["match x:\n    case a:\n        pass\n    case b:\n        pass\n", "match x:\n    case [a, a]:\n        pass\n", "match x:\n    case a | [b]:\n        pass\n"]:
    try:
        compile(src, "<m>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    def norm(self):
        return abs(self.x) + abs(self.y)
p = P(1, 2)
print(p, p == P(1, 2), p.norm(), asdict(p), astuple(p), replace(p, y=5), [f.name for f in fields(P)])
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = "z"
f1, f2 = F(1), F(2, "a")
print(f1 < f2, sorted([f2, f1]), hash(f1) == hash(F(1)))
try:
    f1.a = 3
except FrozenInstanceError as e:
    print("frozen", e)
@dataclass(slots=True)
class S:
    v: int
print(S(3), hasattr(S(3), "__dict__"), S.__slots__)
import inspect
def g(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> list[int]:
    pass
print(inspect.signature(g), P.__doc__, inspect.signature(F))
