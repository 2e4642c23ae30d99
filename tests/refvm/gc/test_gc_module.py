"""The gc and weakref modules, sys.getrefcount and the GC options, on refvm.
Expected values are CPython 3.11's / PyPy 7.3's documented or observed answers
(see each test), not refvm's output."""


def test_collect_returns_cpythons_count_of_unreachable_objects(vm):
    # CPython 3.11 prints 2 (two instances; their attribute dicts are inline),
    # 1 (a self-referencing list), 0 (nothing left)
    out = vm("""
        import gc
        class A: pass
        a = A(); b = A(); a.b = b; b.a = a
        del a, b
        print(gc.collect())
        l = []; l.append(l); del l
        print(gc.collect())
        print(gc.collect())
    """)
    assert out.stdout == "2\n1\n0\n", out


def test_collect_does_not_count_the_hosts_own_garbage(vm):
    # refvm runs forked from a host (fork server, test runner) that may hold cyclic
    # garbage of its own; the VM's gc.collect() must count only the program's
    import gc
    was = gc.isenabled()
    gc.disable()
    try:
        for _ in range(25):
            cyc = []
            cyc.append(cyc)
        del cyc
        out = vm("""
            import gc
            l = []; l.append(l); del l
            print(gc.collect())
        """)
    finally:
        if was:
            gc.enable()
        gc.collect()
    assert out.stdout == "1\n", out


def test_collect_rejects_a_bad_generation(vm):
    out = vm("""
        import gc
        try:
            gc.collect(3)
        except ValueError as e:
            print(e)
    """)
    assert out.stdout == "invalid generation\n", out


def test_thresholds_and_counts(vm):
    out = vm("""
        import gc
        print(gc.get_threshold())
        gc.set_threshold(50, 5)
        print(gc.get_threshold())
        gc.collect()
        class A: pass
        keep = [A() for i in range(10)]
        print(gc.get_count()[0])
    """)
    assert out.stdout == "(700, 10, 10)\n(50, 5, 10)\n10\n", out


def test_an_automatic_collection_finds_cycles_at_the_threshold(vm):
    # CPython's rule: an allocation that makes generation 0's count exceed
    # threshold0 collects first.  refvm counts instances and generators (CPython
    # also counts its own allocations, e.g. those of the class statement, so it
    # collects a little earlier here): with threshold 5 and self-cycles (never
    # freed), allocating the 6th instance collects the first five
    out = vm("""
        import gc
        gc.set_threshold(5)
        gc.collect()
        class C:
            def __init__(self, i): self.i = i; self.me = self
            def __del__(self): print("del", self.i)
        for i in range(8):
            print("new", i)
            C(i)
    """)
    lines = out.stdout.splitlines()
    assert lines[:6] == ["new 0", "new 1", "new 2", "new 3", "new 4", "new 5"], out
    assert lines[6:12] == ["del 0", "del 1", "del 2", "del 3", "del 4", "new 6"], out


def test_disable_stops_automatic_collections_only(vm):
    out = vm("""
        import gc
        gc.set_threshold(5)
        gc.disable()
        class C:
            def __init__(self): self.me = self
            def __del__(self): print("del")
        for i in range(20):
            C()
        print("isenabled", gc.isenabled())
        print("collected", gc.collect() >= 20)
    """)
    assert out.stdout.startswith("isenabled False\n"), out
    assert out.stdout.count("del") == 20 and out.stdout.endswith("collected True\n"), out


def test_is_tracked_is_finalized(vm):
    # CPython: atomic values and dicts of atomic values are not tracked
    out = vm("""
        import gc
        print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]),
              gc.is_tracked({}), gc.is_tracked({"a": []}))
        class Slotless:
            __slots__ = ()
        print(gc.is_tracked(object()), gc.is_tracked(Slotless()))
        saved = []
        class P:
            def __del__(self): saved.append(self)
        p = P()
        print(gc.is_finalized(p))
        del p
        print(gc.is_finalized(saved[0]))
    """)
    # (object()'s own instances have no GC header; a class's always do)
    assert out.stdout == "False False True False True\nFalse True\nFalse\nTrue\n", out


def test_get_referents_and_referrers(vm):
    out = vm("""
        import gc
        class A: pass
        a = A(); a.x = [1]
        holder = [a]
        print(a.x in gc.get_referents(a), A in gc.get_referents(a))
        print(any(r is holder for r in gc.get_referrers(a)))
    """)
    assert out.stdout == "True True\nTrue\n", out


def test_getrefcount_counts_like_cpython(vm):
    src = """
        import sys
        class A: pass
        a = A()
        print(sys.getrefcount(a))
        b = a
        l = [a, a]
        print(sys.getrefcount(a))
        def f(x):
            return sys.getrefcount(x)
        print(f(a))
    """
    out = vm(src)
    assert out.stdout == "2\n5\n6\n", out


def test_tracing_mode_has_pypys_gc_surface(vm):
    # PyPy 7.3: gc.collect() returns None; no get_count, callbacks, sys.getrefcount
    out = vm("""
        import gc, sys
        print(gc.collect(), hasattr(gc, "get_count"), hasattr(gc, "callbacks"),
              hasattr(sys, "getrefcount"), gc.isenabled())
    """, "--gc", "tracing")
    assert out.stdout == "None False False False True\n", out


def test_tracing_collects_after_nursery_allocations(vm):
    out = vm("""
        class D:
            def __del__(self): print("del")
        D()
        for i in range(30):
            object()
            if i % 10 == 0:
                print("i", i)
    """, "--gc", "tracing", "--nursery", "15")
    # the D died at once but is finalized only by the collection after 15 allocations
    assert out.stdout == "i 0\ni 10\ndel\ni 20\n", out


def test_none_mode_collects_only_when_asked(vm):
    out = vm("""
        import gc
        class D:
            def __del__(self): print("del")
        D()
        for i in range(3000):
            object()
        print("before collect")
        print(gc.collect())
        print("end")
    """, "--gc", "none")
    assert out.stdout == "before collect\ndel\n1\nend\n", out


def test_tracing_mode_runs_no_finalizers_at_exit(vm):
    out = vm("""
        class D:
            def __del__(self): print("del")
        d = D()
        print("end")
    """, "--gc", "tracing")
    assert out.stdout == "end\n", out


def test_gc_stats_on_stderr(vm):
    out = vm("""
        import gc
        class D:
            def __init__(self): self.me = self
            def __del__(self): pass
        D(); D()
        gc.collect()
    """, "--gc-stats")
    assert out.status == 0
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith("refvm gc (refcount): "), out
    assert "2 finalizers run" in last and "objects freed" in last and " s in collections" in last


def test_bad_nursery_is_a_usage_error(vm):
    out = vm("print(1)\n", "--nursery", "zero")
    assert out.status == 2
    assert out.stderr.splitlines()[0] == \
        "refvm: --nursery must be a positive integer (allocations)", out


def test_weakref_basics(vm):
    # CPython 3.11's answers
    out = vm("""
        import weakref
        class A: pass
        a = A()
        r = weakref.ref(a)
        print(r() is a, weakref.getweakrefcount(a), type(r).__name__)
        p = weakref.proxy(a)
        p.x = 5
        print(a.x)
        try:
            weakref.ref(1)
        except TypeError as e:
            print(e)
        del a
        print(r(), repr(r).endswith("; dead>"))
        try:
            p.x
        except ReferenceError as e:
            print(e)
    """)
    assert out.stdout == ("True 1 ReferenceType\n5\ncannot create weak reference to 'int' "
                          "object\nNone True\nweakly-referenced object no longer exists\n"), out


def test_a_subclass_of_a_builtin_is_finalized(vm):
    out = vm("""
        class L(list):
            def __del__(self): print("del L", len(self))
        l = L([1, 2])
        del l
        print("end")
    """)
    assert out.stdout == "del L 2\nend\n", out
