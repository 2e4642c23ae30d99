"""Finalizers (implementation-defined, off by default): __del__ and weakref callbacks.

CPython runs them as soon as the last reference goes; PyPy, Jython and
Grumpy when their collector runs, or never; cycles wait for a collection
everywhere.  The program prints around each release so the timing shows.

The fourth form is a loop shaped for JITs: many locals read every iteration
and a rare path that replaces a finalizable object the loop also reads.  A
tracing JIT compiles the rare path as a bridge that starts from all those
values; refvm's bridges once kept such an object alive until the bridge
returned (a host call convention past 30 arguments), which the other forms,
with a handful of live values, never showed.

The fifth and sixth forms put the same shape around the two other ways a
JIT holds values the program no longer names: a generator consumed by a hot
loop (a `try`/`finally` in it, a finalizable local it replaces on a rare
path, the consumer leaving early by `break` so that the generator is closed
when the loop drops it), and a rare-path exception in a wide loop (raised in
a callee whose frame holds a finalizable object, so the traceback keeps it
alive until the handler ends, or keeps it in a variable, or lets it escape
the function).  A JIT that keeps the generator, the exception or the callee's
frame in host variables a moment too long prints `del` late.

The seventh form tears down frames holding several finalizable objects
(arguments, locals, cells; of a function, a method, a constructor or a
generator) in a loop: the order of their `del` lines is CPython's frame
order (refvm freed a frame's locals last to first until 2026-12-04; none of
the other forms has two finalizable objects die with one frame).

The eighth makes a class in a function (a finalizable object as its
attribute), runs a loop over its instances, drops it and collects: a class dies
only in a collection, and a JIT that keeps the classes it guards on alive
prints the attribute's `del` at exit instead.
"""
from __future__ import annotations


def _fin_class(g):
    name = g.memo.get("fin")
    if name is None:
        name = g.memo["fin"] = g.fresh("Fin")
        with g.definition(budget=1):
            for line in ("class %s(object):" % name,
                         "    def __init__(self, tag):",
                         "        self.tag = tag",
                         "        self.other = None",
                         "    def __del__(self):",
                         "        print('del ' + self.tag)"):
                g.out.line(line)
    return name


def _callback(g):
    name = g.memo.get("weakcb")
    if name is None:
        name = g.memo["weakcb"] = g.fresh("gone")
        g.imports.add("weakref")
        with g.definition(budget=1):
            g.out.line("def %s(ref):" % name)
            g.out.line("    print('weakref callback')")
    return name


def _wide_loop(g, fin):
    """A function whose loop reads many locals and, every few iterations,
    replaces the finalizable object it reads (held by a local, by an
    attribute of another finalizable object, or by a list's slot); called
    once here."""
    width = g.c.between(8, 40)
    trips = g.c.between(40, 120)
    every = g.c.between(5, 13)
    if not g.affordable(trips * 3):
        return False
    name = g.fresh("wide")
    holder = g.c.weighted([(3, "local"), (1, "attribute"), (1, "slot")])
    with g.definition(budget=trips * 3):
        out = g.out
        out.line("def %s(n):" % name)
        assign, total = _ws(g, width)
        out.line("    " + assign)
        if holder == "local":
            x = "x"
            out.line("    x = %s('%s.start')" % (fin, name))
        elif holder == "attribute":
            x = "box.other"
            out.line("    box = %s('%s.box')" % (fin, name))
            out.line("    box.other = %s('%s.start')" % (fin, name))
        else:
            x = "box[0]"
            out.line("    box = [%s('%s.start')]" % (fin, name))
        out.line("    t = 0")
        out.line("    for i in range(n):")
        out.line("        t += len(%s.tag) * 0 + %s" % (x, total))
        out.line("        if i %% %d == %d:" % (every, every - 1))
        out.line("            %s = %s('%s.' + str(i))" % (x, fin, name))
        out.line("            print('made ' + str(i))")
        out.line("    %s = None" % ("x" if holder == "local" else "box"))
        out.line("    return t")
    g.emit("print(_fmt(%s(%d)))" % (name, trips), cost=trips * 3)
    return True


def _ws(g, width):
    """Locals w0..w{width-1} with small values: (the assignment, their sum)."""
    ws = ["w%d" % i for i in range(width)]
    return ("%s = %s" % (", ".join(ws), ", ".join(str(g.c.below(9)) for _ in ws)),
            " + ".join(ws))


def _generator_loop(g, fin):
    """A generator with a `finally` and a finalizable local it replaces every
    few values, consumed by a hot loop that replaces its own finalizable
    object on a rare path and may leave early (the generator, held only by
    the loop, closed as the loop drops it) or by a filtering generator
    expression drained by sum(); the consumer runs once or inside an outer
    loop (a new generator each time); the generator may raise part-way (its
    frame finished, caught around the consumer), and may yield a finalizable
    object every few values (dropped by the consumer before the next one)."""
    trips = g.c.between(30, 100)
    outer = g.c.between(1, 3)
    if not g.affordable(trips * 3 * outer):
        return False
    gen, cons = g.fresh("fgen"), g.fresh("fcons")
    e1, e2 = g.c.between(4, 11), g.c.between(5, 13)
    stop = g.c.between(trips // 2, trips + 5)       # past trips - 1: no break
    fail = g.c.between(trips // 3, trips + 5) if g.c.coin(30) else None   # the generator raises
    assign, total = _ws(g, g.c.between(2, 24))
    objects = g.c.between(3, 9) if g.c.coin(40) else None    # every this many: a Fin yielded
    val = "(v if v.__class__ is int else len(v.tag))" if objects else "v"
    with g.definition(budget=trips * 3 * outer):
        out = g.out
        out.line("def %s(n):" % gen)
        out.line("    y = %s('%s.start')" % (fin, gen))
        out.line("    try:")
        out.line("        for i in range(n):")
        out.line("            if i %% %d == %d:" % (e1, e1 - 1))
        out.line("                y = %s('%s.' + str(i))" % (fin, gen))
        if fail is not None:
            out.line("            if i == %d:" % fail)
            out.line("                raise ValueError(i)")
        if objects:
            out.line("            if i %% %d == %d:" % (objects, objects - 1))
            out.line("                yield %s('%s.v' + str(i))" % (fin, gen))
            out.line("                continue")
        out.line("            yield i + len(y.tag) * 0")
        out.line("    finally:")
        out.line("        print('%s finally')" % gen)
        out.line("def %s(n):" % cons)
        out.line("    " + assign)
        out.line("    x = %s('%s.start')" % (fin, cons))
        out.line("    t = 0")
        out.line("    for k in range(%d):" % outer)
        ind = "        "
        if fail is not None:
            out.line(ind + "try:")
            ind += "    "
        if g.c.coin(30):
            out.line(ind + "t += sum(%s * 2 + %s for v in %s(n) if %s %% %d)" % (val, total, gen, val, e2))
            out.line(ind + "x = %s('%s.' + str(k))" % (fin, cons))
        else:
            out.line(ind + "for v in %s(n):" % gen)
            out.line(ind + "    u = " + val)
            out.line(ind + "    t += u + len(x.tag) * 0 + %s" % total)
            out.line(ind + "    if u %% %d == %d:" % (e2, e2 - 1))
            out.line(ind + "        x = %s('%s.' + str(u))" % (fin, cons))
            out.line(ind + "        print('made ' + str(u))")
            out.line(ind + "    if u == %d:" % stop)
            out.line(ind + "        break")
        if fail is not None:
            out.line("        except ValueError as e:")
            out.line("            print('%s raised ' + str(e))" % gen)
        out.line("        print('%s after loop ' + str(k))" % cons)
        out.line("    x = None")
        out.line("    return t")
    g.emit("print(_fmt(%s(%d)))" % (cons, trips), cost=trips * 3 * outer)
    return True


def _raising_loop(g, fin):
    """A wide loop whose rare path raises ZeroDivisionError in a callee that
    holds a finalizable object (or in the loop itself): caught in the loop
    (the traceback, with the callee's frame, let go at the handler's end, or
    kept in a variable until the next one replaces it: a cycle, the
    traceback holding the frame that holds it, so the collector decides when
    the callee's object dies) or escaping to the caller."""
    trips = g.c.between(30, 100)
    if not g.affordable(trips * 3):
        return False
    helper, name = g.fresh("fdiv"), g.fresh("fwide")
    every = g.c.between(5, 13)
    assign, total = _ws(g, g.c.between(4, 32))
    inline = g.c.coin(25)
    handler = g.c.weighted([(4, "end"), (2, "keep"), (1, "escape")])
    with g.definition(budget=trips * 3):
        out = g.out
        if not inline:
            out.line("def %s(i):" % helper)
            out.line("    if i %% %d == %d:" % (every, every - 1))
            out.line("        y = %s('%s.' + str(i))" % (fin, helper))
            out.line("        return len(y.tag) // 0")
            out.line("    return i")
        out.line("def %s(n):" % name)
        out.line("    " + assign)
        out.line("    x = %s('%s.start')" % (fin, name))
        out.line("    t = 0")
        if handler == "keep":
            out.line("    saved = None")
        out.line("    for i in range(n):")
        step = ("10 // (i %% %d - %d)" % (every, every - 1)) if inline else "%s(i)" % helper
        if handler == "escape":
            out.line("        t += %s + len(x.tag) * 0 + %s" % (step, total))
        else:
            out.line("        try:")
            out.line("            t += %s + len(x.tag) * 0 + %s" % (step, total))
            out.line("        except ZeroDivisionError%s:" % (" as e" if handler == "keep" else ""))
            if handler == "keep":
                out.line("            saved = e")
            out.line("            x = %s('%s.' + str(i))" % (fin, name))
            out.line("            print('caught ' + str(i))")
        out.line("    x = None")
        out.line("    return t")
    if handler == "escape":
        with g.block("try:"):
            g.emit("print(_fmt(%s(%d)))" % (name, trips), cost=trips * 3)
        with g.block("except ZeroDivisionError:"):
            g.emit("print('escaped %s')" % name)
    else:
        g.emit("print(_fmt(%s(%d)))" % (name, trips), cost=trips * 3)
    return True


def _frames(g, fin):
    """A loop calling a function, a method, a constructor or a generator whose
    frame holds several finalizable objects at its end: arguments (made at
    the call, passed by keyword or not), locals, a closure's cells, an
    instance attribute.  CPython frees a frame's locals first to last, then
    its cells; a class call's arguments live in the caller until the
    constructor returns; a generator's locals go when it ends or is closed
    (the consumer may `break`).  Every object's `del` line shows that order."""
    trips = g.c.between(1, 30)
    if not g.affordable(trips * 4):
        return False
    name = g.fresh("frame")
    kind = g.c.weighted([(3, "function"), (2, "method"), (2, "constructor"), (2, "generator")])
    nargs = g.c.between(1, 3)
    nlocals = g.c.between(1, 3)
    params = ["p%d" % j for j in range(nargs)]
    cell = kind != "constructor" and g.c.coin(30)
    keyword = g.c.coin(30)
    brk = kind == "generator" and g.c.coin(40)
    with g.definition(budget=trips * 4):
        out = g.out
        if kind in ("method", "constructor"):
            out.line("class %s(object):" % name)
            out.line("    def %s(self, k, %s):" % ("__init__" if kind == "constructor" else "run",
                                                   ", ".join(params)))
            ind = "        "
            if kind == "constructor":
                out.line(ind + "self.keep = %s" % params[-1])
        else:
            out.line("def %s(k, %s):" % (name, ", ".join(params)))
            ind = "    "
        for j in range(nlocals):
            out.line(ind + "a%d = %s('%s.a%d.' + str(k))" % (j, fin, name, j))
        if cell:
            out.line(ind + "def inner():")
            out.line(ind + "    return a0")
        if kind == "generator":
            out.line(ind + "yield k")
            out.line(ind + "yield k + 1")
        elif kind != "constructor":
            out.line(ind + "return k")
        out.line("def %s_loop(n):" % name)
        out.line("    t = 0")
        out.line("    for i in range(n):")
        made = ["%s('%s.p%d.' + str(i))" % (fin, name, j) for j in range(nargs)]
        if keyword:
            made[-1] = "%s=%s" % (params[-1], made[-1])
        call = ", ".join(["i"] + made)
        if kind == "function":
            out.line("        t += %s(%s)" % (name, call))
        elif kind == "method":
            out.line("        t += %s().run(%s)" % (name, call))
        elif kind == "constructor":
            out.line("        c = %s(%s)" % (name, call))
            out.line("        t += len(c.keep.tag)")
            out.line("        c = None")
        else:
            out.line("        for v in %s(%s):" % (name, call))
            out.line("            t += v")
            if brk:
                out.line("            break")
        out.line("        print('%s ' + str(i))" % name)
        out.line("    return t")
    g.emit("print(_fmt(%s_loop(%d)))" % (name, trips), cost=trips * 4)
    return True


def _classes(g, fin):
    """A function that makes a class (a finalizable object as a class attribute,
    sometimes one more on an instance kept by the class), uses its instances in
    a loop, and drops it; a loop calls it and collects after each call.  A
    class is in a cycle with its MRO: it dies in the collection, and the `del`
    lines of what it holds print there.  A tracing JIT guards on the class and names it in its
    traces; one that keeps it alive prints them at exit (refvm's did until
    2026-12-04, with the JIT on)."""
    calls = g.c.between(1, 6)
    trips = g.c.between(1, 25)
    if not g.affordable(calls * (trips + 2) * 3):
        return False
    name = g.fresh("classes")
    cls = name.capitalize()
    keep = g.c.coin(30)
    g.imports.add("gc")
    with g.definition(budget=calls * (trips + 2) * 3):
        out = g.out
        out.line("def %s(k, n):" % name)
        out.line("    class %s(object):" % cls)
        out.line("        held = %s('%s.held.' + str(k))" % (fin, name))
        out.line("        def __init__(self, v):")
        out.line("            self.v = v")
        out.line("        def get(self):")
        out.line("            return self.v")
        out.line("    t = 0")
        out.line("    for i in range(n):")
        out.line("        t += %s(i).get()" % cls)
        if keep:
            out.line("    %s.last = %s(%s('%s.last.' + str(k)))" % (cls, cls, fin, name))
        out.line("    return t")
        out.line("def %s_loop(calls, n):" % name)
        out.line("    t = 0")
        out.line("    for j in range(calls):")
        out.line("        t += %s(j, n)" % name)
        # (at once: a class left to the automatic collections dies where the
        # allocation counts say, which a fork server's own history shifts)
        out.line("        gc.collect()")
        out.line("        print('%s ' + str(j))" % name)
        out.line("    return t")
    g.emit("print(_fmt(%s_loop(%d, %d)))" % (name, calls, trips), cost=calls * (trips + 2) * 3)
    g.emit("gc.collect()")
    g.emit("print('after %s')" % name)
    return True


FORMS = ((3, "del"), (3, "cycle"), (3, "weakref"), (3, "wide"), (2, "generator"), (2, "raising"),
         (3, "frames"), (2, "classes"))


def statement(g):
    fin = _fin_class(g)
    a, b = g.fresh("fa"), g.fresh("fb")
    form = g.c.weighted(FORMS)
    if form == "wide":
        return _wide_loop(g, fin)
    if form == "generator":
        return _generator_loop(g, fin)
    if form == "raising":
        return _raising_loop(g, fin)
    if form == "frames":
        return _frames(g, fin)
    if form == "classes":
        return _classes(g, fin)
    if form == "del":
        g.emit("%s = %s('%s')" % (a, fin, a))
        g.emit("del %s" % a)
        g.emit("print('after del %s')" % a)
    elif form == "cycle":
        g.emit("%s = %s('%s')" % (a, fin, a))
        g.emit("%s = %s('%s')" % (b, fin, b))
        g.emit("%s.other = %s" % (a, b))
        g.emit("%s.other = %s" % (b, a))
        g.emit("del %s, %s" % (a, b))
        if g.c.coin(50):
            g.imports.add("gc")
            g.emit("gc.collect()")
        g.emit("print('after cycle %s')" % a)
    elif form == "weakref":
        cb = _callback(g)
        r = g.fresh("r")
        g.emit("%s = %s('%s')" % (a, fin, a))
        g.emit("%s = weakref.ref(%s, %s)" % (r, a, cb))
        g.emit("del %s" % a)
        g.emit("print(_fmt(%s() is None))" % r)
    return True
