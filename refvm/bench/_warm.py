"""`python _warm.py PROG N` (CPython) or `refvm _warm.py PROG N`: run benchmark
program PROG N times in this process: the whole module the first time, then
only its top-level statements that are not definitions (`def`, `class` and
their decorators), in the same namespace: later runs call the same functions
and make instances of the same classes, so the code compiled in the first run
goes on running (a class made anew would be other code's to trace).  Writes
the last run's output to stdout and the CPU seconds of each run to stderr, one
line `warm: t1 t2 ... tN`.  What `python -m refvm.bench --jit --warm N` runs
(refvm/bench/__main__.py): the figures of a loop already hot, without start-up.
"""
import io
import sys
import time


def driver(source):
    """source with its top-level definitions blanked out (line numbers kept):
    what a run after the first executes."""
    out = []
    in_def = False
    for line in source.splitlines(True):
        first = line[:1]
        if first and first not in " \t\r\n#)]}":
            # a top-level statement starts here
            in_def = line.startswith(("def ", "class ", "async def ", "@"))
        out.append("\n" if in_def else line)
    return "".join(out)


def main(path, n):
    with open(path) as fh:
        source = fh.read()
    code = compile(source, path, "exec")
    again = compile(driver(source), path, "exec")
    ns = {"__name__": "__main__", "__file__": path}
    real = sys.stdout
    times = []
    text = ""
    for i in range(n):
        out = io.StringIO()         # (the run's output, kept: the last one is written)
        sys.stdout = out
        try:
            t0 = time.process_time()
            exec(code if i == 0 else again, ns)
            times.append(time.process_time() - t0)
        finally:
            sys.stdout = real
        text = out.getvalue()
    real.write(text)
    real.flush()
    sys.stderr.write("warm: %s\n" % " ".join("%.6f" % t for t in times))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
