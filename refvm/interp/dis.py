"""The disassembler: derived from the instruction table."""
from refvm.interp.instructions import INSTRUCTIONS
from refvm.compiler.code import Code


def dis_code(code, out=None):
    out = [] if out is None else out
    out.append("Disassembly of <code object %s, line %d> (%s):" % (code.qualname,
                                                                  code.firstlineno,
                                                                  code.filename))
    jump_targets = set()
    for op, a in zip(code.ops, code.args):
        kind = INSTRUCTIONS[op].argkind or ""
        if kind == "jump":
            jump_targets.add(a)
        elif "jump" in kind.split("+"):
            jump_targets.add(a[kind.split("+").index("jump")])
    last_line = None
    nested = []
    for pc, (op, arg) in enumerate(zip(code.ops, code.args)):
        ins = INSTRUCTIONS[op]
        line = code.lines[pc]
        lcol = "%4d" % line if line != last_line else "    "
        last_line = line
        mark = ">>" if pc in jump_targets else "  "
        text = "%s %s %4d %-22s" % (lcol, mark, pc, ins.name)
        if isinstance(arg, tuple):
            text += " %9s" % ",".join(str(a) for a in _flat(arg))
            text += " (%s)" % "; ".join(_details(code, ins, arg, ins.argkind))
        elif ins.argkind is not None:
            text += " %4d" % arg
            detail = _detail(code, ins, arg, ins.argkind)
            if detail:
                text += " (%s)" % detail
        out.append(text.rstrip())
        if ins.argkind == "const" and isinstance(code.consts[arg], Code):
            nested.append(code.consts[arg])
    out.append("")
    for c in nested:
        dis_code(c, out)
    return "\n".join(out) + "\n" if out and out[-1] != "" else "\n".join(out)


def _flat(arg):
    out = []
    for a in arg:
        out.extend(_flat(a) if isinstance(a, tuple) else [a])
    return out


def _details(code, ins, arg, kind):
    out = []
    for a, k in zip(arg, kind.split("+")):
        if "&" in k:
            out.extend(_details(code, ins, a, k.replace("&", "+")))
        elif k != "none":
            out.append(_detail(code, ins, a, k))
    return out


def _detail(code, ins, arg, k):
    from refvm.objects.space import BINARY_OPS, COMPARE_OPS, UNARY_OPS
    if k == "const":
        c = code.consts[arg]
        return repr(c) if not isinstance(c, Code) else "<code object %s>" % c.name
    if k == "name":
        return code.names[arg]
    if k == "local":
        return code.varnames[arg]
    if k == "cell":
        cells = code.cellvars + code.freevars
        return cells[arg] if arg < len(cells) else "?"
    if k == "jump":
        return "to %d" % arg
    if k == "binop":
        return BINARY_OPS[arg][0]
    if k == "cmp":
        return COMPARE_OPS[arg][0]
    if k == "unary":
        return UNARY_OPS[arg][0]
    return ""
