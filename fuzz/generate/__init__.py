"""fuzz.generate: a generator of executable, deterministic, well-defined Python programs.

    generate(seed, config) -> Program

Same seed and config, same program, byte for byte, on any machine.  See
docs/generator.md for how it works: a stream of choices, a typed environment
with value ranges, and one module per feature family.
"""
from __future__ import annotations

from engines.program import Program

from .choices import Choices, SeededChoices
from .config import GenConfig, KNOBS, IMPLEMENTATION_DEFINED, parse_features
from .core import Gen
from .prelude import PRELUDE

__all__ = ["generate", "generate_from", "GenConfig", "KNOBS", "IMPLEMENTATION_DEFINED", "parse_features"]


def generate(seed: int, config=None) -> Program:
    """The program for `seed` under `config` (a GenConfig, a dict of its fields, or None)."""
    cfg = GenConfig.coerce(config)
    return generate_from(SeededChoices(seed), cfg, origin={"generator": "diverge", "seed": seed,
                                                           "config": cfg.to_dict()})


def generate_from(choices: Choices, cfg: GenConfig, origin: dict = None) -> Program:
    """Drive the generator with any choice stream (Hypothesis uses this)."""
    g = Gen(choices, cfg)
    _globals(g)
    n = cfg.size // 2 + g.c.below(cfg.size + 1)
    for _ in range(n):
        if not g.affordable(8):
            break
        g.statement()
    _checksum(g)
    imports = "".join("import %s\n" % m for m in sorted(g.imports))
    parts = [imports, PRELUDE, g.top.text()] + [w.text() for w in g.defs] + [g.out.text()]
    source = "\n\n".join(p.rstrip("\n") for p in parts if p.strip()) + "\n"
    features = tuple(name for name in KNOBS if name in g.used)
    return Program(source=source, dialect=cfg.dialect, features=features,
                   origin=origin if origin is not None else {"generator": "diverge", "config": cfg.to_dict()},
                   name="prog.py")


def _globals(g: Gen) -> None:
    """Top variables: initialised before every definition, so functions may read them."""
    from .statements import _kind, declared
    from .expressions import LITERALS
    saved, g.out = g.out, g.top
    for _ in range(g.c.between(2, 6)):
        kind = _kind(g, "*")
        code, have = LITERALS[kind](g)
        want = declared(g, kind, have)
        var = g.new_var(want, prefix="g", top=True)
        g.emit("%s = %s" % (var.name, g.fit(code, have, want)))
    g.out = saved


def _checksum(g: Gen) -> None:
    """Print a checksum of every module-level value still in scope at the end."""
    parts = []
    for var in g.scope.frames[0].vars.values():
        if var.ty.kind == "obj":
            parts += ["%s.%s" % (var.name, f) for f in var.ty.cls.state_fields()]
        else:
            parts.append(var.name)
    g.out.line("print('checksum: %%d' %% _ck(_fmt([%s])))" % ", ".join(parts))
