"""Pieces of the source the backend writes (refvm/jit/backend.py)."""
import gc
import weakref

from refvm.jit.backend import CALL_ARGS, LET_GO_CHUNK, bridge_args, let_go


class Obj(object):
    pass


def _pair(n):
    """A caller that passes n values to a callee as a guard's failure branch
    calls its bridge (bridge_args: f, st, t first, then the values, its
    variables let go of), and the callee, whose prologue is the bridge's: it
    drops its parameters and reports how many of the values are still alive
    (nothing else should hold them)."""
    names = ["v%d" % i for i in range(n)]
    args, params, rest = bridge_args(names)
    unpack = ("    %s, = _L\n    _L = _L.clear()\n" % ", ".join(rest)) if rest else ""
    src = ("def caller(callee, make, alive):\n"
           "    %(vs)s = objs = make()\n"
           "    objs = None\n"
           "    return callee(alive, None, None, %(args)s), (%(vs)s)\n"
           "def callee(alive, st, t, %(params)s):\n"
           "%(unpack)s"
           "    passed = alive()\n"
           "    del %(names)s\n"
           "    return passed, alive()\n"
           % {"vs": ", ".join(names) + ",", "args": ", ".join(args), "unpack": unpack,
              "params": ", ".join(params), "names": ", ".join(names)})
    ns = {}
    exec(compile(src, "<test>", "exec"), ns)
    return ns["caller"], ns["callee"], args


def test_a_bridge_gets_the_only_references_to_the_values_passed():
    # past 30 arguments CPython 3.11 calls through a tuple that holds them all
    # during the call: bridge_args keeps every call under that, whatever n is
    for n in (1, 3, 26, 27, 40, LET_GO_CHUNK + 1, 3 * LET_GO_CHUNK + 5):
        refs = []

        def make(n=n, refs=refs):
            objs = [Obj() for _ in range(n)]
            refs.extend(weakref.ref(o) for o in objs)
            return objs

        def alive(refs=refs):
            return sum(r() is not None for r in refs)
        caller, callee, args = _pair(n)
        assert len(args) + 3 <= CALL_ARGS
        gc.disable()
        try:
            (passed, after), own = caller(callee, make, alive)
        finally:
            gc.enable()
        assert passed == n
        assert after == 0, n                   # the callee's were the last references
        assert own == (None,) * n              # the caller's variables were let go of


def test_let_go_nests_one_chunk_per_argument():
    names = ["a%d" % i for i in range(LET_GO_CHUNK * 2 + 1)]
    out = let_go(names)
    assert len(out) == 3
    assert out[2] == "(a%d := None)" % (LET_GO_CHUNK * 2)
    assert out[0].count(":=") == LET_GO_CHUNK
    assert let_go([]) == []
