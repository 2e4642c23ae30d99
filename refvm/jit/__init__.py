"""refvm's tracing JIT: hot loops recorded into guarded traces, compiled to host code.

The run loop (interp/loop.py) calls `ACTIVE[0].loop_header(...)` on every
backward jump when the JIT is on.  The pieces, in the order a loop meets them:

  hotloop.py    counters per loop header, the hook, entering compiled traces
  recorder.py   runs the interpreter normally and logs each executed instruction
  lowering.py   recorded instructions -> trace IR (guards + fast forms, or a call
                of the instruction table's own handler), derived from the table
  optimizer.py  guard removal, constant folding, redundant loads, virtual tuples,
                guards hoisted out of the loop, liveness (values die when the
                interpreter would drop them)
  backend.py    IR -> Python source -> a compiled host function
  deopt.py      a trace exit writes locals / value stack / pc (and inlined
                callee frames) back into real Frames
  stats.py      --jit-stats;  log.py: --jit-log

This module stays import-light: the run loop imports JitExit and ACTIVE.
"""

ACTIVE = [None]         # the running VM's JIT (hotloop.Jit) or None when --jit off


class JitExit(Exception):
    """Raised by a trace (or the recorder) when the program raised inside it.

    All frames are already written back (st.frame is the innermost one, with its
    exact pc); the run loop adds `ticks` and re-raises `error`."""

    def __init__(self, error, ticks):
        Exception.__init__(self)
        self.error = error
        self.ticks = ticks


def install(cfg):
    """Make the JIT active for a fresh VM run (or inactive with --jit off)."""
    if cfg.jit != "on":
        ACTIVE[0] = None
        return None
    from refvm.jit.hotloop import Jit
    ACTIVE[0] = Jit(cfg)
    return ACTIVE[0]


def release():
    """The program has ended: drop every trace (they hold the program's globals,
    types and code as constants) before exit-time finalization, and stop
    tracing (finalizers that run at exit are interpreted).  Stats survive."""
    jit = ACTIVE[0]
    ACTIVE[0] = None
    if jit is not None:
        jit.release()
        _RELEASED[0] = jit


_RELEASED = [None]


def finish():
    """End of a run: print --jit-stats, close --jit-log, deactivate."""
    jit = ACTIVE[0] or _RELEASED[0]
    ACTIVE[0] = _RELEASED[0] = None
    if jit is not None:
        jit.release()
        jit.finish()
