"""`python _warm.py PROG N` (CPython) or `refvm _warm.py PROG N`: run benchmark
program PROG N times in this process, each run's module code in the same
namespace (its functions get the same code objects again, as a module run
twice does, so compiled code is reused: a warm run); writes the last run's
output to stdout and the CPU seconds of each run to stderr, one line
`warm: t1 t2 ... tN`.  What `python -m refvm.bench --jit --warm N` runs
(refvm/bench/__main__.py): the figures of a loop already hot, without start-up.
"""
import sys
import time


class Output(object):
    """The benchmark's sys.stdout during a run (its text kept, not written)."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


def main(path, n):
    with open(path) as fh:
        code = compile(fh.read(), path, "exec")
    ns = {"__name__": "__main__", "__file__": path}
    real = sys.stdout
    times = []
    text = ""
    for _ in range(n):
        out = Output()
        sys.stdout = out
        try:
            t0 = time.process_time()
            exec(code, ns)
            times.append(time.process_time() - t0)
        finally:
            sys.stdout = real
        text = "".join(out.parts)
    real.write(text)
    real.flush()
    sys.stderr.write("warm: %s\n" % " ".join("%.6f" % t for t in times))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
