"""Dialects: what each language level lets the generator write.

`py3` is the common subset of CPython 3.11, PyPy 3.9, Pyodide 3.14 and refvm,
so nothing newer than 3.9 syntax.  `py310` is py3 with the match statement
(patterns.py): the engines at language level 3.10 or later run it.  `py2+3` must also run unchanged, and print
the same, on Jython 2.7 and Grumpy: single-argument print of a str, `%`
formatting, `//`, `object` bases, no py3-only syntax, and nothing whose
output depends on dict order or on the repr of longs, unicode or floats.
Feature families ask the dialect instead of testing the dialect name.
"""
from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Dialect:
    name: str
    fstrings: bool
    nonlocal_: bool
    kwonly: bool
    yield_from: bool
    gen_return: bool            # `return value` inside a generator
    chaining: bool              # raise ... from ..., __cause__, __context__
    super_noargs: bool          # super() without arguments
    dict_order: bool            # iterating a dict follows insertion order
    continue_in_finally: bool
    str_float: bool             # str(float) equals repr(float)
    round_: bool                # round() has one meaning everywhere
    class_assign: bool          # `obj.__class__ = C` (Grumpy cannot)
    truth_once: bool            # `if a < b < c:` asks each result's truth once (CPython 3's
                                # compiler; 2.7's asks a false one twice)
    match_: bool = False        # the match statement (PEP 634, Python 3.10)

    def super_call(self, cls: str) -> str:
        return "super()" if self.super_noargs else "super(%s, self)" % cls


PY3 = Dialect("py3", fstrings=True, nonlocal_=True, kwonly=True, yield_from=True, gen_return=True,
              chaining=True, super_noargs=True, dict_order=True, continue_in_finally=True,
              str_float=True, round_=True, class_assign=True, truth_once=True)
PY23 = Dialect("py2+3", fstrings=False, nonlocal_=False, kwonly=False, yield_from=False, gen_return=False,
               chaining=False, super_noargs=False, dict_order=False, continue_in_finally=False,
               str_float=False, round_=False, class_assign=False,
               truth_once=False)

# py3 and the match statement: CPython 3.11, Pyodide and refvm, not PyPy 3.9
PY310 = replace(PY3, name="py310", match_=True)

DIALECTS = {"py3": PY3, "py2+3": PY23, "py310": PY310}
