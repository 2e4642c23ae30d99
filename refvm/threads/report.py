"""The deadlock report: every thread, what it waits for and where."""
from refvm.threads.scheduler import DONE


def thread_names(sched):
    """ident -> name, from the program's threading module when it has one."""
    names = {}
    modules = sched.modules or {}
    w_threading = modules.get("threading")
    if w_threading is None:
        return names
    try:
        active = w_threading.w_dict.get("_active")
        for ident, w_t in dict(active).items():
            name = w_t.w_dict.get("_name") if hasattr(w_t, "w_dict") else None
            if isinstance(name, str):
                names[ident] = name
    except Exception:
        pass
    return names


def where(frame):
    """The innermost frame of the program's own code (skipping refvm's lib/)
    as 'File "...", line N, in f', plus the library function it called."""
    lib = None
    f = frame
    while f is not None and f.code.filename.startswith("<refvm>/"):
        if lib is None:
            lib = f
        f = f.back
    shown = f if f is not None else frame
    if shown is None:
        return "?"
    return 'File "%s", line %d, in %s' % (shown.code.filename, _line(shown), shown.code.name)


def _line(frame):
    """frame's current line.  The single-threaded loop (loop._loop) keeps pc in
    a local and stores it in frame.pc only when it leaves the frame, so a thread
    that blocked while it was alone (the reporting thread itself) is looked up
    on the host stack."""
    import sys
    try:
        hf = sys._getframe(1)
    except (AttributeError, ValueError):
        hf = None
    while hf is not None:
        if hf.f_code.co_name == "_loop" and hf.f_locals.get("f") is frame:
            pc = hf.f_locals.get("pc")
            if isinstance(pc, int):
                return frame.code.line_at(pc - 1 if pc > 0 else 0)
        hf = hf.f_back
    return frame.line()


def waits_in(t):
    """The library function the thread is blocked in (Thread.join(), Condition.wait(),
    Queue.get(), ...), or the primitive itself (lock.acquire(), time.sleep(...))."""
    frame = t.where
    if frame is not None and frame.code.filename.startswith("<refvm>/"):
        return "%s()" % _qualname(_outermost_lib(frame))
    return t.waiting or "?"


def _outermost_lib(frame):
    f = frame
    while f.back is not None and f.back.code.filename.startswith("<refvm>/"):
        f = f.back
    return f


def _qualname(frame):
    w_func = frame.w_func
    return getattr(w_func, "qualname", None) or frame.code.name


def deadlock_report(sched):
    names = thread_names(sched)
    live = [t for t in sched.threads if t.status is not DONE]
    if len(live) == 1:
        head = "refvm: deadlock: the only thread is blocked (exit status %d)" % _status()
    else:
        head = "refvm: deadlock: all %d threads are blocked (exit status %d)" % (len(live),
                                                                              _status())
    lines = [head]
    for t in live:
        name = names.get(t.ident) or ("MainThread" if t.tid == 0 else "thread %d" % t.ident)
        lines.append("  %s (ident %d) waits in %s at %s"
                     % (name, t.ident, waits_in(t), where(t.where)))
    return "\n".join(lines) + "\n"


def _status():
    from refvm.threads.scheduler import EXIT_DEADLOCK
    return EXIT_DEADLOCK
