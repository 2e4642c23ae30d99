"""The trace optimizer: forward passes over the ops of one iteration.

  propagate   one forward pass with what is known so far: classes (from guards
              and from the results of host operations), non-NULL values, types
              and type versions already checked, globals already checked,
              attribute values already read or written (redundant loads and
              store-to-load forwarding); guards already implied are removed,
              operations on constants are folded.  An op with `effects` (it
              may run VM code) forgets what the heap could have changed.
  virtualize  a tuple built and only unpacked in the trace is never allocated
              (an exit that needs it builds it there)
  hoist       guards on loop-header variables whose fact the loop preserves
              (the value at the end of an iteration is known to satisfy it) move
              out of the loop into the preamble; so do globals / type-version
              guards of loops without effects
  liveness    a `kill` (drop the host reference) sits where the interpreter
              drops its last reference (values of classes in ir.ATOMIC need
              none): finalizer timing stays the interpreter's

Removing is always safe here: every removed guard is implied by an earlier
guard or by how the value was made.
"""
from refvm.objects.model import NULL, W_Instance, VMHooks
from refvm.objects.space import BINARY_OPS, COMPARE_OPS, UNARY_OPS
from refvm.jit.ir import ATOMIC, const, ROOT


def _frame_test(op):
    """A test of the loop frame's globals or names dict (lowering's guard_globals,
    guard_names): the same all along the loop."""
    return op.name in ("guard_globals", "guard_names") and op.args and op.args[0] is ROOT


NONNULL_RESULTS = frozenset(["binop", "compare", "unary", "not", "iter", "new_tuple", "new_list", "new_set",
                             "call_builtin", "call_unbound", "getitem", "new_frame", "new_instance",
                             "call_pure", "call_host_method", "call_type", "new_generator", "residual_call",
                             "hostlen", "hostlist", "hosttuple", "collect"])

# classes whose instances' truth cannot change (a list's can between two tests)
STABLE_TRUTH = frozenset([bool, int, float, str, type(None)])

HOSTOP = dict((row[0], row[4]) for row in BINARY_OPS)
HOSTCMP = dict((row[0], row[3]) for row in COMPARE_OPS)
HOSTUNARY = dict((row[0], row[2]) for row in UNARY_OPS)


def _shared(w):
    """Is w a value the host shares however it is made (None, the bools, the
    ints it caches, -5 to 256)?  Only such a result of an operation is folded:
    the interpreter makes a new 1000, 1.5 or 'ab' each time the operation runs,
    one folded constant would be the same object every time (`is` tells)."""
    return w is None or w is True or w is False or (w.__class__ is int and -5 <= w <= 256)


def class_may_change(c):
    """Can VM code switch an object of host class c to another host class?
    Instances of user classes (W_Instance and the collector's subclasses of
    it) and of user subclasses of builtins (hostwrap's VMHooks classes) can."""
    return isinstance(c, type) and issubclass(c, (W_Instance, VMHooks))


class Fail(Exception):
    """A guard that always fails: the recording contradicts itself."""


class Optimizer(object):
    def __init__(self, trace):
        self.trace = trace
        self.subst = {}
        self.renamed = {}       # Level (Snapshot) -> len(subst) when it was last renamed
        self.stats = {"guards_removed": 0, "folded": 0, "loads_removed": 0, "stores_removed": 0,
                      "allocations_removed": 0, "hoisted": 0}

    def run(self, bridge=False):
        self.propagate()
        self.virtualize()
        if not bridge:
            self.hoist()
        self.dead_stores()
        self.liveness()
        return self.trace

    # ------------------------------------------------------------ propagate

    def get(self, v):
        s = self.subst
        while v in s:
            v = s[v]
        return v

    def _rename_snap(self, snap):
        s = self.subst
        if snap is None or not s:
            return
        get = self.get
        done = self.renamed
        n = len(s)
        for lv in snap.levels:
            # (snapshots share levels: a level renamed since the last new
            # substitute is as it should be; most values have no substitute)
            if done.get(lv) == n:
                continue
            done[lv] = n
            L = lv.locals
            if L is not None and any(x in s for x in L):
                lv.locals = [get(x) if x in s else x for x in L]
            L = lv.stack
            if L is not None and any(x in s for x in L):
                lv.stack = [get(x) if x in s else x for x in L]
            if lv.func is not None:
                lv.func = self.get(lv.func)
            if lv.init is not None:
                lv.init = self.get(lv.init)
            if lv.held is not None:
                lv.held = [self.get(x) for x in lv.held]
            if lv.real is not None and lv.real is not ROOT:
                lv.real = self.get(lv.real)
        if snap.known_locals is not None and done.get(snap) != n:
            done[snap] = n
            snap.known_locals = [self.get(x) if x is not None else None for x in snap.known_locals]

    def propagate(self):
        t = self.trace
        known = {}          # Value -> class
        nonnull = set()
        types = {}          # Value -> W_Type checked
        versions = set()    # W_Types whose version was checked
        globals_ok = set()
        attrs = {}          # (Value, name) -> Value
        gloads = {}
        not_in = set()
        truths = {}         # Value (of a class in STABLE_TRUTH) -> its truth tested
        out = []
        self.effects = False
        subst = self.subst
        for op in t.ops:
            if subst:
                op.args = [self.get(a) for a in op.args]
                self._rename_snap(op.snap)
                self._rename_snap(op.exc)
            n = op.name
            a = op.args
            drop = False
            if n == "guard_class":
                v = a[0]
                c = v.cls if v.isconst else (known.get(v) or v.cls)
                if c is op.descr:
                    drop = True
                elif v.isconst:
                    raise Fail("constant of the wrong class")
                else:
                    known[v] = op.descr
            elif n == "guard_nonnull":
                v = a[0]
                if v.isconst:
                    if v.const is NULL:
                        raise Fail("NULL constant")
                    drop = True
                elif v in nonnull:
                    drop = True
                else:
                    nonnull.add(v)
            elif n == "guard_type":
                if types.get(a[0]) is op.descr:
                    drop = True
                else:
                    types[a[0]] = op.descr
            elif n == "new_instance" or n == "new_plain_instance":
                types[op.res] = op.descr    # (its VM class; NULL is tested next)
            elif n == "guard_version":
                w_t, ver = op.descr
                if w_t in versions:
                    drop = True
                else:
                    versions.add(w_t)
            elif n == "guard_global":
                key = (id(op.descr[0]), op.descr[1])
                if key in globals_ok:
                    drop = True
                else:
                    globals_ok.add(key)
            elif n == "guard_not_in_dict":
                key = (a[0], op.descr)
                if key in not_in:
                    drop = True
                else:
                    not_in.add(key)
            elif n == "guard_code":
                v = a[0]
                if v.isconst:
                    if getattr(v.const, "code", None) is not op.descr:
                        raise Fail("constant function with another code")
                    drop = True
            elif n in ("guard_true", "guard_false"):
                v = a[0]
                if v.isconst:
                    if bool(v.const) != (n == "guard_true"):
                        raise Fail("constant branch the other way")
                    drop = True
                elif v in truths:
                    # (`a == b == c`: JUMP_IF_FALSE_OR_POP then POP_JUMP_IF_FALSE
                    # on the same bool)
                    if truths[v] != (n == "guard_true"):
                        raise Fail("a value's truth both ways")
                    drop = True
                elif (known.get(v) or v.cls) in STABLE_TRUTH:
                    truths[v] = n == "guard_true"
            elif n in ("guard_is", "guard_is_not"):
                v = a[0]
                if v.isconst:
                    if (v.const is None) != (n == "guard_is"):
                        raise Fail("constant None test the other way")
                    drop = True
                elif known.get(v) is not None and known.get(v) is not type(None) \
                        and n == "guard_is_not":
                    drop = True
            elif n in ("binop", "compare"):
                if a[0].isconst and a[1].isconst:
                    fn = HOSTOP[op.descr] if n == "binop" else HOSTCMP[op.descr]
                    try:
                        w = fn(a[0].const, a[1].const)
                    except Exception:
                        w = NULL
                    if w is not NULL and _shared(w):
                        self.subst[op.res] = const(w)
                        self.stats["folded"] += 1
                        drop = True
            elif n in ("unary", "not") and a[0].isconst:
                # (`-K` of a global the trace holds as a constant; the
                # lowering takes only numbers and None here, whose negation,
                # inversion and truth cannot fail)
                w = not a[0].const if n == "not" else HOSTUNARY[op.descr](a[0].const)
                if _shared(w):
                    self.subst[op.res] = const(w)
                    self.stats["folded"] += 1
                    drop = True
            elif n == "getattr_dict":
                key = (a[0], op.descr)
                if key in attrs:
                    self.subst[op.res] = attrs[key]
                    self.stats["loads_removed"] += 1
                    drop = True
                else:
                    attrs[key] = op.res
            elif n == "setattr_dict":
                for k in list(attrs):
                    if k[1] == op.descr:
                        del attrs[k]
                attrs[(a[0], op.descr)] = a[1]
                nonnull.add(a[1])
            elif n == "load_global":
                key = (id(op.descr[0]), op.descr[1])
                if key in gloads:
                    self.subst[op.res] = gloads[key]
                    self.stats["loads_removed"] += 1
                    drop = True
                else:
                    gloads[key] = op.res
            if drop:
                if op.is_guard():
                    self.stats["guards_removed"] += 1
                continue
            if op.effects:
                # VM code may have run: an instance's class can change (__class__
                # assignment; a class gaining __del__ switches its instances'
                # host class, gc/instances.py), so can everything on the heap
                self.effects = True
                types.clear()
                for v in [v for v, c in known.items() if class_may_change(c)]:
                    del known[v]
                versions.clear()
                globals_ok.clear()
                attrs.clear()
                gloads.clear()
                not_in.clear()
            if op.res is not None and op.name in NONNULL_RESULTS:
                nonnull.add(op.res)
            elif n == "unpack":
                nonnull.update(op.descr)    # (a list's or tuple's items: never NULL)
            if op.res is not None and op.res.cls is not None:
                known[op.res] = op.res.cls
            out.append(op)
        t.ops = out
        t.backedge = [(h, self.get(v)) for h, v in t.backedge]
        self.known_end = known
        self.nonnull_end = nonnull

    # ------------------------------------------------------------ virtualize

    def virtualize(self):
        t = self.trace
        uses = {}
        for op in t.ops:
            for a in op.args:
                uses.setdefault(a, []).append(op.name)
        escaped = set(v for _, v in t.backedge)
        for op in t.ops:
            if op.name != "new_tuple" or op.res in escaped:
                continue
            names = uses.get(op.res, [])
            if all(n in ("unpack", "guard_class", "guard_len", "kill") for n in names):
                op.res.items = list(op.args)
                op.name = "virtual"
                self.stats["allocations_removed"] += 1
        out = []
        for op in t.ops:
            if op.name == "virtual":
                continue
            if op.args and op.args[0].items is not None and not op.args[0].isconst and \
                    op.name in ("guard_class", "guard_len", "kill", "unpack"):
                if op.name == "unpack":
                    for r, it in zip(op.descr, op.args[0].items):
                        self.subst[r] = it
                elif op.name in ("guard_class", "guard_len"):
                    self.stats["guards_removed"] += 1
                continue
            out.append(op)
        for op in out:
            op.args = [self.get(a) for a in op.args]
            self._rename_snap(op.snap)
            self._rename_snap(op.exc)
        t.ops = out
        t.backedge = [(h, self.get(v)) for h, v in t.backedge]

    # ------------------------------------------------------------ hoist

    def hoist(self):
        t = self.trace
        carried = dict(t.backedge)
        # in a loop that writes no dict and runs no VM code, a global's value, a
        # function's defaults, a tuple's item and a cell's contents read from
        # loop-invariant values stay the same: read once on entry (with their
        # guards); the host variable keeps the value the globals also hold
        quiet = not self.effects and not any(
            op.name == "setattr_dict" or (op.name == "setitem" and op.args[0].cls is not list)
            for op in t.ops)
        invariant = set()

        def inv(v):
            return v.isconst or v in invariant or (v.header is not None and carried.get(v, v) is v)
        out = []
        frame_tests = set()         # (a frame's globals or names dict tested once)
        for op in t.ops:
            if _frame_test(op):
                key = (op.name, id(op.descr))
                if key in frame_tests:
                    continue
                frame_tests.add(key)
            if self._hoistable(op, carried) or (quiet and self._invariant(op, inv)):
                t.preamble.append(op)
                self.stats["hoisted"] += 1
                if op.res is not None:
                    invariant.add(op.res)
            else:
                out.append(op)
        t.ops = out
        t.invariant = invariant

    def _invariant(self, op, inv):
        """op reads only loop-invariant values and what it reads cannot change in
        the loop (a quiet loop, see hoist)."""
        n = op.name
        if n == "load_global" or (n == "getfield" and op.descr in ("defaults", "kwdefaults")) \
                or n in ("tuple_item", "getcell", "dict_get"):
            return all(inv(a) for a in op.args)
        if op.is_guard() and n not in ("guard_no_breaker", "guard_depth", "guard_nest"):
            return bool(op.args) and all(inv(a) for a in op.args)
        return False

    def _hoistable(self, op, carried):
        n = op.name
        if n in ("guard_global", "guard_version"):
            return not self.effects
        if _frame_test(op):
            return True             # (a frame's globals are its for good: lowering's entry test)
        if not op.args:
            return False
        v = op.args[0]
        if v.header is None:
            return False
        end = carried.get(v, v)
        if n == "guard_class":
            if self.effects and class_may_change(op.descr):
                return False
            c = end.cls if end.isconst else (self.known_end.get(end) or end.cls)
            return end is v or c is op.descr
        if n == "guard_nonnull":
            return end is v or end in self.nonnull_end or (end.isconst and end.const is not NULL)
        if n == "guard_type":
            return end is v and not self.effects
        return False

    def dead_stores(self):
        """Drop a write of a loop-frame local that the next write of the same
        local replaces before anything can see the frame (no exit, no exception,
        no VM code in between): `total = add(total, i); total += ...`."""
        t = self.trace
        pending = {}            # local index -> position of its last unseen write
        dead = set()
        for i, op in enumerate(t.ops):
            if op.name == "setlocal" and op.args[0] is ROOT:
                j = pending.get(op.descr)
                if j is not None:
                    dead.add(j)
                pending[op.descr] = i
            elif op.name == "kill":
                continue
            elif op.snap is not None or op.exc is not None or op.effects or op.is_guard() or \
                    op.name in ("getlocal", "generic", "run_loop", "yield_value"):
                pending.clear()
        if dead:
            self.stats["stores_removed"] += len(dead)
            t.ops = [op for i, op in enumerate(t.ops) if i not in dead]

    # ------------------------------------------------------------ liveness

    def liveness(self):
        """Place each kill after the last use of its value; drop needless kills."""
        t = self.trace
        last = {}
        for i, op in enumerate(t.ops):
            if op.name == "kill":
                continue
            for a in op.args:
                last[a] = i
            for snap in (op.snap, op.exc):
                if snap is not None:
                    for v in snap.refs():
                        last[v] = i
            if op.res is not None:
                if isinstance(op.res, list):
                    pass
                last.setdefault(op.res, i)
            if op.name == "unpack":
                for r in op.descr:
                    last.setdefault(r, i)
        carried_end = set(v for _, v in t.backedge)
        carried_end.update(getattr(t, "invariant", ()))     # read once, in the preamble
        kills_after = {}
        end_kills = []
        known = self.known_end
        for i, op in enumerate(t.ops):
            if op.name != "kill":
                continue
            v = op.args[0]
            if v.isconst or v.items is not None:
                continue
            c = v.cls or known.get(v)
            if c in ATOMIC:
                continue
            if v in carried_end:
                continue        # still referenced by the next iteration's header
            at = max(i, last.get(v, -1))
            kills_after.setdefault(at, []).append(v)
        out = []
        seen = set()
        for i, op in enumerate(t.ops):
            if op.name != "kill":
                out.append(op)
            for v in kills_after.get(i, ()):
                if v not in seen:
                    seen.add(v)
                    out.append(_kill(v))
        t.ops = out
        # at the end of an iteration every value of the iteration still held by a
        # host variable is dropped: what lives on is in the frame (written-through
        # locals) or in a loop-header variable; a variable left alone would keep
        # its value until the same op runs again, on this path or never
        headers = set(h for h, _ in t.backedge)
        headers.update(getattr(t, "invariant", ()))
        defined = []
        for op in t.ops:
            if op.name == "kill":
                seen.add(op.args[0])
                continue
            outs = []
            if op.res is not None:
                outs.append(op.res)
            if op.name == "unpack":
                outs.extend(op.descr)
            if op.name == "generic":
                outs.extend(op.descr[4])
            if op.name == "run_loop":
                outs.extend(op.descr[3])
            defined.extend(outs)
        for v in defined:
            c = v.cls or known.get(v)
            if v in seen or v in headers or v.isconst or v.items is not None or c in ATOMIC:
                continue
            seen.add(v)
            end_kills.append(v)
        t.end_kills = end_kills


def _kill(v):
    from refvm.jit.ir import Op
    return Op("kill", [v])


def optimize(trace, bridge=False):
    opt = Optimizer(trace)
    opt.run(bridge)
    return opt
