"""The typed environment: which names are visible, their types, and who may write them.

Frames nest like the program's blocks.  A variable is visible from the
frame that declared it down to the end of that frame, so a name bound in one
branch of an `if` is never read after the `if`.  Crossing a function boundary
makes outer names read-only (writing would make them local and break earlier
reads) unless the function declared them `global` or `nonlocal`; module
variables are visible inside functions only if they are *top* variables,
initialised before any definition.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Var:
    name: str
    ty: object
    readonly: bool = False     # loop variables, parameters we promise not to rebind
    top: bool = False          # initialised in the globals section, before every definition


@dataclass
class Frame:
    kind: str                            # module | function | block | comp | class
    vars: dict = field(default_factory=dict)
    rebindable: set = field(default_factory=set)   # names declared global/nonlocal here
    in_loop: bool = False                # break/continue allowed here
    func: object = None                  # the FuncInfo being generated, for function frames


class Scope:
    def __init__(self):
        self.frames = [Frame("module")]

    @contextmanager
    def push(self, kind: str = "block", **kw):
        fr = Frame(kind, **kw)
        if kind in ("block", "comp") and "in_loop" not in kw:
            fr.in_loop = self.frames[-1].in_loop and kind == "block"
        self.frames.append(fr)
        try:
            yield fr
        finally:
            self.frames.pop()

    def add(self, var: Var) -> Var:
        self.frames[-1].vars[var.name] = var
        return var

    @property
    def in_function(self) -> bool:
        return any(f.kind == "function" for f in self.frames)

    @property
    def in_loop(self) -> bool:
        return self.frames[-1].in_loop

    @property
    def func(self):
        for fr in reversed(self.frames):
            if fr.kind == "function":
                return fr.func
        return None

    def visible(self, kinds=None, writable: bool = False):
        """Variables readable (or assignable, with writable=True) here, innermost first."""
        out = []
        crossed = False          # have we passed a function boundary going outwards?
        rebind = set()
        for fr in reversed(self.frames):
            for var in reversed(list(fr.vars.values())):
                if kinds is not None and var.ty.kind not in kinds:
                    continue
                if fr.kind == "module" and crossed and not var.top:
                    continue
                if writable:
                    if var.readonly or (crossed and var.name not in rebind):
                        continue
                out.append(var)
            if fr.kind == "function" and not crossed:
                rebind = fr.rebindable      # only the innermost function's declarations count
                crossed = True
        return out

    def top_vars(self, kinds=None):
        return [v for v in self.frames[0].vars.values() if v.top and (kinds is None or v.ty.kind in kinds)]
