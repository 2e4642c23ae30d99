"""Syntax mode: programs that are only compiled, never run.

hypothesmith (from the grammar) and pysource-codegen (from the AST) make
syntax-valid, often SyntaxError-adjacent source that is not safe to run.
Each is wrapped into a small py3 program that compiles it and prints
`compiled` or the exception type, so every engine answers the question
"is this a SyntaxError?" through the ordinary run machinery, and engines of
one language level can be compared on the answer.
"""
from __future__ import annotations

from engines.program import Program

SOURCES = ("hypothesmith", "codegen")

WRAPPER = '''\
src = %r
try:
    compile(src, '<fuzz>', 'exec')
    print('compiled')
except Exception as e:
    print(type(e).__name__)
'''


def wrap(source: str) -> str:
    return WRAPPER % source


def codegen_source(seed: int) -> str:
    import pysource_codegen
    return pysource_codegen.generate(seed, depth_limit=6, node_limit=300)


def hypothesmith_sources(seed: int, count: int) -> list:
    """`count` sources from hypothesmith, the same ones for the same seed (and hypothesis version)."""
    import hypothesmith
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hseed

    out = []

    @hseed(seed)
    @settings(max_examples=count, database=None, phases=[Phase.generate], deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(hypothesmith.from_grammar())
    def collect(src):
        if len(out) < count:
            out.append(src)

    collect()
    return out


def syntax_programs(seed: int, count: int, source: str = "codegen") -> list:
    """Compile-only Programs; origin says how to regenerate each one."""
    if source not in SOURCES:
        raise ValueError(f"unknown syntax source {source!r} (expected one of {', '.join(SOURCES)})")
    if source == "codegen":
        texts = [(seed + i, codegen_source(seed + i)) for i in range(count)]
    else:
        texts = [(seed, t) for t in hypothesmith_sources(seed, count)]
    return [Program(source=wrap(text), dialect="py3", features=("syntax",),
                    origin={"generator": "diverge-syntax", "source": source, "seed": s, "index": i},
                    name="prog.py")
            for i, (s, text) in enumerate(texts)]
