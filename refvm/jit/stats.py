"""--jit-stats: what the JIT did in a run, printed to stderr at exit."""
import time


class Stats(object):
    FIELDS = [
        ("loops", "loops compiled"),
        ("bridges", "bridges compiled"),
        ("joins", "generator steps joined with a bridge"),
        ("steps", "generator steps compiled"),
        ("bodies", "function bodies compiled"),
        ("aborts", "recordings aborted"),
        ("guards", "guards in compiled code"),
        ("guards_removed", "guards removed by the optimizer"),
        ("hoisted", "guards hoisted out of loops"),
        ("folded", "operations constant-folded"),
        ("loads_removed", "redundant loads removed"),
        ("stores_removed", "dead stores removed"),
        ("allocations_removed", "allocations removed"),
        ("generic_ops", "instructions run by their handler"),
        ("residual", "residual calls in compiled code"),
        ("entries", "trace entries"),
        ("inner_returns", "inner loops back in outer traces"),
        ("spliced", "generator steps run spliced in"),
        ("not_spliced", "... not, at a splice (next_of)"),
        ("guard_failures", "guard failures"),
        ("deopts", "deopts (exits to the interpreter)"),
        ("exceptions", "exceptions raised inside traces"),
    ]

    def __init__(self):
        for k, _ in self.FIELDS:
            setattr(self, k, 0)
        self.trace_time = 0.0
        self.compile_time = 0.0
        self.abort_reasons = {}
        self.exit_counts = {}       # (function, line, pc, kind) -> exits taken there

    def exit_taken(self, snap, kind):
        lv = snap.levels[-1]
        key = (lv.code.qualname, lv.code.line_at(lv.pc),
               lv.pc, len(snap.levels) - 1, kind)
        self.exit_counts[key] = self.exit_counts.get(key, 0) + 1

    def abort(self, reason):
        self.aborts += 1
        self.abort_reasons[reason] = self.abort_reasons.get(reason, 0) + 1

    def report(self):
        lines = ["jit stats:"]
        for k, label in self.FIELDS:
            lines.append("  %-36s %d" % (label, getattr(self, k)))
        lines.append("  %-36s %.3f s" % ("time tracing", self.trace_time))
        lines.append("  %-36s %.3f s" % ("time optimizing and compiling", self.compile_time))
        for reason, n in sorted(self.abort_reasons.items(), key=lambda x: -x[1]):
            lines.append("  aborted: %-27s %d" % (reason[:27], n))
        top = sorted(self.exit_counts.items(), key=lambda x: -x[1])[:8]
        if top:
            lines.append("  most taken exits (function, line, pc, inlining depth, kind):")
        for (fn, line, pc, depth, kind), n in top:
            lines.append("    %-32s %10d" % ("%s:%s pc %d d%d %s" % (fn[:14], line, pc, depth, kind), n))
        return "\n".join(lines) + "\n"


clock = time.perf_counter
