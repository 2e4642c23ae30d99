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


# A lean step's spliced body, as CompiledLoop.splice gives it (prefix g1_): a
# range loop's step that yields at pc 9, where it started, with the iterator
# under the value.
_STEP = [
    "g1_L = g1_f.locals",
    "g1_S = g1_f.stack",
    "g1_h_s0, g1_h_s1, = g1_S",
    "del g1_S[:]",
    "g1_t = 0",
    "g1_h_s1 = None",
    "g1_v1 = next(g1_h_s0, NULL)",
    "if g1_v1 is NULL:",
    "    if K4.bridge_fn is None: g1_x = (1, g1_t + 3, (), None); break",
    "    g1_sv = st.frame; g1_d0 = st.depth; st.nest += 1; st.depth = g1_d0 + 1; "
    "st.frame = g1_f",
    "    g1_x = K4.bridge_fn(g1_f, st, g1_t, g1_h_s0, g1_h_s1, "
    "(g1_h_s0 := (g1_h_s1 := None)))",
    "    st.nest -= 1; st.depth = g1_d0; st.frame = g1_sv",
    "    g1_x = g1_x; break",
    "g1_L[1] = g1_v1",
    "g1_S.extend((g1_h_s0, ))",
    "g1_f.retval = g1_v1",
    "g1_f.yielded = True",
    "g1_f.pc = 9",
    "g1_x = (-2, g1_t + 5, None, None); break",
]


def test_a_step_that_yields_where_it_started_is_resumed_without_the_protocol():
    from refvm.jit.backend import _fast_resume
    out = _fast_resume(_STEP, "g1_", 9, "gen", "v7")
    assert out is not None
    text = "\n".join(out)
    # the iterator is read from the frame's stack, which keeps it; nothing sent
    assert "g1_h_s0, = g1_S" in out and "g1_h_s1 = None" in out
    assert "del g1_S[:]\n" not in text + "\n"
    # the yield: the value to the consumer's variable, the frame untouched
    assert out[-2:] == ["v7 = g1_v1", "st.ticks += g1_t + 5; g1_x = None; break"]
    assert "g1_f.retval" not in text and "g1_f.pc" not in text and "extend" not in text
    # the exit and the bridge call see the frame as next_of's entry leaves it
    resumed = "del g1_S[:]; g1_f.yielded = False; g1_c = st.exc_info"
    exit_line = [l for l in out if "g1_x = (1, " in l]
    assert exit_line == ["    if K4.bridge_fn is None: " + resumed + "; g1_x = (1, g1_t + 3, (), None); break"]
    k = [i for i, l in enumerate(out) if l.strip().startswith("g1_sv = st.frame")][0]
    assert out[k - 1] == "    " + resumed


def test_a_step_of_another_shape_is_spliced_with_the_whole_protocol():
    from refvm.jit.backend import _fast_resume

    def changed(old, new):
        return [new if l == old else l for l in _STEP]
    # it yields elsewhere than where it started
    assert _fast_resume(_STEP, "g1_", 11, "gen", "v7") is None
    # another value is left under the yielded one
    assert _fast_resume(changed("g1_S.extend((g1_h_s0, ))", "g1_S.extend((g1_v1, ))"),
                        "g1_", 9, "gen", "v7") is None
    # the value under it is changed on the way
    assert _fast_resume(changed("g1_L[1] = g1_v1", "g1_h_s0 = g1_v1"),
                        "g1_", 9, "gen", "v7") is None
    # the frame's stack is used otherwise
    assert _fast_resume(changed("g1_L[1] = g1_v1", "g1_S.append(g1_v1)"),
                        "g1_", 9, "gen", "v7") is None
    # the generator's return (no f.yielded) on a path
    ret = _STEP[:8] + ["    g1_f.retval = None", "    g1_f.pc = 12",
                       "    g1_x = (-2, g1_t + 4, None, None); break"] + _STEP[13:]
    assert _fast_resume(ret, "g1_", 9, "gen", "v7") is None


class _Op(object):
    def __init__(self, name, *args):
        self.name = name
        self.args = list(args)


def test_a_null_test_goes_only_before_the_values_class_test():
    from refvm.jit.backend import _class_tested_next
    v, w = object(), object()
    # the class test comes next: NULL fails it too
    group = [_Op("guard_nonnull", v), _Op("guard_class", v)]
    assert _class_tested_next(group, 0) and not _class_tested_next(group, 1)
    # another value's tests in between do not matter
    group = [_Op("guard_nonnull", v), _Op("guard_class", w), _Op("guard_class", v)]
    assert _class_tested_next(group, 0)
    # a test that reads the value before its class test (NULL has no w_type),
    # or no class test at all: the NULL test stays
    group = [_Op("guard_nonnull", v), _Op("guard_type", v), _Op("guard_class", v)]
    assert not _class_tested_next(group, 0)
    group = [_Op("guard_nonnull", v), _Op("guard_true", v)]
    assert not _class_tested_next(group, 0)
    assert not _class_tested_next([_Op("guard_nonnull", v)], 0)


def test_an_exits_maker_makes_the_exit_the_written_out_tuple_made():
    # a guard with no bridge yet calls the maker of its exit with the bridge's
    # arguments (Emitter.exit_maker); generic at first, compiled from its
    # second call on: each call must give what `return (index, t + ticks,
    # (values), None)` gave, for every kind of value and with the values past
    # CALL_ARGS passed in a list
    from refvm.jit.backend import exit_maker
    from refvm.jit.ir import Snapshot
    from refvm.objects.model import NULL
    frame, k = Obj(), Obj()
    for n in (3, 40):
        names = ["v%d" % i for i in range(n)]
        args, _params, rest = bridge_args(names)
        ndirect = n - len(rest)
        values = [Obj() for _ in range(n)]
        # constants (a VM object, None, NULL), the frame, arguments (the first,
        # the last: past the list's start when there is one), a nested tuple
        template = ((0, k), (1, 0), (2, None), (3, ((1, n - 1), (0, None), (0, NULL))),
                    (1, n // 2))
        expected = (k, values[0], frame, (values[n - 1], None, NULL), values[n // 2])
        snap = Snapshot([], 0)
        snap.exit_fn = snap.bridge_go = exit_maker(7, 5, template, ndirect, bool(rest), snap)
        call = list(values[:ndirect]) + ([list(values[ndirect:])] if rest else []) + \
            [None] * (len(args) - ndirect - (1 if rest else 0))
        first = snap.bridge_go
        got = [snap.bridge_go(frame, None, 100 + i, *call) for i in range(3)]
        assert got == [(7, 105 + i, expected, None) for i in range(3)]
        assert all(g[2][j] is e for g in got for j, e in enumerate(expected) if j != 3)
        assert snap.bridge_go is not first and snap.exit_fn is snap.bridge_go   # (compiled)


def test_an_exits_maker_is_not_compiled_over_a_bridge():
    # the bridge attached between its first and second call stays the call
    from refvm.jit.backend import exit_maker
    from refvm.jit.ir import Snapshot
    snap = Snapshot([], 0)
    snap.exit_fn = snap.bridge_go = exit_maker(0, 1, ((1, 0),), 1, False, snap)
    assert snap.bridge_go(None, None, 0, "a", None) == (0, 1, ("a",), None)

    def bridge(f, st, t, v, _0):
        return "bridge"
    snap.bridge_fn = snap.bridge_go = bridge
    assert snap.exit_fn(None, None, 0, "b", None) == (0, 1, ("b",), None)
    assert snap.bridge_go is bridge
