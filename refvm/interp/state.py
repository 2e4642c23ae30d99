"""Interpreter state of a VM thread.

There is one ThreadState per VM thread.  Exactly one VM thread runs at a time
(refvm/threads/scheduler.py passes the baton), and the scheduler sets this
module's `state` to the running thread's ThreadState at every switch.
"""


class ThreadState(object):
    def __init__(self):
        self.frame = None           # the frame currently executing
        self.exc_info = None        # the exception being handled (sys.exc_info())
        self.depth = 0              # active VM frames (recursion depth)
        self.recursion_limit = 1000
        self.nest = 0               # nested host-level run loops
        self.ticks = 0              # instructions executed (flushed at frame switches)
        self.config = None          # the run's Config (set by the driver)
        self.finalizing = False     # True once the program has ended
        # -- threads (refvm/threads): see docs/refvm.md "Threads and schedules"
        self.breaker = False        # set while >1 VM thread exists: run loops go through
                                    # loop._sched_loop, which counts down `budget`
        self.budget = 0             # instructions until the scheduler's next decision
        self.thread = None          # this thread's refvm.threads.scheduler.VMThread
        self.max_nest = MAX_NEST    # nested run loops allowed on this thread's host stack

    def switch_due(self):
        """True when the thread scheduler needs every instruction to go through
        the interpreter (more than one VM thread exists): a JIT trace must not be
        entered, and must exit at its next guard, while this holds."""
        return self.breaker


MAX_NEST = 8000                     # nested run loops before a VM RecursionError

state = ThreadState()


def reset(recursion_limit=1000):
    global state
    state = ThreadState()
    state.recursion_limit = recursion_limit
    return state
