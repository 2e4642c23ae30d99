"""The command line and `main(argv) -> int`: set up a fresh VM, run, report.

Exit statuses follow CPython (0, 1 for an uncaught exception, SystemExit's
code), plus EXIT_UNSUPPORTED (3) for constructs refvm does not implement yet,
EXIT_INTERNAL (70) for a host exception escaping refvm (a refvm bug) and
EXIT_USAGE (2) for a bad command line.
"""
import os
import sys
import _thread      # (threading.py: ~1.3 ms at every start)

from refvm.config import Config
from refvm.errors import VMError, Unsupported, CompileError

EXIT_UNSUPPORTED = 3
# CPython kills itself with SIGINT after an uncaught KeyboardInterrupt; main()
# returns 128 + SIGINT and `python -m refvm` re-raises the signal (see __main__).
EXIT_KEYBOARD_INTERRUPT = 130
EXIT_INTERNAL = 70
EXIT_USAGE = 2

USAGE = ("usage: python -m refvm [--gc refcount|tracing|none] [--jit on|off] [--sched SPEC] "
         "[--seed N] [--identity cpython|pypy] [--nursery N] [--gc-stats] [--dis] "
         "[--jit-threshold N] [--jit-stats] [--jit-log FILE] "
         "prog.py [args...]")

USAGE += ("\n       threads: [--sched rr|random:SEED|pct:SEED:DEPTH[:STEPS]] "
          "[--preempt any|breaker] [--switch-interval S] [--clock real|virtual] "
          "[--record FILE] [--replay FILE] [--explore N [--json] [--timeout S]]")

VM_STACK_SIZE = 256 * 1024 * 1024
HOST_RECURSION_LIMIT = 200000


class UsageError(Exception):
    pass


def parse_args(argv):
    cfg = Config()
    argv = list(argv)
    i = 0
    while i < len(argv):
        a = argv[i]
        if not a.startswith("--") or a == "--":
            break
        if a == "--dis":
            cfg.dis = True
            i += 1
            continue
        if a == "--gc-stats":
            cfg.gc_stats = True
            i += 1
            continue
        if a == "--jit-stats":
            cfg.jit_stats = True
            i += 1
            continue
        name, eq, value = a[2:].partition("=")
        if name in THREAD_OPTIONS:          # refvm/threads/runtime.py checks them
            i = _thread_option(cfg, argv, i, name, eq, value)
            continue
        if name not in ("gc", "jit", "sched", "seed", "identity", "nursery", "jit-threshold",
                        "jit-log"):
            raise UsageError("unknown option %s" % a)
        if not eq:
            if i + 1 >= len(argv):
                raise UsageError("option --%s needs a value" % name)
            value = argv[i + 1]
            i += 1
        i += 1
        if name == "gc" and value not in Config.GC_MODES:
            raise UsageError("--gc must be one of %s" % ", ".join(Config.GC_MODES))
        if name == "identity" and value not in Config.IDENTITY_POLICIES:
            raise UsageError("--identity must be one of %s" % ", ".join(Config.IDENTITY_POLICIES))
        if name == "jit" and value not in Config.JIT_MODES:
            raise UsageError("--jit must be on or off")
        if name == "seed":
            try:
                value = int(value)
            except ValueError:
                raise UsageError("--seed must be an integer")
        if name == "nursery":
            try:
                value = int(value)
            except ValueError:
                value = 0
            if value <= 0:
                raise UsageError("--nursery must be a positive integer (allocations)")
        if name == "jit-threshold":
            try:
                value = int(value)
            except ValueError:
                value = 0
            if value <= 0:
                raise UsageError("--jit-threshold must be a positive integer (backward jumps)")
        setattr(cfg, name.replace("-", "_"), value)
    if i < len(argv) and argv[i] == "--":
        i += 1
    if i >= len(argv):
        raise UsageError("no program given")
    from refvm.threads import runtime
    try:
        runtime.check(cfg)
    except runtime.OptionError as e:
        raise UsageError(str(e))
    return cfg, argv[i], argv[i + 1:]


def _thread_option(cfg, argv, i, name, eq, value):
    from refvm.threads import runtime, policies, schedule
    if THREAD_OPTIONS[name] and not eq:
        if i + 1 >= len(argv):
            raise UsageError("option --%s needs a value" % name)
        value = argv[i + 1]
        i += 1
    try:
        runtime.parse_option(cfg, name, value if THREAD_OPTIONS[name] else None)
    except (runtime.OptionError, policies.SpecError, schedule.ScheduleError) as e:
        raise UsageError(str(e))
    return i + 1


THREAD_OPTIONS = {"sched": True, "preempt": True, "switch-interval": True, "clock": True,
                  "record": True, "replay": True, "explore": True, "timeout": True,
                  "json": False}


def main(argv):
    """Run a program as `python -m refvm` would; return the exit status."""
    try:
        cfg, path, args = parse_args(argv)
    except UsageError as e:
        sys.stderr.write("refvm: %s\n%s\n" % (e, USAGE))
        sys.stderr.flush()
        return EXIT_USAGE
    try:
        with open(path, "rb") as fh:
            source = fh.read()          # (bytes: the parser decodes them, PEP 263)
    except OSError as e:
        sys.stderr.write("refvm: can't open file '%s': %s\n" % (path, e))
        sys.stderr.flush()
        return EXIT_USAGE
    if cfg.explore:
        from refvm.threads.explore import explore
        return explore(cfg, path, argv)
    result = [EXIT_INTERNAL]
    done = _thread.allocate_lock()      # held until the run ends
    done.acquire()
    first = _thread.allocate_lock()     # taken by the first finish, never released

    def finish(status, message=""):
        # the end of the run: the main VM thread returned, or any VM thread
        # found a deadlock / an internal error (the other VM threads stay frozen)
        if not first.acquire(False):
            return
        try:
            _flush()
            sys.stderr.write(message)
        except BaseException:
            pass            # (a broken stderr: the run ends all the same)
        finally:
            result[0] = status
            done.release()
    cfg.on_abort = finish

    def target():
        status = EXIT_INTERNAL
        try:
            status = _on_reserved_datastack(lambda: _run_guarded(cfg, path, source, args))
        except BaseException as e:
            # (_run_guarded's own clean-up failed: the run still ends; the
            # main thread waits for finish, whatever happens here)
            try:
                sys.stderr.write("refvm: internal error: %s: %s\n" % (type(e).__name__, e))
            except BaseException:
                pass
        finally:
            finish(status)

    from refvm.threads.scheduler import host_thread
    old_limit = sys.getrecursionlimit()
    try:
        sys.setrecursionlimit(HOST_RECURSION_LIMIT)
        host_thread(target, "refvm", VM_STACK_SIZE)
        try:
            done.acquire()
        except KeyboardInterrupt:
            # a real SIGINT reaches the host's main thread, not the VM's thread
            sys.stderr.write("KeyboardInterrupt\n")
            result[0] = EXIT_KEYBOARD_INTERRUPT
    finally:
        sys.setrecursionlimit(old_limit)
        _flush()
    from refvm.threads import runtime
    err = runtime.save_record(cfg)
    if err:
        sys.stderr.write(err)
    return result[0]


def _reserve():
    """A host function whose frame is just over 512 KB: CPython 3.11 gives it a
    1 MB chunk of the thread's frame stack, and the VM's host frames (about 2,500
    of them) live in the rest of that chunk.  Without it, a recursion depth that
    goes up and down across a 16 KB chunk boundary (generators nested in
    generators do this on every value) maps and unmaps a chunk each time."""
    def base(fn):
        return fn()
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        return base
    c = base.__code__
    # frame words = locals + value stack + a few specials; one word more than
    # 512 KB makes CPython double the chunk to 1 MB.  The words are value-stack
    # slots (never touched), not locals: 65,000 names would cost 0.8 ms at every
    # start and their clearing at the call.
    n = 512 * 1024 // 8 + 8 - c.co_nlocals - c.co_stacksize - 8
    base.__code__ = c.replace(co_stacksize=c.co_stacksize + n)
    return base


_on_reserved_datastack = _reserve()


def exit_now(status):
    """End the process with status now, without the host's finalization, when
    nothing needs it (`python -m refvm`, after main).  The program was
    finalized by the VM (run_program: exiting.finish); what Py_FinalizeEx adds
    is freeing the VM's objects and modules one by one, 5 ms of refvm's 33 ms
    start-up and exit, and flushing files: the files the program left open are
    closed here.  The host's own exit runs instead (this returns) when host
    atexit handlers are registered (coverage measuring a test run), or when a
    flush fails (a closed pipe: the host reports it and exits with 120)."""
    from refvm import _bundle
    _bundle.save()                  # (when this run imported what the bundle had not)
    import atexit
    if not isinstance(status, int) or not 0 <= status <= 255 or \
            getattr(atexit, "_ncallbacks", lambda: 1)():
        return
    try:
        fileio = sys.modules.get("refvm.modules.fileio")
        if fileio is not None:
            fileio.close_all()      # (none left after run_program, but after an internal error)
        for f in (sys.stdout, sys.stderr):
            if f is not None:
                f.flush()
    except BaseException:
        return
    os._exit(status)


def _flush():
    for f in (sys.stdout, sys.stderr):
        try:
            f.flush()
        except Exception:
            pass


def _run_guarded(cfg, path, source, args):
    from refvm.interp import state
    from refvm.threads.scheduler import ReplayDiverged
    try:
        return run_program(cfg, path, source, args)
    except ReplayDiverged as e:
        _flush()
        sys.stderr.write("refvm: replay diverged: %s\n" % e)
        return EXIT_USAGE
    except Unsupported as e:
        _flush()
        line = e.lineno
        if not line and state.state.frame is not None:
            line = state.state.frame.line()
        sys.stderr.write("refvm: unsupported: %s (line %d)\n" % (e.what, line))
        return EXIT_UNSUPPORTED
    except BaseException as e:
        _flush()
        sys.stderr.write("refvm: internal error: %s: %s\n" % (type(e).__name__, e))
        import traceback as host_traceback
        host_traceback.print_exc(file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        from refvm import jit
        jit.finish()                # --jit-stats, --jit-log
        from refvm.gc import exiting
        exiting.abandon()           # after an error: host gc back on, no more finalizers
        _flush()


def setup(cfg, path, args):
    """A fresh VM: thread state, builtins, sys, importer. Returns main's globals."""
    import refvm.bootstrap  # noqa: F401  (ties the object model together)
    from refvm import builtins, importer
    from refvm.interp import state
    from refvm.objects.module import W_Module
    from refvm.modules import sysmod
    state.reset()
    state.state.config = cfg
    from refvm.objects import descriptors
    descriptors.MODULE_OVERRIDES.clear()        # (a previous run's assignments)
    from refvm import jit
    jit.install(cfg)                # the tracing JIT, or none with --jit off
    from refvm.gc.collector import Collector
    Collector(cfg.gc, cfg.nursery, cfg.gc_stats).install()
    from refvm.objects import space
    space.VALUE_IDENTITY[0] = cfg.identity == "pypy"
    builtins_dict = builtins.install()
    modules = {}
    w_builtins = W_Module("builtins", builtins_dict)
    builtins.BUILTINS_MODULE[0] = w_builtins
    sys_dict = sysmod.make([path] + list(args), modules)
    from refvm.gc.gcmodule import sys_entries
    sys_dict.update(sys_entries(cfg.gc))        # sys.getrefcount in refcount mode
    w_sys = W_Module("sys", sys_dict)
    builtins.SYS_MODULE[0] = w_sys
    modules["sys"] = w_sys
    modules["builtins"] = w_builtins
    from refvm.threads import runtime
    runtime.install(cfg, state.state, modules)      # the scheduler; main holds the baton
    imp = importer.Importer(os.path.dirname(os.path.abspath(path)), sys_dict, modules,
                            w_builtins)
    importer.IMPORTER = imp
    from refvm.interp import instructions
    instructions.IMPORTER[0] = imp
    w_globals = {"__name__": "__main__", "__doc__": None, "__package__": None,
                 "__builtins__": w_builtins, "__file__": path}
    modules["__main__"] = W_Module("__main__", w_globals)
    return w_globals


def run_program(cfg, path, source, args):
    from refvm import compiler
    from refvm.interp import loop
    from refvm.interp.frame import Frame
    w_globals = setup(cfg, path, args)
    path = os.path.abspath(path)        # CPython 3.9+ shows the script's absolute path
    w_globals["__file__"] = path
    from refvm.compiler.encoding import script_error, source_text
    data, source = source, source_text(source)
    problem = script_error(data, path)
    if problem is not None:
        # (CPython's file tokenizer: the message alone, no location)
        _flush()
        sys.stderr.write("SyntaxError: %s\n" % problem)
        return 1
    try:
        code = compiler.compile_source(data, path, warn=compiler.stderr_warnings(path))
    except CompileError as e:
        _print_syntax_error(e, path, source)
        return 1
    if cfg.dis:
        from refvm.interp.dis import dis_code
        sys.stdout.write(dis_code(code))
        return 0
    frame = Frame(code, w_globals, [], None, w_globals)
    from refvm.interp import state
    try:
        loop.run_frame(frame)
        status = 0
    except VMError as e:
        status = _uncaught(e.w_exc, path, source)
    _shutdown_threads()
    # exit-time finalization (refvm/gc/exiting.py): drop this frame's references
    # to the program first, so that its namespace can become garbage
    del frame, code, w_globals
    from refvm import jit
    jit.release()                   # traces hold the program's globals: drop them
    from refvm import importer
    from refvm.gc import exiting
    try:
        exiting.finish(importer.IMPORTER.modules)
    finally:
        fileio = sys.modules.get("refvm.modules.fileio")
        if fileio is not None:
            fileio.close_all()      # (the files still open: see W_File)
        from refvm.modules import sysmod
        sysmod.end_run()            # (the host's int digits limit, as it was)
    state.state.finalizing = True
    return status


def _shutdown_threads():
    # CPython waits for non-daemon threads after printing the main thread's
    # traceback and before finalization (Py_FinalizeEx -> threading._shutdown)
    from refvm.threads import runtime
    runtime.shutdown_threads()


def _uncaught(w_exc, path, source):
    from refvm.objects import space, exceptions as E
    from refvm.interp import traceback as tb
    _flush()
    if space.isinstance_w(w_exc, E.w_SystemExit):
        return _system_exit(w_exc)
    try:
        text = tb.join_lines(tb.format_exception(w_exc))
    except VMError:
        text = "Traceback (most recent call last):\n%s\n" % typeof_name(w_exc)
    try:
        sys.stderr.write(text)
    except (OSError, ValueError):
        pass        # (a closed or broken stderr: the status is the program's still)
    if space.isinstance_w(w_exc, E.w_KeyboardInterrupt):
        return EXIT_KEYBOARD_INTERRUPT
    return 1


def typeof_name(w_exc):
    from refvm.objects.model import typeof
    return typeof(w_exc).name


def _system_exit(w_exc):
    from refvm.objects import space
    args = w_exc.args
    code = args[0] if len(args) == 1 else (args if args else None)
    if code is None:
        return 0
    if isinstance(code, int) and not isinstance(code, bool) or code is True or code is False:
        return int(code) & 0xFF
    try:
        sys.stderr.write(space.str(code) + "\n")
    except (VMError, OSError, ValueError):
        pass
    return 1


def _print_syntax_error(e, path, source):
    from refvm.interp.traceback import syntax_error_lines
    lines = source.splitlines(True)
    text = e.text if e.text is not None else \
        (lines[e.lineno - 1] if 0 < e.lineno <= len(lines) else None)
    out = syntax_error_lines(path, e.lineno, text, e.offset, e.end_lineno, e.end_offset,
                             e.cls in ("IndentationError", "TabError"))
    out.append("%s: %s" % (e.cls, e.msg))
    sys.stderr.write("\n".join(out) + "\n")
