"""--jit-log FILE: each trace as recorded, as lowered (before optimization),
after optimization, and the Python source it was compiled to."""


def _ops(ops, indent="    "):
    return "\n".join(indent + repr(op) for op in ops)


def format_trace(kind, name, rec_steps, naive_ops, trace, source):
    code = trace.code
    out = ["=" * 72,
           "%s %s: %s (%s) pc %d, %d instructions per iteration"
           % (kind, name, code.qualname, code.filename, trace.header, trace.length),
           "-- recorded (level, pc, instruction, argument, classes on the value stack)"]
    out.extend("    " + s.describe() for s in rec_steps)
    out.append("-- before optimization (%d ops)" % len(naive_ops))
    out.append("\n".join("    " + line for line in naive_ops))
    out.append("-- after optimization (%d ops in the loop, %d in the preamble)"
               % (len(trace.ops), len(trace.preamble)))
    out.append("  preamble:")
    out.append(_ops(trace.preamble))
    out.append("  loop:")
    out.append(_ops(trace.ops))
    if trace.backedge:
        out.append("  jump(%s)" % ", ".join("%s=%r" % (h.name, v) for h, v in trace.backedge))
    out.append("-- Python source")
    out.append(source)
    return "\n".join(out) + "\n"


def format_abort(code, pc, reason):
    return "abort %s pc %d: %s\n" % (code.qualname, pc, reason)


def format_joined(step):
    """A generator step compiled again with a bridge's code joined in
    (hotloop.Jit.join_step)."""
    code = step.trace.code
    return "\n".join(["=" * 72,
                      "generator step %s compiled again, %d bridge(s) joined in: %s (%s) pc %d"
                      % (step.fn.__name__, len(step.joined), code.qualname, code.filename,
                         step.trace.header),
                      "-- Python source",
                      step.source]) + "\n"
