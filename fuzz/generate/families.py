"""The table of feature families that write statements: knob name -> statement(g).

A statement function writes one statement (possibly compound) through the
Gen and returns True, or returns False when it cannot apply here (nothing
to act on, too deep, out of budget) so the caller picks again.
"""
from __future__ import annotations

from . import (statements, functions, classes, dispatch, exceptions, generators, contexts,
               threads, finalizers, identity)


def _comprehensions(g):
    """A new variable computed by a comprehension or a generator expression."""
    from . import containers
    prod = g.c.pick((containers.list_comp, containers.dict_comp, containers.int_genexp, containers.list_set))
    code, have = prod(g, 2)
    want = statements.declared(g, have.kind, have)
    var = g.new_var(want)
    g.emit("%s = %s" % (var.name, g.fit(code, have, want)))
    return True


FAMILY_STATEMENTS = {
    "arithmetic": lambda g: statements.value_statement(g, None if g.c.coin(50) else "arithmetic"),
    "strings": lambda g: statements.value_statement(g, "strings"),
    "containers": lambda g: statements.value_statement(g, "containers"),
    "comprehensions": _comprehensions,
    "control": statements.control_statement,
    "functions": functions.statement,
    "classes": classes.statement,
    "dispatch": dispatch.statement,
    "exceptions": exceptions.statement,
    "generators": generators.statement,
    "contexts": contexts.statement,
    "finalizers": finalizers.statement,
    "threads": threads.statement,
    "identity": identity.statement,
}
