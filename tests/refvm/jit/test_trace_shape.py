"""The shape of optimized traces, in the style of PyPy's test_pypy_c: what is
left inside the loop after optimization (read from --jit-log)."""


def _stat(stderr, label):
    """A figure of --jit-stats."""
    return int(stderr.split(label)[1].split()[0])


def _ops(lines, name):
    return [l for l in lines if ("%s(" % name) in l]


def test_int_sum_loop_has_no_type_checks_inside(traced):
    r, tr = traced("""
        def f(n):
            total = 0
            for i in range(n):
                total += i
            return total
        print(f(3000))
    """)
    assert r.stdout == "4498500\n"
    (t,) = tr.loops("f")
    assert _ops(t["before"], "guard_class")            # lowering guards every operand
    assert not _ops(t["loop"], "guard_class")          # ... the loop keeps none of them
    assert _ops(t["preamble"], "guard_class")          # checked once, on entry
    assert not _ops(t["loop"], "generic")
    assert len(_ops(t["loop"], "binop")) == 1


def test_loop_over_instances_reads_attributes_without_lookups(traced):
    r, tr = traced("""
        class P(object):
            def __init__(self, x):
                self.x = x
        def total(ps):
            s = 0
            for p in ps:
                s += p.x
            return s
        ps = [P(i) for i in range(2000)]
        print(total(ps))
    """)
    assert r.stdout == "1999000\n"
    (t,) = tr.loops("total")
    loop = t["loop"]
    # the attribute is read straight from the instance's dict: no type lookup, no
    # call of the LOAD_ATTR handler; the type-version guard is out of the loop
    assert len(_ops(loop, "getattr_dict")) == 1
    assert not _ops(loop, "generic")
    assert not _ops(loop, "guard_version")
    assert _ops(t["preamble"], "guard_version")
    assert _ops(loop, "guard_type")                     # each element's type is checked


def test_augmented_attribute_assignment_runs_no_handler(traced):
    # `a.b.n += 1` is one fused instruction (INPLACE_STORE_ATTR: the add, a swap,
    # the store); inside it the receiver sits under the result, where the
    # recording did not observe it.  Until 2026-12-04 its type was looked up by
    # stack position, not found, and the instruction ran its handler on a frame
    # made for it at every iteration (richards: 27,793 frames).
    r, tr = traced("""
        class C(object):
            pass
        def bump(a, n):
            for i in range(n):
                a.b.n += i
                a.m -= 1
            return a.b.n, a.m
        a = C()
        a.b = C()
        a.b.n = 0
        a.m = 0
        print(bump(a, 3000))
    """)
    assert r.stdout == "(4498500, -3000)\n"
    (t,) = tr.loops("bump")
    assert not _ops(t["loop"], "generic")
    assert not _ops(t["loop"], "new_frame")
    assert len(_ops(t["loop"], "setattr_dict")) == 2


def test_a_called_function_is_inlined_without_a_frame(traced):
    r, tr = traced("""
        def add(a, b):
            return a + b
        def f(n):
            t = 0
            for i in range(n):
                t = add(t, i)
            return t
        print(f(3000))
    """)
    assert r.stdout == "4498500\n"
    (t,) = tr.loops("f")
    assert not _ops(t["loop"], "generic")
    assert not _ops(t["loop"], "new_frame")             # the callee's frame stays virtual
    assert not _ops(t["loop"], "guard_global")          # no effects: hoisted
    assert len(_ops(t["loop"], "binop")) == 1


def test_a_tuple_built_and_unpacked_is_not_allocated(traced):
    r, tr = traced("""
        def f(n):
            x = 0
            for i in range(n):
                a, b = i, i + 1
                x += a * b
            return x
        print(f(2000))
    """)
    assert r.stdout == "2666666000\n"
    (t,) = tr.loops("f")
    assert _ops(t["before"], "new_tuple")
    assert not _ops(t["loop"], "new_tuple")
    assert not _ops(t["loop"], "unpack")


def test_operations_on_constants_are_folded(traced):
    r, tr = traced("""
        K = 6
        def f(n):
            x = 0
            for i in range(n):
                x += K * 7 + i
            return x
        print(f(2000))
    """)
    assert r.stdout == "2083000\n"
    (t,) = tr.loops("f")
    assert len(_ops(t["before"], "binop")) == 3
    assert len(_ops(t["loop"], "binop")) == 2          # K * 7 is 42 in the trace


def test_an_instruction_without_a_fast_form_runs_its_handler(traced):
    r, tr = traced("""
        def f(n):
            out = 0
            for i in range(n):
                if i in (3, 5):
                    out += 1
            return out
        print(f(2000))
    """)
    assert r.stdout == "2\n"
    (t,) = tr.loops("f")
    assert any("CONTAINS_OP" in l for l in _ops(t["loop"], "generic"))


def test_a_keyword_call_is_inlined_with_its_defaults(traced):
    r, tr = traced("""
        def kw(a, b=10, *, c=2, d=5):
            return a + b + c + d
        def f(n):
            t = 0
            for i in range(n):
                t += kw(i, c=3)
            return t
        print(f(3000))
    """)
    assert r.stdout == "%d\n" % sum(i + 10 + 3 + 5 for i in range(3000))
    (t,) = tr.loops("f")
    assert not _ops(t["loop"], "generic")               # no CALL_FUNCTION_KW handler
    assert not _ops(t["loop"], "new_frame")
    # b from the function's defaults, d from its kwdefaults: the loop writes no
    # dict and runs no VM code, so they are read once, on entry (with `kw` itself)
    assert _ops(t["preamble"], "tuple_item") and not _ops(t["loop"], "tuple_item")
    assert _ops(t["preamble"], "dict_get") and not _ops(t["loop"], "dict_get")
    assert _ops(t["preamble"], "load_global") and not _ops(t["loop"], "load_global")


def test_a_comprehension_appends_without_its_handler(traced):
    r, tr = traced("""
        def f(n):
            return [i * 2 for i in range(n)]
        print(sum(f(3000)))
    """)
    assert r.stdout == "8997000\n"
    (t,) = tr.loops("f.<locals>.<listcomp>")
    assert not _ops(t["loop"], "generic")
    assert len(_ops(t["loop"], "append")) == 1


def test_a_set_comprehension_run_by_a_loop_keeps_its_frame_virtual(traced):
    # (its empty BUILD_SET ran by its handler until 2026-12-05, which needs a
    # real frame: a Frame object made, and its locals written, at every call)
    r, tr = traced("""
        def f(n):
            vec = [3, 1, 6, 2, 5, 0, 4]
            t = 0
            for _ in range(n):
                t += len({vec[i] + i for i in range(7)})
            return t
        print(f(3000))
    """)
    assert r.stdout == "18000\n"
    (t,) = tr.loops("f")
    assert not _ops(t["loop"], "generic")
    assert not _ops(t["loop"], "new_frame")
    assert len(_ops(t["loop"], "new_set")) == 1


def test_a_guard_inside_an_inlined_call_gets_a_bridge(traced):
    # the inlined method's branch goes the other way for odd items: the
    # guard (one call level deep) fails often and gets its own bridge
    r, tr = traced("""
        class A(object):
            def step(self, i):
                if i % 2:
                    return i * 3
                return i
        def f(n):
            a = A()
            t = 0
            for i in range(n):
                t += a.step(i)
            return t
        print(f(5000))
    """, "--jit-stats")
    assert r.stdout == "%d\n" % sum(i * 3 if i % 2 else i for i in range(5000))
    assert len(tr.loops("f")) == 1
    bridges = [t for t in tr.traces if t["head"].startswith("bridge ")]
    assert bridges
    assert "bridges compiled                     1" in r.stderr
    # after the bridge both directions stay in compiled code: few exits in all
    exits = _stat(r.stderr, "deopts (exits to the interpreter)")
    assert exits < 600, r.stderr


def test_a_generator_resumed_often_gets_a_compiled_step(traced):
    # each next() runs the generator from its resumption point to its next yield;
    # that path is compiled (a "generator step"), and the branch that loops
    # without yielding gets a bridge, so resumptions rarely exit
    r, tr = traced("""
        def squares(n):
            for i in range(n):
                if i % 3:
                    yield i * i
        g = squares(6000)
        print(sum(next(g) for i in range(3900)))
    """, "--jit-stats")
    g = (i * i for i in range(6000) if i % 3)
    assert r.stdout == "%d\n" % sum(next(g) for i in range(3900))
    steps = [t for t in tr.traces if t["head"].startswith("generator step ")]
    assert steps and ": squares (" in steps[0]["head"]
    exits = _stat(r.stderr, "deopts (exits to the interpreter)")
    entries = _stat(r.stderr, "trace entries")
    assert entries > 2000 and exits < 600, r.stderr


def test_a_generator_a_builtin_drains_runs_its_step_as_a_loop(traced, tmp_path):
    # sum() adds ints on the host and list() appends: no VM code between values,
    # so the step's code loops (Jit.drain) instead of returning at each yield;
    # its bridges go back into the loop
    r, tr = traced("""
        def squares(n):
            for i in range(n):
                if i % 3:
                    yield i * i
        print(sum(squares(6000)), len(list(squares(6000))))
    """, "--jit-stats")
    assert r.stdout == "%d %d\n" % (sum(i * i for i in range(6000) if i % 3), 4000)
    text = (tmp_path / "jit.log").read_text()          # (traced's --jit-log)
    assert "squares as a loop" in text and "r = push(" in text
    # the values come out of a few calls of the loop form, not one step call each
    assert _stat(r.stderr, "trace entries") < 300, r.stderr
    assert _stat(r.stderr, "deopts (exits to the interpreter)") < 300, r.stderr


def test_len_and_list_of_host_containers_are_host_calls(traced):
    r, tr = traced("""
        def f(rows):
            n = 0
            for row in rows:
                n += len(row) + len(list(row)) + len(tuple(row))
            return n
        print(f([[1, 2, 3], [4, 5]] * 1000))
    """)
    assert r.stdout == "15000\n"
    (t,) = tr.loops("f")
    assert not _ops(t["loop"], "call_builtin") and not _ops(t["loop"], "call_type")
    assert _ops(t["loop"], "hostlen") and _ops(t["loop"], "hostlist")


def test_string_formatting_and_a_constructors_globals_stay_in_the_trace(traced):
    r, tr = traced("""
        from math import sqrt
        class P(object):
            def __init__(self, i):
                self.r = sqrt(i)
        def f(n):
            d = {}
            for i in range(n):
                d["k%d" % (i % 50)] = P(i).r
            return len(d)
        print(f(3000))
    """)
    assert r.stdout == "50\n"
    (t,) = tr.loops("f")
    generic = _ops(t["loop"], "generic")
    assert _ops(t["loop"], "str_format")
    # the constructor is inlined, the __init__ body's global `sqrt` is a guarded
    # constant and its call the host's math.sqrt, called directly
    assert not generic
    assert _ops(t["loop"], "new_plain_instance")
    assert _ops(t["loop"], "call_pure")


def test_a_short_loop_in_a_called_function_is_unrolled_into_the_trace(traced):
    r, tr = traced("""
        def fill(data, base):
            for i in range(4):
                data[i] = base + i
        def f(n):
            data = [0] * 4
            t = 0
            for j in range(n):
                fill(data, j)
                t += data[3]
            return t
        print(f(3000))
    """, "--jit-stats")
    assert r.stdout == "%d\n" % sum(j + 3 for j in range(3000))
    (t,) = tr.loops("f")                    # the caller's loop compiled (no abort)
    assert not _ops(t["loop"], "generic")
    assert len(_ops(t["loop"], "setitem")) == 4         # four iterations, unrolled
    assert _ops(t["loop"], "new_range")                 # range(4) is the host's range


def test_while_true_starting_with_a_loop_is_its_own_loop_with_short_inner_loops(traced):
    # `while True:` whose body starts with a `while`: the two loops would share a
    # header pc; the outer one gets a trace of its own that runs both inner loops'
    # traces (short ones, whose recordings often end in the outer loop's back edge)
    r, tr = traced("""
        def f(n):
            r = 0
            out = 0
            k = 0
            while True:
                while r % 3:
                    r += 1
                    out += 1
                j = 0
                while j < k % 4:
                    j += 1
                    out += 2
                k += 1
                r += 1
                if k == n:
                    return out
        print(f(6000))
    """, "--jit-stats")
    out, r_, k = 0, 0, 0
    while True:
        while r_ % 3:
            r_ += 1
            out += 1
        j = 0
        while j < k % 4:
            j += 1
            out += 2
        k += 1
        r_ += 1
        if k == 6000:
            break
    assert r.stdout == "%d\n" % out
    loops = tr.loops("f")
    outer = [t for t in loops if any("run_loop(" in l for l in t["loop"])]
    assert outer, [t["head"] for t in loops]
    # the outer loop (or a bridge of it) runs both inner loops' traces
    headers = set(l.split("[<Code f>, ")[1].split(",")[0] for t in tr.traces
                  for l in _ops(t["loop"], "run_loop"))
    assert len(headers) == 2, headers
    # nearly every iteration stays in compiled code
    exits = _stat(r.stderr, "deopts (exits to the interpreter)")
    inner = _stat(r.stderr, "inner loops back in outer traces")
    assert inner > 5000 and exits < 600, r.stderr


def test_constructor_and_math_calls_stay_in_the_trace(traced):
    # `P(i)`: the instance is allocated by the trace and __init__ is inlined (no
    # handler call); math.sqrt on a float is the host's function, called directly
    r, tr = traced("""
        import math
        class P(object):
            def __init__(self, x):
                self.x = math.sqrt(x)
        def f(n):
            ps = []
            for i in range(n):
                ps.append(P(i * 1.5))
            return ps
        print(round(sum(p.x for p in f(3000)), 6))
    """)
    import math
    assert r.stdout == "%s\n" % round(sum(math.sqrt(i * 1.5) for i in range(3000)), 6)
    (t,) = tr.loops("f")
    assert not _ops(t["loop"], "generic")
    assert not _ops(t["loop"], "new_frame")          # __init__'s frame stays virtual
    # P has no __del__: a plain instance, made without running VM code (NULL when
    # a collection may be due: the trace leaves before the call), so the guards
    # on the globals P and math and on P's version are checked once, on entry
    assert len(_ops(t["loop"], "new_plain_instance")) == 1
    assert not _ops(t["loop"], "new_instance")
    assert not _ops(t["loop"], "guard_global") and not _ops(t["loop"], "guard_version")
    assert _ops(t["preamble"], "guard_global") and _ops(t["preamble"], "guard_version")
    assert len(_ops(t["loop"], "call_pure")) == 1
    # ps.append(...) is list.append itself
    assert not _ops(t["loop"], "call_builtin")
    assert [l for l in _ops(t["loop"], "call_host_method") if "append" in l]


def test_an_instance_of_a_class_with_del_is_allocated_by_the_collector(traced):
    # its allocation may run VM code (the collector's finalizers): new_instance,
    # an op with effects, and the guards after it are checked again
    r, tr = traced("""
        class P(object):
            def __init__(self, x):
                self.x = x
            def __del__(self):
                pass
        def f(n):
            ps = []
            for i in range(n):
                ps.append(P(i))
            return ps
        print(sum(p.x for p in f(3000)))
    """)
    assert r.stdout == "%d\n" % sum(range(3000))
    (t,) = tr.loops("f")
    assert len(_ops(t["loop"], "new_instance")) == 1
    assert not _ops(t["loop"], "new_plain_instance")
    assert _ops(t["loop"], "guard_version")


def test_generators_closures_and_builtin_type_calls_stay_in_the_trace(traced):
    # nqueens' loop body: a genexpr made (MAKE_FUNCTION with a closure, the
    # generator function called) and drained by set(); the cell of `vec` written
    # each iteration: no instruction of it runs its handler
    r, tr = traced("""
        def count(rows):
            n = 0
            cols = list(range(4))
            for vec in rows:
                if len(set(vec[i] + i for i in cols)) == 4:
                    n += 1
            return n
        rows = [[(k + j * (k % 3 + 1)) % 4 for j in range(4)] for k in range(3000)]
        print(count(rows))
    """)
    expected = sum(1 for k in range(3000)
                   if len(set((k + j * (k % 3 + 1)) % 4 + j for j in range(4))) == 4)
    assert r.stdout == "%d\n" % expected
    (t,) = tr.loops("count")
    assert not _ops(t["loop"], "generic")
    # (set() of a generator: the host set of the drained values, "collect")
    for name in ("setcell_frame", "new_function", "new_generator", "collect"):
        assert len(_ops(t["loop"], name)) == 1, name


def test_a_for_loop_recorded_ending_gets_a_bridge_when_it_goes_on(traced):
    # the generator's step is recorded while rows have one item: after the yield
    # the inner loop ends; the later rows have four: the inner loop goes on at
    # 3 of 4 resumptions, the guard's exit stores the value in `x` and gets a
    # bridge, so the steps rarely leave for the interpreter (a handler call
    # whose exit got no bridge before 2026-12-04: 6,000 exits here)
    r, tr = traced("""
        def flat(rows):
            for row in rows:
                for x in row:
                    yield x
        total = 0
        for x in flat([[1]] * 2000 + [[1, 2, 3, 4]] * 2000):    # (a value at a time:
            total += x                                          # sum() would drain it)
        print(total)
    """, "--jit-stats")
    assert r.stdout == "%d\n" % (2000 + 10 * 2000)
    exits = _stat(r.stderr, "deopts (exits to the interpreter)")
    entries = _stat(r.stderr, "trace entries")
    assert entries > 5000 and exits < 400, r.stderr


def test_a_bridge_recording_that_aborts_is_tried_again(traced):
    # fannkuch at threshold 20: the first bridge recordings from its inner loops'
    # exits come before the loops they run through have traces and abort; tried
    # again after 2x, 4x ... failures they succeed (one try per guard left
    # 17,949 exits to the interpreter before 2026-12-04)
    import os
    path = os.path.join(os.path.dirname(__file__), "..", "..", "..", "refvm", "bench",
                        "fannkuch.py")
    with open(path) as fh:
        source = fh.read()
    r, tr = traced(source, "--jit-threshold", "20", "--jit-stats")
    assert r.stdout == "(1616, 22)\n"
    assert _stat(r.stderr, "deopts (exits to the interpreter)") < 2000, r.stderr
    assert _stat(r.stderr, "inner loops back in outer traces") > 50000, r.stderr


def test_a_step_recorded_at_the_generators_return_is_recorded_again(traced):
    # a step recording that ends in the generator's return (a path a generator's
    # loop takes once) is dropped and the next resumption recorded, at most
    # twice: here every resumption after the yield returns, so the third
    # recording is compiled
    r, tr = traced("""
        def one(k):
            for i in range(1):
                yield i + k
        total = 0
        for k in range(400):
            total += sum(one(k))
        print(total)
    """, "--jit-stats")
    assert r.stdout == "%d\n" % sum(range(400))
    assert _stat(r.stderr, "aborted: generator step: it returned") == 2, r.stderr
    heads = [t["head"] for t in tr.traces if t["head"].startswith("generator step ")]
    assert len([h for h in heads if ": one (" in h]) == 2, heads     # at pc 0 and after the yield


def test_iterating_a_generator_calls_no_handler(traced):
    r, tr = traced("""
        def upto(n):
            for i in range(n):
                yield i
        def f(n):
            t = 0
            for k in range(n):
                for x in upto(k % 4):
                    t += x
            return t
        print(f(3000))
    """)
    assert r.stdout == "%d\n" % sum(sum(range(k % 4)) for k in range(3000))
    loops = tr.loops("f")
    assert any(_ops(t["loop"], "new_generator") for t in loops)
    for t in loops:
        assert not _ops(t["loop"], "generic")       # GET_ITER of a generator: itself


def test_a_loop_over_a_generator_runs_its_compiled_step_in_the_loop(traced):
    # the generator's step is compiled before the loop that consumes it; the
    # loop's trace then runs the step's code itself (spliced in, next_of's
    # bookkeeping written out) instead of calling Jit.next_of and the step
    r, tr = traced("""
        def squares(n):
            for i in range(n):
                if i % 3:
                    yield i * i
        def f(n):
            t = 0
            for x in squares(n):
                t += x % 7
            return t
        print(f(30000))
    """)
    assert r.stdout == "%d\n" % sum(i * i % 7 for i in range(30000) if i % 3)
    (t,) = tr.loops("f")
    source = tr.text.split(t["head"])[1].split("-- Python source")[1].split("=" * 20)[0]
    assert "g1_f = " in source, source
    assert source.count("g1_f.pc == ") == 1         # the step's pc, else next_of
    # the step ends in the yield it started from, with the same iterator under
    # the value: resumed without the protocol's writes to the frame (its value
    # stack is read, not emptied and filled again; the value goes straight to
    # the loop's variable), the generator set running around it
    assert "g1_x = None; break" in source and "g1_x = (-2, " not in source, source
    assert "g1_S.extend" not in source and ".stack.append(None)" not in source
    assert "del g1_S[:]; g1_f.yielded = False" in source     # (on the other ways out)
    # the step (a range, int arithmetic) runs no VM code and reads nothing of
    # the thread's state but st.breaker: spliced lean, without next_of's
    # updates of st.nest, st.depth and st.frame, which its bridge calls get
    # around the call
    assert "st.frame = g1_f" in source
    for line in source.splitlines():
        if "st.frame = g1_f" in line:
            assert line.strip().startswith("g1_sv = st.frame;"), line
            assert "g1_d0 + 1" in line
    assert "st.nest -= 1\n" not in source


def _source(tr, t):
    """The Python source a trace became (from --jit-log)."""
    return tr.text.split(t["head"])[1].split("-- Python source")[1].split("=" * 20)[0]


def test_a_recursive_generators_step_calls_its_own_step(traced):
    # numbers(k - 1) is a generator of the same code at the same resumption
    # point (nqueens' permutations): its step cannot be spliced into itself, so the step
    # calls the step function (read from its LoopInfo when it runs) with
    # next_of's bookkeeping written out, rather than calling Jit.next_of
    r, tr = traced("""
        def numbers(k, n):
            if k == 0:
                yield 0
                return
            for i in range(n):
                for m in numbers(k - 1, n):
                    yield m * n + i
        print(sum(numbers(5, 5)), max(numbers(4, 6)))
    """, "--jit-stats")
    assert r.stdout == "%d 1295\n" % sum(range(5 ** 5))
    steps = [t for t in tr.traces if t["head"].startswith("generator step step")
             and ": numbers (" in t["head"]]
    called = [t for t in steps if ".compiled) is not None" in _source(tr, t)]
    assert called, tr.text
    source = _source(tr, called[0])
    assert ".fn(g1_f, st)" in source and "except JitExit as g1_e:" in source
    assert source.count("st.nest += 1") == 1, source     # (next_of's, written out)


def test_a_generator_that_loops_long_between_yields_runs_its_loops_trace(traced):
    # 29 of 30 values are rejected: the generator's step cannot unroll its loop
    # (4 back edges at most), so the loop gets its own trace, whose bridge from
    # the accepting branch ends in the frame's yield, and the step at the
    # resumption point runs that trace (RUN_LOOP) to the yield: the accepted
    # values leave no trace.  (Until 2026-12-05 each one was a deopt, and the
    # resumption ran in the interpreter.)
    r, tr = traced("""
        def every(n):
            for i in range(n):
                if i % 30 == 0:
                    yield i
        print(sum(every(300000)))
        print(sum(1 for x in range(300000) if x % 7 == 0))
    """, "--jit-stats")
    assert r.stdout == "%d\n%d\n" % (sum(range(0, 300000, 30)), len(range(0, 300000, 7)))
    steps = [t for t in tr.traces if t["head"].startswith("generator step step")]
    runs = [t for t in steps if "run_loop(f" in " ".join(t["loop"])]
    assert runs, tr.text
    assert _stat(r.stderr, "deopts (exits to the interpreter)") < 2000, r.stderr
    assert _stat(r.stderr, "trace entries") > 50000, r.stderr


def test_a_generator_steps_filter_bridge_is_joined_into_the_step(traced):
    # gen's step splits at `if i % 3` (every other resumption takes the other
    # side): that side's bridge is written into the step's code (Jit.join_step),
    # the genexpr's step, which spliced gen's, is compiled again, and sum()'s
    # drain, already running, leaves for a drain of the new code: in it, both
    # sides of gen's test yield without a call.  (Before 2026-12-05 one value
    # in two took a bridge call with next_of's bookkeeping around it.)
    r, tr = traced("""
        def gen(n):
            for i in range(n):
                if i % 3:
                    yield i * i
        print(sum(x for x in gen(60000) if x % 2))
    """, "--jit-stats")
    assert r.stdout == "%d\n" % sum(i * i for i in range(60000) if i % 3 and i % 2)
    assert _stat(r.stderr, "generator steps joined with a bridge") >= 1, r.stderr
    joined = [t for t in tr.traces if t["head"].startswith("generator step step")
              and "joined in: gen (" in t["head"]]
    assert joined, tr.text
    source = _source(tr, joined[0])
    assert source.count("f.yielded = True") == 2, source        # both sides yield
    drains = tr.text.split("<genexpr> as a loop")
    assert len(drains) >= 3, tr.text                            # a drain, then the new one
    first, last = drains[1].split("=" * 20)[0], drains[-1].split("=" * 20)[0]
    # (the splice's yields: _fast_resume's, the value straight to the drain)
    assert first.count("g1_x = None; break") == 1, first
    assert last.count("g1_x = None; break") == 2, last
    assert ".version != " in last


def test_an_inner_loop_that_runs_once_is_unrolled_into_the_outer_trace(traced):
    # `for x in g(i)` over a one-value generator: every recording of the inner loop
    # reaches its end before its back edge (it can never close), so after
    # hotloop.ONCE_AFTER of them the outer loop's trace unrolls it: the generator's
    # value and its end are two gen_next ops in the outer trace, no inner trace.
    # (Before, both loops were recorded in turn until given up: all interpreted,
    # 3x slower.)
    r, tr = traced("""
        def g(a):
            yield a
        def f(n):
            t = 0
            for i in range(n):
                for x in g(i):
                    t += x
            return t
        print(f(20000))
    """, "--jit-stats")
    assert r.stdout == "%d\n" % sum(range(20000))
    (t,) = tr.loops("f")
    assert len(_ops(t["loop"], "gen_next")) == 2
    assert _ops(t["loop"], "new_generator")
    assert not _ops(t["loop"], "run_loop")
    assert _stat(r.stderr, "loops compiled") == 1


def test_a_call_whose_function_loops_long_is_residual(traced):
    # the called function's loop (12 iterations) is longer than a trace unrolls:
    # the recording that followed the call aborted, so the call is residual (the
    # interpreter runs the callee, its loop in its own trace) and the loop around
    # it is traced with the call as one op.  (Before, every recording of the
    # outer loop aborted until it was given up: it ran interpreted.)
    r, tr = traced("""
        def total(row):
            s = 0
            for x in row:
                s += x * 2
            return s
        def f(rows):
            t = 0
            for row in rows:
                t += total(row)
            return t
        print(f([list(range(12))] * 5000))
    """, "--jit-stats")
    assert r.stdout == "%d\n" % (5000 * 132)
    (outer,) = tr.loops("f")
    assert len(_ops(outer["loop"], "residual_call")) == 1
    assert not _ops(outer["loop"], "generic")
    (inner,) = tr.loops("total")                    # the callee's loop: a trace of its own
    assert not _ops(inner["loop"], "residual_call")
    assert _stat(r.stderr, "residual calls in compiled code") == 1
    assert _stat(r.stderr, "loops compiled") == 2


def test_a_recursive_function_gets_a_body_whose_self_calls_are_residual(traced):
    # fib has no loop: before 2026-12-04 it was never compiled.  Called again and
    # again by the interpreter, it gets a compiled body (entry to return), in
    # which its calls of itself are residual: each runs the callee's body.
    r, tr = traced("""
        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)
        print(fib(19))
    """, "--jit-stats")
    assert r.stdout == "4181\n"
    assert len(tr.bodies("fib")) == 1
    # the body and its bridge (the base case and the recursive case: which one
    # was recorded first depends on the call that reached the threshold)
    fib = [t for t in tr.traces if ": fib (" in t["head"]]
    assert len(sum((_ops(t["loop"], "residual_call") for t in fib), [])) == 2
    assert not sum((_ops(t["loop"], "generic") for t in fib), [])
    assert _stat(r.stderr, "function bodies compiled") == 1
    assert _stat(r.stderr, "residual calls in compiled code") == 2
    # fib(19) makes 13,529 calls; all but those before the body was compiled
    # (hotloop: body_threshold, 1619) run it
    assert _stat(r.stderr, "trace entries") > 11000


def test_a_residual_call_runs_the_callees_body_with_its_loop_inside(traced):
    # the callee's body runs its loop's trace (RUN_LOOP) and returns: no exit to
    # the interpreter per call once both are compiled
    r, tr = traced("""
        def norm(v):
            s = 0
            for x in v:
                s += x * x
            return s
        def f(vs):
            t = 0
            for v in vs:
                t += norm(v)
            return t
        print(f([list(range(12))] * 20000))
    """, "--jit-stats")
    assert r.stdout == "%d\n" % (20000 * sum(x * x for x in range(12)))
    (b,) = tr.bodies("norm")
    assert len(_ops(b["loop"], "run_loop")) == 1
    # an exit per call only until the body is compiled (1619 calls)
    assert _stat(r.stderr, "deopts (exits to the interpreter)") < 2000, r.stderr


def test_a_call_recursing_deeper_than_a_trace_inlines_is_residual(traced):
    # depth(40) nests 41 frames: the loop's recording that followed the call
    # aborted at 24 levels ("calls nested too deep"), so the call is residual and
    # the loop is traced; the recursion runs depth's compiled body (its call of
    # itself residual).  Mutual recursion (is_even / is_odd) converges the same way.
    r, tr = traced("""
        def depth(n):
            if n == 0:
                return 0
            return 1 + depth(n - 1)
        def is_even(n):
            if n == 0:
                return True
            return is_odd(n - 1)
        def is_odd(n):
            if n == 0:
                return False
            return is_even(n - 1)
        def f(k):
            t = 0
            for i in range(k):
                t += depth(40) + is_even(30 + i % 2)
            return t
        print(f(3000))
    """, "--jit-stats")
    assert r.stdout == "%d\n" % (3000 * 40 + 1500)
    (loop,) = tr.loops("f")
    assert len(_ops(loop["loop"], "residual_call")) == 2
    assert len(tr.bodies("depth")) == 1
    assert tr.bodies("is_even") and tr.bodies("is_odd")


def test_a_keyword_call_whose_function_loops_long_is_residual(traced):
    r, tr = traced("""
        def scaled(row, k=3, shift=0):
            s = 0
            for x in row:
                s += x * k + shift
            return s
        def f(rows):
            t = 0
            for row in rows:
                t += scaled(row, shift=1)
            return t
        print(f([list(range(12))] * 4000))
    """)
    assert r.stdout == "%d\n" % (4000 * (3 * 66 + 12))
    (outer,) = tr.loops("f")
    assert len(_ops(outer["loop"], "residual_call")) == 1
    assert not _ops(outer["loop"], "generic")


def test_a_math_functions_float_result_is_not_guarded(traced):
    # math.sqrt and math.sin return a float whenever they return: the trace
    # knows the class of what they give (lowering.MATH_FLOAT) and tests only
    # the list's items; math.floor's int result is guarded as any value
    r, tr = traced("""
        import math
        def f(xs):
            t = 0.0
            for x in xs:
                t += math.sqrt(x) * math.sin(x) + math.floor(x)
            return t
        print(round(f([i * 0.5 for i in range(1, 3000)]), 6))
    """)
    import math
    xs = [i * 0.5 for i in range(1, 3000)]
    t = 0.0
    for x in xs:
        t += math.sqrt(x) * math.sin(x) + math.floor(x)
    assert r.stdout == "%s\n" % round(t, 6)
    (t,) = tr.loops("f")
    pure = _ops(t["loop"], "call_pure")
    assert len(pure) == 3, t["loop"]
    guarded = set(l.split("guard_class(")[1].split(")")[0] for l in _ops(t["loop"], "guard_class"))
    results = dict((l.split("=")[0].strip(), l) for l in pure)
    floor = [v for v, l in results.items() if "floor" in l]
    assert floor and floor[0] in guarded, t["loop"]
    assert not (set(results) - set(floor)) & guarded, t["loop"]


def test_an_attribute_reads_null_test_goes_into_its_class_test(traced):
    # the value read from an instance's dict is NULL when the key is missing;
    # tested for the branch at the same point, the class test fails for NULL as
    # well, so the emitted code tests the class only (one test less per read)
    r, tr = traced("""
        class P(object):
            def __init__(self, x):
                self.flag = x % 3 == 0
        def total(ps):
            s = 0
            for p in ps:
                if p.flag:
                    s += 1
            return s
        print(total([P(i) for i in range(2000)]))
    """)
    assert r.stdout == "667\n"
    (t,) = tr.loops("total")
    loop = t["loop"]
    assert _ops(loop, "guard_nonnull") and _ops(loop, "guard_class")    # both in the IR
    source = _source(tr, t)
    test = [l.strip() for l in source.splitlines() if "__class__ is not bool" in l]
    assert test, source
    assert "is NULL" not in test[0], source


def test_a_loop_over_a_range_is_a_host_for_loop(traced):
    # the range iterator's next value comes from the host's for loop, its end
    # from the for loop's `else`; a loop over a list keeps next() and its test
    # (a list iterator keeps the list alive: the for loop's own reference to
    # it could outlive the trace's, finalizer timing)
    r, tr = traced("""
        def f(n):
            t = 0
            for i in range(n):
                t += i
            for x in list(range(n)):
                t -= x
            return t
        print(f(3000))
    """)
    assert r.stdout == "0\n"
    over_range, over_list = tr.loops("f")
    src = _source(tr, over_range)
    head = [l.strip() for l in src.splitlines() if l.strip().startswith("for ")]
    assert len(head) == 1 and head[0].endswith(" in h_s0:"), src
    assert "next(" not in src and "else:" in src, src
    assert "next(" in _source(tr, over_list)


def test_a_slice_of_a_list_is_known_to_be_a_list(traced):
    # an exact list's slice is an exact list (a tuple's a tuple): the loop's
    # code tests the class of what it slices, not of the slice
    r, tr = traced("""
        def f(xs, n):
            t = 0
            for i in range(n):
                ys = xs[i % 5:]
                ys[0] = i
                t += len(ys) + ys[0]
            return t
        print(f(list(range(10)), 3000))
    """)
    assert r.stdout == "%d\n" % sum(10 - i % 5 + i for i in range(3000))
    (t,) = tr.loops("f")
    getitems = _ops(t["loop"], "getitem")
    assert getitems, t["loop"]
    guarded = set(l.split("guard_class(")[1].split(")")[0] for l in _ops(t["loop"], "guard_class"))
    first = getitems[0].split("=")[0].strip()           # ys = xs[slice]
    assert first not in guarded, t["loop"]


def test_a_bool_flags_class_and_branch_tests_are_one_identity_test(traced):
    # `if p.flag:` guards the value's class (bool) and the branch taken, each
    # with its own exit: the code tests `is not False` (or True) once, the two
    # failure branches inside it; `p.link is None` likewise, with its NULL test
    r, tr = traced("""
        class P(object):
            def __init__(self, i):
                self.flag = i < 0
                self.link = None
        def count(ps):
            n = 0
            for p in ps:
                if p.flag:
                    n += 100
                if p.link is None:
                    n += 1
            return n
        print(count([P(i) for i in range(2000)]))
    """)
    assert r.stdout == "2000\n"
    (t,) = tr.loops("count")
    assert _ops(t["loop"], "guard_class") and _ops(t["loop"], "guard_false")
    assert _ops(t["loop"], "guard_is")
    lines = [l.strip() for l in _source(tr, t).splitlines()]
    flag = [k for k, l in enumerate(lines) if l.endswith(" is not False:")]
    assert len(flag) == 1, lines
    assert lines[flag[0] + 1].endswith("__class__ is not bool):"), lines
    assert not [l for l in lines if l.startswith("if ") and l.endswith(":") and
                l[3:-1].strip() == lines[flag[0]][3:].split(" is not")[0]], lines
    link = [k for k, l in enumerate(lines) if l.endswith(" is not None:")]
    assert len(link) == 1 and lines[link[0] + 1].endswith(" is NULL:"), lines


def test_a_bools_truth_tested_twice_is_tested_once(traced):
    r, tr = traced("""
        def f(n):
            a = b = 0
            for i in range(n):
                ok = i % 1000 == 999
                if ok:
                    a += 1
                if ok:
                    b += 1
            return a, b
        print(f(3000))
    """)
    assert r.stdout == "(3, 3)\n"
    (t,) = tr.loops("f")
    assert len(_ops(t["before"], "guard_false")) == 2
    assert len(_ops(t["loop"], "guard_false")) == 1


def test_a_slice_of_int_bounds_is_built_by_its_subscript(traced):
    # fannkuch's flip: each slice whose bounds are ints or None and that nothing else
    # keeps is written into its subscript (`xs[k:None:-1]`), not made by a
    # call of slice(); a slice an exit keeps (the guard of a container's class
    # comes after it) is still made, with its own name
    r, tr = traced("""
        def f(xs, n):
            t = 0
            for i in range(n):
                k = i % 5
                xs[:k + 1] = xs[k::-1]
                t += xs[0]
            return t
        def g(rows, n):
            t = 0
            for i in range(n):
                t += len(rows[i % 2][:])
            return t
        print(f(list(range(8)), 3000), g([[1, 2], (3,)], 3000))
    """)
    xs, t = list(range(8)), 0
    for i in range(3000):
        k = i % 5
        xs[:k + 1] = xs[k::-1]
        t += xs[0]
    assert r.stdout == "%d 4500\n" % t
    (flip,) = tr.loops("f")
    assert not _ops(flip["loop"], "unary"), flip["loop"]
    src = _source(tr, flip)
    assert "slice(" not in src.split("\n", 1)[1], src
    assert ":None:(-1)]" in src and "[None:" in src, src
    (rows,) = tr.loops("g")
    assert "= slice(None, None)" in _source(tr, rows)


def test_a_module_level_loop_reads_and_writes_its_names_without_handlers(traced):
    # (a module's names are its globals: LOAD_NAME and STORE_NAME ran by their
    # handlers until 2026-12-05, 8x CPython's time on such a loop, 3x now)
    r, tr = traced("""
        s = 0
        for i in range(3000):
            s += i % 7
            if len(str(i)) > 3:
                s -= 1
        print(s)
    """)
    assert r.stdout == "%d\n" % (sum(i % 7 for i in range(3000)) - 2000)
    (t,) = tr.loops("<module>")
    assert not _ops(t["loop"], "generic")
    assert _ops(t["loop"], "load_global")           # the loop's own names, read each time
    assert _ops(t["loop"], "setitem")
    assert not _ops(t["loop"], "guard_names")       # the frame's names dict: tested on entry
    assert len(_ops(t["preamble"], "guard_names")) == 1
