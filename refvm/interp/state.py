"""Interpreter state of the (single, for now) VM thread.

The GIL issue will make one of these per VM thread and switch between them in
`loop.run_frame` every `switch_interval` ticks.
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


MAX_NEST = 8000                     # nested run loops before a VM RecursionError

state = ThreadState()


def reset(recursion_limit=1000):
    global state
    state = ThreadState()
    state.recursion_limit = recursion_limit
    return state
