"""Hot-loop detection and the entry into compiled loops.

`Jit.loop_header` is the run loop's hook for backward jumps (interp/loop.py):
a counter per (code, target pc); at the threshold the loop is recorded (the
recording runs the iteration itself), lowered, optimized and compiled; from
then on each backward jump to that header runs the compiled loop, which
returns at an exit and is turned back into interpreter state (deopt.py).

A loop whose recording aborts backs off (its counter restarts below zero,
further each time) and is given up after MAX_ABORTS.  A compiled loop whose
preamble keeps failing (the types it was specialized for changed) is thrown
away and recorded again, at most MAX_RESPECIALIZE times.
"""
import sys
import _weakref

from refvm.jit import JitExit
from refvm.jit.stats import Stats, clock
from refvm.interp.frame import Frame, make_frame
from refvm.interp import loop as interp_loop
from refvm.interp import state as interp_state
from refvm.objects.model import NULL, W_Type

MAX_ABORTS = 4
MAX_BRIDGE_TRIES = 4        # bridge recordings retried per guard (after 2x, 4x ... failures)
MAX_SOFT_ABORTS = 24        # recordings ended by another loop's backward jump
STEP_DIVISOR = 16           # a generator step is recorded after threshold / 16 resumptions
MAX_RETURN_RETRIES = 2      # generator step recordings that ended in its return, not compiled
SOFT_BACKOFF = 64           # back edges before such a loop is recorded again
ONCE_AFTER = 8              # recordings of an inner loop that left it before its back
                            # edge: it runs once per outer iteration, and outer traces
                            # unroll it (Jit.unrolled_loop)
ONCE_BACKOFF = 16           # ... and it is recorded again after 17 x threshold back edges
MAX_RESPECIALIZE = 3
RESPECIALIZE_QUIET = 1000   # x threshold: instructions run after which a loop's
                            # respecializations count from zero again (respecialize)
MAX_BRIDGE_NEST = 12        # bridges inside bridges (each one a host call deeper)
MAX_BRIDGE_LEVELS = 8       # a bridge starts at most this many calls deep
HEADER_FAILS = 200          # preamble failures before a loop is recorded again
BRIDGE_AFTER = 50           # guard failures before a bridge is recorded
JOIN_STEP_LINES = 160       # a generator step's bridge this short is joined into it
MAX_STEP_JOINS = 4          # ... at most this many per step
MAX_RESPLICE = 8            # steps compiled again after one's join (join_step)
GIVEN_UP = object()
# what the JIT compiles, by kind: (function name prefix, --jit-log title,
# --jit-stats field)
KINDS = {"loop": ("loop", "loop", "loops"),
         "step": ("step", "generator step", "steps"),
         "fstep": ("body", "function body", "bodies")}


recorder = lowering = optimizer = backend = deopt = log = None


def _load():
    """Import the recorder, lowering, optimizer and backend when the first loop
    gets hot (most short programs never need them: the JIT on by default costs
    them nothing but the counters)."""
    global recorder, lowering, optimizer, backend, deopt, log
    from refvm.jit import recorder, lowering, optimizer, backend, deopt, log


class JitBug(Exception):
    """An internal error of the JIT (not a host exception a VM program could see)."""


GO_ON = object()        # (Jit.drain_steps: the values went to push, drain goes on)


class LoopInfo(object):
    __slots__ = ("compiled", "aborts", "soft_aborts", "respecialized", "key", "left",
                 "respecialized_at")

    def __init__(self, key=None):
        self.key = key              # (code, header pc)
        self.compiled = None
        self.aborts = 0
        self.soft_aborts = 0
        self.respecialized = 0
        self.respecialized_at = 0   # the thread's instruction count when last respecialized
        self.left = 0               # recordings that left the loop before its back edge


def _classes_of(c, memo):
    """The program's classes compiled code c keeps alive: its own and those of
    the compiled steps it names, transitively."""
    k = id(c)
    out = memo.get(k)
    if out is None:
        memo[k] = out = list(c.classes.values())    # (a cycle of named steps ends here)
        for n in c.named:
            for w_t in _classes_of(n, memo):
                if w_t not in out:
                    out.append(w_t)
    return out


def _program_class(w):
    return isinstance(w, W_Type) and not w.is_builtin


def enter(trace, f, st):
    """Run a compiled trace on f: (exit number, instructions done, the exit's
    values, extra).  A trace returns every exception of the program; one
    escaping is a bug of the JIT."""
    try:
        return trace.fn(f, st)
    except JitExit:
        raise           # the program raised inside an inner loop's trace run from this one
    except Exception as e:
        raise JitBug("%s in %s: %s" % (type(e).__name__, trace.trace.code.qualname, e)) from e


def bridgeable(snap):
    """A bridge can start at this exit: every level's value stack is in the
    snapshot and the inlined levels are virtual frames."""
    levels = snap.levels
    if levels[0].stack is None or len(levels) > MAX_BRIDGE_LEVELS or \
            snap.nest >= MAX_BRIDGE_NEST:
        return False
    for lv in levels[1:]:
        if lv.real is not None or lv.stack is None or lv.locals is None or lv.func is None:
            return False
    return True


def yields_again(bridge):
    """A generator step's bridge that ends in a yield, not in the generator's
    return (which a generator takes once: joining such a bridge into the step
    saves a call per generator, and nqueens' 10,000 short generators paid
    more in compile time than that)."""
    ends = [op for op in bridge.ops if op.name == "yield_value"]
    return bool(ends) and not ends[-1].descr[2]


def chain(f, fr, n):
    """[f, ..., fr]: the n frames from the loop's frame to the innermost one
    after an exit, or None when fr is not n - 1 calls below f."""
    out = [fr]
    while len(out) < n:
        fr = fr.back
        if fr is None:
            return None
        out.append(fr)
    if out[-1] is not f:
        return None
    out.reverse()
    return out


class Jit(object):
    names_virtual_calls = False     # compiled code names the inlined frames of its calls
                                    # (backend: _vs): Frame.f_back looks for them

    def __init__(self, cfg):
        self.threshold = max(1, int(getattr(cfg, "jit_threshold", 1039)))
        self.step_threshold = max(1, self.threshold // STEP_DIVISOR)
        # a function's body is recorded after this many calls (PyPy's
        # function_threshold, 1619 against its loop threshold 1039, scaled)
        self.body_threshold = max(1, self.threshold * 1619 // 1039)
        self.counters = {}
        self.step_counters = {}
        self.loops = {}             # (code, pc) -> LoopInfo
        self.once_loops = set()     # (code, pc) of inner loops outer traces unroll
        self.residual_sites = set() # (code, pc) of calls traces make residual (recorder)
        self.gen_steps = {}         # (generator code, resumption pc) -> LoopInfo
        self.func_steps = {}        # (function code, 0) -> LoopInfo (function_step)
        self.fstep_counters = {}
        self.step_codes = []        # codes whose jit_steps next_of filled (see release)
        self.stats = Stats()
        self.show_stats = bool(getattr(cfg, "jit_stats", False))
        self.log_path = getattr(cfg, "jit_log", None)
        self.log = None
        self.names = 0
        # True when the last hook call left the interpreter just after a jump or a
        # frame switch, where the run loop checks for a due thread switch
        self.at_boundary = False
        self.recordings = []        # in progress, outermost first (hide_classes)
        # a guard failing this often gets a bridge (PyPy: 200); never later than
        # the loop threshold, so that --jit-threshold 1 exercises bridges too
        self.bridge_threshold = min(BRIDGE_AFTER, self.threshold)

    # ------------------------------------------------------------ the hook

    def loop_header(self, st, f, target, ticks):
        """A backward jump to `target` in f: count, record, or run compiled code.
        Returns (frame, pc, ticks) for the run loop to continue with."""
        self.at_boundary = False
        key = (f.code, target)
        info = self.loops.get(key)
        if info is not None:
            if info is GIVEN_UP:
                return f, target, ticks
            if info.compiled is not None:
                return self.run(st, f, info, key, ticks)
        n = self.counters.get(key, 0) + 1
        if n < self.threshold:
            self.counters[key] = n
            return f, target, ticks
        self.counters[key] = 0
        fr, pc, ticks, yielded = self.record(st, f, target, key, ticks)
        return fr, (-1 if yielded else pc), ticks       # (see run)

    # ------------------------------------------------------------ recording

    def record(self, st, f, target, key, ticks, kind="loop"):
        """Record from f at target (a loop header, or for kind "step" a generator's
        resumption point) and compile; on an abort, back off or give up."""
        if recorder is None:
            _load()
        table, counters, threshold = self.tables(kind)
        info = table.get(key)
        if info is None:
            info = table[key] = LoopInfo(key)
        rec = recorder.Recording(f, target if kind == "loop" else -1)
        rec.jit = self
        rec.gen_step = kind != "loop"
        rec.func_step = kind == "fstep"
        entry_stack = len(f.stack)
        root_globals = f.w_globals
        t0 = clock()
        self.recordings.append(rec)
        try:
            fr, pc, n = recorder.record(st, rec, [f], target)
        finally:
            self.recordings.pop()
            self.stats.trace_time += clock() - t0
        ticks += n
        if rec.ok and kind == "step" and not f.yielded and info.soft_aborts < MAX_RETURN_RETRIES:
            # the generator returned: the path a generator's loop takes once, at its
            # end (a step compiled from it would leave at every other resumption,
            # and could not run as a loop); the next resumption here is recorded
            info.soft_aborts += 1
            counters[key] = self.step_threshold - 1
            self.stats.abort("generator step: it returned (recorded again)")
            return fr, pc, ticks, rec.yielded
        if rec.ok:
            t1 = clock()
            try:
                self.compile(info, rec, f.code, target, root_globals, entry_stack, kind)
            except (lowering.Unsupported, optimizer.Fail) as e:
                rec.ok = False
                rec.reason = str(e)
            except Exception as e:
                # a bug of the JIT: never let it pass for an exception of the program
                raise JitBug("%s: %s" % (type(e).__name__, e)) from e
            finally:
                self.stats.compile_time += clock() - t1
        if not rec.ok:
            reason = rec.reason or "?"
            if kind != "loop":
                reason = ("generator step: " if kind == "step" else "function: ") + reason
            self.stats.abort(reason)
            self.write_log(log.format_abort(f.code, target, reason))
            other = rec.other_loop
            site = rec.residual_site
            if site is not None and site not in self.residual_sites and \
                    info.soft_aborts < MAX_SOFT_ABORTS:
                # a loop in the function this loop's frame called ended the
                # recording (longer than the unrolling limit): from now on that
                # call is residual (the interpreter runs the callee, its loop in
                # its own trace) and this loop is recorded again at once
                self.residual_sites.add(site)
                info.soft_aborts += 1
                self.record_soon(key, kind)
                return fr, pc, ticks, rec.yielded
            if kind == "loop" and rec.reason == "left the loop":
                info.left += 1
                if info.left >= ONCE_AFTER:
                    # every recording of it reached its end before its back edge: an
                    # inner loop whose trip count is one (`for x in gen(i)` of a
                    # one-value generator, a one-item dict's items()).  The traces
                    # of the loop around it unroll it (recorder.record), each
                    # iteration's exit a guard; it is recorded again only much
                    # later (a trip count that grew: once it has a trace, outer
                    # recordings run that instead)
                    self.once_loops.add(key)
                    counters[key] = -self.threshold * ONCE_BACKOFF
                    if other is not None:
                        self.record_soon(other)
                    return fr, pc, ticks, rec.yielded
            if other is not None and kind != "step" and info.soft_aborts < MAX_SOFT_ABORTS \
                    and self.loops.get(other) is not GIVEN_UP:
                # another loop's backward jump ended the recording: an inner loop
                # without a trace yet (PyPy's way: trace it first, at its next
                # backward jump), or an outer one (this loop's last iteration was
                # recorded): neither says this loop cannot be traced
                info.soft_aborts += 1
                self.record_soon(other)
                counters[key] = max(0, threshold - SOFT_BACKOFF * info.soft_aborts)
            else:
                info.aborts += 1
                if info.aborts >= MAX_ABORTS:
                    table[key] = GIVEN_UP
                else:
                    counters[key] = -self.threshold * (2 ** info.aborts)
        return fr, pc, ticks, rec.yielded

    def compile(self, info, rec, code, header, root_globals, entry_stack, kind="loop"):
        # (a function's body is lowered and compiled as a generator step is: a
        # straight path from its entry to the frame's return)
        trace = lowering.lower(rec.steps, code, header, root_globals, entry_stack,
                               "loop" if kind == "loop" else "step")
        naive = [repr(op) for op in trace.ops] if self.log_path else None  # (--jit-log)
        # a generator step is no loop: nothing to hoist out of it
        opt = optimizer.optimize(trace, bridge=kind != "loop")
        self.names += 1
        prefix, title, field = KINDS[kind]
        name = "%s%d" % (prefix, self.names)
        loop = backend.compile_trace(trace, name, self)
        info.compiled = loop
        s = self.stats
        setattr(s, field, getattr(s, field) + 1)
        for k, v in opt.stats.items():
            setattr(s, k, getattr(s, k) + v)
        self.count_ops(trace.ops + trace.preamble)
        if self.log_path:
            self.write_log(log.format_trace(title, name, rec.steps, naive, trace, loop.source))
        trace.steps = None          # the recording's observations are not kept

    def count_ops(self, ops):
        """--jit-stats' counts of the compiled code's guards, handler calls and
        residual calls (a loop's, a step's, a body's or a bridge's)."""
        s = self.stats
        for op in ops:
            if op.is_guard():
                s.guards += 1
            elif op.name == "generic":
                s.generic_ops += 1
            elif op.name == "residual_call":
                s.residual += 1

    # ------------------------------------------------------------ running

    def run(self, st, f, info, key, ticks):
        loop = info.compiled
        depth0 = st.depth
        x = enter(loop, f, st)
        idx, n = x[0], x[1]
        if idx >= 0 and n > 0 and x[3] is None and not self.show_stats:
            snap = loop.exits[idx]
            pc = snap.simple_pc
            if pc >= 0 and snap.index >= 0 and (snap.no_bridge or snap.bridge is not None or
                                                snap.failures + 1 < self.bridge_threshold << snap.tries):
                # exited()'s common case written out: a guard's exit to the loop's
                # own frame with its value stack only, no bridge to record (a
                # loop in a function called again and again leaves at its end on
                # every call)
                s = self.stats
                s.entries += 1
                s.deopts += 1
                s.guard_failures += 1
                snap.failures += 1
                f.stack[:] = x[2]
                x = None            # (the exit's values: GC timing, as in exited)
                f.pc = pc
                st.depth = depth0
                st.frame = f
                return f, pc, ticks + n
        xs = [x]
        x = snap = None             # (exited empties xs: GC timing)
        # ((loop, loop := None)[0]: this frame keeps no reference to the trace, or
        # its snapshot, while a bridge's recording runs: see record_bridge)
        fr, pc, ticks, yielded = self.exited(st, f, info, key, ticks,
                                             (loop, loop := None)[0], depth0, xs)
        # (pc -1: the generator's frame yielded, in a bridge of its loop or its
        # recording: the run loop returns f.retval, interp/loop.py)
        return fr, (-1 if yielded else pc), ticks

    def exited(self, st, f, info, key, ticks, loop, depth0, xs, kind="loop"):
        """A compiled loop (or generator step) returned at an exit, xs = [what it
        returned] (a list this empties: no caller keeps the exit's values alive
        while the interpreter, or a bridge's recording, goes on; GC timing):
        interpreter state, stats, bridges.  Returns (frame, pc, ticks, yielded):
        yielded when a generator step's bridge recording ran to the yield."""
        idx, n, vals, extra = xs.pop()
        self.stats.entries += 1
        ticks += n
        if idx == -2:
            # a bridge of a loop in a generator's frame ended in the frame's
            # yield (its frame is as YIELD_VALUE leaves it)
            st.depth = depth0
            st.frame = f
            return f, f.pc, ticks, True
        if idx < 0:
            # an inner loop's trace left the outer one: state already written back
            fr, pc = vals
            return fr, pc, ticks, pc < 0    # (pc -1: it yielded, inner_exit)
        snap = loop.exits[idx]
        s = self.stats
        s.deopts += 1
        is_exc = isinstance(extra, BaseException)
        had_extra = extra is not None
        if self.show_stats:
            s.exit_taken(snap, "exception" if is_exc else "handler" if had_extra else "guard")
        if is_exc:
            s.exceptions += 1
        elif snap.index >= 0 and idx < len(loop.exits):
            s.guard_failures += 1
            snap.failures += 1
            if n == 0 and snap.ticks == 0:
                loop.header_failures += 1
                if loop.header_failures >= HEADER_FAILS:
                    self.respecialize(info, key, kind, st.ticks + ticks)
            elif snap.nest >= MAX_BRIDGE_NEST and snap.failures == HEADER_FAILS and \
                    info.compiled is loop:
                # a guard as many bridges deep as bridges nest, failing often: the
                # bridges above it tested classes (or values) the program has
                # since replaced, one level per generation (a module run again,
                # a class factory: each run's classes are new), and each
                # iteration now runs the whole chain and leaves here.  The loop
                # is recorded again for what it meets now
                self.respecialize(info, key, kind, st.ticks + ticks)
        fr, pc = deopt.resume(st, f, depth0, snap, vals, extra, is_exc, ticks)
        if extra.__class__ is Frame or extra.__class__ is int:
            self.at_boundary = True     # the exit jumped or entered a called frame
        vals = extra = None         # the exit's values must not outlive the exit (GC timing)
        if snap.failures >= self.bridge_threshold << snap.tries and not had_extra and \
                snap.bridge is None and not snap.no_bridge and n > 0 and \
                snap.known_locals is not None and bridgeable(snap):
            frames = chain(f, fr, len(snap.levels))
            if frames is not None:
                loop = None         # (see record_bridge)
                return self.record_bridge(st, frames, pc, info, (snap, snap := None)[0], ticks,
                                          kind)
        return fr, pc, ticks, False

    def record_bridge(self, st, frames, pc, info, snap, ticks, kind="loop"):
        """Record from a guard that failed often back to the loop header (for a
        generator step: to its yield); compile the trace again with the bridge in
        the guard's failure branch.  frames: the loop's frame and the frames of the
        inlined calls the guard was in.  Returns (frame, pc, ticks, yielded): where
        the interpreter goes on."""
        snap.no_bridge = True           # (until a retry is allowed below)
        old = info.compiled
        gen_step = kind != "loop"
        rec = recorder.Recording(frames[0], -1 if gen_step else old.trace.header)
        # while the recording runs the program, the trace (and the guard's
        # snapshot, part of it) is held weakly: a collection may let it die with
        # a class it names (Jit.hide_classes), and the bridge is not made then
        trace_ref, snap_ref = _weakref.ref(old), _weakref.ref(snap)
        old = snap = None
        rec.jit = self
        rec.gen_step = gen_step
        rec.func_step = kind == "fstep"
        # a loop in a generator's frame: the path may end in the frame's yield
        rec.yield_ends = kind == "loop" and frames[0].gen_owned
        t0 = clock()
        self.recordings.append(rec)
        try:
            fr, pc2, n = recorder.record(st, rec, frames, pc)
        finally:
            self.recordings.pop()
            self.stats.trace_time += clock() - t0
        ticks += n
        old, snap = trace_ref(), snap_ref()
        if old is None or snap is None:
            self.stats.abort("bridge: its trace died with a class it named")
            return fr, pc2, ticks, rec.yielded
        if not rec.ok:
            self.stats.abort("bridge: " + (rec.reason or "?"))
            other = rec.other_loop
            if rec.residual_site is not None:
                self.residual_sites.add(rec.residual_site)   # (see record)
            if snap.tries < MAX_BRIDGE_TRIES and (other is None or
                                                  self.loops.get(other) is not GIVEN_UP):
                # try again after twice as many failures: another loop's backward
                # jump ended it (see record(); that loop is traced first if it has
                # no trace), or this path met a loop not compiled yet, or left the
                # loop where a later one may not (a guard that never gets a bridge
                # leaves the trace on every failure: fannkuch's four loop exits
                # did 76,648 times when their first recordings came too early)
                snap.tries += 1
                snap.no_bridge = False
                snap.failures = 0
                if other is not None:
                    self.record_soon(other)
            return fr, pc2, ticks, rec.yielded
        t1 = clock()
        try:
            bridge = lowering.lower_bridge(rec.steps, old.trace, snap,
                                           rec.yielded and not gen_step)
            naive = [repr(op) for op in bridge.ops] if self.log_path else None
            optimizer.optimize(bridge, bridge=True)
            self.names += 1
            name = "bridge%d" % self.names
            # the bridge is a function of its own, compiled once; the code that
            # has the guard (the loop's function, or the bridge function it is
            # in) calls it from the guard's failure branch: that code reads it
            # from the snapshot (snap.linked), or is compiled again with the call
            fn, src = backend.compile_bridge(bridge, snap, old.trace, name, self, old.exits)
            owner = snap.owner
            snap.bridge, snap.bridge_fn = bridge, fn
            snap.bridge_go = fn         # (code calling the exit's maker calls the bridge)
            try:
                if owner is old.trace and self.join_step(old, bridge, src):
                    pass                # (its code has the bridge's now)
                elif snap.linked:
                    pass                # (its code already calls snap.bridge_fn)
                elif owner is old.trace:
                    new = backend.compile_trace(old.trace, old.fn.__name__, self, old.exits,
                                                old.joined)
                    new.header_failures = old.header_failures
                    info.compiled = new
                else:
                    origin = owner.origin
                    origin.bridge_fn, _ = backend.compile_bridge(
                        owner, origin, old.trace, owner.fn_name, self, old.exits)
                    origin.bridge_go = origin.bridge_fn
            except BaseException:
                snap.bridge = snap.bridge_fn = None
                snap.bridge_go = snap.exit_fn
                raise
            bridge.fn_name = name
            cur = info.compiled         # (the classes the loop's code now names)
            for part in (old, bridge, owner):
                if part is not cur and getattr(part, "named", None) is not None:
                    cur.classes.update(part.classes)
                    cur.named.extend(n for n in part.named if n not in cur.named)
        except (lowering.Unsupported, optimizer.Fail) as e:
            self.stats.abort("bridge: %s" % e)
            return fr, pc2, ticks, rec.yielded
        except Exception as e:
            raise JitBug("%s: %s" % (type(e).__name__, e)) from e
        finally:
            self.stats.compile_time += clock() - t1
        self.stats.bridges += 1
        self.count_ops(bridge.ops)
        if self.log_path:
            self.write_log(log.format_trace("bridge", name, rec.steps, naive, bridge, src))
        return fr, pc2, ticks, rec.yielded

    def join_step(self, step, bridge, src):
        """Compile generator step `step` (a CompiledLoop) again, in place, with
        the code of its new bridge written into the guard's failure branch
        (backend.Emitter.inline_bridge): a step whose path splits at a test
        (a generator's filter, `if i % 3: yield ...`) takes no host call for
        the other side.  In place: the traces that spliced the step's code
        keep theirs (it calls the bridge, as before), and so stay valid; a
        trace spliced or a drain compiled from now on gets the new code, and
        the drain now running leaves for it (its `version` test).  Only a
        generator step's bridge (source src) that is short, ends in a yield and
        leaves a step that is spliced spliceable; False when not joined
        (nothing changed; the host may not compile the new code either)."""
        if step.trace.kind != "step" or src.count("\n") > JOIN_STEP_LINES or \
                len(step.joined) >= MAX_STEP_JOINS or not yields_again(bridge) or \
                not step.may_grow(src):
            return False
        if not self.recompile_step(step, list(step.joined) + [bridge]):
            return False
        self.stats.joins += 1
        if self.log_path:
            self.write_log(log.format_joined(step))
        # the steps whose code has this one's spliced in: compiled again, in
        # place, so that theirs is the new code too (a generator pipeline:
        # the outer generator's step, the drain of the outermost)
        todo = [step]
        done = set()
        while todo and len(done) < MAX_RESPLICE:
            s = todo.pop()
            done.add(id(s))
            for info in self.gen_steps.values():
                other = getattr(info, "compiled", None)
                if other is not None and id(other) not in done and s in other.spliced and \
                        other.trace.kind == "step":
                    if self.recompile_step(other, other.joined):
                        todo.append(other)
        return True

    def recompile_step(self, step, joined):
        """Compile generator step `step` again in place (join_step); False when
        the host cannot compile the new code (the step keeps its own)."""
        try:
            new = backend.compile_trace(step.trace, step.fn.__name__, self, step.exits, joined)
        except lowering.Unsupported as e:
            self.stats.abort("join: %s" % e)
            return False
        step.fn, step.source = new.fn, new.source
        step.joined, step.spliced = new.joined, new.spliced
        step.classes.update(new.classes)
        step.named.extend(n for n in new.named if n not in step.named)
        step._body = None           # (CompiledLoop.splice: from the new source)
        step.version += 1
        step.drain_fn = None
        return True

    # ------------------------------------------------------------ generator steps

    def generator_step(self, st, f, pc, ticks):
        """A generator's frame is resumed (or started) at pc: count, record, or
        run the compiled step from here to its next yield.  Returns (frame, pc,
        ticks, yielded): yielded means the frame has yielded or returned (f.retval
        is set; f.yielded tells which)."""
        key = (f.code, pc)
        info = self.gen_steps.get(key)
        if info is not None:
            if info is GIVEN_UP:
                return f, pc, ticks, False
            step = info.compiled
            if step is not None:
                # the common case inline (each host call here deepens the host
                # stack once per generator nested in a resumption)
                depth0 = st.depth
                xs = [enter(step, f, st)]
                if xs[0][0] == -2:
                    self.stats.entries += 1     # (exited() counts the others)
                    return f, f.pc, ticks + xs[0][1], True
                return self.exited(st, f, info, key, ticks, (step, step := None)[0], depth0, xs,
                                   "step")
        n = self.step_counters.get(key, 0) + 1
        if n < self.step_threshold:
            self.step_counters[key] = n
            return f, pc, ticks, False
        self.step_counters[key] = 0
        return self.record(st, f, pc, key, ticks, "step")

    def call_body(self, caller, w_func, args, kwargs, *_moved):
        """A trace's residual call (lowering.Lowerer._residual): w_func(*args,
        **kwargs) (kwargs a dict or None) in the frame a CALL handler in `caller`
        makes, linked to the caller; its compiled body runs here (run_step, as
        resume_generator runs a step), else, or from where the body left, a
        nested run loop.  w_func is a VM function, not a generator function (the
        trace guards its code); the trace checked st.nest (run_frame's
        RecursionError at MAX_NEST would be the JIT's own).  (_moved: the Nones
        of the trace's `(v := None)`, see backend.py.)"""
        f = make_frame(w_func, args, kwargs)
        args = kwargs = None    # (the frame holds the arguments now: GC timing)
        st = interp_state.state
        info = self.func_steps.get(f.code)
        step = info.compiled if info is not None and info is not GIVEN_UP else None
        if step is None or st.breaker or st.depth >= st.recursion_limit:
            return interp_loop.run_frame(f, NULL, None, caller)
        x = self.run_step(step, f, st, back=caller)
        if x[0] == -2:
            self.stats.entries += 1
            st.ticks += x[1]
            return f.retval     # (the frame ends as one the run loop returns from:
                                # not cleared, see interp/loop.py)
        return self.body_exited(caller, f, info, step, x, (x := None))

    def step_info(self, key):
        """The LoopInfo of the generator step at key (made now if it has none: a
        trace's call of the step reads its `compiled` when it runs), or None
        when the step was given up."""
        info = self.gen_steps.get(key)
        if info is None:
            info = self.gen_steps[key] = LoopInfo(key)
        return None if info is GIVEN_UP else info

    def body_info(self, code):
        """The LoopInfo of code's function body (made now if it has none: a
        trace's residual call reads its `compiled` when it runs), or None when
        its body was given up."""
        info = self.func_steps.get(code)
        if info is None:
            info = self.func_steps[code] = LoopInfo(code)
        return None if info is GIVEN_UP else info

    def body_exited(self, caller, f, info, step, x, _):
        """A trace called the compiled body `step` (of LoopInfo info) on f
        (backend, residual_call) and it did not return: the interpreter goes on
        from its exit (or the exception it raised) in a nested run loop, as
        call_body does."""
        p = [info, step, interp_state.state.depth + 1, x, "fstep"]   # (see resume_generator)
        x = None
        return interp_loop.run_frame(f, NULL, p, caller)

    def function_step(self, st, f, ticks):
        """A function's frame entered at its first instruction outside a trace
        (the run loop's call, which has just pushed it; a nested run loop's
        entry, interp.loop.run_frame: a builtin or an operator calling VM code,
        a residual call without a compiled body): count, record, or run its
        compiled body from there to its return (recorded as a generator step is,
        the return ending it).
        Returns (frame, pc, ticks, returned): returned means f has returned
        (f.retval is set)."""
        key = f.code
        if f.w_func is None:
            return f, 0, ticks, False       # a module's or a class body's code: run once
        info = self.func_steps.get(key)
        if info is not None:
            if info is GIVEN_UP:
                return f, 0, ticks, False
            step = info.compiled
            if step is not None:
                depth0 = st.depth
                xs = [enter(step, f, st)]
                if xs[0][0] == -2:
                    self.stats.entries += 1
                    return f, f.pc, ticks + xs[0][1], True
                return self.exited(st, f, info, key, ticks, (step, step := None)[0], depth0, xs,
                                   "fstep")
        n = self.fstep_counters.get(key, 0) + 1
        if n < self.body_threshold:
            self.fstep_counters[key] = n
            return f, 0, ticks, False
        # (no second recording of this body while this one runs: a recursive
        # call inside it enters the function again; record() sets the counter)
        self.fstep_counters[key] = -(1 << 30)
        try:
            return self.record(st, f, 0, key, ticks, "fstep")
        except JitExit:
            self.fstep_counters[key] = 0    # (the program raised in the recording)
            raise

    def resume_generator(self, f, st):
        """A generator's frame f is resumed (by next(), send(), a for loop or a
        builtin consuming it): with a compiled step at its pc, run it here, and
        when it ends in its yield return the value as run_frame would, without the
        run loop; anything else goes on in run_frame from the step's exit."""
        info = self.gen_steps.get((f.code, f.pc))
        if info is None or info is GIVEN_UP or st.breaker:
            return interp_loop.run_frame(f)
        step = info.compiled
        if step is None or st.depth >= st.recursion_limit or st.nest >= st.max_nest:
            return interp_loop.run_frame(f)
        x = self.run_step(step, f, st)
        if x[0] == -2:
            self.stats.entries += 1
            st.ticks += x[1]
            return f.retval
        depth0 = st.depth + 1
        p = [info, step, depth0, x, "step"]     # (a list step_pending empties: the exit's values
        x = None                        # must not outlive the exit, GC timing)
        return interp_loop.run_frame(f, NULL, p)

    @staticmethod
    def run_step(step, f, st, fn=None, *args, back=None):
        """Run a compiled generator step (or function body) on f (or fn(f, st,
        *args), a step's loop form) with run_frame's entry bookkeeping (nesting,
        depth, the current frame, f linked to `back`) around it: what the step
        returned, or (JitExit,) when the program raised inside an inner loop's
        trace."""
        saved = st.frame
        d0 = st.depth
        st.nest += 1
        st.depth = d0 + 1
        f.back = back
        st.frame = f
        try:
            x = (fn or step.fn)(f, st, *args)
        except JitExit as e:
            x = (e,)
        except Exception as e:
            raise JitBug("%s in %s: %s" % (type(e).__name__, step.trace.code.qualname, e)) from e
        st.nest -= 1
        st.depth = d0           # (an exit inside a handler's call level left it deeper)
        st.frame = saved
        return x

    def next_of(self, g, st=None):
        """The next value of VM generator g for iteration (NULL: it is done): with
        a compiled step at its frame's pc, the step runs here with _resume's and
        run_frame's bookkeeping written out (a trace's FOR_ITER and builtins
        consuming a generator come here); anything unusual takes _resume."""
        if st is None:
            st = interp_state.state
        f = g.frame
        if f is None or g.running or g.exc_state is not None or st.breaker:
            return g._resume_or_null(None)
        ent = f.code.jit_steps          # (this JIT's LoopInfos of the code's steps, by pc)
        info = ent[1].get(f.pc) if ent is not None and ent[0] is self else None
        if info is None:
            info = self.gen_steps.get((f.code, f.pc))
            if info is None or info is GIVEN_UP:
                return g._resume_or_null(None)
            if ent is None or ent[0] is not self:
                ent = f.code.jit_steps = (self, {})
                self.step_codes.append(f.code)
            ent[1][f.pc] = info         # (a LoopInfo stays its key's, or becomes
                                        # GIVEN_UP after its compiled is None)
        step = info.compiled
        if step is None or st.depth >= st.recursion_limit or st.nest >= st.max_nest:
            return g._resume_or_null(None)
        if g.started:
            f.stack.append(None)
        else:
            g.started = True
        g.running = True
        f.yielded = False
        caller_exc = st.exc_info
        # run_step written out: this runs once per value a loop or a builtin takes
        # from a generator (measured in-process on a loop over a generator: 8%
        # less time than calling run_step)
        saved = st.frame
        d0 = st.depth
        st.nest += 1
        st.depth = d0 + 1
        f.back = None
        st.frame = f
        try:
            x = step.fn(f, st)
        except JitExit as e:
            x = (e,)
        except Exception as e:
            raise JitBug("%s in %s: %s" % (type(e).__name__, step.trace.code.qualname, e)) from e
        st.nest -= 1
        st.depth = d0
        st.frame = saved
        if x[0] == -2 and f.yielded and st.exc_info is caller_exc:
            self.stats.entries += 1
            st.ticks += x[1]
            g.running = False
            w = f.retval
            f.retval = None         # (as W_Generator._left: the value is the caller's)
            return w
        return self.step_result(g, f, st, caller_exc, info, step, x, (x := None))

    def step_result(self, g, f, st, caller_exc, info, step, x, _):
        """What a generator step returned, x, when it was not its frame's plain
        yield (next_of, a step spliced into a trace, drain's loop form): the
        frame's return or a changed exception state (step_done), or an exit that
        run_frame goes on from (step_exited).  The value, or NULL.  (_: the None
        the caller's variable became as it passed x, which must not outlive the
        exit: GC timing.)"""
        if x[0] == -2:
            self.stats.entries += 1
            st.ticks += x[1]
            return g.step_done(f, st, caller_exc)
        p = [info, step, st.depth + 1, x, "step"]   # (a list step_pending empties: see
        x = None                            # resume_generator)
        return g.step_exited(f, st, caller_exc, p)

    def drain(self, g, push):
        """Hand the values of VM generator g to the host callable push until g is
        done (NULL) or push declines one (returns something else than None: that
        value is returned, g suspended after yielding it).  push must run no VM
        code (list.append for unpack_iterable: list(g), set(g), tuple(g),
        str.join; sum's host additions).  A compiled step that loops back to its
        own start runs as a loop (backend.build_drain): no protocol per value."""
        st = interp_state.state         # (this host stack is one VM thread's)
        nxt = self.next_of
        while True:
            f = g.frame
            if f is not None and g.started and not g.running and g.exc_state is None and \
                    not st.breaker and st.depth < st.recursion_limit and st.nest < st.max_nest:
                info = self.gen_steps.get((f.code, f.pc))
                step = info.compiled if info is not None and info is not GIVEN_UP else None
                fn = step.drain_fn if step is not None else None
                if fn is None and step is not None:
                    fn = step.drain_fn = self.compile_drain(step)
                if fn:
                    w = self.drain_steps(g, f, st, info, step, fn, push)
                    if w is GO_ON:
                        continue
                    return w
            w = nxt(g, st)
            if w is NULL or push(w) is not None:
                return w

    def compile_drain(self, step):
        self.names += 1
        t0 = clock()
        try:
            fn = backend.compile_drain(step, "drain%d" % self.names, self)
        except lowering.Unsupported:
            fn = False
        self.stats.compile_time += clock() - t0
        if fn and self.log is not None:
            self.log.write("generator step %s as a loop (for a consumer of all its values):\n%s\n"
                           % (step.trace.code.qualname, step.drain_source))
        return fn

    def drain_steps(self, g, f, st, info, step, fn, push):
        """drain's loop form of a step, with next_of's bookkeeping around it: GO_ON
        or what drain returns."""
        f.stack.append(None)
        g.running = True
        f.yielded = False
        caller_exc = st.exc_info
        x = self.run_step(step, f, st, fn, push, caller_exc)
        if x[0] == -3:
            # the loop left at the step's yield, after push took the value (x[2]
            # None: go on) or declined it (drain returns it)
            declined = x[2]
            w = self.step_result(g, f, st, caller_exc, info, step, (-2, x[1]), None)
            return GO_ON if declined is None else w
        w = self.step_result(g, f, st, caller_exc, info, step, x, (x := None))
        if w is NULL or push(w) is not None:
            return w
        return GO_ON

    def step_pending(self, st, f, pending):
        """run_frame's side of resume_generator: the step's exit (or the exception
        it raised, as JitExit) becomes interpreter state.  Returns as
        generator_step does."""
        info, step, depth0, x, kind = pending
        pending.clear()         # its holders up the host stack keep no value alive
        if len(x) == 1:
            e = x[0]
            x = None
            raise e             # the JitExit the step raised
        xs = [x]
        x = pending = None
        return self.exited(st, f, info, info.key, 0, (step, step := None)[0], depth0, xs, kind)

    def tables(self, kind):
        """(compiled traces, hotness counters, threshold) of loops, generator
        steps or function bodies."""
        if kind == "loop":
            return self.loops, self.counters, self.threshold
        if kind == "fstep":
            return self.func_steps, self.fstep_counters, self.body_threshold
        return self.gen_steps, self.step_counters, self.step_threshold

    def record_soon(self, key, kind="loop"):
        """The loop (step, body) at key is recorded when next reached, unless it
        is compiled (one given up never reads its counter)."""
        table, counters, threshold = self.tables(kind)
        info = table.get(key)
        if info is None or info is GIVEN_UP or info.compiled is None:
            counters[key] = max(counters.get(key, 0), threshold - 1)

    def unrolled_loop(self, code, pc):
        """Is the loop at pc unrolled into the traces of the loop around it?"""
        return (code, pc) in self.once_loops

    def compiled_at(self, code, pc):
        info = self.loops.get((code, pc))
        if info is None or info is GIVEN_UP:
            return None
        return info.compiled

    def loop_info(self, code, header):
        """The LoopInfo of a loop an outer trace runs (its compiled trace is read
        from it on each run: bridges replace it); a loop given up gets one
        that stays empty."""
        info = self.loops.get((code, header))
        if info is None or info is GIVEN_UP:
            info = LoopInfo((code, header))
        return info

    def inner_exit(self, info, loop, xs, expected, f, st):
        """An outer trace ran an inner loop's trace (`loop`, from info; x what it
        returned, None when there was none to run) and it did not end as when the
        outer loop was recorded.  Returns (True, ticks) when the interpreter state
        is still the outer trace's (the loop's frame at `expected`), else
        ((frame, pc), ticks) with the interpreter state written back."""
        x = xs.pop()            # (the trace let go of it: GC timing)
        if x is None:
            header = info.key[1]
            f.pc = header
            st.frame = f
            return (f, header), 0
        xs.append(x)
        x = None
        fr, pc, ticks, yielded = self.exited(st, f, info, info.key, 0, loop, st.depth, xs)
        if yielded:
            return (fr, -1), ticks      # (the generator's frame yielded: see run)
        if fr is f and pc == expected:
            return True, ticks
        return (fr, pc), ticks

    def respecialize(self, info, key, kind, now):
        """Throw away the loop's (step's, body's) compiled code: it is recorded
        again at its next hot point.  More than MAX_RESPECIALIZE times in a row
        gives it up, unless the program ran a while in between (now: the
        thread's instruction count; RESPECIALIZE_QUIET x threshold
        instructions): a program that makes its classes anew every so often
        gets a new trace each time."""
        table, counters, _ = self.tables(kind)
        info.compiled = None
        if now - info.respecialized_at > RESPECIALIZE_QUIET * self.threshold:
            info.respecialized = 0
        info.respecialized_at = now
        info.respecialized += 1
        if info.respecialized > MAX_RESPECIALIZE:
            table[key] = GIVEN_UP
        counters[key] = 0

    # ------------------------------------------------------------ output

    def write_log(self, text):
        if not self.log_path:
            return
        if self.log is None:
            self.log = open(self.log_path, "w")
        self.log.write(text)

    # ------------------------------------------------------------ collections

    def hide_classes(self):
        """Before a VM collection: compiled code that names a class of the program
        (its guards, its constants) must not keep it alive, or a class the program
        dropped would outlive the collection that frees it with the JIT off (its
        attributes' finalizers would run at exit).  Classes die only in
        collections (a class is in a reference cycle with its MRO), so for the
        collection's length each such trace leaves the JIT's tables (its
        LoopInfo's `compiled` is None: the interpreter runs that loop) and is held
        by the classes it names instead: a class the program still holds keeps
        its traces; a dead one takes them with it.  Returns what show_classes
        puts back.  (A trace on the host stack when the collection starts keeps
        its classes alive: docs/refvm.md, "Invisibility".)"""
        hidden = []
        holders = []            # (weak references to the classes given traces to hold)
        memo = {}
        for table in (self.loops, self.gen_steps, self.func_steps):
            for info in table.values():
                if info is GIVEN_UP:
                    continue
                c = info.compiled
                if c is None:
                    continue
                classes = _classes_of(c, memo)
                if not classes:
                    continue
                # a trace lives while any class holding it does, and keeps the
                # others: a class made in a function (a short life, usually)
                # holds it, a module's class only when the trace names no other
                local = [w_t for w_t in classes if "<locals>" in w_t.qualname]
                for w_t in local or classes:
                    h = w_t.jit_hold
                    if h is None:
                        w_t.jit_hold = [c]
                        holders.append(_weakref.ref(w_t))
                    else:
                        h.append(c)
                info.compiled = None
                hidden.append((info, _weakref.ref(c)))
        # a recording in progress (the collection runs inside an instruction it
        # records) observed classes too: weakly held for the collection
        observed = []
        for rec in self.recordings:
            for step in rec.steps:
                for obs in (step.stack, step.locals):
                    for i, o in enumerate(obs):
                        if _program_class(o[1]):
                            obs[i] = (o[0], _weakref.ref(o[1]))
                            observed.append((rec, obs, i))
                if _program_class(step.after[1]):
                    step.after = (step.after[0], _weakref.ref(step.after[1]))
                    observed.append((rec, step, -1))
        return hidden, holders, observed

    @staticmethod
    def show_classes(hidden):
        """After the collection: the traces whose classes live go back where they
        were (unless a finalizer's loop got a new one meanwhile); the others died
        with their classes, and their loops are traced again when hot."""
        traces, holders, observed = hidden
        for rec, obs, i in observed:
            o = obs.after if i < 0 else obs[i]
            w = o[1]()
            if w is None:
                # a class it saw died: the recording ends at its next instruction
                # (recorder.record), and nothing it saw outlives the collection
                rec.dropped = True
                del rec.steps[:]
            if i < 0:
                obs.after = (o[0], w)
            else:
                obs[i] = (o[0], w)
        for info, ref in traces:
            c = ref()
            if c is not None and info.compiled is None:
                info.compiled = c
        for ref in holders:
            w_t = ref()
            if w_t is not None:
                w_t.jit_hold = None

    def release(self):
        for code in self.step_codes:
            if code.jit_steps is not None and code.jit_steps[0] is self:
                code.jit_steps = None
        self.step_codes = []
        self.loops = {}
        self.once_loops = set()
        self.gen_steps = {}
        self.func_steps = {}
        self.counters = {}
        self.step_counters = {}
        self.fstep_counters = {}

    def finish(self):
        if self.log is not None:
            self.log.close()
            self.log = None
        if self.show_stats:
            sys.stderr.write(self.stats.report())
            sys.stderr.flush()
